/**
 * 待办 (issue #9 item 4): everything across the modules that is due or overdue on one day, in one
 * list — 初核 of 入驻申请, stays ending, space to hand back, a 公益创投 round's stage dates and its
 * 公示, tranches, evaluations and contracts ending, and the ratings, social-worker registrations
 * and resources running out. Each module's own rule says when a record is due; this file only
 * gathers those dates, names the record in Chinese, groups by urgency and says where to open it.
 * Nothing is stored: what is done drops off the next time the list is computed.
 *
 * The list looks {@link REMINDER_HORIZON_DAYS} days ahead (its last group is 30 天内). What the
 * office itself must do — a 初核, a handover, a stage of a round, a tranche, an evaluation, a
 * contract's end — stays listed as 已逾期 until it is done. An expiry that is someone else's to
 * renew — a rating, a registration, a resource — is listed from 30 days before until
 * {@link EXPIRED_NOTICE_DAYS} days after: the registries keep marking it after that, and the list
 * stays about what needs doing now.
 */
import { compareZh } from '../../text/collator'
import { addDays, daysBetween, type IsoDate } from '../dates'
import { incubationBoard } from '../incubation/board'
import type { Incubation } from '../incubation/incubation'
import { isResourceExpired } from '../linkage/resource-rules'
import type { Resource } from '../linkage/resource'
import { yuanText } from '../money'
import type { Organization } from '../organizations/organization'
import { ratingState } from '../organizations/rating'
import { gateOfEvaluationKind, gateState, type GateFacts, type Payment } from '../payments/payment'
import { isSettled } from '../payments/payment-plan'
import { projectDueItems, type DueKind, type ProjectDueInput } from '../projects/due-dates'
import { PROJECT_WORK, type Project } from '../projects/project'
import { registrationWarning, type SocialWorker } from '../social-workers/social-worker'
import { approvalRefusal } from '../venture/results'
import { TRANCHE_GATE_LABELS, type RoundStatus, type VentureRound } from '../venture/round'

/** In the order the list shows reminders of the same day. */
export const REMINDER_KINDS = [
  '初核',
  '场地交还',
  '孵化期满',
  '创投批次',
  '公示期满',
  '签约',
  '拨付',
  '评估',
  '合同到期',
  '等级评估',
  '社工登记',
  '资源到期'
] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/** In the order the list shows them. */
export const REMINDER_URGENCIES = ['已逾期', '今天到期', '7天内', '30天内'] as const
export type ReminderUrgency = (typeof REMINDER_URGENCIES)[number]

/** How far ahead the list looks: the end of its last group. */
export const REMINDER_HORIZON_DAYS = 30
/** How long an expiry (rating, registration, resource) stays listed after the day it passed. */
export const EXPIRED_NOTICE_DAYS = 30

export interface Reminder {
  /** Unique in one list: kind and record (and the tranche or evaluation within it). */
  key: string
  kind: ReminderKind
  /** Names the record and what is due, e.g. `阳光助老服务中心：入驻申请初核`. */
  title: string
  /** What the item waits for, when there is more to say than the title. */
  detail: string | null
  dueOn: IsoDate
  /** Days from today; negative when overdue, 0 when due today. */
  daysLeft: number
  urgency: ReminderUrgency
  /**
   * The page that opens the record, e.g. `/projects/p-1?tab=payments`; records without a page
   * of their own open in their list's side panel (`/social-workers?open=<id>`).
   */
  route: string
}

/**
 * The urgency of a date `daysLeft` days away, or null when it is beyond the list's horizon.
 * Boundaries: −1 已逾期, 0 今天到期, 1–7 7天内, 8–30 30天内, 31 none.
 */
export function reminderUrgency(daysLeft: number): ReminderUrgency | null {
  if (daysLeft < 0) return '已逾期'
  if (daysLeft === 0) return '今天到期'
  if (daysLeft <= 7) return '7天内'
  if (daysLeft <= REMINDER_HORIZON_DAYS) return '30天内'
  return null
}

/** A 公益创投 round with the date its current stage works towards. */
export interface RoundReminderSource {
  round: Pick<VentureRound, 'id' | 'name' | 'status' | 'publicity' | 'archivedAt'>
  /**
   * The stage's next date as the round's own page computes it (round-progress.ts `nextStep`), or
   * null when nothing is ahead. Not used while the results are in 公示: the 公示 record's own
   * end date is.
   */
  next: { label: string; on: IsoDate } | null
}

/** One project with the delivery rows its due dates come from. */
export interface ProjectReminderSource {
  project: Pick<
    Project,
    'id' | 'title' | 'status' | 'approvedOn' | 'startOn' | 'endOn' | 'archivedAt'
  >
  /** The agreement in force (effectiveAgreement), or null before one is drafted. */
  agreement: ProjectDueInput['agreement']
  /** The evaluations that settle what is due: current, by the purchaser or a third party. */
  evaluations: ProjectDueInput['evaluations']
  /** The project's tranches (archived ones are left out here). */
  payments: readonly Payment[]
  /** What the tranches' gates look at (gateFactsOf). */
  gate: GateFacts
}

export interface ReminderInput {
  organizations: readonly Pick<
    Organization,
    'id' | 'name' | 'registrationStatus' | 'rating' | 'archivedAt'
  >[]
  incubations: readonly Incubation[]
  rounds: readonly RoundReminderSource[]
  projects: readonly ProjectReminderSource[]
  socialWorkers: readonly Pick<
    SocialWorker,
    'id' | 'name' | 'registrationValidUntil' | 'archivedAt'
  >[]
  resources: readonly Pick<
    Resource,
    'id' | 'name' | 'providerName' | 'availableUntil' | 'archivedAt'
  >[]
}

export interface ReminderSettings {
  /** 孵化基地设置 → 到期提醒天数: how early a stay's end is listed (at most the horizon). */
  endingSoonDays: number
}

/** The tab of a round's page where its current stage is worked on. */
const ROUND_STAGE_TABS: Readonly<Record<RoundStatus, string | null>> = {
  筹备: null,
  征集中: 'applications',
  初审中: 'screening',
  评审中: 'review',
  公示中: 'results',
  已立项: null
}

/**
 * How each kind of project due item (due-dates.ts) is listed: its reminder kind, the project tab
 * it is dealt with on, and the evaluation kind it stands for. (A 拨付 item never comes through
 * here: the tranches are listed from the payments themselves, see projectReminders.)
 */
const DUE_KINDS: Readonly<
  Record<DueKind, { kind: ReminderKind; tab: string | null; evaluation: string | null }>
> = {
  签约: { kind: '签约', tab: 'agreement', evaluation: null },
  拨付: { kind: '拨付', tab: 'payments', evaluation: null },
  中期评估: { kind: '评估', tab: 'evaluations', evaluation: '中期' },
  末期评估: { kind: '评估', tab: 'evaluations', evaluation: '末期' },
  年度评估: { kind: '评估', tab: 'evaluations', evaluation: '年度' },
  合同到期: { kind: '合同到期', tab: null, evaluation: null }
}

const withTab = (path: string, tab: string | null) => (tab ? `${path}?tab=${tab}` : path)

type Undated = Omit<Reminder, 'daysLeft' | 'urgency'>

/** Every reminder on `today`, most urgent first (see {@link sortReminders}). */
export function collectReminders(
  input: ReminderInput,
  today: IsoDate,
  settings: ReminderSettings
): Reminder[] {
  const reminders: Reminder[] = []
  const noticeFrom = addDays(today, -EXPIRED_NOTICE_DAYS)
  const add = (reminder: Undated, window: 'untilDone' | 'expiry' = 'untilDone') => {
    if (window === 'expiry' && reminder.dueOn < noticeFrom) return
    const daysLeft = daysBetween(today, reminder.dueOn)
    const urgency = reminderUrgency(daysLeft)
    if (urgency) reminders.push({ ...reminder, daysLeft, urgency })
  }

  const organizationName = new Map(input.organizations.map((org) => [org.id, org.name]))
  const nameOf = (id: string) => organizationName.get(id) ?? '（组织记录缺失）'

  // 孵化基地
  const stays = input.incubations.filter((stay) => stay.archivedAt === null)
  for (const stay of stays) {
    const route = `/incubation/${stay.id}`
    if (stay.status === '待初核' && stay.reviewedOn === null) {
      add({
        key: `初核:${stay.id}`,
        kind: '初核',
        title: `${nameOf(stay.organizationId)}：入驻申请初核`,
        detail: `申请于 ${stay.appliedOn}`,
        dueOn: stay.reviewDueOn,
        route
      })
    }
    if (stay.handoverDueOn !== null && stay.handedOverOn === null) {
      add({
        key: `场地交还:${stay.id}`,
        kind: '场地交还',
        title: `${nameOf(stay.organizationId)}：交还孵化场地`,
        detail: stay.endedOn ? `${stay.status}于 ${stay.endedOn}` : stay.status,
        dueOn: stay.handoverDueOn,
        route
      })
    }
  }
  const endingWindow = Math.min(settings.endingSoonDays, REMINDER_HORIZON_DAYS)
  for (const stay of incubationBoard(stays, today, endingWindow).endingSoon) {
    add({
      key: `孵化期满:${stay.id}`,
      kind: '孵化期满',
      title: `${nameOf(stay.organizationId)}：孵化期满`,
      detail: `${stay.status}，须办理续驻、出壳或退驻`,
      dueOn: stay.plannedEndOn!,
      route: `/incubation/${stay.id}`
    })
  }

  // 公益创投
  for (const { round, next } of input.rounds) {
    if (round.archivedAt !== null) continue
    const route = `/venture/${round.id}`
    if (round.status === '公示中' && round.publicity) {
      add({
        key: `公示期满:${round.id}`,
        kind: '公示期满',
        title: `${round.name}：评审结果公示期满`,
        detail: approvalRefusal(round.publicity, today) ?? '公示期满，异议均已处理，可以立项',
        dueOn: round.publicity.endsOn,
        route: withTab(route, 'results')
      })
    } else if (next) {
      add({
        key: `创投批次:${round.id}`,
        kind: '创投批次',
        title: `${round.name}：${next.label}`,
        detail: `批次目前为“${round.status}”`,
        dueOn: next.on,
        route: withTab(route, ROUND_STAGE_TABS[round.status])
      })
    }
  }

  // 项目
  for (const source of input.projects) {
    for (const reminder of projectReminders(source, today)) add(reminder)
  }

  // Expiries
  for (const org of input.organizations) {
    if (org.archivedAt !== null || org.registrationStatus === '注销') continue
    const rating = ratingState(org.rating, today)
    if (rating.state !== 'expiring' && rating.state !== 'expired') continue
    add(
      {
        key: `等级评估:${org.id}`,
        kind: '等级评估',
        title: `${org.name}：${org.rating!.grade} 等级有效期${rating.state === 'expired' ? '已满' : '将满'}`,
        detail: `评定于 ${org.rating!.ratedOn}，有效期至 ${rating.validUntil}`,
        dueOn: rating.validUntil,
        route: `/organizations/${org.id}`
      },
      'expiry'
    )
  }
  for (const worker of input.socialWorkers) {
    if (worker.archivedAt !== null || registrationWarning(worker, today) === null) continue
    const until = worker.registrationValidUntil!
    add(
      {
        key: `社工登记:${worker.id}`,
        kind: '社工登记',
        title: `${worker.name}：社工登记${until < today ? '已过期' : '即将到期'}`,
        detail: `登记有效期至 ${until}，须办理再登记`,
        dueOn: until,
        route: `/social-workers?open=${worker.id}`
      },
      'expiry'
    )
  }
  for (const resource of input.resources) {
    if (resource.archivedAt !== null || resource.availableUntil === null) continue
    add(
      {
        key: `资源到期:${resource.id}`,
        kind: '资源到期',
        title: `${resource.name}（${resource.providerName}）：资源${isResourceExpired(resource, today) ? '已过期' : '即将到期'}`,
        detail: `可用至 ${resource.availableUntil}`,
        dueOn: resource.availableUntil,
        route: `/linkage?tab=resources&open=${resource.id}`
      },
      'expiry'
    )
  }

  return sortReminders(reminders)
}

/**
 * What one project has due: its signature, evaluations and end from {@link projectDueItems}, and
 * each open tranche by its planned date as there, told with what it waits for now (its gate, the
 * 经办 and 审核, or a 追回 decision). An evaluation a tranche is gated on says so.
 */
function projectReminders(source: ProjectReminderSource, today: IsoDate): Undated[] {
  const { project, gate } = source
  if (project.archivedAt !== null || !PROJECT_WORK.followUp.stages.includes(project.status)) {
    return []
  }
  const payments = source.payments
    .filter((payment) => payment.archivedAt === null)
    .sort((a, b) => a.no - b.no)
  const route = `/projects/${project.id}`
  const result: Undated[] = []

  // The tranches are told here, with their state, rather than as projectDueItems's bare 拨付.
  const due = projectDueItems(
    {
      project: source.project,
      agreement: source.agreement,
      payments: [],
      evaluations: source.evaluations
    },
    today
  )
  for (const item of due) {
    const listing = DUE_KINDS[item.kind]
    const evaluationGate = listing.evaluation ? gateOfEvaluationKind(listing.evaluation) : null
    const gated = payments.filter(
      (payment) => payment.gate === evaluationGate && !isSettled(payment.status)
    )
    result.push({
      key: `${item.kind}:${project.id}:${item.dueOn}`,
      kind: listing.kind,
      title: `${project.title}：${item.title}`,
      detail:
        gated.length > 0
          ? `第 ${gated.map((payment) => payment.no).join('、')} 期拨付以此评估合格为条件`
          : null,
      dueOn: item.dueOn,
      route: withTab(route, listing.tab)
    })
  }

  for (const payment of payments) {
    if (payment.dueOn === null || isSettled(payment.status)) continue
    result.push({
      key: `拨付:${payment.id}`,
      kind: '拨付',
      title: `${project.title}：第 ${payment.no} 期拨付 ${yuanText(payment.amountFen)}`,
      detail: trancheDetail(payment, gate),
      dueOn: payment.dueOn,
      route: withTab(route, 'payments')
    })
  }
  return result
}

/** What an open tranche waits for, from its status and its gate (payment.ts `gateState`). */
function trancheDetail(payment: Pick<Payment, 'status' | 'gate' | 'holdReason'>, facts: GateFacts) {
  const gate = gateState(payment.gate, facts)
  if (gate.failed) return `${gate.reason}，待作追回决定`
  switch (payment.status) {
    case '计划':
      return gate.met
        ? `可转为可拨付：${gate.reason}`
        : `${TRANCHE_GATE_LABELS[payment.gate]}方可拨付：${gate.reason}`
    case '可拨付':
      return '可拨付，待经办、审核'
    case '已审核':
      return '已审核，待拨付'
    default:
      return payment.holdReason ? `暂缓：${payment.holdReason}` : '暂缓'
  }
}

/** Most urgent first, then by date, then in {@link REMINDER_KINDS} order, then by title. */
export function sortReminders(reminders: readonly Reminder[]): Reminder[] {
  return [...reminders].sort(
    (a, b) =>
      REMINDER_URGENCIES.indexOf(a.urgency) - REMINDER_URGENCIES.indexOf(b.urgency) ||
      a.dueOn.localeCompare(b.dueOn) ||
      REMINDER_KINDS.indexOf(a.kind) - REMINDER_KINDS.indexOf(b.kind) ||
      compareZh(a.title, b.title)
  )
}

export interface ReminderGroup {
  urgency: ReminderUrgency
  reminders: Reminder[]
}

/** The four urgency groups in order, each in the list's order; a group may be empty. */
export function groupReminders(reminders: readonly Reminder[]): ReminderGroup[] {
  const sorted = sortReminders(reminders)
  return REMINDER_URGENCIES.map((urgency) => ({
    urgency,
    reminders: sorted.filter((reminder) => reminder.urgency === urgency)
  }))
}

/** What the navigation badge counts: 已逾期 and 今天到期. */
export function urgentReminderCount(reminders: readonly Reminder[]): number {
  return reminders.filter(
    (reminder) => reminder.urgency === '已逾期' || reminder.urgency === '今天到期'
  ).length
}
