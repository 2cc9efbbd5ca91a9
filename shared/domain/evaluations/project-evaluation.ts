/**
 * 项目评估: the 中期 / 末期 / 年度 evaluation of a project against its 绩效目标表 (issue #6 item 7,
 * DESIGN.md §3 `evaluations`, domain-cn.md §4). Stored in its own table (`projectEvaluations`):
 * unlike the incubation scorecard it scores an indicator tree leaf by leaf, with evidence and a
 * satisfaction survey.
 *
 * The tree is copied from the project when the evaluation starts (with the actuals known then),
 * so a later change of the project's targets never rewrites an evaluation already made. Weights
 * are points and a leaf's weight is the most it can score, so the total is the sum of the leaf
 * scores on the 100-point scale of the office's grade bands (财预〔2020〕10号: 满分 100).
 *
 * Lifecycle: 草稿 (editable) → 定稿 (frozen: total, grade and pass fixed, who and when recorded).
 * A 定稿 evaluation is never edited (DESIGN.md §4 "corrections are amendments, audited"): a
 * correction is a new version that names the version it corrects and why; when the correction
 * is 定稿 the old version gets `supersededById`, the only change a 定稿 record ever receives.
 */
import { z } from 'zod'
import { checkRecord, type CheckResult, type FieldIssue } from '../check'
import type { IsoDate } from '../dates'
import { roundTo } from '../decimals'
import { isoDateField, optionalTextField, textField } from '../fields'
import { leafIndicators, type IndicatorNode } from '../performance/indicator'
import { indicatorNodeSchema } from '../performance/indicator-tree'
import type { ArchivableRecord } from '../records'
import { charCount } from '../validation'
import { finalizedOn, finalVerdict, scoreRowIssues } from './evaluation'
import { EVALUATION_GRADES, type EvaluationBands, type EvaluationGrade } from './grade-bands'

export const PROJECT_EVALUATION_KINDS = ['中期', '末期', '年度'] as const
export type ProjectEvaluationKind = (typeof PROJECT_EVALUATION_KINDS)[number]

/**
 * Who evaluates: the provider itself (单位自评), the purchaser (部门评价 in 财预〔2020〕10号's
 * terms) or a third party it commissions (102号令's performance management; the 2014 guidance
 * already asked for purchaser, users and third parties together — domain-cn.md §3).
 */
export const EVALUATION_MODES = ['自评', '购买方评价', '第三方评估'] as const
export type EvaluationMode = (typeof EVALUATION_MODES)[number]

export const PROJECT_EVALUATION_STATUSES = ['草稿', '定稿'] as const
export type ProjectEvaluationStatus = (typeof PROJECT_EVALUATION_STATUSES)[number]

/** A leaf's score with the basis it was given on (资料审阅、问卷、访谈、实地观察 …). */
export interface IndicatorScore {
  /** The leaf's key in `indicators`. */
  key: string
  /** 0 to the leaf's weight; null until scored. */
  score: number | null
  evidence: string | null
}

/** 服务对象满意度调查: how many were asked and how many said they were satisfied. */
export interface SatisfactionSurvey {
  surveyed: number
  satisfied: number
}

export interface ProjectEvaluation extends ArchivableRecord {
  projectId: string
  /** Copied from the project, so an organisation's history needs no join. */
  organizationId: string
  kind: ProjectEvaluationKind
  mode: EvaluationMode
  /**
   * 年度 evaluations only: the year evaluated, which is often not the year of `evaluatedOn`
   * (the 2026 evaluation is made in January 2027); null for 中期 / 末期.
   */
  year: number | null
  /** 1 for an evaluation; each correction is the corrected version + 1. */
  version: number
  /** The 定稿 version this one corrects; null for version 1. */
  supersedesId: string | null
  /** Why the corrected version was wrong; null for version 1. */
  correctionReason: string | null
  /** Set on this version when a correction of it is 定稿. */
  supersededById: string | null
  evaluatedOn: IsoDate
  /** 评估人 / 评估机构, as written on the report. */
  evaluators: string
  /** The project's 绩效目标表 as copied when the evaluation started, with actuals. */
  indicators: IndicatorNode[]
  /** One per leaf of `indicators`. */
  scores: IndicatorScore[]
  survey: SatisfactionSurvey | null
  /** 评估发现. */
  findings: string | null
  /** 改进建议. */
  recommendations: string | null
  status: ProjectEvaluationStatus
  /** Set at 定稿. */
  total: number | null
  grade: EvaluationGrade | null
  passed: boolean | null
  finalizedAt: string | null
  finalizedBy: string | null
}

/** What the repository stores for a new record; it adds id and the bookkeeping instants. */
export type NewProjectEvaluation = Omit<
  ProjectEvaluation,
  'id' | 'createdAt' | 'updatedAt' | 'archivedAt'
>

/** The percentage of a leaf's weight below which its score must state its basis (see finalize). */
export const LOW_SCORE_PERCENT = 60

const MAX_INDICATORS = 200

/**
 * A copied indicator: the shape of the project's 绩效目标表, whose tree rules (levels, parents,
 * weights adding up at each level) were checked when it was saved. An evaluation only re-checks
 * what its total depends on: here each weight above 0 in whole or half points, and in
 * {@link projectEvaluationIssues} the leaves adding up to 100.
 */
const evaluatedIndicatorSchema = indicatorNodeSchema.extend({
  weight: z
    .number({ error: '指标权重须为数字' })
    .positive('指标权重须大于 0')
    .max(100, '指标权重不能超过 100')
    .refine((weight) => Number.isInteger(weight * 2), { message: '指标权重须为整分或半分' })
})

const indicatorScoreSchema = z.strictObject({
  key: z.string({ error: '评分缺少指标编号' }).min(1, '评分缺少指标编号'),
  score: z.number({ error: '得分须为数字' }).nullable(),
  evidence: optionalTextField('评分依据', 500)
})

const surveySchema = z.strictObject({
  surveyed: z
    .number({ error: '调查人数须为数字' })
    .int('调查人数须为整数')
    .min(1, '调查人数至少为 1')
    .max(1_000_000, '调查人数过大'),
  satisfied: z
    .number({ error: '满意人数须为数字' })
    .int('满意人数须为整数')
    .min(0, '满意人数不能为负数')
    .max(1_000_000, '满意人数过大')
})

export const projectEvaluationDraftSchema = z.strictObject({
  projectId: z.string({ error: '缺少项目' }).min(1, '缺少项目'),
  kind: z.enum(PROJECT_EVALUATION_KINDS, { error: '请选择评估类型' }),
  mode: z.enum(EVALUATION_MODES, { error: '请选择评估方式' }),
  year: z
    .number({ error: '评估年度须为数字' })
    .int('评估年度须为整数')
    .min(2000, '评估年度有误')
    .max(2100, '评估年度有误')
    .nullable(),
  evaluatedOn: isoDateField('评估日期'),
  evaluators: textField('评估人', 100),
  indicators: z
    .array(evaluatedIndicatorSchema)
    .min(1, '绩效目标表至少要有一项指标')
    .max(MAX_INDICATORS, `指标不能超过 ${MAX_INDICATORS} 项`),
  scores: z.array(indicatorScoreSchema).max(MAX_INDICATORS, `评分不能超过 ${MAX_INDICATORS} 项`),
  survey: surveySchema.nullable(),
  findings: optionalTextField('评估发现', 2000),
  recommendations: optionalTextField('改进建议', 2000)
})

export type ProjectEvaluationDraft = z.input<typeof projectEvaluationDraftSchema>
export type ProjectEvaluationFields = z.output<typeof projectEvaluationDraftSchema>

/** Whether `node` is a satisfaction indicator, whose score the survey suggests. */
export function isSatisfactionIndicator(node: Pick<IndicatorNode, 'name'>): boolean {
  // By name: IndicatorNode has no flag for it and the templates all name it so (服务对象满意度,
  // 群众满意度, 满意率 — 财预〔2020〕10号 共性指标框架, the self-evaluation 满意度 10).
  return node.name.includes('满意')
}

/** 满意率 in percent with one decimal, or null without a survey. */
export function satisfactionRate(survey: SatisfactionSurvey | null): number | null {
  if (survey === null || survey.surveyed <= 0) return null
  return roundTo((survey.satisfied * 100) / survey.surveyed, 1)
}

/**
 * The score the survey suggests for each satisfaction leaf: weight × 满意率 / 100, to the
 * nearest half point. Only a suggestion the evaluator may take or overrule: local rules differ
 * (many give full marks from 90 % and deduct per point below), and the rule is the leaf's
 * `scoringRule`, not this formula.
 */
export function satisfactionSuggestions(
  indicators: readonly IndicatorNode[],
  survey: SatisfactionSurvey | null
): { key: string; name: string; weight: number; score: number }[] {
  const rate = satisfactionRate(survey)
  if (rate === null) return []
  return leafIndicators(indicators)
    .filter(isSatisfactionIndicator)
    .map((leaf) => ({
      key: leaf.key,
      name: leaf.name,
      weight: leaf.weight,
      score: roundTo((leaf.weight * rate) / 50, 0) / 2
    }))
}

/** An unscored row for every leaf: what a new evaluation starts from. */
export function blankIndicatorScores(indicators: readonly IndicatorNode[]): IndicatorScore[] {
  return leafIndicators(indicators).map((leaf) => ({ key: leaf.key, score: null, evidence: null }))
}

type EvaluationContent = Pick<
  ProjectEvaluationFields,
  'kind' | 'year' | 'evaluatedOn' | 'indicators' | 'scores' | 'survey'
>

/**
 * What shape alone cannot see, for drafts and stored rows alike: the year a 年度 evaluation
 * needs, a tree whose leaves add up to 100 (else the total is not on the grade bands' scale),
 * exactly one score row per leaf, each within 0 and the leaf's weight, and a survey that adds up.
 */
function projectEvaluationIssues(value: EvaluationContent): FieldIssue[] {
  const issues: FieldIssue[] = []
  const error = (field: string, message: string) => issues.push({ field, level: 'error', message })

  if (value.kind === '年度' && value.year === null) error('year', '年度评估须填写评估年度')
  if (value.kind !== '年度' && value.year !== null) error('year', '只有年度评估填写评估年度')
  const evaluatedYear = Number(value.evaluatedOn.slice(0, 4))
  if (value.year !== null && value.year > evaluatedYear) {
    error('year', `评估年度 ${value.year} 晚于评估日期 ${value.evaluatedOn}`)
  }

  const seenKeys = new Set<string>()
  value.indicators.forEach((node, index) => {
    if (seenKeys.has(node.key)) error(`indicators.${index}.key`, `指标编号“${node.key}”重复`)
    seenKeys.add(node.key)
  })
  const leaves = leafIndicators(value.indicators)
  const leafWeight = roundTo(
    leaves.reduce((sum, leaf) => sum + leaf.weight, 0),
    2
  )
  if (leafWeight !== 100) error('indicators', `末级指标权重合计 ${leafWeight}，应为 100`)

  const items = leaves.map((leaf) => ({ key: leaf.key, name: leaf.name, max: leaf.weight }))
  issues.push(...scoreRowIssues(value.scores, items, 'scores', '末级指标'))
  const scored = new Set(value.scores.map((row) => row.key))
  const missing = leaves.filter((leaf) => !scored.has(leaf.key))
  if (missing.length > 0) {
    error('scores', `缺少这些指标的评分行：${missing.map((leaf) => leaf.name).join('、')}`)
  }

  if (value.survey !== null && value.survey.satisfied > value.survey.surveyed) {
    error(
      'survey.satisfied',
      `满意人数 ${value.survey.satisfied} 不能多于调查人数 ${value.survey.surveyed}`
    )
  }
  return issues
}

/** Rules of a draft (which may still be partly scored): those above and a date not in the future. */
export function checkProjectEvaluationDraft(
  input: unknown,
  today: IsoDate
): CheckResult<ProjectEvaluationFields> {
  return checkRecord(projectEvaluationDraftSchema, input, (value) => {
    const issues = projectEvaluationIssues(value)
    if (value.evaluatedOn > today) {
      issues.push({ field: 'evaluatedOn', level: 'error', message: '评估日期不能晚于今天' })
    }
    return { value, issues }
  })
}

/** A new version-1 草稿 from checked fields. */
export function draftProjectEvaluation(
  fields: ProjectEvaluationFields,
  organizationId: string
): NewProjectEvaluation {
  return {
    ...fields,
    organizationId,
    version: 1,
    supersedesId: null,
    correctionReason: null,
    supersededById: null,
    status: '草稿',
    total: null,
    grade: null,
    passed: null,
    finalizedAt: null,
    finalizedBy: null
  }
}

/**
 * The total: Σ leaf scores to two decimals, or null while any leaf is unscored (a partial total
 * would read like a low score). Rows for keys that are not leaves are ignored.
 */
export function evaluationTotal(
  indicators: readonly IndicatorNode[],
  scores: readonly IndicatorScore[]
): number | null {
  const scoreByKey = new Map(scores.map((row) => [row.key, row.score]))
  let total = 0
  for (const leaf of leafIndicators(indicators)) {
    const score = scoreByKey.get(leaf.key) ?? null
    if (score === null) return null
    total += score
  }
  return roundTo(total, 2)
}

export interface IndicatorSubtotal {
  key: string
  name: string
  level: 1 | 2
  weight: number
  /** Σ of the leaf scores under the node (its own when it is a leaf); null while any is unscored. */
  score: number | null
}

/** The report's subtotal per first- and second-level indicator, in tree order. */
export function subtotals(
  indicators: readonly IndicatorNode[],
  scores: readonly IndicatorScore[]
): IndicatorSubtotal[] {
  const byKey = new Map(indicators.map((node) => [node.key, node]))
  const leaves = leafIndicators(indicators)
  const scoreByKey = new Map(scores.map((row) => [row.key, row.score]))
  const isUnder = (node: IndicatorNode, ancestorKey: string): boolean => {
    const seen = new Set<string>()
    let current: IndicatorNode | undefined = node
    while (current && !seen.has(current.key)) {
      if (current.key === ancestorKey) return true
      seen.add(current.key)
      current = current.parentKey === null ? undefined : byKey.get(current.parentKey)
    }
    return false
  }
  return indicators
    .filter((node): node is IndicatorNode & { level: 1 | 2 } => node.level !== 3)
    .map((node) => {
      const under = leaves.filter((leaf) => isUnder(leaf, node.key))
      const leafScores = under.map((leaf) => scoreByKey.get(leaf.key) ?? null)
      const score = leafScores.some((value) => value === null)
        ? null
        : roundTo(
            leafScores.reduce<number>((sum, value) => sum + value!, 0),
            2
          )
      return { key: node.key, name: node.name, level: node.level, weight: node.weight, score }
    })
}

/** Why an evaluation cannot be changed any more, or null while it is a draft. */
export function projectEvaluationFrozenReason(
  evaluation: Pick<ProjectEvaluation, 'status' | 'finalizedAt' | 'kind' | 'version'>
): string | null {
  if (evaluation.status !== '定稿') return null
  return `${evaluation.kind}评估第 ${evaluation.version} 版已于 ${finalizedOn(evaluation.finalizedAt)} 定稿，不能再修改或归档；如需更正，请新建更正版本`
}

/**
 * 定稿: every leaf scored and an evaluator named; total, grade (the office's bands) and pass are
 * fixed from here on.
 *
 * A leaf scored below {@link LOW_SCORE_PERCENT} % of its weight must state its basis — an error, not
 * a warning: a failing or low evaluation holds back a tranche (暂缓) and may lead to 追回, and the
 * provider is entitled to see what the deduction rests on (MZ/T 059-2014's 资料审阅、问卷、访谈、
 * 实地观察). A satisfaction indicator with no survey recorded is only a warning: the score may
 * come from another source the evidence names.
 */
export function finalizeProjectEvaluation(
  evaluation: ProjectEvaluation,
  bands: EvaluationBands,
  at: string,
  operator: string
): CheckResult<ProjectEvaluation> {
  const frozen = projectEvaluationFrozenReason(evaluation)
  if (frozen) return { ok: false, issues: [{ field: '', level: 'error', message: frozen }] }
  const issues: FieldIssue[] = []
  const leaves = leafIndicators(evaluation.indicators)
  const rowByKey = new Map(evaluation.scores.map((row) => [row.key, row]))
  const unscored = leaves.filter((leaf) => (rowByKey.get(leaf.key)?.score ?? null) === null)
  if (unscored.length > 0) {
    issues.push({
      field: 'scores',
      level: 'error',
      message: `定稿前须为每项末级指标打分，还差：${unscored.map((leaf) => leaf.name).join('、')}`
    })
  }
  if (!evaluation.evaluators.trim()) {
    issues.push({ field: 'evaluators', level: 'error', message: '定稿前须填写评估人' })
  }
  const leafByKey = new Map(leaves.map((leaf) => [leaf.key, leaf]))
  evaluation.scores.forEach((row, index) => {
    const leaf = leafByKey.get(row.key)
    if (!leaf || row.score === null || row.evidence?.trim()) return
    if (row.score * 100 < leaf.weight * LOW_SCORE_PERCENT) {
      issues.push({
        field: `scores.${index}.evidence`,
        level: 'error',
        message: `“${leaf.name}”得 ${row.score} 分，低于满分 ${leaf.weight} 的 ${LOW_SCORE_PERCENT}%，须写明评分依据`
      })
    }
  })
  if (evaluation.survey === null) {
    const satisfaction = leaves.filter(isSatisfactionIndicator)
    if (satisfaction.length > 0) {
      issues.push({
        field: 'survey',
        level: 'warning',
        message: `有满意度指标（${satisfaction.map((leaf) => leaf.name).join('、')}），但没有填写满意度调查`
      })
    }
  }
  const total = evaluationTotal(evaluation.indicators, evaluation.scores)
  if (issues.some((issue) => issue.level === 'error') || total === null) {
    return { ok: false, issues }
  }
  return {
    ok: true,
    value: { ...evaluation, ...finalVerdict(total, bands, at, operator) },
    warnings: issues
  }
}

/** The least a correction's reason must say, in characters. */
export const MIN_CORRECTION_REASON = 5

/**
 * A correction of a 定稿 evaluation: a new 草稿, version + 1, with the scores, survey and text
 * of the version it corrects, to be changed and finalised in turn. The repository adds the id.
 * Refused for a draft (edit it instead) and for a version already corrected (correct the newer
 * one, so the versions stay one chain).
 */
export function startCorrection(
  finalized: ProjectEvaluation,
  reason: string
): CheckResult<NewProjectEvaluation> {
  const refuse = (field: string, message: string): CheckResult<NewProjectEvaluation> => ({
    ok: false,
    issues: [{ field, level: 'error', message }]
  })
  if (finalized.status !== '定稿') return refuse('', '评估尚未定稿，可以直接修改，无需更正')
  if (finalized.supersededById !== null) {
    return refuse('', `第 ${finalized.version} 版已被更正，请在最新版本上更正`)
  }
  const trimmed = reason.trim()
  if (charCount(trimmed) < MIN_CORRECTION_REASON) {
    return refuse('correctionReason', `请说明更正原因（至少 ${MIN_CORRECTION_REASON} 个字）`)
  }
  if (charCount(trimmed) > 500) return refuse('correctionReason', '更正原因不能超过 500 个字')
  return {
    ok: true,
    value: {
      projectId: finalized.projectId,
      organizationId: finalized.organizationId,
      kind: finalized.kind,
      mode: finalized.mode,
      year: finalized.year,
      version: finalized.version + 1,
      supersedesId: finalized.id,
      correctionReason: trimmed,
      supersededById: null,
      evaluatedOn: finalized.evaluatedOn,
      evaluators: finalized.evaluators,
      indicators: finalized.indicators.map((node) => ({
        ...node,
        target: node.target && { ...node.target }
      })),
      scores: finalized.scores.map((row) => ({ ...row })),
      survey: finalized.survey && { ...finalized.survey },
      findings: finalized.findings,
      recommendations: finalized.recommendations,
      status: '草稿',
      total: null,
      grade: null,
      passed: null,
      finalizedAt: null,
      finalizedBy: null
    },
    warnings: []
  }
}

/**
 * The old version marked as superseded once its correction is 定稿 — the one change a 定稿
 * record receives, which the repository writes in the same transaction as the correction and
 * audits. Refused unless `correction` is the 定稿 correction of `previous` and `previous` has
 * not been superseded already (two corrections started from one version: only the first to
 * be finalised wins).
 */
export function supersede(
  previous: ProjectEvaluation,
  correction: ProjectEvaluation
): CheckResult<ProjectEvaluation> {
  const refuse = (message: string): CheckResult<ProjectEvaluation> => ({
    ok: false,
    issues: [{ field: '', level: 'error', message }]
  })
  if (correction.supersedesId !== previous.id) return refuse('这不是该评估版本的更正')
  if (correction.status !== '定稿') return refuse('更正版本定稿后才能取代原版本')
  if (previous.status !== '定稿') return refuse('只有定稿的评估需要更正')
  if (previous.supersededById !== null) {
    return refuse(`第 ${previous.version} 版已被另一更正版本取代`)
  }
  return { ok: true, value: { ...previous, supersededById: correction.id }, warnings: [] }
}

/** Later verdicts first: by evaluation date, then 定稿 instant, then version. */
function laterFirst(a: ProjectEvaluation, b: ProjectEvaluation): number {
  return (
    b.evaluatedOn.localeCompare(a.evaluatedOn) ||
    (b.finalizedAt ?? '').localeCompare(a.finalizedAt ?? '') ||
    b.version - a.version
  )
}

/**
 * The evaluations in force: per project, kind, mode and (for 年度) year, the latest 定稿 version
 * not superseded by a correction. Mode is part of the group because a provider's 自评 and the
 * purchaser's evaluation of the same 中期 are separate verdicts; within a group a later
 * evaluation (a 复评 after 整改) replaces an earlier one. Drafts never count.
 */
export function currentEvaluations(evaluations: readonly ProjectEvaluation[]): ProjectEvaluation[] {
  const current = new Map<string, ProjectEvaluation>()
  for (const evaluation of evaluations) {
    if (evaluation.status !== '定稿' || evaluation.supersededById !== null) continue
    const group = [evaluation.projectId, evaluation.kind, evaluation.mode, evaluation.year].join(
      '\u0000'
    )
    const held = current.get(group)
    if (!held || laterFirst(evaluation, held) < 0) current.set(group, evaluation)
  }
  return [...current.values()].sort(
    (a, b) =>
      a.projectId.localeCompare(b.projectId) ||
      PROJECT_EVALUATION_KINDS.indexOf(a.kind) - PROJECT_EVALUATION_KINDS.indexOf(b.kind) ||
      (a.year ?? 0) - (b.year ?? 0) ||
      EVALUATION_MODES.indexOf(a.mode) - EVALUATION_MODES.indexOf(b.mode)
  )
}

/**
 * The evaluation a payment gated on `kind` goes by (DESIGN.md §4: 可拨付 only when it is 定稿 and
 * passing): of one project's evaluations, the latest current one of that kind (and year, for
 * 年度) made by the purchaser or a third party; null when there is none yet. A 自评 never
 * decides: the provider would be grading its own claim to the money.
 */
export function deciding(
  evaluations: readonly ProjectEvaluation[],
  kind: ProjectEvaluationKind,
  year: number | null = null
): ProjectEvaluation | null {
  const candidates = currentEvaluations(evaluations).filter(
    (evaluation) =>
      evaluation.kind === kind &&
      evaluation.mode !== '自评' &&
      (kind !== '年度' || evaluation.year === year)
  )
  return candidates.sort(laterFirst)[0] ?? null
}

/** Stored shape, for checking rows from a backup or sample data. */
export const storedProjectEvaluationSchema = projectEvaluationDraftSchema.extend({
  organizationId: z.string({ error: '缺少组织' }).min(1, '缺少组织'),
  version: z.number({ error: '版本须为数字' }).int('版本须为整数').min(1, '版本从 1 开始'),
  supersedesId: z.string().min(1).nullable(),
  correctionReason: z.string().nullable(),
  supersededById: z.string().min(1).nullable(),
  status: z.enum(PROJECT_EVALUATION_STATUSES, { error: '评估状态有误' }),
  total: z.number().min(0).max(100).nullable(),
  grade: z.enum(EVALUATION_GRADES).nullable(),
  passed: z.boolean().nullable(),
  finalizedAt: z.string().nullable(),
  finalizedBy: z.string().nullable()
})

export type StoredProjectEvaluation = z.output<typeof storedProjectEvaluationSchema>

export const PROJECT_EVALUATION_FIELDS = Object.keys(storedProjectEvaluationSchema.shape)

/**
 * A stored evaluation: the draft's rules, a version chain that holds together, and a 定稿 one
 * carrying its result with a total that matches its scores.
 */
export function checkStoredProjectEvaluation(input: unknown): CheckResult<StoredProjectEvaluation> {
  return checkRecord(storedProjectEvaluationSchema, input, (value) => {
    const issues = projectEvaluationIssues(value)
    const error = (field: string, message: string) =>
      issues.push({ field, level: 'error', message })
    if (value.version === 1 && (value.supersedesId !== null || value.correctionReason !== null)) {
      error('supersedesId', '第 1 版不是更正版本，不应有被更正版本或更正原因')
    }
    if (value.version > 1 && value.supersedesId === null) {
      error('supersedesId', `第 ${value.version} 版是更正版本，缺少被更正的版本`)
    }
    if (
      value.version > 1 &&
      charCount(value.correctionReason?.trim() ?? '') < MIN_CORRECTION_REASON
    ) {
      error('correctionReason', `第 ${value.version} 版是更正版本，缺少更正原因`)
    }
    if (value.status === '草稿' && value.supersededById !== null) {
      error('supersededById', '草稿不能被更正版本取代')
    }
    if (value.status === '定稿') {
      if (
        value.total === null ||
        value.grade === null ||
        value.passed === null ||
        !value.finalizedAt ||
        !value.finalizedBy
      ) {
        error('status', '定稿的评估缺少总分、等级、定稿时间或定稿人')
      } else if (value.total !== evaluationTotal(value.indicators, value.scores)) {
        error('total', `定稿评估的总分 ${value.total} 与各指标得分合计不符`)
      }
    }
    return { value, issues }
  })
}
