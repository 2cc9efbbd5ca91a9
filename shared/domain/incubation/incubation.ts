/**
 * 入驻记录: one organisation's stay at an incubation base (DESIGN.md §3 `incubations`,
 * domain-cn.md §6), from the application to 出壳, 退驻 or 不予入驻. Its status changes only
 * through the workflow table in incubation-workflow.ts; this file holds the record's shape and
 * the rules of an application.
 */
import { z } from 'zod'
import { type IsoDate } from '../dates'
import { isoDateField, optionalTextField, textField } from '../fields'
import type { Organization } from '../organizations/organization'
import type { ArchivableRecord } from '../records'
import { checkRecord, type CheckResult, type FieldIssue } from '../check'

export const INCUBATION_STATUSES = [
  '待初核',
  '待入驻',
  '孵化中',
  '续驻',
  '出壳',
  '退驻',
  '不予入驻'
] as const
export type IncubationStatus = (typeof INCUBATION_STATUSES)[number]

/** Statuses of a stay that is still going on (or about to): one per organisation at a time. */
export const OPEN_INCUBATION_STATUSES: readonly IncubationStatus[] = [
  '待初核',
  '待入驻',
  '孵化中',
  '续驻'
]

/** Statuses in which the organisation is at the base. */
export const RESIDENT_STATUSES: readonly IncubationStatus[] = ['孵化中', '续驻']

/** 实体孵化 uses a desk at the base; 虚拟孵化 is coaching without one (呼和浩特 2016). */
export const INCUBATION_MODES = ['实体', '虚拟'] as const
export type IncubationMode = (typeof INCUBATION_MODES)[number]

export const INCUBATION_ACTIONS = [
  'approve',
  'reject',
  'admit',
  'extend',
  'graduate',
  'exit',
  'handover'
] as const
export type IncubationAction = (typeof INCUBATION_ACTIONS)[number]

export interface IncubationExtension {
  /** The day 续驻 was agreed. */
  on: IsoDate
  reason: string
  previousEndOn: IsoDate
  newEndOn: IsoDate
}

/** One step of the stay's workflow: what was done, by whom, when. */
export interface IncubationEvent {
  action: IncubationAction
  from: IncubationStatus
  to: IncubationStatus
  /** The date the step took effect (as entered). */
  on: IsoDate
  /** ISO instant it was recorded. */
  at: string
  /** 操作人 from 设置. */
  operator: string
  /** Reason or note given with the step. */
  note: string | null
}

export interface Incubation extends ArchivableRecord {
  organizationId: string
  /** 孵化基地名称. */
  baseName: string
  status: IncubationStatus
  appliedOn: IsoDate
  /** The mode the organisation asked for; the agreement fixes `mode`. */
  preferredMode: IncubationMode
  /** 初核 due date: N working days after `appliedOn` (N from the base's settings). */
  reviewDueOn: IsoDate
  reviewedOn: IsoDate | null
  reviewNote: string | null
  /** 入驻 / 入壳 date, agreement and placement. */
  admittedOn: IsoDate | null
  agreementNo: string | null
  mode: IncubationMode | null
  workstation: string | null
  /** 导师 / 督导. */
  mentor: string | null
  plannedEndOn: IsoDate | null
  extensions: IncubationExtension[]
  /** 出壳, 退驻 or 不予入驻 date and reason. */
  endedOn: IsoDate | null
  endReason: string | null
  /** Space handed back by (实体 stays that ended) and when it was. */
  handoverDueOn: IsoDate | null
  handedOverOn: IsoDate | null
  note: string | null
  events: IncubationEvent[]
}

/** What an application supplies; the rest is filled in by the workflow. */
export const incubationApplicationSchema = z.strictObject({
  organizationId: z.string({ error: '请选择申请入驻的组织' }).min(1, '请选择申请入驻的组织'),
  baseName: textField('孵化基地名称', 60, true),
  appliedOn: isoDateField('申请日期'),
  preferredMode: z.enum(INCUBATION_MODES, { error: '请选择孵化方式' }),
  note: optionalTextField('备注', 500)
})

export type IncubationApplication = z.input<typeof incubationApplicationSchema>
export type IncubationApplicationFields = z.output<typeof incubationApplicationSchema>

export function checkIncubationApplication(
  input: unknown,
  today: IsoDate
): CheckResult<IncubationApplicationFields> {
  return checkRecord(incubationApplicationSchema, input, (value) => {
    const issues: FieldIssue[] = []
    if (value.appliedOn > today) {
      issues.push({ field: 'appliedOn', level: 'error', message: '申请日期不能晚于今天' })
    }
    return { value, issues }
  })
}

/** Fields of a stay that may be corrected outside the workflow (placement details, notes). */
export const incubationEditSchema = z.strictObject({
  baseName: textField('孵化基地名称', 60, true),
  workstation: optionalTextField('工位', 40),
  mentor: optionalTextField('导师', 30),
  note: optionalTextField('备注', 500)
})

export type IncubationEdit = z.input<typeof incubationEditSchema>

/**
 * The stored shape of a stay, for checking rows from outside the app (a backup being restored,
 * sample data). Status-dependent completeness is checked by {@link checkStoredIncubation}.
 */
const eventSchema = z.strictObject({
  action: z.enum(INCUBATION_ACTIONS),
  from: z.enum(INCUBATION_STATUSES),
  to: z.enum(INCUBATION_STATUSES),
  on: isoDateField('日期'),
  at: z.string().min(1),
  operator: z.string(),
  note: z.string().nullable()
})

export const storedIncubationSchema = z.strictObject({
  organizationId: z.string().min(1, '缺少入驻组织'),
  baseName: z.string(),
  status: z.enum(INCUBATION_STATUSES, { error: '入驻状态不是本程序使用的状态' }),
  appliedOn: isoDateField('申请日期'),
  preferredMode: z.enum(INCUBATION_MODES, { error: '孵化方式有误' }),
  reviewDueOn: isoDateField('初核期限'),
  reviewedOn: isoDateField('初核日期').nullable(),
  reviewNote: z.string().nullable(),
  admittedOn: isoDateField('入驻日期').nullable(),
  agreementNo: z.string().nullable(),
  mode: z.enum(INCUBATION_MODES, { error: '孵化方式有误' }).nullable(),
  workstation: z.string().nullable(),
  mentor: z.string().nullable(),
  plannedEndOn: isoDateField('计划到期日').nullable(),
  extensions: z.array(
    z.strictObject({
      on: isoDateField('续驻日期'),
      reason: z.string(),
      previousEndOn: isoDateField('原到期日'),
      newEndOn: isoDateField('新到期日')
    })
  ),
  endedOn: isoDateField('结束日期').nullable(),
  endReason: z.string().nullable(),
  handoverDueOn: isoDateField('场地交还期限').nullable(),
  handedOverOn: isoDateField('场地交还日期').nullable(),
  note: z.string().nullable(),
  events: z.array(eventSchema)
})

/** The fields a stored stay carries besides the bookkeeping ones. */
export const INCUBATION_FIELDS = Object.keys(storedIncubationSchema.shape)

/** Shape, then what each status requires to have been recorded. */
export function checkStoredIncubation(
  input: unknown
): CheckResult<z.output<typeof storedIncubationSchema>> {
  return checkRecord(storedIncubationSchema, input, (stay) => {
    const issues: FieldIssue[] = []
    const need = (field: keyof typeof stay, label: string) => {
      if (stay[field] === null) {
        issues.push({
          field,
          level: 'error',
          message: `状态为“${stay.status}”的入驻记录缺少${label}`
        })
      }
    }
    if (stay.status !== '待初核') need('reviewedOn', '初核日期')
    if (['孵化中', '续驻', '出壳'].includes(stay.status)) {
      need('admittedOn', '入驻日期')
      need('agreementNo', '入驻协议编号')
      need('mode', '孵化方式')
      need('plannedEndOn', '计划到期日')
    }
    if (['出壳', '退驻', '不予入驻'].includes(stay.status)) need('endedOn', '结束日期')
    if (stay.status === '续驻' && stay.extensions.length === 0) {
      issues.push({
        field: 'extensions',
        level: 'error',
        message: '状态为“续驻”的入驻记录缺少续驻记录'
      })
    }
    return { value: stay, issues }
  })
}

/**
 * The latest stay is the one applied for last: an organisation has at most one open stay, and
 * any older stay has ended, so the latest one says where the organisation stands now. Stays
 * archived as entered by mistake do not count.
 */
export function latestStayStatuses(
  stays: readonly Incubation[]
): ReadonlyMap<string, IncubationStatus> {
  const latest = new Map<string, Incubation>()
  for (const stay of stays) {
    if (stay.archivedAt !== null) continue
    const current = latest.get(stay.organizationId)
    const later =
      !current ||
      stay.appliedOn > current.appliedOn ||
      (stay.appliedOn === current.appliedOn && stay.createdAt > current.createdAt)
    if (later) latest.set(stay.organizationId, stay)
  }
  return new Map([...latest].map(([id, stay]) => [id, stay.status]))
}

/**
 * Why `organization` cannot apply for a stay now, or null: it is archived or 注销, or one of
 * its `stays` is still open (an organisation has one open stay at a time).
 */
export function applicationRefusal(
  organization: Pick<Organization, 'name' | 'archivedAt' | 'registrationStatus'>,
  stays: readonly Pick<Incubation, 'status' | 'archivedAt'>[]
): string | null {
  if (organization.archivedAt !== null) return `“${organization.name}”已归档，请先恢复再申请入驻`
  if (organization.registrationStatus === '注销')
    return `“${organization.name}”已注销，不能申请入驻`
  const open = stays.find(
    (stay) => stay.archivedAt === null && OPEN_INCUBATION_STATUSES.includes(stay.status)
  )
  return open
    ? `“${organization.name}”已有一条进行中的入驻记录（${open.status}），一个组织同时只能有一条`
    : null
}

/** A stay can be assessed from the moment it is approved until it ends. */
export const ASSESSABLE_STATUSES: readonly IncubationStatus[] = ['待入驻', '孵化中', '续驻']

/** Why `stay` cannot get a new or finalised assessment now, or null. */
export function assessmentRefusal(stay: Pick<Incubation, 'status' | 'archivedAt'>): string | null {
  if (stay.archivedAt !== null) return '入驻记录已归档，请先恢复'
  return ASSESSABLE_STATUSES.includes(stay.status)
    ? null
    : `入驻记录当前为“${stay.status}”，只有待入驻、孵化中或续驻时可以评估`
}
