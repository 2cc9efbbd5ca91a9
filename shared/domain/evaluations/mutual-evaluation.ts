/**
 * 双向评估 (issue #6 item 8; domain-cn.md §8): for a contract period, the purchaser and the
 * provider each fill one sheet scoring BOTH parties' obligations — its own as 自评, the other's as
 * 他评 — and the two are shown side by side with their gaps. 太仓's 政社互动 has 镇/街道 and 村/居
 * score each other's fulfilment of their 协助管理协议 at year end; the same record serves that
 * and a purchaser ↔ provider contract review. Stored in its own table (`mutualEvaluations`).
 *
 * The obligations are an editable template copied into each evaluation when it starts, so a
 * later edit of the template never changes an evaluation already made.
 *
 * Lifecycle: each sheet is filled and submitted (and may be reopened until 定稿); 定稿 needs both
 * sheets submitted and is frozen from then on (DESIGN.md §4).
 */
import { z } from 'zod'
import { checkRecord, type CheckResult, type FieldIssue } from '../check'
import type { IsoDate } from '../dates'
import { roundTo } from '../decimals'
import { isoDateField, optionalTextField, textField } from '../fields'
import type { ArchivableRecord } from '../records'
import { finalizedOn, scoreRowIssues } from './evaluation'

export const MUTUAL_SIDES = ['purchaser', 'provider'] as const
export type MutualSide = (typeof MUTUAL_SIDES)[number]

export const MUTUAL_SIDE_LABELS: Readonly<Record<MutualSide, string>> = {
  purchaser: '购买方',
  provider: '承接方'
}

/** The side an obligation's 他评 comes from. */
export function otherSide(side: MutualSide): MutualSide {
  return side === 'purchaser' ? 'provider' : 'purchaser'
}

/** One thing a party owes the other under the agreement. */
export interface MutualObligation {
  /** Stable, so comparisons across years line up after a rename. */
  key: string
  /** Whose obligation it is. */
  side: MutualSide
  name: string
  description: string
  /** Points; each side's obligations add up to 100. */
  maxScore: number
}

/** Each side's obligations add up to this many points. */
export const MUTUAL_SIDE_TOTAL = 100

/**
 * The default template: the purchaser's five obligations named in issue #6 (太仓's 协议 and its
 * list of administrative tasks the government must not push down — 不摊派合同外行政任务), and
 * the provider's five from what 102号令 and the contract ask of it (art. 23 content, quality and
 * term; no 转包; funds used as budgeted). 20 points each is a default to edit, not a rule.
 */
export const DEFAULT_MUTUAL_TEMPLATE: readonly MutualObligation[] = [
  {
    key: 'purchaser-funding',
    side: 'purchaser',
    name: '按时足额拨付',
    description: '按合同约定的时间和金额拨付服务经费，不拖欠、不克扣',
    maxScore: 20
  },
  {
    key: 'purchaser-needs',
    side: 'purchaser',
    name: '需求明确',
    description: '服务内容、目标和验收标准在合同中写明，需求变化及时书面告知',
    maxScore: 20
  },
  {
    key: 'purchaser-guidance',
    side: 'purchaser',
    name: '指导支持',
    description: '对项目实施给予业务指导，及时回应承接方提出的问题',
    maxScore: 20
  },
  {
    key: 'purchaser-no-extra-tasks',
    side: 'purchaser',
    name: '不摊派合同外行政任务',
    description: '不要求承接方承担合同以外的行政事务、临时任务或报表',
    maxScore: 20
  },
  {
    key: 'purchaser-resources',
    side: 'purchaser',
    name: '协调资源',
    description: '协调场地、社区和相关部门资源，为服务开展创造条件',
    maxScore: 20
  },
  {
    key: 'provider-delivery',
    side: 'provider',
    name: '按合同提供服务',
    description: '按合同约定的内容、数量和时间完成服务，不转包',
    maxScore: 20
  },
  {
    key: 'provider-quality',
    side: 'provider',
    name: '服务质量与专业性',
    description: '服务方法专业，服务对象反馈良好，达到约定的质量标准',
    maxScore: 20
  },
  {
    key: 'provider-staffing',
    side: 'provider',
    name: '人员配备稳定',
    description: '按合同配备社工等专业人员，人员变动事先报备',
    maxScore: 20
  },
  {
    key: 'provider-records',
    side: 'provider',
    name: '台账资料规范',
    description: '服务记录、档案和台账完整、真实、及时',
    maxScore: 20
  },
  {
    key: 'provider-funds',
    side: 'provider',
    name: '资金使用规范',
    description: '专款专用，按预算使用经费，票据合规',
    maxScore: 20
  }
]

const sideSchema = z.enum(MUTUAL_SIDES, { error: '请选择是哪一方的义务' })

const obligationSchema = z.strictObject({
  key: z.string({ error: '义务缺少编号' }).trim().min(1, '义务缺少编号').max(40, '义务编号过长'),
  side: sideSchema,
  name: textField('义务名称', 30, true),
  description: textField('义务说明', 200),
  maxScore: z
    .number({ error: '满分须为数字' })
    .int('满分须为整数')
    .min(1, '满分至少为 1')
    .max(MUTUAL_SIDE_TOTAL, `满分不能超过 ${MUTUAL_SIDE_TOTAL}`)
})

export const mutualTemplateSchema = z
  .array(obligationSchema)
  .min(2, '双向评估表至少要有双方各一项义务')
  .max(40, '双向评估表最多 40 项义务')

/**
 * What shape alone cannot see in a template: keys unique, names unique within a side, each
 * side with at least one obligation and its maxima adding up to 100 (so both sides' totals are
 * on one scale and can be compared).
 */
export function mutualTemplateIssues(
  obligations: readonly MutualObligation[],
  field = ''
): FieldIssue[] {
  const issues: FieldIssue[] = []
  const at = (path: string) => [field, path].filter(Boolean).join('.')
  const keys = new Set<string>()
  const names = new Set<string>()
  obligations.forEach((obligation, index) => {
    if (keys.has(obligation.key)) {
      issues.push({
        field: at(`${index}.key`),
        level: 'error',
        message: `义务编号“${obligation.key}”重复`
      })
    }
    keys.add(obligation.key)
    const name = `${obligation.side}\u0000${obligation.name}`
    if (names.has(name)) {
      issues.push({
        field: at(`${index}.name`),
        level: 'error',
        message: `${MUTUAL_SIDE_LABELS[obligation.side]}的义务“${obligation.name}”重复`
      })
    }
    names.add(name)
  })
  for (const side of MUTUAL_SIDES) {
    const own = obligations.filter((obligation) => obligation.side === side)
    const label = MUTUAL_SIDE_LABELS[side]
    if (own.length === 0) {
      issues.push({ field: at(''), level: 'error', message: `${label}至少要有一项义务` })
      continue
    }
    const total = own.reduce((sum, obligation) => sum + obligation.maxScore, 0)
    if (total !== MUTUAL_SIDE_TOTAL) {
      issues.push({
        field: at(''),
        level: 'error',
        message: `${label}各项义务满分合计 ${total}，应为 ${MUTUAL_SIDE_TOTAL}`
      })
    }
  }
  return issues
}

/** The office's template as edited under 设置: shape and the rules above. */
export function checkMutualTemplate(input: unknown): CheckResult<MutualObligation[]> {
  return checkRecord(mutualTemplateSchema, input, (value) => ({
    value,
    issues: mutualTemplateIssues(value)
  }))
}

export interface MutualScore {
  /** The obligation's key. */
  key: string
  /** 0 to the obligation's maximum; null until scored. */
  score: number | null
  comment: string | null
}

/** One side's sheet: who filled it and its score for every obligation of both sides. */
export interface MutualSheet {
  /** The side that fills the sheet. */
  side: MutualSide
  /** 评价人, as signed on the sheet; empty until named. */
  rater: string
  /** One per obligation, in the obligations' order. */
  scores: MutualScore[]
  /** ISO instant; null while the sheet is being filled. */
  submittedAt: string | null
}

export const MUTUAL_EVALUATION_STATUSES = ['草稿', '定稿'] as const
export type MutualEvaluationStatus = (typeof MUTUAL_EVALUATION_STATUSES)[number]

export interface MutualEvaluation extends ArchivableRecord {
  projectId: string
  /** e.g. `2026年度`, `2026年上半年`. */
  periodLabel: string
  periodStart: IsoDate
  periodEnd: IsoDate
  /** The template as copied when the evaluation started. */
  obligations: MutualObligation[]
  /** The purchaser's sheet, then the provider's. */
  sheets: [MutualSheet, MutualSheet]
  status: MutualEvaluationStatus
  finalizedAt: string | null
  finalizedBy: string | null
}

export type NewMutualEvaluation = Omit<
  MutualEvaluation,
  'id' | 'createdAt' | 'updatedAt' | 'archivedAt'
>

export const mutualEvaluationDraftSchema = z.strictObject({
  projectId: z.string({ error: '缺少项目' }).min(1, '缺少项目'),
  periodLabel: textField('评估期间名称', 20, true),
  periodStart: isoDateField('评估期间开始日期'),
  periodEnd: isoDateField('评估期间结束日期'),
  obligations: mutualTemplateSchema
})

export type MutualEvaluationDraft = z.input<typeof mutualEvaluationDraftSchema>
export type MutualEvaluationFields = z.output<typeof mutualEvaluationDraftSchema>

function periodIssues(value: Pick<MutualEvaluationFields, 'periodStart' | 'periodEnd'>) {
  return value.periodEnd < value.periodStart
    ? [
        {
          field: 'periodEnd',
          level: 'error' as const,
          message: `评估期间结束日期 ${value.periodEnd} 早于开始日期 ${value.periodStart}`
        }
      ]
    : []
}

/** A new or edited evaluation's fields: shape, a period that runs forward, a sound template. */
export function checkMutualEvaluationDraft(input: unknown): CheckResult<MutualEvaluationFields> {
  return checkRecord(mutualEvaluationDraftSchema, input, (value) => ({
    value,
    issues: [...periodIssues(value), ...mutualTemplateIssues(value.obligations, 'obligations')]
  }))
}

/** One row per obligation, in their order: the row `scores` has for it, else a blank one. */
function alignedScores(
  obligations: readonly MutualObligation[],
  scores: readonly MutualScore[] = []
): MutualScore[] {
  const byKey = new Map(scores.map((row) => [row.key, row]))
  return obligations.map(
    (obligation) => byKey.get(obligation.key) ?? { key: obligation.key, score: null, comment: null }
  )
}

function blankSheet(side: MutualSide, obligations: readonly MutualObligation[]): MutualSheet {
  return { side, rater: '', scores: alignedScores(obligations), submittedAt: null }
}

/** A new 草稿 with both sheets blank. */
export function draftMutualEvaluation(fields: MutualEvaluationFields): NewMutualEvaluation {
  return {
    ...fields,
    sheets: [
      blankSheet('purchaser', fields.obligations),
      blankSheet('provider', fields.obligations)
    ],
    status: '草稿',
    finalizedAt: null,
    finalizedBy: null
  }
}

/** Why the evaluation cannot be changed any more, or null while it is a draft. */
export function mutualFrozenReason(
  evaluation: Pick<MutualEvaluation, 'status' | 'finalizedAt' | 'periodLabel'>
): string | null {
  return evaluation.status === '定稿'
    ? `${evaluation.periodLabel}双向评估已于 ${finalizedOn(evaluation.finalizedAt)} 定稿，不能再修改或归档`
    : null
}

type Refusal = { ok: false; issues: FieldIssue[] }

function refusal(message: string, field = ''): Refusal {
  return { ok: false, issues: [{ field, level: 'error', message }] }
}

function sheetOf(evaluation: MutualEvaluation, side: MutualSide): MutualSheet {
  return evaluation.sheets.find((sheet) => sheet.side === side)!
}

function withSheet(evaluation: MutualEvaluation, sheet: MutualSheet): MutualEvaluation {
  return {
    ...evaluation,
    sheets: evaluation.sheets.map((held) => (held.side === sheet.side ? sheet : held)) as [
      MutualSheet,
      MutualSheet
    ]
  }
}

function sameObligations(a: readonly MutualObligation[], b: readonly MutualObligation[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (obligation, index) =>
        obligation.key === b[index]!.key &&
        obligation.side === b[index]!.side &&
        obligation.name === b[index]!.name &&
        obligation.description === b[index]!.description &&
        obligation.maxScore === b[index]!.maxScore
    )
  )
}

/**
 * An edit of the period or the obligations. The obligations are what the sheets score, so they
 * cannot change once either sheet is submitted; before that, scores of obligations that remain
 * are kept and new ones start blank.
 */
export function reviseMutualEvaluation(
  evaluation: MutualEvaluation,
  fields: MutualEvaluationFields
): CheckResult<MutualEvaluation> {
  const frozen = mutualFrozenReason(evaluation)
  if (frozen) return refusal(frozen)
  const submitted = evaluation.sheets.filter((sheet) => sheet.submittedAt !== null)
  if (submitted.length > 0 && !sameObligations(fields.obligations, evaluation.obligations)) {
    const sides = submitted.map((sheet) => MUTUAL_SIDE_LABELS[sheet.side]).join('、')
    return refusal(`${sides}的评价表已提交，不能再修改评估义务`, 'obligations')
  }
  const realign = (sheet: MutualSheet): MutualSheet => ({
    ...sheet,
    scores: alignedScores(fields.obligations, sheet.scores)
  })
  return {
    ok: true,
    value: {
      ...evaluation,
      ...fields,
      sheets: [realign(evaluation.sheets[0]), realign(evaluation.sheets[1])]
    },
    warnings: []
  }
}

export const mutualSheetInputSchema = z.strictObject({
  rater: textField('评价人', 50),
  scores: z
    .array(
      z.strictObject({
        key: z.string({ error: '评分缺少义务编号' }).min(1, '评分缺少义务编号'),
        score: z.number({ error: '得分须为数字' }).nullable(),
        comment: optionalTextField('评分说明', 500)
      })
    )
    .max(40, '评分不能超过 40 项')
})

export type MutualSheetInput = z.input<typeof mutualSheetInputSchema>

/** Score rows against the obligations: each known, at most once, within 0 and its maximum. */
function scoreIssues(
  scores: readonly MutualScore[],
  obligations: readonly MutualObligation[],
  field: string
): FieldIssue[] {
  const items = obligations.map(({ key, name, maxScore }) => ({ key, name, max: maxScore }))
  return scoreRowIssues(scores, items, field, '义务')
}

/**
 * Saves what one side has filled in so far (scores may still be missing). Refused once the
 * evaluation is 定稿 or the sheet is submitted.
 */
export function fillMutualSheet(
  evaluation: MutualEvaluation,
  side: MutualSide,
  input: unknown
): CheckResult<MutualEvaluation> {
  const frozen = mutualFrozenReason(evaluation)
  if (frozen) return refusal(frozen)
  const sheet = sheetOf(evaluation, side)
  if (sheet.submittedAt !== null) {
    return refusal(`${MUTUAL_SIDE_LABELS[side]}的评价表已提交；如需修改，请先退回`)
  }
  return checkRecord(mutualSheetInputSchema, input, (value) => {
    const issues = scoreIssues(value.scores, evaluation.obligations, 'scores')
    const scores = alignedScores(evaluation.obligations, value.scores)
    return { value: withSheet(evaluation, { ...sheet, rater: value.rater, scores }), issues }
  })
}

/** 提交: the rater named and every obligation of both sides scored. */
export function submitMutualSheet(
  evaluation: MutualEvaluation,
  side: MutualSide,
  at: string
): CheckResult<MutualEvaluation> {
  const frozen = mutualFrozenReason(evaluation)
  if (frozen) return refusal(frozen)
  const label = MUTUAL_SIDE_LABELS[side]
  const sheet = sheetOf(evaluation, side)
  if (sheet.submittedAt !== null) return refusal(`${label}的评价表已经提交`)
  const issues: FieldIssue[] = []
  if (!sheet.rater.trim()) {
    issues.push({ field: 'rater', level: 'error', message: `提交前须填写${label}的评价人` })
  }
  const scoreByKey = new Map(sheet.scores.map((row) => [row.key, row.score]))
  const unscored = evaluation.obligations.filter(
    (obligation) => (scoreByKey.get(obligation.key) ?? null) === null
  )
  if (unscored.length > 0) {
    issues.push({
      field: 'scores',
      level: 'error',
      message: `提交前须为每项义务打分，还差：${unscored.map((obligation) => obligation.name).join('、')}`
    })
  }
  issues.push(...scoreIssues(sheet.scores, evaluation.obligations, 'scores'))
  if (issues.length > 0) return { ok: false, issues }
  return { ok: true, value: withSheet(evaluation, { ...sheet, submittedAt: at }), warnings: [] }
}

/** Takes a submitted sheet back for changes; only before 定稿. */
export function reopenMutualSheet(
  evaluation: MutualEvaluation,
  side: MutualSide
): CheckResult<MutualEvaluation> {
  const frozen = mutualFrozenReason(evaluation)
  if (frozen) return refusal(frozen)
  const sheet = sheetOf(evaluation, side)
  if (sheet.submittedAt === null) return refusal(`${MUTUAL_SIDE_LABELS[side]}的评价表尚未提交`)
  return { ok: true, value: withSheet(evaluation, { ...sheet, submittedAt: null }), warnings: [] }
}

/** A gap of at least this percentage of an obligation's maximum is flagged for discussion. */
export const MUTUAL_GAP_FLAG_PERCENT = 20

export interface MutualComparisonRow {
  key: string
  name: string
  /** Whose obligation it is. */
  side: MutualSide
  maxScore: number
  /** The obligated side's own score. */
  self: number | null
  /** The other side's score of it. */
  other: number | null
  /** 自评 − 他评; null while either is missing. */
  gap: number | null
  /** |gap| ≥ 20 % of the maximum: the two sides see this obligation very differently. */
  flagged: boolean
}

export interface MutualSideTotals {
  maxScore: number
  /** Σ of the side's 自评; null while any is missing. */
  self: number | null
  /** Σ of the other side's scores of it: the side's official score. Null while any is missing. */
  other: number | null
}

export interface MutualComparison {
  rows: MutualComparisonRow[]
  totals: Record<MutualSide, MutualSideTotals>
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  if (values.some((value) => value === null)) return null
  return roundTo(
    values.reduce<number>((sum, value) => sum + value!, 0),
    2
  )
}

/**
 * The two sheets side by side: per obligation its 自评 and 他评 and their gap, and per side the
 * totals. The 他评 total is the side's official score — a party's view of its own performance
 * is shown, but is not the verdict.
 */
export function mutualComparison(evaluation: MutualEvaluation): MutualComparison {
  const scoreBy = (side: MutualSide, key: string): number | null =>
    sheetOf(evaluation, side).scores.find((row) => row.key === key)?.score ?? null
  const rows = evaluation.obligations.map((obligation): MutualComparisonRow => {
    const self = scoreBy(obligation.side, obligation.key)
    const other = scoreBy(otherSide(obligation.side), obligation.key)
    const gap = self === null || other === null ? null : roundTo(self - other, 2)
    return {
      key: obligation.key,
      name: obligation.name,
      side: obligation.side,
      maxScore: obligation.maxScore,
      self,
      other,
      gap,
      flagged: gap !== null && Math.abs(gap) * 100 >= obligation.maxScore * MUTUAL_GAP_FLAG_PERCENT
    }
  })
  const totalsOf = (side: MutualSide): MutualSideTotals => {
    const own = rows.filter((row) => row.side === side)
    return {
      maxScore: own.reduce((sum, row) => sum + row.maxScore, 0),
      self: sumOrNull(own.map((row) => row.self)),
      other: sumOrNull(own.map((row) => row.other))
    }
  }
  return { rows, totals: { purchaser: totalsOf('purchaser'), provider: totalsOf('provider') } }
}

/**
 * 定稿: both sheets submitted. The obligations the two sides see very differently are listed
 * as a warning, for the meeting that usually follows.
 */
export function finalizeMutualEvaluation(
  evaluation: MutualEvaluation,
  at: string,
  operator: string
): CheckResult<MutualEvaluation> {
  const frozen = mutualFrozenReason(evaluation)
  if (frozen) return refusal(frozen)
  const pending = evaluation.sheets.filter((sheet) => sheet.submittedAt === null)
  if (pending.length > 0) {
    const sides = pending.map((sheet) => MUTUAL_SIDE_LABELS[sheet.side]).join('、')
    return refusal(`${sides}的评价表尚未提交，不能定稿`, 'sheets')
  }
  const flagged = mutualComparison(evaluation).rows.filter((row) => row.flagged)
  const warnings: FieldIssue[] =
    flagged.length > 0
      ? [
          {
            field: 'sheets',
            level: 'warning',
            message: `双方评分差距较大：${flagged.map((row) => `“${row.name}”自评 ${row.self}、他评 ${row.other}`).join('；')}`
          }
        ]
      : []
  return {
    ok: true,
    value: { ...evaluation, status: '定稿', finalizedAt: at, finalizedBy: operator },
    warnings
  }
}

/** Stored shape, for checking rows from a backup or sample data. */
export const storedMutualEvaluationSchema = mutualEvaluationDraftSchema.extend({
  sheets: z
    .array(
      z.strictObject({
        side: z.enum(MUTUAL_SIDES, { error: '评价表的一方有误' }),
        rater: z.string({ error: '评价人须为文字' }),
        scores: mutualSheetInputSchema.shape.scores,
        submittedAt: z.string().nullable()
      })
    )
    .length(2, '双向评估须有双方各一张评价表'),
  status: z.enum(MUTUAL_EVALUATION_STATUSES, { error: '评估状态有误' }),
  finalizedAt: z.string().nullable(),
  finalizedBy: z.string().nullable()
})

export type StoredMutualEvaluation = z.output<typeof storedMutualEvaluationSchema>

export const MUTUAL_EVALUATION_FIELDS = Object.keys(storedMutualEvaluationSchema.shape)

/**
 * A stored evaluation: the draft's rules, the purchaser's sheet then the provider's, each with
 * one row per obligation within its maximum, a submitted sheet complete, and a 定稿 one with
 * both sheets submitted and who and when recorded.
 */
export function checkStoredMutualEvaluation(input: unknown): CheckResult<StoredMutualEvaluation> {
  return checkRecord(storedMutualEvaluationSchema, input, (value) => {
    const issues: FieldIssue[] = [
      ...periodIssues(value),
      ...mutualTemplateIssues(value.obligations, 'obligations')
    ]
    const error = (field: string, message: string) =>
      issues.push({ field, level: 'error', message })
    if (value.sheets.some((sheet, index) => sheet.side !== MUTUAL_SIDES[index])) {
      error('sheets', '评价表须依次为购买方、承接方各一张')
      return { value, issues }
    }
    value.sheets.forEach((sheet, index) => {
      const label = MUTUAL_SIDE_LABELS[sheet.side]
      issues.push(...scoreIssues(sheet.scores, value.obligations, `sheets.${index}.scores`))
      const keys = new Set(sheet.scores.map((row) => row.key))
      const missing = value.obligations.filter((obligation) => !keys.has(obligation.key))
      if (missing.length > 0) {
        error(
          `sheets.${index}.scores`,
          `${label}的评价表缺少这些义务的评分行：${missing.map((obligation) => obligation.name).join('、')}`
        )
      }
      if (
        sheet.submittedAt !== null &&
        (!sheet.rater.trim() || sheet.scores.some((row) => row.score === null))
      ) {
        error(`sheets.${index}`, `${label}的评价表已提交，却缺少评价人或评分`)
      }
    })
    if (value.status === '定稿') {
      if (value.sheets.some((sheet) => sheet.submittedAt === null)) {
        error('status', '定稿的双向评估须双方评价表都已提交')
      }
      if (!value.finalizedAt || !value.finalizedBy) {
        error('status', '定稿的双向评估缺少定稿时间或定稿人')
      }
    }
    return { value, issues }
  })
}
