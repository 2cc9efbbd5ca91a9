/**
 * 社会组织等级评估 (1A–5A) rules (domain-cn.md §2.3, 民政部令第39号): a rating is valid for five
 * years; who may apply; whether a recorded grade matches the office's score bands.
 */
import { addYears, daysBetween, type IsoDate } from '../dates'
import { ratingGradeForScore, type RatingBands } from '../evaluations/grade-bands'
import type { FieldIssue } from '../check'
import { ratingValidUntil, type AnnualCheck, type Organization, type Rating } from './organization'

/** How long before expiry the registry starts warning (time to prepare the next evaluation). */
export const RATING_EXPIRY_WARNING_DAYS = 180

export type RatingState =
  | { state: 'none' }
  | { state: 'valid'; validUntil: IsoDate }
  | { state: 'expiring'; validUntil: IsoDate; daysLeft: number }
  | { state: 'expired'; validUntil: IsoDate }

export function ratingState(rating: Rating | null, today: IsoDate): RatingState {
  if (!rating) return { state: 'none' }
  const validUntil = ratingValidUntil(rating)
  if (validUntil < today) return { state: 'expired', validUntil }
  const daysLeft = daysBetween(today, validUntil)
  if (daysLeft <= RATING_EXPIRY_WARNING_DAYS) return { state: 'expiring', validUntil, daysLeft }
  return { state: 'valid', validUntil }
}

/**
 * A warning when the recorded grade is not the one the office's bands give for the score. Only
 * a warning: the bands may have changed since the rating, and the certificate is what counts.
 */
export function ratingBandIssue(rating: Rating | null, bands: RatingBands): FieldIssue | null {
  if (!rating) return null
  const expected = ratingGradeForScore(rating.score, bands)
  if (expected === rating.grade) return null
  return {
    field: 'rating.grade',
    level: 'warning',
    message: expected
      ? `按本单位的分数段，${rating.score} 分对应 ${expected}，与录入的 ${rating.grade} 不一致，请核对证书`
      : `按本单位的分数段，${rating.score} 分达不到 1A，请核对证书`
  }
}

/**
 * The latest reporting year whose 年检 should be done by `today`: last year's reports are due
 * by 31 May (domain-cn.md §2.4), so before June the year before that is the latest one due.
 */
export function latestDueAnnualCheckYear(today: IsoDate): number {
  const year = Number(today.slice(0, 4))
  return today.slice(5) >= '06-01' ? year - 1 : year - 2
}

export interface EvaluationEligibility {
  /** 'unknown' when a fact the rule needs (e.g. the 成立日期) is not recorded. */
  verdict: 'eligible' | 'ineligible' | 'unknown'
  /** Why, in Chinese, one line per reason; a single positive line when eligible. */
  reasons: string[]
}

/**
 * Whether the organisation may apply for 等级评估 now, as a hint for staff (the 民政 office
 * decides). Applies 民政部令第39号: registered two full years and never rated, or the previous
 * rating has expired; and not barred by 年检 — last due year missed or 不合格, or 基本合格 two
 * years running. Penalties and investigations are not recorded here, so the hint says so.
 */
export function evaluationEligibility(
  organization: Pick<
    Organization,
    'registrationStatus' | 'establishedOn' | 'rating' | 'annualChecks'
  >,
  today: IsoDate
): EvaluationEligibility {
  const barred: string[] = []
  const unknown: string[] = []
  // 备案 and 筹备 groups take no 年检 either, so nothing else is worth listing for them.
  if (organization.registrationStatus !== '已登记') {
    return {
      verdict: 'ineligible',
      reasons: [`等级评估面向已登记的社会组织，该组织为“${organization.registrationStatus}”`]
    }
  }
  if (!organization.establishedOn) {
    unknown.push('未填写成立（登记）日期，无法判断是否登记满两年')
  } else if (addYears(organization.establishedOn, 2) > today) {
    barred.push(`登记未满两年（${addYears(organization.establishedOn, 2)} 满两年）`)
  }
  const rating = ratingState(organization.rating, today)
  if (rating.state === 'valid' || rating.state === 'expiring') {
    barred.push(
      `现有 ${organization.rating!.grade} 等级有效期至 ${rating.validUntil}，到期后方可重新评估（部分地区允许评定满两年后申请升级）`
    )
  }
  barred.push(...annualCheckBars(organization.annualChecks, today))
  if (barred.length > 0) return { verdict: 'ineligible', reasons: barred }
  if (unknown.length > 0) return { verdict: 'unknown', reasons: unknown }
  return {
    verdict: 'eligible',
    reasons: ['符合申请等级评估的基本条件（是否受过行政处罚、是否正被调查须另行核实）']
  }
}

function annualCheckBars(checks: readonly AnnualCheck[], today: IsoDate): string[] {
  const bars: string[] = []
  const byYear = new Map(checks.map((check) => [check.year, check]))
  const due = latestDueAnnualCheckYear(today)
  const last = byYear.get(due)
  if (!last) bars.push(`没有 ${due} 年度的年检（年报）记录`)
  else if (last.conclusion === '不合格') bars.push(`${due} 年度年检结论为不合格`)
  const previous = byYear.get(due - 1)
  if (last?.conclusion === '基本合格' && previous?.conclusion === '基本合格') {
    bars.push(`${due - 1}、${due} 年度年检连续两年基本合格`)
  }
  return bars
}
