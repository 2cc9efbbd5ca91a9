import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, daysBetween } from '@shared/domain/dates'
import {
  columnLetters,
  excelDateSerial,
  FIRST_REAL_SERIAL,
  isoDateOfSerial
} from '@shared/excel/sheet-basics'
import { propertyRuns } from '../../helpers/property-runs'

/** The 0-based column a run of letters names, read as Excel reads it (A = 1 … Z = 26, AA = 27). */
const columnOf = (letters: string) =>
  [...letters].reduce((sum, ch) => sum * 26 + ch.charCodeAt(0) - 64, 0) - 1

describe('column letters', () => {
  it('name each column with its own letters, in Excel’s order', () => {
    fc.assert(
      fc.property(fc.nat({ max: 16_383 }), fc.nat({ max: 16_383 }), (a, b) => {
        expect(columnLetters(a)).toMatch(/^[A-Z]{1,3}$/)
        expect(columnOf(columnLetters(a))).toBe(a)
        const [left, right] = [columnLetters(a), columnLetters(b)]
        const order = left.length - right.length || (left < right ? -1 : left > right ? 1 : 0)
        expect(Math.sign(order)).toBe(Math.sign(a - b))
      }),
      propertyRuns(1000)
    )
  })
})

describe('date serials', () => {
  it('write every date from 1900-03-01 on as a serial that reads back as the date', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: daysBetween('1900-03-01', '9999-12-31') }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (days, time) => {
          const date = addDays('1900-03-01', days)
          const serial = excelDateSerial(date)
          expect(serial).toBe(FIRST_REAL_SERIAL + days)
          expect(isoDateOfSerial(serial)).toBe(date)
          expect(isoDateOfSerial(serial + time)).toBe(date)
        }
      ),
      propertyRuns(1000)
    )
  })
})
