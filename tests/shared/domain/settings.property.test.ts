import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_GENERAL_SETTINGS,
  generalSettingsSchema,
  OFFICE_NAME_MAX,
  OPERATOR_NAME_MAX,
  parseStoredGeneralSettings
} from '@shared/domain/settings'
import { BACKUP_KEEP_MAX, BACKUP_KEEP_MIN } from '@shared/ipc/file-kinds'
import { propertyRuns } from '../../helpers/property-runs'
import { cjkName, partlyBroken, storedJunk } from '../import/arbitraries'

const KEYS = ['operatorName', 'officeName', 'backupKeep'] as const

const valid = fc.record({
  operatorName: cjkName(1, OPERATOR_NAME_MAX),
  officeName: cjkName(0, OFFICE_NAME_MAX),
  backupKeep: fc.integer({ min: BACKUP_KEEP_MIN, max: BACKUP_KEEP_MAX })
})

describe('stored general settings', () => {
  it('are read from anything, each field valid or its default, never throwing', () => {
    fc.assert(
      fc.property(storedJunk, (stored) => {
        const settings = parseStoredGeneralSettings(stored)
        expect(Object.keys(settings).sort()).toEqual([...KEYS].sort())
        for (const key of KEYS) {
          const ok = generalSettingsSchema.shape[key].safeParse(settings[key]).success
          expect(ok || settings[key] === DEFAULT_GENERAL_SETTINGS[key]).toBe(true)
        }
      }),
      propertyRuns(500)
    )
  })

  it('keep every valid field, whatever is wrong with the others', () => {
    fc.assert(
      fc.property(partlyBroken(valid), ({ valid: record, stored, broken }) => {
        const settings = parseStoredGeneralSettings(stored)
        for (const key of KEYS) {
          if (!broken.has(key)) expect(settings[key]).toBe(record[key])
        }
      }),
      propertyRuns(500)
    )
  })
})
