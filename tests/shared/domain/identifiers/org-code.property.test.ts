import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isValidOrgCode, orgCodeCheckChar } from '@shared/domain/identifiers/org-code'
import { propertyRuns } from '../../../helpers/property-runs'
import { junkText } from '../../import/arbitraries'

const body = fc
  .array(fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: 8, maxLength: 8 })
  .map((chars) => chars.join(''))

describe('GB 11714 organisation code', () => {
  it('accepts every body with its computed check character, hyphenated or not, in any case', () => {
    fc.assert(
      fc.property(body, (code) => {
        const check = orgCodeCheckChar(code)!
        expect(check).toMatch(/^[0-9X]$/)
        for (const written of [
          `${code}${check}`,
          `${code}-${check}`,
          `${code}-${check}`.toLowerCase()
        ]) {
          expect([written, isValidOrgCode(written)]).toEqual([written, true])
        }
      }),
      propertyRuns(1000)
    )
  })

  it('catches a mistyped digit anywhere, and any wrong check character', () => {
    const digitBody = fc.stringMatching(/^\d{8}$/)
    fc.assert(
      fc.property(
        digitBody,
        fc.nat({ max: 7 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(...'0123456789X'),
        (code, at, shift, wrongCheck) => {
          const check = orgCodeCheckChar(code)!
          const digit = (Number(code[at]) + shift) % 10
          const mistyped = `${code.slice(0, at)}${digit}${code.slice(at + 1)}`
          expect(isValidOrgCode(`${mistyped}-${check}`)).toBe(false)
          if (wrongCheck !== check) expect(isValidOrgCode(`${code}-${wrongCheck}`)).toBe(false)
        }
      ),
      propertyRuns(1000)
    )
  })

  it('never throws on any text, and has no check character for a body outside 0–9 A–Z', () => {
    fc.assert(
      fc.property(junkText, (text) => {
        expect(typeof isValidOrgCode(text)).toBe('boolean')
        const check = orgCodeCheckChar(text)
        if (!/^[0-9A-Z]{8}$/.test(text)) expect(check).toBeNull()
      }),
      propertyRuns(500)
    )
  })
})
