import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { upgradeResidentId15, validateResidentId } from '@shared/domain/identifiers/resident-id'
import { propertyRuns } from '../../../helpers/property-runs'
import { fullWidth, junkText, validResidentId } from '../../import/arbitraries'

const TODAY = '2026-11-22'
const CJK = /[\u3400-\u9fff]/

const birthDate = (id: string) => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`

describe('validateResidentId', () => {
  it('accepts every number with its check character, however it is typed', () => {
    const typed = validResidentId(TODAY).chain((id) =>
      fc.tuple(
        fc.constant(id),
        fc.constantFrom(
          id,
          id.toLowerCase(),
          ` ${id}\u3000`,
          fullWidth(id),
          `${id.slice(0, 6)} ${id.slice(6)}`
        )
      )
    )
    fc.assert(
      fc.property(typed, ([id, written]) => {
        expect(validateResidentId(written, TODAY)).toEqual({
          normalized: id,
          issues: [],
          birthDate: birthDate(id),
          gender: Number(id[16]) % 2 === 1 ? '男' : '女'
        })
      }),
      propertyRuns(1000)
    )
  })

  it('upgrades an old 15-digit number to the 18-digit one of the same person, saying so', () => {
    const old = fc
      .tuple(
        fc.stringMatching(/^[1-6]\d{5}$/),
        fc.date({ min: new Date('1900-01-01'), max: new Date('1999-12-31'), noInvalidDate: true }),
        fc.stringMatching(/^\d{3}$/)
      )
      .map(
        ([region, born, sequence]) =>
          `${region}${born.toISOString().slice(2, 10).replaceAll('-', '')}${sequence}`
      )
    fc.assert(
      fc.property(old, (number) => {
        const upgraded = upgradeResidentId15(number)!
        const result = validateResidentId(number, TODAY)
        expect(result.normalized).toBe(upgraded)
        expect(result.issues).toEqual([
          { level: 'warning', code: 'upgraded', message: '15 位旧号码已升级为 18 位' }
        ])
        expect(result.birthDate).toBe(
          `19${number.slice(6, 8)}-${number.slice(8, 10)}-${number.slice(10, 12)}`
        )
        expect(validateResidentId(upgraded, TODAY).issues).toEqual([])
      }),
      propertyRuns(500)
    )
  })

  it('refuses anything else with one error in Chinese, never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(junkText, fc.stringMatching(/^\d{17}[\dXx]$/)), (text) => {
        const result = validateResidentId(text, TODAY)
        const errors = result.issues.filter((issue) => issue.level === 'error')
        expect(errors.length).toBeLessThanOrEqual(1)
        for (const issue of result.issues) expect(issue.message).toMatch(CJK)
        if (errors.length === 0) {
          expect(result.normalized).toMatch(/^\d{17}[\dX]$/)
          expect(result.birthDate! <= TODAY).toBe(true)
        } else {
          expect(result.birthDate).toBeNull()
        }
      }),
      propertyRuns(1000)
    )
  })

  it('refuses a birth date after today', () => {
    fc.assert(
      fc.property(validResidentId('2099-12-31'), (id) => {
        fc.pre(birthDate(id) > TODAY)
        expect(validateResidentId(id, TODAY).issues).toMatchObject([
          { level: 'error', code: 'birth-date', message: `出生日期 ${birthDate(id)} 晚于今天` }
        ])
      }),
      propertyRuns(100)
    )
  })
})
