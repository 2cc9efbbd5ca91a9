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

describe('isIsoDate', () => {
  it.each(['2026-11-22', '2024-02-29', '2000-02-29'])('accepts %s', (date) => {
    expect(isIsoDate(date)).toBe(true)
  })
  it.each(['2026-02-29', '2026-13-01', '2026-1-1', '2026/11/22', '', '1900-02-29', 20261122])(
    'rejects %j',
    (value) => {
      expect(isIsoDate(value)).toBe(false)
    }
  )
})

describe('calendar arithmetic', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('adds years, turning 29 February into 28 February', () => {
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28')
    expect(addYears('2026-11-22', 5)).toBe('2031-11-22')
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29')
  })

  it('counts days between dates', () => {
    expect(daysBetween('2026-11-22', '2026-12-22')).toBe(30)
    expect(daysBetween('2026-12-22', '2026-11-22')).toBe(-30)
  })

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        fc.integer({ min: -5000, max: 5000 }),
        (date, days) => {
          const start = date.toISOString().slice(0, 10)
          expect(daysBetween(start, addDays(start, days))).toBe(days)
        }
      )
    )
  })

  it('gives the weekday', () => {
    expect(weekday('2026-11-22')).toBe(0)
  })

  it('formats dates the GB/T 9704 way, without zero padding', () => {
    expect(formatChineseDate('2025-03-08')).toBe('2025年3月8日')
  })

  it('knows the date in China whatever the instant', () => {
    expect(todayInChina(new Date('2026-11-21T16:30:00Z'))).toBe('2026-11-22')
    expect(todayInChina(new Date('2026-11-21T15:59:59Z'))).toBe('2026-11-21')
  })
})

describe('createWorkCalendar', () => {
  const calendar = createWorkCalendar()

  it('skips weekends', () => {
    // Friday 2026-11-20 + 1 working day = Monday 2026-11-23.
    expect(calendar.addWorkingDays('2026-11-20', 1)).toBe('2026-11-23')
    expect(calendar.addWorkingDays('2026-11-20', 0)).toBe('2026-11-20')
  })

  it('skips statutory holidays and counts the make-up Saturday (调休)', () => {
    // 2026 National Day: 1–7 October off; Saturday 10 October is a working day.
    expect(calendar.isWorkday('2026-10-05')).toBe(false)
    expect(calendar.isWorkday('2026-10-10')).toBe(true)
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08')
    // 5 working days after Monday 2026-09-28: 29, 30 Sep, 8, 9, 10 Oct.
    expect(calendar.addWorkingDays('2026-09-28', 5)).toBe('2026-10-10')
  })

  it('handles the Spring Festival of 2026 with its make-up days', () => {
    expect(calendar.isWorkday('2026-02-14')).toBe(true)
    expect(calendar.isWorkday('2026-02-18')).toBe(false)
    expect(calendar.isWorkday('2026-02-28')).toBe(true)
  })

  it('applies the office overrides over the official schedule', () => {
    const local = createWorkCalendar({ holidays: ['2026-11-23'], workdays: ['2026-11-22'] })
    expect(local.isWorkday('2026-11-23')).toBe(false)
    expect(local.isWorkday('2026-11-22')).toBe(true)
    expect(local.addWorkingDays('2026-11-21', 2)).toBe('2026-11-24')
  })

  it('says which years have a published schedule', () => {
    expect(calendar.hasOfficialSchedule(2026)).toBe(true)
    expect(calendar.hasOfficialSchedule(2099)).toBe(false)
  })

  it('refuses a negative count', () => {
    expect(() => calendar.addWorkingDays('2026-11-20', -1)).toThrow(RangeError)
  })
})
