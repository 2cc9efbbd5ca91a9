import { describe, expect, it } from 'vitest'
import {
  backupNameSchema,
  openFileRequestSchema,
  saveFileRequestSchema,
  writeBackupRequestSchema
} from '@shared/ipc/schemas'
import { FILE_KINDS } from '@shared/ipc/file-kinds'

const bytes = new Uint8Array([1, 2, 3])

describe('saveFileRequestSchema', () => {
  it('accepts a proper request', () => {
    expect(
      saveFileRequestSchema.safeParse({ kind: 'pdf', suggestedName: '评估报告.pdf', data: bytes })
        .success
    ).toBe(true)
  })

  it.each([
    ['a folder in the name', { kind: 'pdf', suggestedName: '../报告.pdf', data: bytes }],
    ['a Windows path', { kind: 'pdf', suggestedName: 'C:\\报告.pdf', data: bytes }],
    ['a control character', { kind: 'pdf', suggestedName: 'a\u0007.pdf', data: bytes }],
    ['an unknown kind', { kind: 'exe', suggestedName: 'a.exe', data: bytes }],
    ['data that is not bytes', { kind: 'pdf', suggestedName: 'a.pdf', data: [1, 2, 3] }],
    ['an extra key', { kind: 'pdf', suggestedName: 'a.pdf', data: bytes, path: '/etc' }],
    ['an empty name', { kind: 'pdf', suggestedName: '', data: bytes }],
    ['a name of 201 characters', { kind: 'pdf', suggestedName: 'a'.repeat(201), data: bytes }]
  ])('rejects %s', (_label, request) => {
    expect(saveFileRequestSchema.safeParse(request).success).toBe(false)
  })
})

describe('openFileRequestSchema', () => {
  it('accepts only known kinds and nothing else', () => {
    expect(openFileRequestSchema.safeParse({ kind: 'xlsx' }).success).toBe(true)
    expect(openFileRequestSchema.safeParse({ kind: 'xlsx', defaultPath: '/' }).success).toBe(false)
    expect(openFileRequestSchema.safeParse(null).success).toBe(false)
  })

  it.each(Object.keys(FILE_KINDS))('accepts the %s kind of the file-kind table', (kind) => {
    expect(openFileRequestSchema.safeParse({ kind }).success).toBe(true)
  })
})

describe('writeBackupRequestSchema', () => {
  const valid = { reason: 'startup', schemaVersion: 1, data: bytes, keep: 10 }

  it('accepts a proper request', () => {
    expect(writeBackupRequestSchema.safeParse(valid).success).toBe(true)
  })

  it.each([
    ['keep 0', { ...valid, keep: 0 }],
    ['keep 101', { ...valid, keep: 101 }],
    ['a fractional schema version', { ...valid, schemaVersion: 1.5 }],
    ['an unknown reason', { ...valid, reason: 'hourly' }]
  ])('rejects %s', (_label, request) => {
    expect(writeBackupRequestSchema.safeParse(request).success).toBe(false)
  })
})

describe('backupNameSchema', () => {
  it('accepts our names and refuses traversal', () => {
    expect(
      backupNameSchema.safeParse('shelian-backup-20261122-093015123-manual-v1.json').success
    ).toBe(true)
    expect(backupNameSchema.safeParse('../../secret.json').success).toBe(false)
  })
})
