/**
 * 申报书: one organisation's application to a 公益创投 round (DESIGN.md §3 `applications`,
 * domain-cn.md §5: 项目征集/申报 → 资格初审 → 评审 → 公示 → 立项). Its status changes only through
 * the workflow table below:
 *
 *   草稿 ──提交──▶ 已提交 ──初审通过──▶ 初审通过 ──开始评审──▶ 评审中 ──完成评审──▶ 已评审
 *    ▲              │   └──初审不通过──▶ 初审未通过                    ┌──拟资助──▶ 拟资助 ──立项──▶ 已立项
 *    └──退回修改─────┘ (截止前)                              已评审 ──┴──不予资助──▶ 未获资助
 *   草稿 / 已提交 / 初审通过 ──撤回──▶ 已撤回;  拟资助 ──撤销资助──▶ 未获资助 (a 公示 objection upheld)
 *
 * 完成评审 is taken by the reviews repository as the last expert's sheet comes in (or the last
 * undeclared expert withdraws); 重新评审 takes it back when an expert is added or a sheet is
 * returned for rescoring. 拟资助 / 不予资助 follow 公示结果 for the whole round at once.
 *
 * A submitted application's content is frozen: the preparer edits it only in 草稿, so what the
 * reviewers score is what was submitted. To change it before the deadline, staff return it to
 * 草稿 (退回修改) and it is submitted again.
 */
import { z } from 'zod'
import { checkRecord, zodIssues, type CheckResult, type FieldIssue } from '../check'
import type { IsoDate } from '../dates'
import { checkPhoneField, fenField, idListField, optionalTextField, textField } from '../fields'
import { isFen, type Fen } from '../money'
import type { ArchivableRecord } from '../records'
import { checkTransition, type Workflow } from '../workflow'
import { budgetLineSchema, checkBudget, type BudgetLine } from './budget'
import type { Eligibility, EligibilityCheck } from './eligibility'
import { roundWorkRefusal, type RoundFields, type VentureRound } from './round'

export const APPLICATION_STATUSES = [
  '草稿',
  '已提交',
  '初审通过',
  '初审未通过',
  '评审中',
  '已评审',
  '拟资助',
  '未获资助',
  '已立项',
  '已撤回'
] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

export const APPLICATION_ACTIONS = [
  'submit',
  'withdraw',
  'reopen',
  'screenPass',
  'screenFail',
  'startReview',
  'completeReview',
  'resumeReview',
  'fund',
  'decline',
  'revoke',
  'approve'
] as const
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number]

/** A group the project serves, e.g. 老年人 × 120. */
export interface Beneficiary {
  type: string
  /** People, at least 1. */
  count: number
}

/** One line of the activity plan. */
export interface PlannedActivity {
  /** `YYYY-MM`, within the round's year or the next (projects run about a year from signing). */
  month: string
  content: string
}

export interface TeamMember {
  socialWorkerId: string
  /** e.g. 项目负责人, 督导. */
  role: string
}

/** One step of the application's workflow: what was done, by whom, when. */
export interface ApplicationEvent {
  action: ApplicationAction
  from: ApplicationStatus
  to: ApplicationStatus
  /** ISO instant it was recorded. */
  at: string
  /** 操作人 from 设置. */
  operator: string
  /** Reason or opinion given with the step. */
  note: string | null
}

export const SCREENING_DECISIONS = ['通过', '不通过'] as const
export type ScreeningDecision = (typeof SCREENING_DECISIONS)[number]

/** 资格初审: the eligibility result the decision was made on, and the decision. */
export interface Screening {
  eligible: boolean
  checks: EligibilityCheck[]
  /** Null while the result is recorded but not yet decided on. */
  decision: ScreeningDecision | null
  /** 初审意见; required to pass an application whose eligibility did not all pass. */
  note: string | null
  /** ISO instant and operator of the decision. */
  decidedAt: string | null
  decidedBy: string | null
}

export interface Application extends ArchivableRecord {
  roundId: string
  organizationId: string
  title: string
  /** Key of one of the round's tracks. */
  track: string
  communityIds: string[]
  /** 需求清单 records the project answers; may be empty. */
  needIds: string[]
  beneficiaries: Beneficiary[]
  /** 问题分析. */
  problem: string
  objectives: string
  activities: PlannedActivity[]
  team: TeamMember[]
  budgetLines: BudgetLine[]
  requestedFen: Fen
  matchingFen: Fen
  contactName: string | null
  contactPhone: string | null
  status: ApplicationStatus
  /** ISO instant of the last submission; null in 草稿 (also after 退回修改). */
  submittedAt: string | null
  screening: Screening | null
  withdrawnReason: string | null
  /** The published result, set when the round's results are published (公示). */
  award: Award | null
  events: ApplicationEvent[]
}

/** What the published list says of the application. */
export interface Award {
  score: number | null
  rank: number | null
  trackRank: number | null
  /** 0 when not funded. */
  grantFen: Fen
  /** How the round's rules decided the grant (e.g. which budget ran out), as published. */
  reason: string
  /** The reason of a manual adjustment, when the grant was set by hand. */
  adjustmentReason: string | null
}

/** The parts of a round an application is checked against. */
export type ApplicationRound = Pick<RoundFields, 'year' | 'tracks' | 'budgetRules' | 'timeline'>

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

const beneficiarySchema = z.strictObject({
  type: textField('服务对象类型', 20, true),
  count: z
    .number({ error: '服务人数须为数字' })
    .int('服务人数须为整数')
    .min(1, '服务人数至少为 1')
    .max(10_000_000, '服务人数过大')
})

const activitySchema = z.strictObject({
  month: z.string({ error: '活动月份须为文字' }).regex(MONTH, '活动月份须为 YYYY-MM 格式'),
  content: textField('活动内容', 200, true)
})

const teamMemberSchema = z.strictObject({
  socialWorkerId: z.string({ error: '请选择社工' }).min(1, '请选择社工'),
  role: textField('团队角色', 20, true)
})

/**
 * What the preparer fills in. A draft may be incomplete (empty title, no activities yet): only
 * the format of what is there is checked; completeness is a condition of submitting
 * ({@link submissionIssues}).
 */
const contentShape = {
  title: textField('项目名称', 60),
  track: z.string({ error: '请选择申报类别' }).trim().min(1, '请选择申报类别'),
  communityIds: idListField(),
  needIds: idListField(),
  beneficiaries: z.array(beneficiarySchema).max(10, '服务对象最多填写 10 类'),
  problem: textField('问题分析', 2000),
  objectives: textField('项目目标', 1000),
  activities: z.array(activitySchema).max(24, '活动计划最多 24 项'),
  team: z.array(teamMemberSchema).max(20, '项目团队最多 20 人'),
  budgetLines: z.array(budgetLineSchema).max(100, '预算最多 100 项'),
  requestedFen: fenField('申请金额'),
  matchingFen: fenField('配套资金'),
  contactName: optionalTextField('联系人', 20),
  contactPhone: optionalTextField('联系电话', 20)
}

export const applicationDraftSchema = z.strictObject({
  roundId: z.string({ error: '请选择公益创投批次' }).min(1, '请选择公益创投批次'),
  organizationId: z.string({ error: '请选择申报组织' }).min(1, '请选择申报组织'),
  ...contentShape
})

export type ApplicationDraft = z.input<typeof applicationDraftSchema>
export type ApplicationFields = z.output<typeof applicationDraftSchema>

/**
 * The fields the preparer edits after opening the draft. The round and the applicant are fixed
 * when the draft is opened: another round has other rules, so applying there is a new draft.
 */
export const APPLICATION_CONTENT_FIELDS = Object.keys(contentShape) as (keyof typeof contentShape)[]
export type ApplicationContentField = keyof typeof contentShape
export type ApplicationContent = Pick<ApplicationFields, ApplicationContentField>

/** Content is editable only in 草稿; a submitted application changes only after 退回修改. */
export function editableFields(status: ApplicationStatus): readonly ApplicationContentField[] {
  return status === '草稿' ? APPLICATION_CONTENT_FIELDS : []
}

/** budget.ts names its fields after a budget plan; the application calls its lines budgetLines. */
function budgetIssues(content: ApplicationContent, round: ApplicationRound): FieldIssue[] {
  return checkBudget(
    {
      lines: content.budgetLines,
      requestedFen: content.requestedFen,
      matchingFen: content.matchingFen
    },
    round.budgetRules
  ).map((issue) => ({ ...issue, field: issue.field.replace(/^lines\b/, 'budgetLines') }))
}

/** Rules that hold for a draft as much as for a submission: they are about what is there. */
function contentRules(content: ApplicationContent, round: ApplicationRound): FieldIssue[] {
  const issues: FieldIssue[] = []
  const error = (field: string, message: string) => issues.push({ field, level: 'error', message })

  if (!round.tracks.some((track) => track.key === content.track)) {
    const names = round.tracks.map((track) => track.name).join('、')
    error('track', `申报类别“${content.track}”不是本批次的类别，可选类别：${names}`)
  }

  // Projects start after signing in the round's year and run about a year, so the plan may
  // reach into the next year but no further.
  const first = `${round.year}-01`
  const last = `${round.year + 1}-12`
  content.activities.forEach((activity, index) => {
    if (activity.month < first || activity.month > last) {
      error(
        `activities.${index}.month`,
        `活动月份 ${activity.month} 须在 ${first} 至 ${last} 之间（本批次为 ${round.year} 年度）`
      )
    }
  })

  const seen = new Set<string>()
  content.team.forEach((member, index) => {
    if (seen.has(member.socialWorkerId)) {
      error(`team.${index}.socialWorkerId`, '同一名社工不能在团队中重复列出')
    }
    seen.add(member.socialWorkerId)
  })

  checkPhoneField('contactPhone', content.contactPhone, issues)
  return issues
}

/**
 * Shape, the round's tracks and activity months, the phone format; the budget rules come back
 * as warnings, because a half-finished budget may be saved and only blocks submitting. So does a
 * closed call: the draft may still be kept, but the preparer should know it can no longer go in.
 */
export function checkApplicationDraft(
  input: unknown,
  round: ApplicationRound,
  today: IsoDate
): CheckResult<ApplicationFields> {
  return checkRecord(applicationDraftSchema, input, (draft) => {
    const warnings = budgetIssues(draft, round)
    const { deadlineOn } = round.timeline
    if (today > deadlineOn) {
      warnings.push({
        field: '',
        level: 'warning',
        message: `申报已于 ${deadlineOn} 截止，草稿已不能提交`
      })
    }
    return {
      value: draft,
      issues: [
        ...contentRules(draft, round),
        ...warnings.map((issue) => ({ ...issue, level: 'warning' as const }))
      ]
    }
  })
}

/**
 * Everything that stops `application` from being submitted on `today`, as errors: the call
 * window, completeness, the draft rules and the budget rules. Empty when it may be submitted.
 */
export function submissionIssues(
  application: ApplicationContent,
  round: ApplicationRound,
  today: IsoDate
): FieldIssue[] {
  const issues: FieldIssue[] = []
  const error = (field: string, message: string) => issues.push({ field, level: 'error', message })
  const { callOpensOn, deadlineOn } = round.timeline

  if (today < callOpensOn) {
    error('', `申报尚未开始：本批次征集期为 ${callOpensOn} 至 ${deadlineOn}`)
  } else if (today > deadlineOn) {
    error('', `申报已于 ${deadlineOn} 截止（征集期 ${callOpensOn} 至 ${deadlineOn}）`)
  }

  if (application.title.trim() === '') error('title', '请填写项目名称')
  if (application.problem.trim() === '') error('problem', '请填写问题分析')
  if (application.objectives.trim() === '') error('objectives', '请填写项目目标')
  if (application.beneficiaries.length === 0) error('beneficiaries', '至少填写一类服务对象')
  if (application.activities.length === 0) error('activities', '至少填写一项活动计划')
  if (!application.contactName?.trim()) error('contactName', '请填写联系人')
  if (!application.contactPhone?.trim()) error('contactPhone', '请填写联系电话')

  issues.push(...contentRules(application, round), ...budgetIssues(application, round))
  return issues
}

/** Why `round` takes no new 申报书 now, or null: drafts are opened while it is prepared or collecting. */
export function newApplicationRefusal(
  round: Pick<VentureRound, 'archivedAt' | 'status'>
): string | null {
  if (round.archivedAt !== null) return '批次已归档，不能新建申报书'
  return roundWorkRefusal(round, 'newApplication')
}

/** A new 草稿 from checked draft fields. */
export function openApplication(
  draft: ApplicationFields
): Omit<Application, 'id' | 'createdAt' | 'updatedAt' | 'archivedAt'> {
  return {
    ...draft,
    status: APPLICATION_WORKFLOW.initial,
    submittedAt: null,
    screening: null,
    withdrawnReason: null,
    award: null,
    events: []
  }
}

/** What the guards look at. */
export interface ApplicationGuardContext {
  /** From {@link submissionIssues}; 提交 is refused while any of them is an error. */
  submissionIssues: readonly FieldIssue[]
  today: IsoDate
  /** The round's 申报截止 date: 退回修改 only makes sense while the application can come back. */
  deadlineOn: IsoDate
  /** The eligibility result 初审 decides on; null when it has not been checked. */
  eligibility: Eligibility | null
  /** The note entered with the action; null when none (or when only listing actions). */
  note: string | null
  /** Every reviewer without a conflict has submitted a score sheet. */
  reviewsComplete: boolean
}

function failedRules(eligibility: Eligibility): string[] {
  return eligibility.checks.filter((check) => !check.passed).map((check) => check.rule)
}

export const APPLICATION_WORKFLOW: Workflow<
  ApplicationStatus,
  ApplicationAction,
  ApplicationGuardContext
> = {
  subject: '申报书',
  states: APPLICATION_STATUSES,
  initial: '草稿',
  final: ['初审未通过', '未获资助', '已立项', '已撤回'],
  transitions: [
    {
      action: 'submit',
      label: '提交',
      from: ['草稿'],
      to: '已提交',
      guard: ({ submissionIssues: issues }) => {
        const errors = issues.filter((issue) => issue.level === 'error')
        return errors.length === 0
          ? null
          : `还有 ${errors.length} 处需要修改才能提交：${errors.map((issue) => issue.message).join('；')}`
      }
    },
    {
      action: 'withdraw',
      label: '撤回',
      from: ['草稿', '已提交', '初审通过'],
      to: '已撤回'
    },
    {
      action: 'reopen',
      label: '退回修改',
      from: ['已提交'],
      to: '草稿',
      guard: ({ today, deadlineOn }) =>
        today > deadlineOn ? `申报已于 ${deadlineOn} 截止，不能再退回修改` : null
    },
    {
      action: 'screenPass',
      label: '初审通过',
      from: ['已提交'],
      to: '初审通过',
      // Staff may pass an application a rule failed (e.g. a 年检 result under appeal), but only
      // with a written reason, so the exception is on record next to the failed checks.
      guard: ({ eligibility, note }) => {
        if (eligibility === null) return '请先完成资格审查，再作初审结论'
        if (eligibility.eligible || (note !== null && note.trim() !== '')) return null
        return `资格审查有未通过的项目（${failedRules(eligibility).join('、')}），初审通过须在初审意见中说明理由`
      }
    },
    {
      action: 'screenFail',
      label: '初审不通过',
      from: ['已提交'],
      to: '初审未通过',
      guard: ({ eligibility }) => (eligibility === null ? '请先完成资格审查，再作初审结论' : null)
    },
    { action: 'startReview', label: '开始评审', from: ['初审通过'], to: '评审中' },
    {
      action: 'completeReview',
      label: '完成评审',
      from: ['评审中'],
      to: '已评审',
      guard: ({ reviewsComplete }) =>
        reviewsComplete ? null : '还有评审专家没有提交评分，评审尚未完成'
    },
    // An expert added, or a sheet returned for rescoring, after the last sheet was in.
    { action: 'resumeReview', label: '重新评审', from: ['已评审'], to: '评审中' },
    { action: 'fund', label: '拟资助', from: ['已评审'], to: '拟资助' },
    { action: 'decline', label: '不予资助', from: ['已评审'], to: '未获资助' },
    { action: 'revoke', label: '撤销资助', from: ['拟资助'], to: '未获资助' },
    { action: 'approve', label: '立项', from: ['拟资助'], to: '已立项' }
  ]
}

/** The input each action takes: the fields its dialog asks for. */
export const APPLICATION_ACTION_INPUTS = {
  submit: z.strictObject({}),
  withdraw: z.strictObject({ reason: textField('撤回原因', 500, true) }),
  reopen: z.strictObject({ reason: textField('退回修改的原因', 500, true) }),
  screenPass: z.strictObject({ note: optionalTextField('初审意见', 500) }),
  screenFail: z.strictObject({ reason: textField('初审不通过的理由', 500, true) }),
  startReview: z.strictObject({}),
  completeReview: z.strictObject({}),
  resumeReview: z.strictObject({}),
  fund: z.strictObject({ note: optionalTextField('备注', 500) }),
  decline: z.strictObject({ note: optionalTextField('备注', 500) }),
  revoke: z.strictObject({ reason: textField('撤销资助的理由', 500, true) }),
  approve: z.strictObject({ note: optionalTextField('备注', 500) })
} as const satisfies Record<ApplicationAction, z.ZodType>

export type ApplicationActionInput<A extends ApplicationAction> = z.input<
  (typeof APPLICATION_ACTION_INPUTS)[A]
>

/** Everything performing an action needs besides the application and the input. */
export interface ApplicationActionContext {
  round: ApplicationRound
  today: IsoDate
  eligibility: Eligibility | null
  reviewsComplete: boolean
  /** The published result 拟资助 / 不予资助 record; required for those two. */
  award?: Award
  /** ISO instant and operator stamped on the event. */
  at: string
  operator: string
}

/**
 * The guards' view of `application` now; `note` is the one entered with the action. The UI
 * passes this to `actionsFrom(APPLICATION_WORKFLOW, …)` to offer what the repository will allow.
 */
export function applicationGuardContext(
  application: Application,
  context: ApplicationActionContext,
  note: string | null = null
): ApplicationGuardContext {
  return {
    submissionIssues:
      application.status === '草稿'
        ? submissionIssues(application, context.round, context.today)
        : [],
    today: context.today,
    deadlineOn: context.round.timeline.deadlineOn,
    eligibility: context.eligibility,
    note,
    reviewsComplete: context.reviewsComplete
  }
}

const refusal = (message: string): CheckResult<Application> => ({
  ok: false,
  issues: [{ field: '', level: 'error', message }]
})

/**
 * Takes `action` on `application` with `input`: asks the workflow table, checks the input, and
 * returns the application as it should be stored (status, the step's fields, a new event).
 * Nothing here writes. A refused 提交 returns each submission issue at its field, so the form
 * can mark them; every other refusal is the table's message.
 */
export function performApplicationAction(
  application: Application,
  action: ApplicationAction,
  input: unknown,
  context: ApplicationActionContext
): CheckResult<Application> {
  const declared = APPLICATION_WORKFLOW.transitions.find(
    (transition) => transition.action === action
  )
  // Wrong status (or no such action) is refused before the input is looked at.
  if (!declared || !declared.from.includes(application.status)) {
    const check = checkTransition(
      APPLICATION_WORKFLOW,
      application.status,
      action,
      applicationGuardContext(application, context)
    )
    return refusal(check.ok ? '操作无法进行' : check.message)
  }

  const schema = APPLICATION_ACTION_INPUTS[action] as z.ZodType
  const parsed = schema.safeParse(input)
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) }
  const values = parsed.data as { note?: string | null; reason?: string }
  const note = values.reason ?? values.note ?? null

  const guardContext = applicationGuardContext(application, context, note)
  if (action === 'submit') {
    const errors = guardContext.submissionIssues.filter((issue) => issue.level === 'error')
    if (errors.length > 0) return { ok: false, issues: errors }
  }
  const transition = checkTransition(APPLICATION_WORKFLOW, application.status, action, guardContext)
  if (!transition.ok) return refusal(transition.message)

  let next: Application = { ...application }
  switch (action) {
    case 'submit':
      next.submittedAt = context.at
      break
    case 'reopen':
      // Back to 草稿: the next 提交 stamps a new time; the first one stays in the events.
      next.submittedAt = null
      break
    case 'withdraw':
      next.withdrawnReason = note
      break
    case 'screenPass':
    case 'screenFail': {
      // The guard has made sure an eligibility result is there.
      const eligibility = context.eligibility!
      next = {
        ...next,
        screening: {
          eligible: eligibility.eligible,
          checks: eligibility.checks.map((check) => ({ ...check })),
          decision: action === 'screenPass' ? '通过' : '不通过',
          note,
          decidedAt: context.at,
          decidedBy: context.operator
        }
      }
      break
    }
    case 'fund':
    case 'decline':
      if (!context.award) return refusal('缺少评审结果，不能作出资助决定')
      if ((action === 'fund') !== context.award.grantFen > 0) {
        return refusal(action === 'fund' ? '资助金额为 0，不能拟资助' : '有资助金额，不能不予资助')
      }
      next.award = { ...context.award }
      break
    case 'revoke':
      next.award = next.award ? { ...next.award, grantFen: 0 } : null
      break
    default:
      break
  }

  next.status = transition.to
  next.events = [
    ...application.events,
    {
      action,
      from: application.status,
      to: transition.to,
      at: context.at,
      operator: context.operator,
      note
    }
  ]
  return { ok: true, value: next, warnings: [] }
}

const eventSchema = z.strictObject({
  action: z.enum(APPLICATION_ACTIONS, { error: '申报书操作记录中的操作不是本程序使用的操作' }),
  from: z.enum(APPLICATION_STATUSES, { error: '申报书操作记录中的状态有误' }),
  to: z.enum(APPLICATION_STATUSES, { error: '申报书操作记录中的状态有误' }),
  at: z.string().min(1, '操作记录缺少时间'),
  operator: z.string(),
  note: z.string().nullable()
})

const screeningSchema = z.strictObject({
  eligible: z.boolean(),
  checks: z.array(z.strictObject({ rule: z.string(), passed: z.boolean(), reason: z.string() })),
  decision: z.enum(SCREENING_DECISIONS, { error: '初审结论有误' }).nullable(),
  note: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable()
})

/**
 * The stored shape of an application, for checking rows from outside the app (a backup being
 * restored, sample data). Content is held to the draft's format rules in every status; the
 * round-dependent rules need the round and are not repeated here.
 */
export const storedApplicationSchema = z.strictObject({
  roundId: z.string().min(1, '缺少公益创投批次'),
  organizationId: z.string().min(1, '缺少申报组织'),
  ...contentShape,
  status: z.enum(APPLICATION_STATUSES, { error: '申报书状态不是本程序使用的状态' }),
  submittedAt: z.string().min(1).nullable(),
  screening: screeningSchema.nullable(),
  withdrawnReason: z.string().nullable(),
  award: z
    .strictObject({
      score: z.number().nullable(),
      rank: z.number().int().positive().nullable(),
      trackRank: z.number().int().positive().nullable(),
      grantFen: z.number().refine((fen) => isFen(fen) && fen >= 0, '资助金额有误'),
      reason: z.string(),
      adjustmentReason: z.string().nullable()
    })
    .nullable(),
  events: z.array(eventSchema)
})

/** The fields a stored application carries besides the bookkeeping ones. */
export const APPLICATION_FIELDS = Object.keys(storedApplicationSchema.shape)

/**
 * Whether an application in `status` still competes in its round: withdrawn ones and those 初审
 * turned down do not, so they do not count against "one application per organisation per track".
 */
export function stillCompetes(status: ApplicationStatus): boolean {
  return status !== '已撤回' && status !== '初审未通过'
}

/** Statuses whose applications were reviewed: their scores make the round's results. */
export const REVIEWED_STATUSES: readonly ApplicationStatus[] = [
  '评审中',
  '已评审',
  '拟资助',
  '未获资助',
  '已立项'
]

/** Statuses an application reaches only through a passed 初审. */
export const SCREENED_IN_STATUSES: readonly ApplicationStatus[] = ['初审通过', ...REVIEWED_STATUSES]

/** Shape, then what each status requires to have been recorded. */
export function checkStoredApplication(
  input: unknown
): CheckResult<z.output<typeof storedApplicationSchema>> {
  return checkRecord(storedApplicationSchema, input, (application) => {
    const issues: FieldIssue[] = []
    const { status } = application
    const error = (field: string, what: string) =>
      issues.push({ field, level: 'error', message: `状态为“${status}”的申报书${what}` })

    // A 草稿 withdrawn before it was ever submitted has no submission time.
    if (status !== '草稿' && status !== '已撤回' && application.submittedAt === null) {
      error('submittedAt', '缺少提交时间')
    }
    if (status === '草稿' && application.submittedAt !== null) {
      error('submittedAt', '不应有提交时间')
    }
    const wanted: ScreeningDecision | null = SCREENED_IN_STATUSES.includes(status)
      ? '通过'
      : status === '初审未通过'
        ? '不通过'
        : null
    if (wanted !== null && application.screening?.decision !== wanted) {
      error('screening', `缺少“${wanted}”的初审结论`)
    }
    if (status === '已撤回' && !application.withdrawnReason)
      error('withdrawnReason', '缺少撤回原因')
    if ((status === '拟资助' || status === '已立项') && !(application.award?.grantFen ?? 0)) {
      error('award', '缺少资助金额')
    }
    const last = application.events.at(-1)
    if (last && last.to !== status) {
      error('events', `最后一条操作记录停在“${last.to}”，与状态不符`)
    }
    return { value: application, issues }
  })
}
