/**
 * 到期事项 (issue #6 item 9): what a project owes next — a signature, a tranche, an evaluation,
 * the end of the contract — each with its date and how close it is, for the project page and for
 * the one list of everything due. Computed from the stored records whenever shown; nothing here
 * is stored, so a payment made or an evaluation finalised drops off the list at once.
 */
import { addDays, daysBetween, type IsoDate } from '../dates'
import { yuanText, type Fen } from '../money'
import { GATE_EVALUATION_KIND } from '../payments/payment'
import { isSettled } from '../payments/payment-plan'
import { contractMonths, SINGLE_YEAR_MONTHS } from '../procurement/contract-period'
import type { TrancheGate } from '../venture/round'
import type { Agreement } from './agreement'
import { PROJECT_WORK, type Project } from './project'

export const DUE_KINDS = ['签约', '拨付', '中期评估', '末期评估', '年度评估', '合同到期'] as const
export type DueKind = (typeof DUE_KINDS)[number]

/** In the order the list shows them. */
export const DUE_URGENCIES = ['已逾期', '7天内', '30天内', '以后'] as const
export type DueUrgency = (typeof DUE_URGENCIES)[number]

export interface DueItem {
  projectId: string
  kind: DueKind
  /** What is due, e.g. `第 2 期拨付 27,000.00 元`. */
  title: string
  dueOn: IsoDate
  /** Days from today; negative when overdue, 0 when due today. */
  daysLeft: number
  urgency: DueUrgency
}

/** A project is expected to sign within this many days of 立项. */
export const SIGNING_DAYS = 30
/** The end of a contract is listed from this many days before. */
export const CONTRACT_END_NOTICE_DAYS = 30

/** An evaluation the project should have by `dueOn`; `year` is the year a 年度 one covers. */
export interface ScheduledEvaluation {
  kind: '中期' | '末期' | '年度'
  dueOn: IsoDate
  year: number | null
}

/** The same day one month earlier, or that month's last day when it has no such day. */
function monthBefore(date: IsoDate): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const lastDay = new Date(Date.UTC(year, month - 1, 0)).getUTCDate()
  return new Date(Date.UTC(year, month - 2, Math.min(day, lastDay))).toISOString().slice(0, 10)
}

/**
 * The evaluations a service period calls for: 中期 at its midpoint, 末期 one month before its
 * end (MZ/T 059-2014 stages; 深圳 2021: the final evaluation one month before the contract ends —
 * domain-cn.md §4.2), never before the 中期; and for a contract longer than one year a 年度
 * evaluation at the end of each calendar year that closes before the 末期.
 */
export function evaluationSchedule(startOn: IsoDate, endOn: IsoDate): ScheduledEvaluation[] {
  const midterm = addDays(startOn, Math.floor(daysBetween(startOn, endOn) / 2))
  const finalOn = [monthBefore(endOn), midterm].sort().at(-1)!
  const schedule: ScheduledEvaluation[] = [{ kind: '中期', dueOn: midterm, year: null }]
  if (contractMonths(startOn, endOn) > SINGLE_YEAR_MONTHS) {
    for (let year = Number(startOn.slice(0, 4)); `${year}-12-31` < finalOn; year += 1) {
      schedule.push({ kind: '年度', dueOn: `${year}-12-31`, year })
    }
  }
  schedule.push({ kind: '末期', dueOn: finalOn, year: null })
  return schedule.sort((a, b) => a.dueOn.localeCompare(b.dueOn))
}

/** Days after signing by which the first tranche is expected to go out. */
export const FIRST_TRANCHE_DAYS = 15
/** Days after the deciding evaluation is due by which its tranche is expected to go out. */
export const GATED_TRANCHE_DAYS = 30

/**
 * When a tranche is planned to go out, so it shows among what is due: the first within
 * {@link FIRST_TRANCHE_DAYS} days of signing (contracts commonly say "签订后十五日内"), a tranche
 * gated on an evaluation {@link GATED_TRANCHE_DAYS} days after that evaluation is due under
 * {@link evaluationSchedule}. Only a plan: the tranche still waits for its gate.
 */
export function plannedTrancheDueOn(
  gate: TrancheGate,
  agreement: { signedOn: IsoDate; startOn: IsoDate; endOn: IsoDate }
): IsoDate {
  if (gate === 'signing') return addDays(agreement.signedOn, FIRST_TRANCHE_DAYS)
  const evaluation = evaluationSchedule(agreement.startOn, agreement.endOn).find(
    (scheduled) => scheduled.kind === GATE_EVALUATION_KIND[gate]
  )!
  return addDays(evaluation.dueOn, GATED_TRANCHE_DAYS)
}

export interface ProjectDueInput {
  project: Pick<Project, 'id' | 'status' | 'approvedOn' | 'startOn' | 'endOn'>
  /** The agreement as in force (effectiveAgreement), or null before one is drafted. */
  agreement: Pick<Agreement, 'number' | 'startOn' | 'endOn'> | null
  payments: readonly { no: number; status: string; dueOn: IsoDate | null; amountFen: Fen }[]
  /** The project's evaluations in force; `year` for 年度 ones. */
  evaluations: readonly { kind: string; status: string; year?: number | null }[]
  /** The office's own schedule, replacing {@link evaluationSchedule}'s. */
  dueEvaluations?: readonly ScheduledEvaluation[]
}

const urgencyOf = (daysLeft: number): DueUrgency =>
  daysLeft < 0 ? '已逾期' : daysLeft <= 7 ? '7天内' : daysLeft <= 30 ? '30天内' : '以后'

/**
 * What `project` has due on `today`, done items left out. A 待签约 project owes its signature
 * once it is more than {@link SIGNING_DAYS} days past 立项, and its dated tranches; evaluations
 * and the contract's end count from signing (执行中). A closed or terminated project owes
 * nothing here.
 */
export function projectDueItems(input: ProjectDueInput, today: IsoDate): DueItem[] {
  const { project } = input
  if (!PROJECT_WORK.followUp.stages.includes(project.status)) return []
  const items: DueItem[] = []
  const add = (kind: DueKind, title: string, dueOn: IsoDate) => {
    const daysLeft = daysBetween(today, dueOn)
    items.push({
      projectId: project.id,
      kind,
      title,
      dueOn,
      daysLeft,
      urgency: urgencyOf(daysLeft)
    })
  }

  if (project.status === '待签约') {
    const waited = daysBetween(project.approvedOn, today)
    if (waited > SIGNING_DAYS) {
      add(
        '签约',
        `签约（立项已 ${waited} 天，协议尚未签订）`,
        addDays(project.approvedOn, SIGNING_DAYS)
      )
    }
  }

  for (const payment of input.payments) {
    if (payment.dueOn === null || isSettled(payment.status)) continue
    add('拨付', `第 ${payment.no} 期拨付 ${yuanText(payment.amountFen)}`, payment.dueOn)
  }

  const startOn = input.agreement?.startOn ?? project.startOn
  const endOn = input.agreement?.endOn ?? project.endOn
  if (project.status !== '执行中' || startOn === null || endOn === null) return items

  const finalized = input.evaluations.filter((evaluation) => evaluation.status === '定稿')
  const done = (due: ScheduledEvaluation) =>
    finalized.some(
      (evaluation) =>
        evaluation.kind === due.kind && (due.kind !== '年度' || evaluation.year === due.year)
    )
  for (const due of input.dueEvaluations ?? evaluationSchedule(startOn, endOn)) {
    if (done(due)) continue
    const title = due.kind === '年度' ? `${due.year} 年度评估` : `${due.kind}评估`
    add(`${due.kind}评估`, title, due.dueOn)
  }

  if (daysBetween(today, endOn) <= CONTRACT_END_NOTICE_DAYS) {
    add('合同到期', input.agreement ? `合同 ${input.agreement.number} 到期` : '服务期满', endOn)
  }
  return items
}

/** Most urgent first, then by date, then by kind in {@link DUE_KINDS} order. */
export function dueList(items: readonly DueItem[]): DueItem[] {
  return [...items].sort(
    (a, b) =>
      DUE_URGENCIES.indexOf(a.urgency) - DUE_URGENCIES.indexOf(b.urgency) ||
      a.dueOn.localeCompare(b.dueOn) ||
      DUE_KINDS.indexOf(a.kind) - DUE_KINDS.indexOf(b.kind)
  )
}
