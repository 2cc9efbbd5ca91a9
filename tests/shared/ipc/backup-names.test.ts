import { describe, expect, it } from 'vitest'
import {
  BACKUP_NAME_PATTERN,
  backupFileName,
  backupsToPrune,
  parseBackupFileName
} from '@shared/ipc/backup-names'

describe('backupFileName', () => {
  it('encodes local time to the millisecond, the reason and the schema version', () => {
    const at = new Date(2026, 10, 22, 9, 30, 15, 123)
    expect(backupFileName(at, 'startup', 3)).toBe(
      'shelian-backup-20261122-093015123-startup-v3.json'
    )
  })

  it('round-trips through parseBackupFileName', () => {
    const name = backupFileName(new Date(2026, 0, 2, 3, 4, 5, 6), 'upgrade', 12)
    expect(parseBackupFileName(name)).toEqual({ reason: 'upgrade', schemaVersion: 12 })
  })

  it('sorts chronologically as plain strings', () => {
    const earlier = backupFileName(new Date(2026, 8, 30, 23, 59, 59, 999), 'manual', 1)
    const later = backupFileName(new Date(2026, 9, 1, 0, 0, 0, 0), 'manual', 1)
    expect([later, earlier].sort()).toEqual([earlier, later])
  })
})

describe('parseBackupFileName', () => {
  it.each([
    '../shelian-backup-20261122-093015123-startup-v3.json',
    'shelian-backup-20261122-093015123-startup-v3.json/../../etc/passwd',
    'shelian-backup-20261122-093015123-evil-v3.json',
    'shelian-backup-20261122-093015123-startup-v3.json.exe',
    'notes.txt',
    ''
  ])('rejects %j', (name) => {
    expect(parseBackupFileName(name)).toBeNull()
    expect(BACKUP_NAME_PATTERN.test(name)).toBe(false)
  })
})

describe('backupsToPrune', () => {
  const names = [1, 2, 3, 4, 5].map((day) =>
    backupFileName(new Date(2026, 10, day, 8, 0, 0, 0), 'startup', 1)
  )

  it('keeps the newest N and removes the rest, oldest first', () => {
    expect(backupsToPrune(names.toReversed(), 3)).toEqual([names[0], names[1]])
  })

  it('removes nothing when there are no more than N', () => {
    expect(backupsToPrune(names, 5)).toEqual([])
    expect(backupsToPrune(names, 50)).toEqual([])
  })

  it('never touches files that are not backups', () => {
    expect(backupsToPrune(['readme.txt', ...names], 1)).not.toContain('readme.txt')
  })
})
