import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isPlausiblePhone,
  maskIdNumber,
  maskPersonName,
  maskPhone
} from '@shared/domain/identifiers/masking'
import { propertyRuns } from '../../../helpers/property-runs'
import { cjkName, junkText, validPhone, validResidentId } from '../../import/arbitraries'

describe('masks of personal data', () => {
  it('show of an ID number only its first 6 and last 4 characters', () => {
    fc.assert(
      fc.property(validResidentId('2026-11-22'), fc.constantFrom('', ' ', '\t'), (id, pad) => {
        const masked = maskIdNumber(`${pad}${id}${pad}`)
        expect(masked).toBe(`${id.slice(0, 6)}********${id.slice(-4)}`)
        expect(masked).not.toContain(id.slice(6, 14))
      }),
      propertyRuns(500)
    )
  })

  it('show of a phone its first 3 and last 4 digits at most, however it is written', () => {
    const written = validPhone.chain((phone) =>
      fc.tuple(
        fc.constant(phone.replace(/-/g, '')),
        fc.constantFrom(
          phone,
          phone.replace(/-/g, ' '),
          phone.startsWith('1') ? `+86${phone}` : phone
        )
      )
    )
    fc.assert(
      fc.property(written, ([digits, phone]) => {
        expect(isPlausiblePhone(phone)).toBe(true)
        const masked = maskPhone(phone)
        expect(masked).toBe(
          `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`
        )
      }),
      propertyRuns(500)
    )
  })

  it('keep the family name and as many characters as the name has', () => {
    fc.assert(
      fc.property(cjkName(1, 6), (name) => {
        const masked = maskPersonName(name)
        expect([...masked]).toHaveLength([...name].length)
        expect(masked).toBe(name[0] + '*'.repeat([...name].length - 1))
      }),
      propertyRuns(300)
    )
  })

  it('never throw on any text, and never show more characters than a mask keeps', () => {
    fc.assert(
      fc.property(junkText, (text) => {
        expect(maskIdNumber(text).replace(/\*/g, '').length).toBeLessThanOrEqual(10)
        expect(maskPhone(text).replace(/\*/g, '').length).toBeLessThanOrEqual(7)
        expect(typeof isPlausiblePhone(text)).toBe('boolean')
        expect([...maskPersonName(text)].filter((ch) => ch !== '*').length).toBeLessThanOrEqual(1)
      }),
      propertyRuns(1000)
    )
  })
})
