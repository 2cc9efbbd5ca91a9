/**
 * Runtime schemas for every argument that crosses from the renderer into the host. The main
 * process treats the renderer as untrusted and parses with these before acting.
 */
import { z } from 'zod'
import { BACKUP_KEEP_MAX, BACKUP_KEEP_MIN, FILE_KIND_NAMES, MAX_WRITE_BYTES } from './file-kinds'
import { BACKUP_NAME_PATTERN } from './backup-names'

const fileKind = z.enum(FILE_KIND_NAMES)

/** Bytes must arrive as a real Uint8Array (structured clone keeps the type). */
const bytes = z
  .instanceof(Uint8Array)
  .refine((data) => data.byteLength <= MAX_WRITE_BYTES, { message: 'data too large' })

/** A plain file name: no folders, no control characters, nothing Windows forbids. */
const suggestedName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/:*?"<>|]/.test(name), { message: 'invalid file name' })
  .refine((name) => [...name].every((ch) => ch.charCodeAt(0) >= 0x20), {
    message: 'invalid file name'
  })
  .refine((name) => name !== '.' && name !== '..', { message: 'invalid file name' })

export const saveFileRequestSchema = z.strictObject({
  kind: fileKind,
  suggestedName,
  data: bytes
})

export const openFileRequestSchema = z.strictObject({ kind: fileKind })

export const writeBackupRequestSchema = z.strictObject({
  reason: z.enum(['startup', 'upgrade', 'manual', 'restore']),
  schemaVersion: z.number().int().min(1).max(10_000),
  data: bytes,
  keep: z.number().int().min(BACKUP_KEEP_MIN).max(BACKUP_KEEP_MAX)
})

export const backupNameSchema = z.string().max(200).regex(BACKUP_NAME_PATTERN)

/** Longest notification title and body (UTF-16 units: one per Chinese character); systems cut long ones anyway. */
export const NOTIFY_TITLE_MAX = 100
export const NOTIFY_BODY_MAX = 500

/** Plain text without control characters; `lines`: line breaks allowed (the body). */
const noticeText = (min: number, max: number, lines: boolean) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine((text) => [...text].every((ch) => (lines && ch === '\n') || ch.charCodeAt(0) >= 0x20), {
      message: '通知文字不能含控制字符（正文可以换行）'
    })

export const notifyRequestSchema = z.strictObject({
  title: noticeText(1, NOTIFY_TITLE_MAX, false),
  body: noticeText(0, NOTIFY_BODY_MAX, true)
})
