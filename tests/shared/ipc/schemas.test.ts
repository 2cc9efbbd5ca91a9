import { describe, expect, it } from 'vitest'
import {
  backupNameSchema,
  notifyRequestSchema,
  NOTIFY_BODY_MAX,
  NOTIFY_TITLE_MAX,
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

describe('notifyRequestSchema', () => {
  const valid = {
    title: '社联台：3 项待办已逾期',
    body: '阳光助老服务中心：入驻申请初核\n和美社工服务社：交还孵化场地'
  }

  it('accepts a title and a body of several lines', () => {
    expect(notifyRequestSchema.safeParse(valid).success).toBe(true)
    expect(notifyRequestSchema.safeParse({ ...valid, body: '' }).success).toBe(true)
  })

  it('accepts both at their limits', () => {
    const longest = { title: '题'.repeat(NOTIFY_TITLE_MAX), body: '文'.repeat(NOTIFY_BODY_MAX) }
    expect(notifyRequestSchema.safeParse(longest).success).toBe(true)
  })

  it.each([
    ['an empty title', { ...valid, title: '' }],
    ['a title too long', { ...valid, title: '题'.repeat(NOTIFY_TITLE_MAX + 1) }],
    ['a body too long', { ...valid, body: '文'.repeat(NOTIFY_BODY_MAX + 1) }],
    ['a control character', { ...valid, body: '逾期\u0007' }],
    ['a line break in the title', { ...valid, title: '社联台\n待办' }],
    ['a missing body', { title: valid.title }],
    ['an extra key', { ...valid, icon: 'file:///C:/evil.png' }],
    ['not text', { title: 3, body: [] }]
  ])('rejects %s', (_label, request) => {
    expect(notifyRequestSchema.safeParse(request).success).toBe(false)
  })
})
