import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_INCUBATION_SETTINGS,
  incubationSettingsSchema,
  parseStoredIncubationSettings
} from '@shared/domain/incubation/incubation-settings'
import { propertyRuns } from '../../../helpers/property-runs'
import { cjkName, partlyBroken, storedJunk } from '../../import/arbitraries'

const valid = fc.record({
  baseName: cjkName(0, 60),
  reviewWorkingDays: fc.integer({ min: 1, max: 60 }),
  handoverWorkingDays: fc.integer({ min: 1, max: 90 }),
  termMonths: fc.integer({ min: 1, max: 60 }),
  maxExtensions: fc.integer({ min: 0, max: 5 }),
  endingSoonDays: fc.integer({ min: 1, max: 180 })
})

describe('stored incubation settings', () => {
  it('are read from anything as valid settings, never throwing', () => {
    fc.assert(
      fc.property(storedJunk, (stored) => {
        expect(
          incubationSettingsSchema.safeParse(parseStoredIncubationSettings(stored)).success
        ).toBe(true)
      }),
      propertyRuns(500)
    )
  })

  it('keep every valid field, and give the default for each broken one', () => {
    fc.assert(
      fc.property(partlyBroken(valid), ({ valid: record, stored, broken }) => {
        const settings = parseStoredIncubationSettings(stored) as unknown as Record<string, unknown>
        for (const [key, value] of Object.entries(record)) {
          const schema = incubationSettingsSchema.shape[key as keyof typeof record]
          const expected = !broken.has(key)
            ? value
            : (schema.safeParse(stored[key]).data ??
              DEFAULT_INCUBATION_SETTINGS[key as keyof typeof record])
          expect([key, settings[key]]).toEqual([key, expected])
        }
        expect(settings.scorecard).toEqual(DEFAULT_INCUBATION_SETTINGS.scorecard)
      }),
      propertyRuns(500)
    )
  })
})
