import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '@shared/domain/dates'
import {
  contractMonths,
  periodEndOn,
  periodIssues
} from '@shared/domain/procurement/contract-period'

/** Any start date from 2000 to 2040. */
const startDate = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 11, 31) })
  .map((ms) => new Date(Math.floor(ms / 86_400_000) * 86_400_000).toISOString().slice(0, 10))

describe('periodEndOn', () => {
  it.each<[string, number, string]>([
    ['2026-01-01', 12, '2026-12-31'],
    ['2026-03-15', 12, '2027-03-14'],
    ['2026-01-01', 36, '2028-12-31'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-01-29', 1, '2026-02-28'],
    ['2026-01-28', 1, '2026-02-27'],
    ['2026-11-01', 2, '2026-12-31'],
    ['2024-02-29', 12, '2025-02-28']
  ])('%s plus %i months ends on %s', (startOn, months, endOn) => {
    expect(periodEndOn(startOn, months)).toBe(endOn)
  })

  it('refuses a month count that is not a positive whole number', () => {
    expect(() => periodEndOn('2026-01-01', 0)).toThrow(RangeError)
    expect(() => periodEndOn('2026-01-01', 1.5)).toThrow(RangeError)
    expect(() => periodEndOn('2026-02-30', 1)).toThrow(RangeError)
  })
})

describe('contractMonths', () => {
  it.each<[string, string, number]>([
    ['2026-01-01', '2026-12-31', 12],
    ['2026-01-01', '2027-01-01', 13],
    ['2026-01-01', '2026-12-30', 12],
    ['2026-01-01', '2026-01-01', 1],
    ['2026-07-01', '2029-06-30', 36],
    ['2026-07-01', '2029-07-01', 37],
    ['2026-01-31', '2026-02-28', 1],
    ['2026-01-31', '2026-03-01', 2]
  ])('%s to %s is %i months', (startOn, endOn, months) => {
    expect(contractMonths(startOn, endOn)).toBe(months)
  })

  it('refuses an end before the start', () => {
    expect(() => contractMonths('2026-03-01', '2026-02-28')).toThrow(RangeError)
  })

  it('counts n months to the end of an n-month period, and n + 1 from the day after', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 1, max: 48 }), (startOn, months) => {
        const endOn = periodEndOn(startOn, months)
        expect(contractMonths(startOn, endOn)).toBe(months)
        expect(contractMonths(startOn, addDays(endOn, 1))).toBe(months + 1)
      })
    )
  })
})

describe('periodIssues', () => {
  it('accepts a calendar year without a justification', () => {
    expect(periodIssues('2026-01-01', '2026-12-31', null)).toEqual([])
  })

  it('refuses an end on or before the start', () => {
    const issue = (endOn: string) => ({
      field: 'endOn',
      level: 'error',
      message: `合同结束日期 ${endOn} 须晚于开始日期 2026-03-01`
    })
    expect(periodIssues('2026-03-01', '2026-03-01', null)).toEqual([issue('2026-03-01')])
    expect(periodIssues('2026-03-01', '2026-02-01', null)).toEqual([issue('2026-02-01')])
  })

  it('asks for a justification beyond one year', () => {
    const missing = [
      {
        field: 'multiYearJustification',
        level: 'error',
        message:
          '合同期 13 个月，超过 1 年，须说明理由（102号令第二十四条：预算有保障，且服务内容相对固定、连续性强、价格稳定）'
      }
    ]
    expect(periodIssues('2026-01-01', '2027-01-01', null)).toEqual(missing)
    expect(periodIssues('2026-01-01', '2027-01-01', '  ')).toEqual(missing)
    expect(
      periodIssues('2026-01-01', '2028-12-31', '社区矫正帮教服务连续性强，三年预算已安排')
    ).toEqual([])
  })

  it('refuses more than three years even with a justification', () => {
    expect(periodIssues('2026-01-01', '2029-01-01', '长期服务')).toEqual([
      {
        field: 'endOn',
        level: 'error',
        message: '合同期 37 个月，超过 102号令第二十四条允许的最长 3 年（36 个月）'
      }
    ])
  })

  it('finds a problem exactly when the period is longer than a year without a reason', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 1, max: 1200 }), (startOn, days) => {
        const endOn = addDays(startOn, days)
        const withinYear = endOn <= periodEndOn(startOn, 12)
        expect(periodIssues(startOn, endOn, null).length === 0).toBe(withinYear)
      })
    )
  })
})
