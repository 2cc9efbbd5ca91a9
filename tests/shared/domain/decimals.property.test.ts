import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { roundTo } from '@shared/domain/decimals'
import { propertyRuns } from '../../helpers/property-runs'

describe('roundTo', () => {
  const decimals = fc.integer({ min: 0, max: 3 })

  it('keeps a value that already has that many decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), decimals, (units, places) => {
        const value = units / 10 ** places
        expect(roundTo(value, places)).toBe(value)
      }),
      propertyRuns(1000)
    )
  })

  it('rounds a true half up, though binary fractions store it just below (59.95 → 60.0)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), decimals, (units, places) => {
        const half = (2 * units + 1) / (2 * 10 ** places)
        expect(roundTo(half, places)).toBe((units + 1) / 10 ** places)
      }),
      propertyRuns(1000)
    )
  })
})
