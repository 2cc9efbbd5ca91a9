/**
 * Calendar dates are `YYYY-MM-DD` strings in China time (Asia/Shanghai); instants are ISO
 * timestamps. Arithmetic is done on the calendar date itself (through UTC midnight), so no
 * device time zone or daylight-saving rule can shift a due date.
 */
import chineseDays from 'chinese-days'

// Default import: the package is CommonJS for Node, and Node cannot see its named exports.
const { getHolidaysInRange, isWorkday: isOfficialWorkday } = chineseDays

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

/** True for a real calendar date written as `YYYY-MM-DD` (so `2026-02-30` is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

function toUtc(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`不是有效的日期：${date}`)
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return Date.UTC(year, month - 1, day)
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10)
}

const shanghaiDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit'
})

/** The calendar date in China at instant `now`, whatever the device's time zone. */
export function todayInChina(now: Date = new Date()): IsoDate {
  return shanghaiDate.format(now)
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * DAY_MS)
}

/** Same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  toUtc(date)
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate()
  return fromUtc(Date.UTC(year + years, month - 1, Math.min(day, lastDay)))
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS)
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(toUtc(date)).getUTCDay()
}

/** `2025-03-18` → `2025年3月18日`, the GB/T 9704 form for printed documents (no zero padding). */
export function formatChineseDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  toUtc(date)
  return `${year}年${month}月${day}日`
}

/**
 * Local adjustments to the official calendar: an office closed for a local holiday, or a year
 * the State Council has announced after this app was released. Overrides win over the
 * official data.
 */
export interface CalendarOverrides {
  holidays?: readonly IsoDate[]
  workdays?: readonly IsoDate[]
}

export interface WorkCalendar {
  isWorkday(date: IsoDate): boolean
  /** The date `count` working days after `date` (the start day itself is not counted). */
  addWorkingDays(date: IsoDate, count: number): IsoDate
  /** True when the official holiday schedule of `year` is known to this calendar. */
  hasOfficialSchedule(year: number): boolean
}

/**
 * The working-day calendar of mainland China: weekends, statutory holidays and the weekend
 * make-up days (调休) from the State Council schedules bundled in `chinese-days`, plus the
 * office's own overrides. For years with no published schedule it falls back to Monday–Friday;
 * callers can ask `hasOfficialSchedule` to warn about that.
 */
export function createWorkCalendar(overrides: CalendarOverrides = {}): WorkCalendar {
  const holidays = new Set(overrides.holidays ?? [])
  const workdays = new Set(overrides.workdays ?? [])
  const scheduleKnown = new Map<number, boolean>()

  function isWorkday(date: IsoDate): boolean {
    toUtc(date)
    if (holidays.has(date)) return false
    if (workdays.has(date)) return true
    return isOfficialWorkday(date)
  }

  return {
    isWorkday,
    addWorkingDays(date, count) {
      if (!Number.isInteger(count) || count < 0) throw new RangeError('工作日天数必须是非负整数')
      let current = date
      let remaining = count
      while (remaining > 0) {
        current = addDays(current, 1)
        if (isWorkday(current)) remaining -= 1
      }
      return current
    },
    hasOfficialSchedule(year) {
      if (!scheduleKnown.has(year)) {
        scheduleKnown.set(
          year,
          getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0
        )
      }
      return scheduleKnown.get(year)!
    }
  }
}
