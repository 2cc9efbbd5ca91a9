/**
 * 资格初审: whether an organisation may apply to a round, with reasons (domain-cn.md §5: 广州
 * requires a registered 社会组织 with a clean record; street rounds often admit 备案 groups).
 * Every rule is a round setting.
 */
import { z } from 'zod'
import { addYears, type IsoDate } from '../dates'
import {
  RATING_GRADES,
  ratingValidUntil,
  type Organization,
  type RatingGrade
} from '../organizations/organization'
import { ratingState } from '../organizations/rating'

export interface EligibilityRules {
  /** 备案 community groups may apply, not only 已登记 organisations. */
  allowFiled: boolean
  /** No 不合格 evaluation (年检 or project evaluation) in this many past years; 0: not checked. */
  noFailedEvaluationYears: number
  /** Lowest 1A–5A rating required; null: none. */
  minRating: RatingGrade | null
  /** One application per organisation per track, unless the round allows more. */
  onePerOrganizationPerTrack: boolean
}

export const eligibilityRulesSchema = z.strictObject({
  allowFiled: z.boolean({ error: '请选择是否接受备案的社区社会组织申报' }),
  noFailedEvaluationYears: z
    .number({ error: '不良记录审查年限须为数字' })
    .int('不良记录审查年限须为整数')
    .min(0, '不良记录审查年限不能为负数')
    .max(10, '不良记录审查年限最多为 10 年'),
  minRating: z.enum(RATING_GRADES, { error: '请选择最低评估等级' }).nullable(),
  onePerOrganizationPerTrack: z.boolean({ error: '请选择是否限制同一类别的申报数' })
})

/**
 * Defaults to edit, not national rules: street-level rounds commonly admit 备案 groups; 中山
 * barred violators for 3 years (domain-cn.md §5); no round found requiring a rating.
 */
export const DEFAULT_ELIGIBILITY_RULES: Readonly<EligibilityRules> = {
  allowFiled: true,
  noFailedEvaluationYears: 3,
  minRating: null,
  onePerOrganizationPerTrack: true
}

export interface EligibilityInput {
  organization: Pick<
    Organization,
    'name' | 'registrationStatus' | 'rating' | 'annualChecks' | 'archivedAt'
  >
  /**
   * 定稿 evaluations of the organisation's earlier projects or stays that did not pass, collected
   * by the caller (evaluations live in their own table); `what` names it in the reason.
   */
  failedEvaluations: { on: IsoDate; what: string }[]
  /**
   * The organisation's other applications in the same round. The caller leaves out withdrawn
   * ones (they no longer compete) and the application being checked.
   */
  otherApplications: { id: string; track: string; status: string }[]
  /** Key of the track applied to. */
  track: string
}

export interface EligibilityCheck {
  /** Short Chinese name of the rule, e.g. 登记状态. */
  rule: string
  passed: boolean
  reason: string
}

export interface Eligibility {
  eligible: boolean
  /** Every rule of the round in a fixed order, passed or not, so 初审 can show them all. */
  checks: EligibilityCheck[]
}

/**
 * Judges an application against the round's rules. Every rule gets an entry, also when it is
 * switched off, so the screening list always has the same rows and says what was not asked.
 */
export function checkEligibility(
  input: EligibilityInput,
  rules: EligibilityRules,
  today: IsoDate
): Eligibility {
  const checks = [
    registrationCheck(input.organization, rules),
    recordCheck(input, rules, today),
    ratingCheck(input.organization, rules, today),
    trackCheck(input, rules)
  ]
  return { eligible: checks.every((check) => check.passed), checks }
}

function registrationCheck(
  organization: EligibilityInput['organization'],
  rules: EligibilityRules
): EligibilityCheck {
  const rule = '登记状态'
  const { name, registrationStatus: status } = organization
  const wanted = rules.allowFiled ? '本轮接受已登记或已备案的组织' : '本轮仅接受已登记的社会组织'
  let reason: string
  let passed = false
  if (status === '已登记') {
    passed = true
    reason = `${name}为已登记的社会组织`
  } else if (status === '备案' && rules.allowFiled) {
    passed = true
    reason = `${name}为已备案的社区社会组织，本轮接受备案组织申报`
  } else if (status === '注销') {
    reason = `${name}已注销`
  } else if (status === '筹备') {
    reason = `${wanted}，${name}尚在筹备`
  } else {
    reason = `${wanted}，${name}仅为备案的社区社会组织`
  }
  // An archived record is one the office has stopped dealing with, whatever its status says.
  if (organization.archivedAt !== null) {
    return {
      rule,
      passed: false,
      reason: passed ? `${name}已在登记册中归档，请先恢复` : `${reason}，且已在登记册中归档`
    }
  }
  return { rule, passed, reason }
}

function recordCheck(
  input: EligibilityInput,
  rules: EligibilityRules,
  today: IsoDate
): EligibilityCheck {
  const rule = '年检与评估记录'
  const years = rules.noFailedEvaluationYears
  if (years === 0) return { rule, passed: true, reason: '本轮不审查年检结论和评估记录' }
  // 年检 are per reporting year, so the window is in years: with 3, from 2023 on in 2026.
  const firstYear = Number(today.slice(0, 4)) - years
  // Evaluations have a date, so the window is exact: three years back from today, inclusive.
  const since = addYears(today, -years)
  const window = `（近 ${years} 年内）`
  const failures = [
    ...input.organization.annualChecks
      .filter((check) => check.conclusion === '不合格' && check.year >= firstYear)
      .sort((a, b) => a.year - b.year)
      .map((check) => `${check.year} 年度${check.mode}结论为不合格${window}`),
    ...input.failedEvaluations
      .filter((evaluation) => evaluation.on >= since)
      .sort((a, b) => a.on.localeCompare(b.on))
      .map((evaluation) => `${evaluation.on} ${evaluation.what}未通过${window}`)
  ]
  if (failures.length > 0) return { rule, passed: false, reason: failures.join('；') }
  return {
    rule,
    passed: true,
    reason: `近 ${years} 年内（${firstYear} 年度起的年检、${since} 以来的评估）无不合格记录`
  }
}

function ratingCheck(
  organization: EligibilityInput['organization'],
  rules: EligibilityRules,
  today: IsoDate
): EligibilityCheck {
  const rule = '评估等级'
  const minimum = rules.minRating
  if (minimum === null) return { rule, passed: true, reason: '本轮不要求评估等级' }
  const wanted = `需要 ${minimum} 及以上的有效评估等级`
  const { rating } = organization
  if (!rating) return { rule, passed: false, reason: `${wanted}，该组织尚未获得评估等级` }
  // A rating counts through its last valid day; expiring soon still counts.
  const state = ratingState(rating, today)
  const validUntil = ratingValidUntil(rating)
  if (state.state === 'expired') {
    return {
      rule,
      passed: false,
      reason: `${wanted}，该组织的 ${rating.grade} 等级评估有效期至 ${validUntil}，已过期`
    }
  }
  if (RATING_GRADES.indexOf(rating.grade) < RATING_GRADES.indexOf(minimum)) {
    return { rule, passed: false, reason: `${wanted}，该组织为 ${rating.grade}` }
  }
  return {
    rule,
    passed: true,
    reason: `该组织为 ${rating.grade}（有效期至 ${validUntil}），达到 ${minimum} 及以上的要求`
  }
}

function trackCheck(input: EligibilityInput, rules: EligibilityRules): EligibilityCheck {
  const rule = '同类别申报'
  if (!rules.onePerOrganizationPerTrack) {
    return { rule, passed: true, reason: '本轮允许同一组织在同一类别申报多个项目' }
  }
  const same = input.otherApplications.filter((application) => application.track === input.track)
  if (same.length === 0) {
    return { rule, passed: true, reason: '该组织在本类别没有其他申报' }
  }
  const statuses = same.map((application) => `“${application.status}”`).join('、')
  return {
    rule,
    passed: false,
    reason:
      same.length === 1
        ? `每个组织在同一类别只能申报一个项目，该组织在本类别已有一份状态为${statuses}的申报`
        : `每个组织在同一类别只能申报一个项目，该组织在本类别已有 ${same.length} 份申报（状态为${statuses}）`
  }
}
