/**
 * 评估: a scored judgement of something the office oversees (DESIGN.md §3 `evaluations`): here
 * the incubation 能力评估 (入驻 / 中期 / 出壳). Project and 双向 evaluations score other things
 * and have tables of their own (project-evaluation.ts, mutual-evaluation.ts); they share the
 * score-row and 定稿 rules below.
 *
 * Lifecycle: 草稿 (editable, may be archived) → 定稿 (frozen: total, grade and pass computed
 * once, who and when recorded; never edited or archived again — DESIGN.md §4).
 */
import { z } from 'zod'
import type { CheckResult, FieldIssue } from '../check'
import { checkRecord } from '../check'
import { todayInChina, type IsoDate } from '../dates'
import { isoDateField, optionalTextField, textField } from '../fields'
import type { ArchivableRecord } from '../records'
import {
  evaluationGrade,
  isPassingGrade,
  EVALUATION_GRADES,
  type EvaluationBands,
  type EvaluationGrade
} from './grade-bands'
import { scoredDimensionsSchema, weightedTotal, type ScoredDimension } from './scorecard'

export const EVALUATION_SUBJECT_TYPES = ['incubation'] as const
export type EvaluationSubjectType = (typeof EVALUATION_SUBJECT_TYPES)[number]

/** The kinds each subject has; the incubation scorecard is used at entry, midway and exit. */
export const EVALUATION_KINDS_BY_SUBJECT = {
  incubation: ['入驻', '中期', '出壳']
} as const satisfies Record<EvaluationSubjectType, readonly string[]>

export const EVALUATION_KINDS = ['入驻', '中期', '出壳'] as const
export type EvaluationKind = (typeof EVALUATION_KINDS)[number]

export const EVALUATION_STATUSES = ['草稿', '定稿'] as const
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number]

export interface Evaluation extends ArchivableRecord {
  subjectType: EvaluationSubjectType
  /** The incubation stay (for subjectType `incubation`). */
  subjectId: string
  /** Copied from the subject, so an organisation's history needs no join. */
  organizationId: string
  kind: EvaluationKind
  evaluatedOn: IsoDate
  /** 评估人 / 评估专家, as written on the report. */
  evaluators: string
  /** The scorecard as it was when the evaluation started, with scores. */
  dimensions: ScoredDimension[]
  findings: string | null
  status: EvaluationStatus
  /** Set at 定稿. */
  total: number | null
  grade: EvaluationGrade | null
  passed: boolean | null
  finalizedAt: string | null
  finalizedBy: string | null
}

export const evaluationDraftSchema = z.strictObject({
  subjectType: z.enum(EVALUATION_SUBJECT_TYPES, { error: '评估对象类型有误' }),
  subjectId: z.string({ error: '缺少评估对象' }).min(1, '缺少评估对象'),
  kind: z.enum(EVALUATION_KINDS, { error: '请选择评估类型' }),
  evaluatedOn: isoDateField('评估日期'),
  evaluators: textField('评估人', 100),
  dimensions: scoredDimensionsSchema,
  findings: optionalTextField('评估意见', 2000)
})

export type EvaluationDraft = z.input<typeof evaluationDraftSchema>
export type EvaluationFields = z.output<typeof evaluationDraftSchema>

/** Rules of a draft: shape, a date not in the future, and a kind the subject has. */
export function checkEvaluationDraft(
  input: unknown,
  today: IsoDate
): CheckResult<EvaluationFields> {
  return checkRecord(evaluationDraftSchema, input, (value) => {
    const issues: FieldIssue[] = []
    if (value.evaluatedOn > today) {
      issues.push({ field: 'evaluatedOn', level: 'error', message: '评估日期不能晚于今天' })
    }
    const kinds: readonly string[] = EVALUATION_KINDS_BY_SUBJECT[value.subjectType]
    if (!kinds.includes(value.kind)) {
      issues.push({ field: 'kind', level: 'error', message: `这类对象没有“${value.kind}”评估` })
    }
    return { value, issues }
  })
}

/** The China calendar date of the 定稿 instant (an ISO instant's own date is UTC's). */
export function finalizedOn(at: string | null): string {
  if (!at) return ''
  const instant = new Date(at)
  return Number.isNaN(instant.getTime()) ? at.slice(0, 10) : todayInChina(instant)
}

/** A new 草稿 from checked fields: nothing computed yet, nobody has finalised it. */
export function draftEvaluation(
  fields: EvaluationFields,
  organizationId: string
): Omit<Evaluation, 'id' | 'createdAt' | 'updatedAt' | 'archivedAt'> {
  return {
    ...fields,
    organizationId,
    status: '草稿',
    total: null,
    grade: null,
    passed: null,
    finalizedAt: null,
    finalizedBy: null
  }
}

/** Why an evaluation cannot be changed any more, or null while it is a draft. */
export function frozenReason(
  evaluation: Pick<Evaluation, 'status' | 'finalizedAt'>
): string | null {
  return evaluation.status === '定稿'
    ? `评估已于 ${finalizedOn(evaluation.finalizedAt)} 定稿，不能再修改或归档`
    : null
}

/**
 * Score rows against the items they score: each row names a known item, at most once, and
 * scores between 0 and the item's maximum. Paths are `<field>.<index>.key` and `….score`;
 * `itemNoun` names the items (末级指标, 义务) when a row's key matches none.
 */
export function scoreRowIssues(
  rows: readonly { key: string; score: number | null }[],
  items: readonly { key: string; name: string; max: number }[],
  field: string,
  itemNoun: string
): FieldIssue[] {
  const issues: FieldIssue[] = []
  const error = (path: string, message: string) =>
    issues.push({ field: `${field}.${path}`, level: 'error', message })
  const byKey = new Map(items.map((item) => [item.key, item]))
  const seen = new Set<string>()
  rows.forEach((row, index) => {
    const item = byKey.get(row.key)
    if (!item) {
      error(`${index}.key`, `评分“${row.key}”不对应任何${itemNoun}`)
    } else if (seen.has(row.key)) {
      error(`${index}.key`, `“${item.name}”重复评分`)
    } else {
      seen.add(row.key)
      if (row.score !== null && (row.score < 0 || row.score > item.max)) {
        error(`${index}.score`, `“${item.name}”得分须在 0 到 ${item.max} 之间，现为 ${row.score}`)
      }
    }
  })
  return issues
}

/** What 定稿 fixes: the total, its grade under the office's bands and pass, who and when. */
export function finalVerdict(total: number, bands: EvaluationBands, at: string, operator: string) {
  const grade = evaluationGrade(total, bands)
  return {
    status: '定稿' as const,
    total,
    grade,
    passed: isPassingGrade(grade),
    finalizedAt: at,
    finalizedBy: operator
  }
}

/**
 * 定稿: every dimension scored and an evaluator named; total, grade (office bands) and pass
 * are fixed from here on.
 */
export function finalizeEvaluation(
  evaluation: Evaluation,
  bands: EvaluationBands,
  at: string,
  operator: string
): CheckResult<Evaluation> {
  const frozen = frozenReason(evaluation)
  if (frozen) return { ok: false, issues: [{ field: '', level: 'error', message: frozen }] }
  const issues: FieldIssue[] = []
  const unscored = evaluation.dimensions.filter((dimension) => dimension.score === null)
  if (unscored.length > 0) {
    issues.push({
      field: 'dimensions',
      level: 'error',
      message: `定稿前须为每个维度打分，还差：${unscored.map((dimension) => dimension.name).join('、')}`
    })
  }
  if (!evaluation.evaluators.trim()) {
    issues.push({ field: 'evaluators', level: 'error', message: '定稿前须填写评估人' })
  }
  const total = weightedTotal(evaluation.dimensions)
  if (issues.length > 0 || total === null) return { ok: false, issues }
  return {
    ok: true,
    value: { ...evaluation, ...finalVerdict(total, bands, at, operator) },
    warnings: []
  }
}

/** Stored shape, for checking rows from a backup or sample data. */
export const storedEvaluationSchema = evaluationDraftSchema.extend({
  organizationId: z.string().min(1, '缺少组织'),
  status: z.enum(EVALUATION_STATUSES, { error: '评估状态有误' }),
  total: z.number().min(0).max(100).nullable(),
  grade: z.enum(EVALUATION_GRADES).nullable(),
  passed: z.boolean().nullable(),
  finalizedAt: z.string().nullable(),
  finalizedBy: z.string().nullable()
})

export const EVALUATION_FIELDS = Object.keys(storedEvaluationSchema.shape)

/** A stored evaluation: shape, and a 定稿 one carries its computed result. */
export function checkStoredEvaluation(
  input: unknown
): CheckResult<z.output<typeof storedEvaluationSchema>> {
  return checkRecord(storedEvaluationSchema, input, (value) => {
    const issues: FieldIssue[] = []
    if (
      value.status === '定稿' &&
      (value.total === null || value.grade === null || value.passed === null || !value.finalizedAt)
    ) {
      issues.push({
        field: 'status',
        level: 'error',
        message: '定稿的评估缺少总分、等级或定稿时间'
      })
    }
    if (value.status === '定稿' && value.total !== weightedTotal(value.dimensions)) {
      issues.push({ field: 'total', level: 'error', message: '定稿评估的总分与各维度得分不符' })
    }
    return { value, issues }
  })
}

/**
 * One organisation's evaluations over time, oldest first, as rows a trend chart or table can
 * draw: the date, kind, total and each dimension's score keyed by the dimension's stable key.
 */
export function evaluationTrend(evaluations: readonly Evaluation[]): {
  id: string
  on: IsoDate
  kind: EvaluationKind
  total: number
  scores: Record<string, number>
}[] {
  return evaluations
    .filter((evaluation) => evaluation.status === '定稿' && evaluation.total !== null)
    .sort(
      (a, b) => a.evaluatedOn.localeCompare(b.evaluatedOn) || a.createdAt.localeCompare(b.createdAt)
    )
    .map((evaluation) => ({
      id: evaluation.id,
      on: evaluation.evaluatedOn,
      kind: evaluation.kind,
      total: evaluation.total!,
      scores: Object.fromEntries(
        evaluation.dimensions.map((dimension) => [dimension.key, dimension.score ?? 0])
      )
    }))
}
