/**
 * The incubation lifecycle, declared once (DESIGN.md §2 "workflows are data"):
 *
 *   待初核 ──初核通过──▶ 待入驻 ──入驻──▶ 孵化中 ──续驻──▶ 续驻 ──续驻──▶ 续驻 (up to the base's limit)
 *     │                    │                │                 │
 *     └─不予入驻─▶ 不予入驻   └──退驻──▶ 退驻 ◀──┴──────退驻───────┘
 *                                        孵化中 / 续驻 ──出壳──▶ 出壳 (needs a 定稿, passing 出壳 assessment)
 *   出壳 / 退驻 ──交还场地──▶ (same state; records the handover of a 实体 stay's space)
 *
 * The UI lists `actionsFrom(INCUBATION_WORKFLOW, …)`; the repository calls
 * {@link performIncubationAction}, which asks the same table, so a forced call is refused with the
 * same message the UI shows.
 */
import { z } from 'zod'
import type { CheckResult, FieldIssue } from '../check'
import { zodIssues } from '../check'
import { addDays, type IsoDate, type WorkCalendar } from '../dates'
import { isoDateField, optionalTextField, textField } from '../fields'
import type { IncubationSettings } from './incubation-settings'
import {
  INCUBATION_MODES,
  INCUBATION_STATUSES,
  type Incubation,
  type IncubationAction,
  type IncubationStatus
} from './incubation'
import { checkTransition, type Workflow } from '../workflow'

/** The part of an assessment the 出壳 guard needs. */
export interface AssessmentSummary {
  kind: string
  status: string
  passed: boolean | null
}

/** What the guards look at. */
export interface IncubationGuardContext {
  stay: Incubation
  settings: IncubationSettings
  /** Assessments of this stay (any kind, any status). */
  assessments: readonly AssessmentSummary[]
}

/** A 定稿 出壳 assessment that passed: the condition of 出壳. */
export function hasPassingGraduationAssessment(assessments: readonly AssessmentSummary[]): boolean {
  return assessments.some(
    (assessment) =>
      assessment.kind === '出壳' && assessment.status === '定稿' && assessment.passed === true
  )
}

export const INCUBATION_WORKFLOW: Workflow<
  IncubationStatus,
  IncubationAction,
  IncubationGuardContext
> = {
  subject: '入驻记录',
  states: INCUBATION_STATUSES,
  initial: '待初核',
  final: ['出壳', '退驻', '不予入驻'],
  transitions: [
    { action: 'approve', label: '初核通过', from: ['待初核'], to: '待入驻' },
    { action: 'reject', label: '不予入驻', from: ['待初核'], to: '不予入驻' },
    { action: 'admit', label: '签订协议入驻', from: ['待入驻'], to: '孵化中' },
    {
      action: 'extend',
      label: '续驻',
      from: ['孵化中', '续驻'],
      to: '续驻',
      guard: ({ stay, settings }) =>
        stay.extensions.length >= settings.maxExtensions
          ? settings.maxExtensions === 0
            ? '本基地不办理续驻（可在设置中修改）'
            : `已续驻 ${stay.extensions.length} 次，本基地每次入驻最多续驻 ${settings.maxExtensions} 次`
          : null
    },
    {
      action: 'graduate',
      label: '出壳',
      from: ['孵化中', '续驻'],
      to: '出壳',
      guard: ({ assessments }) =>
        hasPassingGraduationAssessment(assessments)
          ? null
          : '出壳前须有一份已定稿且结论合格的出壳评估'
    },
    { action: 'exit', label: '退驻', from: ['待入驻', '孵化中', '续驻'], to: '退驻' },
    {
      action: 'handover',
      label: '确认交还场地',
      from: ['出壳', '退驻'],
      to: (state) => state,
      hiddenWhenRefused: true,
      guard: ({ stay }) =>
        stay.handoverDueOn === null
          ? '这次入驻没有需要交还的场地'
          : stay.handedOverOn !== null
            ? `场地已于 ${stay.handedOverOn} 交还`
            : null
    }
  ]
}

const onField = (label: string) => isoDateField(label)

/** The input each action takes: the fields its dialog asks for. */
export const INCUBATION_ACTION_INPUTS = {
  approve: z.strictObject({ on: onField('初核日期'), note: optionalTextField('初核意见', 500) }),
  reject: z.strictObject({ on: onField('初核日期'), reason: textField('不予入驻理由', 500, true) }),
  admit: z.strictObject({
    on: onField('入驻日期'),
    agreementNo: textField('入驻协议编号', 40, true),
    mode: z.enum(INCUBATION_MODES, { error: '请选择孵化方式' }),
    workstation: optionalTextField('工位', 40),
    mentor: optionalTextField('导师', 30),
    /** Null: the base's default term from the 入驻 date. */
    plannedEndOn: onField('计划到期日').nullable()
  }),
  extend: z.strictObject({
    on: onField('续驻日期'),
    reason: textField('续驻理由', 500, true),
    newEndOn: onField('新的到期日')
  }),
  graduate: z.strictObject({ on: onField('出壳日期'), note: optionalTextField('备注', 500) }),
  exit: z.strictObject({ on: onField('退驻日期'), reason: textField('退驻理由', 500, true) }),
  handover: z.strictObject({ on: onField('交还日期') })
} as const satisfies Record<IncubationAction, z.ZodType>

export type IncubationActionInput<A extends IncubationAction> = z.input<
  (typeof INCUBATION_ACTION_INPUTS)[A]
>

/** Everything performing an action needs besides the stay and the input. */
export interface IncubationActionContext {
  settings: IncubationSettings
  assessments: readonly AssessmentSummary[]
  calendar: WorkCalendar
  today: IsoDate
  /** ISO instant and operator stamped on the event. */
  at: string
  operator: string
}

/**
 * The default end of a stay that starts on `on`: the day before the same date `termMonths`
 * later, or the last day of that month when it has no such date (a stay from 31 January for one
 * month ends on 28 February, not the 27th).
 */
export function defaultPlannedEnd(on: IsoDate, termMonths: number): IsoDate {
  const [year, month, day] = on.split('-').map(Number) as [number, number, number]
  const monthIndex = month - 1 + termMonths
  const targetYear = year + Math.floor(monthIndex / 12)
  const targetMonth = (monthIndex % 12) + 1
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate()
  const yearMonth = `${targetYear}-${String(targetMonth).padStart(2, '0')}`
  if (day > lastDay) return `${yearMonth}-${String(lastDay).padStart(2, '0')}`
  return addDays(`${yearMonth}-${String(day).padStart(2, '0')}`, -1)
}

/** The date the previous step took effect; a new step cannot be dated before it. */
function previousStepOn(stay: Incubation): IsoDate {
  return (
    stay.endedOn ??
    stay.extensions.at(-1)?.on ??
    stay.admittedOn ??
    stay.reviewedOn ??
    stay.appliedOn
  )
}

/**
 * Takes `action` on `stay` with `input`: asks the workflow table, checks the input, and returns
 * the stay as it should be stored (status, the step's fields, a new event). Nothing here writes.
 */
export function performIncubationAction(
  stay: Incubation,
  action: IncubationAction,
  input: unknown,
  context: IncubationActionContext
): CheckResult<Incubation> {
  const transition = checkTransition(INCUBATION_WORKFLOW, stay.status, action, {
    stay,
    settings: context.settings,
    assessments: context.assessments
  })
  if (!transition.ok) {
    return { ok: false, issues: [{ field: '', level: 'error', message: transition.message }] }
  }
  const schema = INCUBATION_ACTION_INPUTS[action] as z.ZodType
  const parsed = schema.safeParse(input)
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) }
  const values = parsed.data as { on: IsoDate } & Record<string, unknown>

  const issues: FieldIssue[] = []
  const { on } = values
  if (on > context.today) issues.push({ field: 'on', level: 'error', message: '日期不能晚于今天' })
  const earliest = previousStepOn(stay)
  if (on < earliest) {
    issues.push({ field: 'on', level: 'error', message: `日期不能早于上一步的日期 ${earliest}` })
  }

  let next: Incubation = { ...stay }
  let note: string | null = null
  switch (action) {
    case 'approve': {
      const v = values as z.output<(typeof INCUBATION_ACTION_INPUTS)['approve']>
      next = { ...next, reviewedOn: on, reviewNote: v.note }
      note = v.note
      break
    }
    case 'reject': {
      const v = values as z.output<(typeof INCUBATION_ACTION_INPUTS)['reject']>
      next = { ...next, reviewedOn: on, reviewNote: v.reason, endedOn: on, endReason: v.reason }
      note = v.reason
      break
    }
    case 'admit': {
      const v = values as z.output<(typeof INCUBATION_ACTION_INPUTS)['admit']>
      const plannedEndOn = v.plannedEndOn ?? defaultPlannedEnd(on, context.settings.termMonths)
      if (plannedEndOn <= on) {
        issues.push({ field: 'plannedEndOn', level: 'error', message: '计划到期日须晚于入驻日期' })
      }
      if (v.mode === '实体' && !v.workstation) {
        issues.push({ field: 'workstation', level: 'error', message: '实体孵化须填写工位' })
      }
      next = {
        ...next,
        admittedOn: on,
        agreementNo: v.agreementNo,
        mode: v.mode,
        workstation: v.mode === '实体' ? v.workstation : null,
        mentor: v.mentor,
        plannedEndOn
      }
      break
    }
    case 'extend': {
      const v = values as z.output<(typeof INCUBATION_ACTION_INPUTS)['extend']>
      const previousEndOn = stay.plannedEndOn ?? on
      if (v.newEndOn <= previousEndOn) {
        issues.push({
          field: 'newEndOn',
          level: 'error',
          message: `新的到期日须晚于现在的到期日 ${previousEndOn}`
        })
      }
      next = {
        ...next,
        plannedEndOn: v.newEndOn,
        extensions: [
          ...stay.extensions,
          { on, reason: v.reason, previousEndOn, newEndOn: v.newEndOn }
        ]
      }
      note = v.reason
      break
    }
    case 'graduate':
    case 'exit': {
      const reason =
        action === 'exit'
          ? (values as z.output<(typeof INCUBATION_ACTION_INPUTS)['exit']>).reason
          : (values as z.output<(typeof INCUBATION_ACTION_INPUTS)['graduate']>).note
      // Only a 实体 stay holds space that has to come back (龙华: within 15 working days).
      const handoverDueOn =
        stay.mode === '实体'
          ? context.calendar.addWorkingDays(on, context.settings.handoverWorkingDays)
          : null
      next = { ...next, endedOn: on, endReason: reason, handoverDueOn }
      note = reason
      break
    }
    case 'handover':
      next = { ...next, handedOverOn: on }
      break
  }
  if (issues.some((issue) => issue.level === 'error')) return { ok: false, issues }

  next.status = transition.to
  next.events = [
    ...stay.events,
    {
      action,
      from: stay.status,
      to: transition.to,
      on,
      at: context.at,
      operator: context.operator,
      note
    }
  ]
  return { ok: true, value: next, warnings: issues }
}

/** A new stay from a checked application; `reviewDueOn` from the base's working-day rule. */
export function openIncubation(
  application: {
    organizationId: string
    baseName: string
    appliedOn: IsoDate
    preferredMode: Incubation['preferredMode']
    note: string | null
  },
  settings: IncubationSettings,
  calendar: WorkCalendar
): Omit<Incubation, 'id' | 'createdAt' | 'updatedAt' | 'archivedAt'> {
  return {
    ...application,
    status: INCUBATION_WORKFLOW.initial,
    reviewDueOn: calendar.addWorkingDays(application.appliedOn, settings.reviewWorkingDays),
    reviewedOn: null,
    reviewNote: null,
    admittedOn: null,
    agreementNo: null,
    mode: null,
    workstation: null,
    mentor: null,
    plannedEndOn: null,
    extensions: [],
    endedOn: null,
    endReason: null,
    handoverDueOn: null,
    handedOverOn: null,
    events: []
  }
}
