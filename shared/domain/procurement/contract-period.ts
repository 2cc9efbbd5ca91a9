/**
 * 合同期限 (102号令 art. 24): a purchase-of-service contract normally runs at most one year;
 * where the budget is assured and the service is fixed in content, continuous and stable in
 * price, up to three years (domain-cn.md §3). A period includes both its first and last day.
 */
import type { FieldIssue } from '../check'
import { addDays, isIsoDate, type IsoDate } from '../dates'

/** Longest period without a justification, in months. */
export const SINGLE_YEAR_MONTHS = 12
/** Longest period art. 24 allows at all, in months. */
export const MAX_CONTRACT_MONTHS = 36

function parts(date: IsoDate): [number, number, number] {
  if (!isIsoDate(date)) throw new RangeError(`不是有效的日期：${date}`)
  return date.split('-').map(Number) as [number, number, number]
}

const isoOf = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10)

/**
 * The last day of a period of `months` months from `startOn`: the day before the same day
 * `months` later, or the end of that month when it has no such day (民法典 art. 203), so
 * 2026-01-01 + 12 ends on 2026-12-31 and 2026-01-31 + 1 on 2026-02-28.
 */
export function periodEndOn(startOn: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`月数必须是正整数：${months}`)
  const [year, month, day] = parts(startOn)
  const target = month - 1 + months
  const daysInTarget = new Date(Date.UTC(year, target + 1, 0)).getUTCDate()
  if (day > daysInTarget) return isoOf(Date.UTC(year, target, daysInTarget))
  return addDays(isoOf(Date.UTC(year, target, day)), -1)
}

/**
 * The months `startOn`–`endOn` takes, a part month counted whole: 2026-01-01–2026-12-31 is 12,
 * one day more is 13. So "more than 12 months" means exactly "longer than one year".
 */
export function contractMonths(startOn: IsoDate, endOn: IsoDate): number {
  const [startYear, startMonth] = parts(startOn)
  const [endYear, endMonth] = parts(endOn)
  if (endOn < startOn) throw new RangeError(`结束日期 ${endOn} 早于开始日期 ${startOn}`)
  let months = Math.max(1, (endYear - startYear) * 12 + endMonth - startMonth)
  while (periodEndOn(startOn, months) < endOn) months += 1
  return months
}

/**
 * The period's problems: the end after the start, more than a year only with a justification,
 * never more than three years. Fields `startOn`, `endOn`, `multiYearJustification`.
 */
export function periodIssues(
  startOn: IsoDate,
  endOn: IsoDate,
  multiYearJustification: string | null
): FieldIssue[] {
  if (endOn <= startOn) {
    return [
      {
        field: 'endOn',
        level: 'error',
        message: `合同结束日期 ${endOn} 须晚于开始日期 ${startOn}`
      }
    ]
  }
  const months = contractMonths(startOn, endOn)
  if (months > MAX_CONTRACT_MONTHS) {
    return [
      {
        field: 'endOn',
        level: 'error',
        message: `合同期 ${months} 个月，超过 102号令第二十四条允许的最长 3 年（${MAX_CONTRACT_MONTHS} 个月）`
      }
    ]
  }
  if (months > SINGLE_YEAR_MONTHS && !multiYearJustification?.trim()) {
    return [
      {
        field: 'multiYearJustification',
        level: 'error',
        message: `合同期 ${months} 个月，超过 1 年，须说明理由（102号令第二十四条：预算有保障，且服务内容相对固定、连续性强、价格稳定）`
      }
    ]
  }
  return []
}
