import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BACKUP_NAME_PATTERN,
  backupFileName,
  backupsToPrune,
  parseBackupFileName
} from '@shared/ipc/backup-names'
import { backupNameSchema } from '@shared/ipc/schemas'
import { propertyRuns } from '../../helpers/property-runs'
import { junkText } from '../import/arbitraries'

const REASONS = ['startup', 'upgrade', 'manual', 'restore'] as const
const instant = fc.date({
  min: new Date('2000-01-01T00:00:00'),
  max: new Date('2999-12-31T23:59:59'),
  noInvalidDate: true
})
const backup = fc.record({
  at: instant,
  reason: fc.constantFrom(...REASONS),
  version: fc.integer({ min: 1, max: 10_000 })
})
const nameOf = ({
  at,
  reason,
  version
}: {
  at: Date
  reason: (typeof REASONS)[number]
  version: number
}) => backupFileName(at, reason, version)

describe('automatic backup names', () => {
  it('read back as the reason and schema version they were written with, and pass the host’s check', () => {
    fc.assert(
      fc.property(backup, (entry) => {
        const name = nameOf(entry)
        expect(parseBackupFileName(name)).toEqual({
          reason: entry.reason,
          schemaVersion: entry.version
        })
        expect(backupNameSchema.safeParse(name).success).toBe(true)
      }),
      propertyRuns(500)
    )
  })

  it('sort in the order they were taken', () => {
    fc.assert(
      fc.property(backup, backup, (a, b) => {
        fc.pre(a.at.getTime() !== b.at.getTime())
        expect(nameOf(a) < nameOf(b)).toBe(a.at < b.at)
      }),
      propertyRuns(500)
    )
  })

  it('are pruned to the newest few, and nothing else in the folder is touched', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(backup, { maxLength: 15, selector: (entry) => entry.at.getTime() }),
        fc.array(junkText, { maxLength: 5 }),
        fc.integer({ min: 0, max: 20 }),
        (entries, others, keep) => {
          const names = entries.map(nameOf)
          const pruned = backupsToPrune([...others, ...names], keep)
          const newest = [...entries].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, keep)
          expect(pruned.sort()).toEqual(
            names.filter((name) => !newest.map(nameOf).includes(name)).sort()
          )
          for (const name of pruned) expect(BACKUP_NAME_PATTERN.test(name)).toBe(true)
        }
      ),
      propertyRuns(300)
    )
  })

  it('never read anything else as a backup', () => {
    fc.assert(
      fc.property(junkText, (name) => {
        const parsed = parseBackupFileName(name)
        if (parsed !== null) expect(BACKUP_NAME_PATTERN.test(name)).toBe(true)
      }),
      propertyRuns(500)
    )
  })
})
