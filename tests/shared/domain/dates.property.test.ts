import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  addYears,
  createWorkCalendar,
  daysBetween,
  formatChineseDate,
  isIsoDate,
  todayInChina,
  weekday
} from '@shared/domain/dates'
import { propertyRuns } from '../../helpers/property-runs'

const CJK = /[\u3400-\u9fff]/

const date = fc
  .integer({ min: 0, max: daysBetween('1900-01-01', '2199-12-31') })
  .map((days) => addDays('1900-01-01', days))

const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const lastDay = (year: number, month: number) =>
  month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!

const pad = (n: number, width: number) => String(n).padStart(width, '0')

describe('isIsoDate', () => {
  it('is true exactly for a day its month has, written YYYY-MM-DD', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const real = month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month)
          expect(isIsoDate(`${year}-${pad(month, 2)}-${pad(day, 2)}`)).toBe(real)
          expect(isIsoDate(`${year}-${month}-${day}`)).toBe(real && month >= 10 && day >= 10)
        }
      ),
      propertyRuns(1000)
    )
  })

  it('never throws on any value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof isIsoDate(value)).toBe('boolean')
      }),
      propertyRuns(500)
    )
  })
})

describe('calendar arithmetic', () => {
  it('refuses a date that is not one, in Chinese, whatever the function', () => {
    const nearMiss = fc
      .tuple(fc.integer({ min: 1000, max: 9999 }), fc.nat({ max: 13 }), fc.nat({ max: 32 }))
      .map(([year, month, day]) => `${year}-${pad(month, 2)}-${pad(day, 2)}`)
    const notDate = fc
      .oneof(fc.string({ maxLength: 12 }), nearMiss)
      .filter((text) => !isIsoDate(text))
    fc.assert(
      fc.property(notDate, (text) => {
        for (const call of [
          () => addDays(text, 1),
          () => addYears(text, 1),
          () => daysBetween(text, '2026-01-01'),
          () => daysBetween('2026-01-01', text),
          () => weekday(text),
          () => formatChineseDate(text)
        ]) {
          expect(call).toThrow(RangeError)
          expect(call).toThrow(CJK)
        }
      }),
      propertyRuns(500)
    )
  })

  it('adds years keeping the month, and the day unless the month is shorter', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -100, max: 100 }), (start, years) => {
        const [year, month, day] = start.split('-').map(Number) as [number, number, number]
        const moved = addYears(start, years)
        expect(moved).toBe(
          `${pad(year + years, 4)}-${pad(month, 2)}-${pad(Math.min(day, lastDay(year + years, month)), 2)}`
        )
        if (!start.endsWith('-02-29')) expect(addYears(moved, -years)).toBe(start)
      }),
      propertyRuns(1000)
    )
  })

  it('counts weekdays on: a week later is the same day, a day later the next', () => {
    fc.assert(
      fc.property(date, (day) => {
        expect(weekday(addDays(day, 7))).toBe(weekday(day))
        expect(weekday(addDays(day, 1))).toBe((weekday(day) + 1) % 7)
      }),
      propertyRuns(500)
    )
  })

  it('writes the GB/T 9704 form, which reads back as the same day', () => {
    fc.assert(
      fc.property(date, (day) => {
        const match = /^(\d{4})年([1-9]|1[0-2])月([1-9]|[12]\d|3[01])日$/.exec(
          formatChineseDate(day)
        )
        expect(match).not.toBeNull()
        expect(`${match![1]}-${pad(Number(match![2]), 2)}-${pad(Number(match![3]), 2)}`).toBe(day)
      }),
      propertyRuns(500)
    )
  })

  it('tells the date in China at any instant (UTC+8, no daylight saving since 1992)', () => {
    const instant = fc.date({
      min: new Date('1992-01-01T00:00:00Z'),
      max: new Date('2199-12-31T00:00:00Z'),
      noInvalidDate: true
    })
    fc.assert(
      fc.property(instant, (now) => {
        expect(todayInChina(now)).toBe(
          new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
        )
      }),
      propertyRuns(500)
    )
  })
})

describe('working days', () => {
  const calendar = createWorkCalendar()

  it('land on a working day, with exactly the asked number of working days after the start', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: daysBetween('2015-01-01', '2027-12-31') })
          .map((days) => addDays('2015-01-01', days)),
        fc.integer({ min: 0, max: 40 }),
        (start, count) => {
          const end = calendar.addWorkingDays(start, count)
          let counted = 0
          for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) {
            if (calendar.isWorkday(day)) counted += 1
          }
          expect(counted).toBe(count)
          if (count > 0) expect(calendar.isWorkday(end)).toBe(true)
          else expect(end).toBe(start)
        }
      ),
      propertyRuns(200)
    )
  })

  it('refuses a count that is not a whole number of days, in Chinese', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ max: -1 }),
          fc.double().filter((n) => !Number.isInteger(n))
        ),
        (count) => {
          expect(() => calendar.addWorkingDays('2026-01-05', count)).toThrow(
            '工作日天数必须是非负整数'
          )
        }
      ),
      propertyRuns(200)
    )
  })
})
