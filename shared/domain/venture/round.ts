/**
 * 公益创投批次: one yearly round with its fund pool, tracks and every rule its applications,
 * reviews and grants are judged by (DESIGN.md §1.2, domain-cn.md §5). No rule here is national:
 * each is a setting of the round, with a default taken from a documented local practice, and
 * "copy last year's round" carries them forward.
 */
import { z } from 'zod'
import { checkRecord, type CheckResult, type FieldIssue } from '../check'
import { addYears, type IsoDate } from '../dates'
import { fenField, isoDateField, textField } from '../fields'
import { isFen, sumFen, yuanText, type Fen } from '../money'
import type { ArchivableRecord } from '../records'
import type { Workflow } from '../workflow'
import {
  OBJECTION_OUTCOMES,
  type FundingAdjustment,
  type Publicity,
  type Tiebreak
} from './results'
import { budgetRulesSchema, DEFAULT_BUDGET_RULES, type BudgetRules } from './budget'
import {
  DEFAULT_ELIGIBILITY_RULES,
  eligibilityRulesSchema,
  type EligibilityRules
} from './eligibility'
import {
  AGGREGATION_METHODS,
  DEFAULT_REVIEW_CRITERIA,
  reviewCriteriaSchema,
  type AggregationMethod,
  type ReviewCriterion
} from './scoring'

/** A 类别 (track) of the round, with its own budget or sharing the pool. */
export interface Track {
  /** Stable key, so applications keep their track when it is renamed. */
  key: string
  name: string
  /** 分; null: no budget of its own, only the pool limits it. */
  budgetFen: Fen | null
}

/** The steps of a round, in order; each date is on or after the one before. */
export const TIMELINE_STEPS = [
  ['callOpensOn', '开始征集'],
  ['deadlineOn', '申报截止'],
  ['screeningOn', '初审'],
  ['reviewOn', '评审 / 答辩'],
  ['publicityStartsOn', '公示开始'],
  ['publicityEndsOn', '公示结束'],
  ['approvalOn', '立项'],
  ['signingOn', '签约']
] as const
export type TimelineStep = (typeof TIMELINE_STEPS)[number][0]
export type Timeline = Record<TimelineStep, IsoDate>

/** What releases a tranche: the signed agreement, or a passing 中期 / 末期 evaluation. */
export const TRANCHE_GATES = ['signing', 'midterm', 'final'] as const
export type TrancheGate = (typeof TRANCHE_GATES)[number]
export const TRANCHE_GATE_LABELS: Readonly<Record<TrancheGate, string>> = {
  signing: '签约后',
  midterm: '中期评估合格后',
  final: '末期评估合格后'
}

export interface Tranche {
  /** Share of the grant, in whole percent; the tranches add up to 100. */
  percent: number
  gate: TrancheGate
}

/**
 * 50 / 30 / 20 gated on signing, 中期 and 末期: domain-cn.md §5 confirms only "split payment
 * gated by the mid-term evaluation" (中山, 宁波海曙); the ratios are a default to edit.
 */
export const DEFAULT_TRANCHES: readonly Tranche[] = [
  { percent: 50, gate: 'signing' },
  { percent: 30, gate: 'midterm' },
  { percent: 20, gate: 'final' }
]

export const ROUND_STATUSES = ['筹备', '征集中', '初审中', '评审中', '公示中', '已立项'] as const
export type RoundStatus = (typeof ROUND_STATUSES)[number]

export interface VentureRound extends ArchivableRecord {
  year: number
  name: string
  fundPoolFen: Fen
  tracks: Track[]
  /** More than one application per organisation per track is allowed when the rules say so. */
  eligibility: EligibilityRules
  budgetRules: BudgetRules
  criteria: ReviewCriterion[]
  aggregation: AggregationMethod
  timeline: Timeline
  tranches: Tranche[]
  status: RoundStatus
  /** The office's decisions on the results (results.ts); empty until review. */
  tiebreaks: Tiebreak[]
  adjustments: FundingAdjustment[]
  /** Set when the results are published. */
  publicity: Publicity | null
  /** Every step taken, oldest first. */
  events: RoundEvent[]
}

/** One step of the round's lifecycle. */
export interface RoundEvent {
  action: RoundAction
  from: RoundStatus
  to: RoundStatus
  /** ISO instant. */
  at: string
  operator: string
}

const trackSchema = z.strictObject({
  key: z.string().trim().min(1, '类别缺少编号').max(40, '类别编号过长'),
  name: textField('类别名称', 20, true),
  budgetFen: fenField('类别预算', { positive: true }).nullable()
})

const timelineSchema = z.strictObject(
  Object.fromEntries(TIMELINE_STEPS.map(([step, label]) => [step, isoDateField(label)])) as Record<
    TimelineStep,
    ReturnType<typeof isoDateField>
  >
)

export const trancheSchema = z.strictObject({
  percent: z
    .number({ error: '拨付比例须为数字' })
    .int('拨付比例须为整数')
    .min(1, '拨付比例至少为 1%')
    .max(100, '拨付比例不能超过 100%'),
  gate: z.enum(TRANCHE_GATES, { error: '请选择拨付条件' })
})

/** A tranche plan as entered: a round's for its grants, a purchase contract's payment plan. */
export const tranchePlanSchema = z
  .array(trancheSchema)
  .min(1, '至少要有一期拨付')
  .max(5, '拨付最多分 5 期')

/**
 * What makes a tranche plan payable: percentages adding up to 100, and gates in the order the
 * project reaches them (签约 → 中期 → 末期). Field `tranches`.
 */
export function tranchePlanIssues(tranches: readonly Tranche[]): FieldIssue[] {
  const issues: FieldIssue[] = []
  const error = (message: string) => issues.push({ field: 'tranches', level: 'error', message })
  const percent = tranches.reduce((sum, tranche) => sum + tranche.percent, 0)
  if (percent !== 100) error(`各期拨付比例合计须为 100%，现为 ${percent}%`)
  const order = tranches.map((tranche) => TRANCHE_GATES.indexOf(tranche.gate))
  if (order.some((gate, i) => i > 0 && gate < order[i - 1]!)) {
    error('拨付条件须按 签约 → 中期评估 → 末期评估 的顺序排列')
  }
  return issues
}

export const roundDraftSchema = z.strictObject({
  year: z
    .number({ error: '请填写年度' })
    .int('年度须为整数')
    .min(2000, '年度有误')
    .max(2100, '年度有误'),
  name: textField('批次名称', 60, true),
  fundPoolFen: fenField('资金池', { positive: true }),
  tracks: z.array(trackSchema).min(1, '至少要有一个类别').max(20, '类别最多 20 个'),
  eligibility: eligibilityRulesSchema,
  budgetRules: budgetRulesSchema,
  criteria: reviewCriteriaSchema,
  aggregation: z.enum(AGGREGATION_METHODS, { error: '请选择评分汇总方式' }),
  timeline: timelineSchema,
  tranches: tranchePlanSchema
})

export type RoundDraft = z.input<typeof roundDraftSchema>
export type RoundFields = z.output<typeof roundDraftSchema>

/**
 * Shape, then what ties the parts together: unique tracks whose budgets fit the pool, a cap
 * that fits the pool, dates in order, tranches adding up to 100 with their gates in order.
 */
export function checkRound(input: unknown): CheckResult<RoundFields> {
  return checkRecord(roundDraftSchema, input, (round) => ({
    value: round,
    issues: roundRules(round)
  }))
}

function roundRules(round: RoundFields): FieldIssue[] {
  const issues: FieldIssue[] = []
  const error = (field: string, message: string) => issues.push({ field, level: 'error', message })

  const names = round.tracks.map((track) => track.name)
  if (new Set(names).size !== names.length) error('tracks', '类别名称不能重复')
  const keys = round.tracks.map((track) => track.key)
  if (new Set(keys).size !== keys.length) error('tracks', '类别编号不能重复')
  const trackBudget = sumFen(round.tracks.map((track) => track.budgetFen ?? 0))
  if (trackBudget > round.fundPoolFen) {
    error(
      'tracks',
      `各类别预算合计 ${yuanText(trackBudget)} 超过资金池 ${yuanText(round.fundPoolFen)}，超出 ${yuanText(trackBudget - round.fundPoolFen)}`
    )
  }
  if (round.budgetRules.perProjectCapFen > round.fundPoolFen) {
    error(
      'budgetRules.perProjectCapFen',
      `单个项目上限 ${yuanText(round.budgetRules.perProjectCapFen)} 超过资金池 ${yuanText(round.fundPoolFen)}`
    )
  }

  for (let i = 1; i < TIMELINE_STEPS.length; i += 1) {
    const [step, label] = TIMELINE_STEPS[i]!
    const [previous, previousLabel] = TIMELINE_STEPS[i - 1]!
    if (round.timeline[step] < round.timeline[previous]) {
      error(
        `timeline.${step}`,
        `${label}日期不能早于${previousLabel}日期 ${round.timeline[previous]}`
      )
    }
  }
  if (Number(round.timeline.callOpensOn.slice(0, 4)) > round.year + 1) {
    error('timeline.callOpensOn', `开始征集日期与年度 ${round.year} 相差太远，请核对`)
  }

  issues.push(...tranchePlanIssues(round.tranches))
  return issues
}

/** The rules and dates of a stored round: what the form edits and 复制上年批次 starts from. */
export function roundFields(round: RoundFields): RoundFields {
  const { year, name, fundPoolFen, tracks, eligibility, budgetRules, criteria } = round
  const { aggregation, timeline, tranches } = round
  return {
    year,
    name,
    fundPoolFen,
    tracks,
    eligibility,
    budgetRules,
    criteria,
    aggregation,
    timeline,
    tranches
  }
}

/** Tracks most rounds start from (domain-cn.md §5: "扶老、助残、救孤、济困" and community work). */
export const DEFAULT_TRACKS: readonly Omit<Track, 'budgetFen'>[] = [
  { key: 'elderly', name: '为老服务' },
  { key: 'disability', name: '助残服务' },
  { key: 'youth', name: '青少年服务' },
  { key: 'governance', name: '社区治理' },
  { key: 'environment', name: '环境保护' }
]

/** A new round for `year` with the default rules, the call opening on 1 March. */
export function newRoundDraft(year: number, fundPoolFen: Fen): RoundFields {
  const on = (monthDay: string) => `${year}-${monthDay}`
  return {
    year,
    name: `${year} 年度公益创投`,
    fundPoolFen,
    tracks: DEFAULT_TRACKS.map((track) => ({ ...track, budgetFen: null })),
    eligibility: { ...DEFAULT_ELIGIBILITY_RULES },
    budgetRules: { ...DEFAULT_BUDGET_RULES, categoryCaps: [] },
    criteria: DEFAULT_REVIEW_CRITERIA.map((criterion) => ({ ...criterion })),
    aggregation: 'mean',
    timeline: {
      callOpensOn: on('03-01'),
      deadlineOn: on('03-31'),
      screeningOn: on('04-10'),
      reviewOn: on('04-25'),
      publicityStartsOn: on('05-06'),
      publicityEndsOn: on('05-12'),
      approvalOn: on('05-20'),
      signingOn: on('06-01')
    },
    tranches: DEFAULT_TRANCHES.map((tranche) => ({ ...tranche }))
  }
}

/**
 * "Copy last year's round": every rule, track and tranche carried over, the dates moved to
 * `year` (29 February becomes 28 February), the year in the name replaced. The copy starts in
 * 筹备 with nothing of last year's applications.
 */
export function copyRound(previous: RoundFields, year: number): RoundFields {
  const shift = year - previous.year
  return {
    ...previous,
    tracks: previous.tracks.map((track) => ({ ...track })),
    eligibility: { ...previous.eligibility },
    budgetRules: {
      ...previous.budgetRules,
      categoryCaps: previous.budgetRules.categoryCaps.map((cap) => ({ ...cap }))
    },
    criteria: previous.criteria.map((criterion) => ({ ...criterion })),
    tranches: previous.tranches.map((tranche) => ({ ...tranche })),
    year,
    name: previous.name.includes(String(previous.year))
      ? previous.name.replaceAll(String(previous.year), String(year))
      : `${year} 年度${previous.name}`,
    timeline: Object.fromEntries(
      TIMELINE_STEPS.map(([step]) => [step, addYears(previous.timeline[step], shift)])
    ) as Timeline
  }
}

/** What the round's steps look at. */
export interface RoundContext {
  today: IsoDate
  /** Applications submitted (not drafts, not withdrawn). */
  submitted: number
  /** Applications through 初审 and waiting for, or in, review. */
  screenedIn: number
  /** Submitted applications still waiting for their 初审 conclusion. */
  unscreened: number
  /** Why the results cannot be published yet (results.ts `roundResults().blockers`). */
  resultBlockers: readonly string[]
  /** Why the round cannot be approved yet (results.ts `approvalRefusal`), or null. */
  approvalRefusal: string | null
}

/**
 * The round's lifecycle (Hypha-style stages as data): 筹备 → 征集中 → 初审中 → 评审中 →
 * 公示中 → 已立项. The guards keep a stage from starting before there is anything to do in it.
 */
export const ROUND_WORKFLOW: Workflow<RoundStatus, RoundAction, RoundContext> = {
  subject: '公益创投批次',
  states: ROUND_STATUSES,
  initial: '筹备',
  final: ['已立项'],
  transitions: [
    { action: 'open', label: '开始征集', from: ['筹备'], to: '征集中' },
    {
      action: 'close',
      label: '截止申报',
      from: ['征集中'],
      to: '初审中',
      guard: ({ submitted }) => (submitted === 0 ? '还没有已提交的申报书' : null)
    },
    {
      action: 'startReview',
      label: '开始评审',
      from: ['初审中'],
      to: '评审中',
      guard: ({ screenedIn, unscreened }) => {
        if (unscreened > 0) return `还有 ${unscreened} 份申报书没有作初审结论`
        return screenedIn === 0 ? '还没有通过初审的申报书' : null
      }
    },
    {
      action: 'publish',
      label: '公示结果',
      from: ['评审中'],
      to: '公示中',
      guard: ({ resultBlockers }) => (resultBlockers.length > 0 ? resultBlockers.join('；') : null)
    },
    {
      action: 'approve',
      label: '立项',
      from: ['公示中'],
      to: '已立项',
      guard: ({ approvalRefusal }) => approvalRefusal
    }
  ]
}

export const ROUND_ACTIONS = ['open', 'close', 'startReview', 'publish', 'approve'] as const
export type RoundAction = (typeof ROUND_ACTIONS)[number]

/** Work on a round's records that is not a stage step of its own. */
export type RoundWork =
  | 'editRules'
  | 'editSchedule'
  | 'newApplication'
  | 'submit'
  | 'withdraw'
  | 'screen'
  | 'assign'
  | 'score'
  | 'decide'
  | 'hearObjections'
  | 'archive'

/**
 * The stages in which each kind of work is done, and the refusal outside them: the one table
 * screens read to offer work and repositories read before writing it (the stage steps themselves
 * are ROUND_WORKFLOW's). Applicants are judged by rules fixed before the call opened; drafts are
 * written while the round is prepared or collecting; experts are assigned from 初审 on and score
 * only in 评审; the office decides the results before 公示 and hears objections during it.
 */
export const ROUND_WORK: Readonly<
  Record<RoundWork, { stages: readonly RoundStatus[]; refusal: (status: RoundStatus) => string }>
> = {
  editRules: {
    stages: ['筹备'],
    refusal: () => '征集已开始，只能修改批次名称和时间安排；申报规则须在开始征集前定好'
  },
  editSchedule: {
    stages: ['筹备', '征集中'],
    refusal: () => '批次已截止申报，规则和时间安排不能再修改'
  },
  newApplication: {
    stages: ['筹备', '征集中'],
    refusal: (status) => `批次目前为“${status}”：只有筹备和征集中的批次可以新建申报书`
  },
  submit: { stages: ['征集中'], refusal: (status) => `该批次目前为“${status}”，不在征集期` },
  withdraw: {
    stages: ['筹备', '征集中', '初审中'],
    refusal: () => '批次已开始评审，不能再撤回申报书'
  },
  screen: { stages: ['初审中'], refusal: () => '批次截止申报并进入初审后，才能作初审结论' },
  assign: {
    stages: ['初审中', '评审中'],
    refusal: () => '批次进入初审或评审阶段后才能分配评审专家'
  },
  score: { stages: ['评审中'], refusal: (status) => `批次目前为“${status}”，不在评审阶段` },
  decide: {
    stages: ['评审中'],
    refusal: () => '只有评审阶段才能调整资助金额、决定并列次序'
  },
  hearObjections: { stages: ['公示中'], refusal: () => '只有公示期间才能登记和处理异议' },
  archive: { stages: ['筹备'], refusal: () => '已开始征集的批次不能归档' }
}

/** Whether the round's stage allows `work` (an archived round allows nothing). */
export function roundAllows(round: Pick<VentureRound, 'status' | 'archivedAt'>, work: RoundWork) {
  return round.archivedAt === null && ROUND_WORK[work].stages.includes(round.status)
}

/** Why `work` cannot be done on the round now, or null when it can. */
export function roundWorkRefusal(
  round: Pick<VentureRound, 'status' | 'archivedAt'>,
  work: RoundWork
): string | null {
  if (round.archivedAt !== null) return '该公益创投批次已归档'
  return ROUND_WORK[work].stages.includes(round.status)
    ? null
    : ROUND_WORK[work].refusal(round.status)
}

// Stored rounds (restore and bulk load). results.ts imports only types from this file, so the
// OBJECTION_OUTCOMES import above makes no cycle at run time.

const stampShape = {
  at: z.string().min(1, '缺少决定时间'),
  operator: z.string()
}

const roundEventSchema = z.strictObject({
  action: z.enum(ROUND_ACTIONS, { error: '批次操作记录中的操作不是本程序使用的操作' }),
  from: z.enum(ROUND_STATUSES, { error: '批次操作记录中的状态有误' }),
  to: z.enum(ROUND_STATUSES, { error: '批次操作记录中的状态有误' }),
  at: z.string().min(1, '操作记录缺少时间'),
  operator: z.string()
})

const objectionSchema = z.strictObject({
  id: z.string().min(1, '公示异议缺少编号'),
  receivedOn: isoDateField('异议收到日期'),
  applicationId: z.string().min(1).nullable(),
  from: z.string(),
  content: z.string().min(1, '公示异议缺少内容'),
  response: z.string().nullable(),
  outcome: z.enum(OBJECTION_OUTCOMES, { error: '公示异议的处理结果有误' }).nullable(),
  answeredOn: isoDateField('异议答复日期').nullable()
})

/**
 * The stored shape of a round, for checking rows from outside the app (a backup being restored,
 * sample data): the draft's fields under the draft's rules, and the status, the office's
 * decisions on the results, the 公示 and the steps taken.
 */
export const storedRoundSchema = z.strictObject({
  ...roundDraftSchema.shape,
  status: z.enum(ROUND_STATUSES, { error: '批次状态不是本程序使用的状态' }),
  tiebreaks: z.array(
    z.strictObject({
      applicationId: z.string().min(1, '并列次序缺少申报书'),
      order: z.number({ error: '并列次序须为数字' }).int('并列次序须为整数'),
      reason: z.string().min(1, '并列次序缺少依据'),
      ...stampShape
    })
  ),
  adjustments: z.array(
    z.strictObject({
      applicationId: z.string().min(1, '人工调整缺少申报书'),
      grantFen: z.number().refine((fen) => isFen(fen) && fen >= 0, '调整后的资助金额有误'),
      reason: z.string().min(1, '人工调整缺少理由'),
      ...stampShape
    })
  ),
  publicity: z
    .strictObject({
      startsOn: isoDateField('公示开始日期'),
      endsOn: isoDateField('公示结束日期'),
      objections: z.array(objectionSchema)
    })
    .nullable(),
  events: z.array(roundEventSchema)
})

/** The fields a stored round carries besides the bookkeeping ones. */
export const ROUND_FIELDS = Object.keys(storedRoundSchema.shape)

/** Statuses the results have been published in. */
const PUBLISHED: readonly RoundStatus[] = ['公示中', '已立项']

/** Shape, the draft's rules, then what the status and the decisions require. */
export function checkStoredRound(input: unknown): CheckResult<z.output<typeof storedRoundSchema>> {
  return checkRecord(storedRoundSchema, input, (round) => {
    const issues = roundRules(round)
    const { status } = round
    const error = (field: string, message: string) =>
      issues.push({ field, level: 'error', message })

    const publicity = round.publicity
    if (PUBLISHED.includes(status) && publicity === null) {
      error('publicity', `状态为“${status}”的批次缺少公示记录`)
    }
    if (!PUBLISHED.includes(status) && publicity !== null) {
      error('publicity', `状态为“${status}”的批次尚未公示，不应有公示记录`)
    }
    if (publicity) {
      if (publicity.endsOn < publicity.startsOn) {
        error('publicity.endsOn', '公示结束日期不能早于开始日期')
      }
      const ids = new Set<string>()
      publicity.objections.forEach((objection, index) => {
        const field = `publicity.objections.${index}`
        if (ids.has(objection.id)) error(`${field}.id`, `公示异议编号 ${objection.id} 重复`)
        ids.add(objection.id)
        if (objection.receivedOn < publicity.startsOn) {
          error(
            `${field}.receivedOn`,
            `异议收到日期 ${objection.receivedOn} 早于公示开始日期 ${publicity.startsOn}`
          )
        }
        const answered = [objection.response, objection.outcome, objection.answeredOn]
        if (answered.some((part) => part === null) && answered.some((part) => part !== null)) {
          error(field, '公示异议的处理意见、处理结果和答复日期须一并填写')
        }
        if (objection.answeredOn !== null && objection.answeredOn < objection.receivedOn) {
          error(`${field}.answeredOn`, '异议答复日期不能早于收到日期')
        }
        if (status === '已立项' && objection.outcome === null) {
          error(field, '已立项的批次还有没有处理的公示异议')
        }
      })
    }

    const once = (field: 'tiebreaks' | 'adjustments', label: string) => {
      const seen = new Set<string>()
      for (const entry of round[field]) {
        if (seen.has(entry.applicationId)) error(field, `同一份申报书有两条${label}`)
        seen.add(entry.applicationId)
      }
    }
    once('tiebreaks', '并列次序')
    once('adjustments', '人工调整')

    round.events.forEach((event, index) => {
      const before = index === 0 ? ROUND_WORKFLOW.initial : round.events[index - 1]!.to
      if (event.from !== before) {
        error('events', `第 ${index + 1} 条操作记录从“${event.from}”开始，上一步停在“${before}”`)
      }
    })
    const last = round.events.at(-1)
    if (last && last.to !== status) {
      error('events', `最后一条操作记录停在“${last.to}”，与批次状态“${status}”不符`)
    }
    return { value: round, issues }
  })
}
