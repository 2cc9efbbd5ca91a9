import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDivisionCode } from '@shared/domain/identifiers/division-code'
import { propertyRuns } from '../../../helpers/property-runs'
import { junkText } from '../../import/arbitraries'

const CJK = /[\u3400-\u9fff]/
const pad = (n: number, width: number) => String(n).padStart(width, '0')

describe('统计用区划代码', () => {
  it('reads every well-formed code into its county, township and their kinds', () => {
    const code = fc.record({
      province: fc.integer({ min: 11, max: 82 }),
      prefecture: fc.nat({ max: 99 }),
      county: fc.integer({ min: 1, max: 99 }),
      township: fc.integer({ min: 1, max: 599 }),
      village: fc.integer({ min: 1, max: 399 }),
      spaces: fc.constantFrom('', ' ', '\t', '\n')
    })
    fc.assert(
      fc.property(code, ({ province, prefecture, county, township, village, spaces }) => {
        const digits = `${province}${pad(prefecture, 2)}${pad(county, 2)}${pad(township, 3)}${pad(village, 3)}`
        const result = parseDivisionCode(`${spaces}${digits}${spaces}`)
        expect(result).toEqual({
          ok: true,
          parts: {
            province: `${province}0000`,
            prefecture: `${province}${pad(prefecture, 2)}00`,
            county: digits.slice(0, 6),
            township: digits.slice(0, 9),
            townshipKind:
              township < 100
                ? '街道'
                : township < 200
                  ? '镇'
                  : township < 400
                    ? '乡'
                    : '政企合一单位',
            villageKind: village < 200 ? '居委会（社区）' : '村委会'
          }
        })
      }),
      propertyRuns(1000)
    )
  })

  it('refuses any other text with a Chinese reason, never throwing', () => {
    const twelveDigits = fc.stringMatching(/^\d{12}$/)
    fc.assert(
      fc.property(fc.oneof(junkText, twelveDigits), (text) => {
        const result = parseDivisionCode(text)
        if (result.ok) expect(text.trim()).toMatch(/^\d{12}$/)
        else expect(result.message).toMatch(CJK)
      }),
      propertyRuns(1000)
    )
  })
})
