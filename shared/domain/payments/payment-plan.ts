/**
 * 拨付计划: how a grant or contract amount is paid in tranches (DESIGN.md §3 `payments`, issue #6
 * item 6). Each tranche is a whole percentage released on a gate — the signed agreement or a
 * passing 中期 / 末期 evaluation (domain-cn.md §5: "split payment gated by the mid-term
 * evaluation", 中山, 宁波海曙) — with an optional due date and a free-text extra condition.
 *
 * Amounts are integer 分 and the last tranche absorbs the rounding, so the tranches always add up
 * to the contract amount exactly (domain-cn.md §9.1: totals equal the sum of their lines).
 */
import { z } from 'zod'
import type { CheckResult, FieldIssue } from '../check'
import type { IsoDate } from '../dates'
import { isoDateField, optionalTextField } from '../fields'
import { isFen, splitFen, sumFen, yuanText, type Fen } from '../money'
import { planTranches, type PlannedTranche } from '../venture/results'
import { TRANCHE_GATE_LABELS, TRANCHE_GATES, trancheSchema } from '../venture/round'
import type { Payment, PaymentStatus } from './payment'

/** A tranche of the plan (venture/round.ts `trancheSchema`) with its date and condition. */
export const trancheSpecSchema = trancheSchema.extend({
  dueOn: isoDateField('计划拨付日期').nullable(),
  /** An extra condition in the agreement's words, e.g. “提交中期财务报告后”. */
  condition: optionalTextField('附加条件', 200)
})

export type TrancheSpecInput = z.input<typeof trancheSpecSchema>

/** One tranche of a plan, as checked. */
export type TrancheSpec = z.output<typeof trancheSpecSchema>

/** A tranche of the plan with its amount. */
export interface PlannedPayment extends TrancheSpec {
  /** 1-based. */
  no: number
  amountFen: Fen
}

const percentTotal = (specs: readonly Pick<TrancheSpec, 'percent'>[]) =>
  specs.reduce((sum, spec) => sum + spec.percent, 0)

/**
 * What makes a plan payable as written: at least one tranche, percentages adding up to exactly
 * 100, gates in the order the evaluations happen (签约 → 中期 → 末期: a tranche cannot wait for
 * an evaluation that comes before the one its predecessor waits for) and due dates in order.
 * Paths are `tranches.<index>.<field>`.
 */
export function planIssues(specs: readonly TrancheSpec[]): FieldIssue[] {
  if (specs.length === 0) {
    return [{ field: 'tranches', level: 'error', message: '至少要有一期拨付' }]
  }
  const issues: FieldIssue[] = []
  const error = (field: string, message: string) => issues.push({ field, level: 'error', message })

  const total = percentTotal(specs)
  if (total !== 100) error('tranches', `各期拨付比例合计须为 100%，现为 ${total}%`)

  let dated: { no: number; dueOn: IsoDate } | null = null
  specs.forEach((spec, index) => {
    const no = index + 1
    const previous = specs[index - 1]
    if (previous && TRANCHE_GATES.indexOf(spec.gate) < TRANCHE_GATES.indexOf(previous.gate)) {
      error(
        `tranches.${index}.gate`,
        `第 ${no} 期“${TRANCHE_GATE_LABELS[spec.gate]}”不能排在第 ${no - 1} 期“${TRANCHE_GATE_LABELS[previous.gate]}”之后，` +
          '拨付条件须按 签约 → 中期评估 → 末期评估 的顺序排列'
      )
    }
    if (spec.dueOn === null) return
    if (dated && spec.dueOn < dated.dueOn) {
      error(
        `tranches.${index}.dueOn`,
        `第 ${no} 期计划拨付日期 ${spec.dueOn} 早于第 ${dated.no} 期的 ${dated.dueOn}`
      )
    }
    dated = { no, dueOn: spec.dueOn }
  })
  return issues
}

/**
 * The amount of each tranche of `amountFen`: every tranche but the last is its share rounded
 * down to the 分, the last takes what is left (venture/results.ts `planTranches`, the same split
 * a 公益创投 project is created with). Throws when the percentages do not add up to 100, since
 * no split of such a plan can be right; {@link planIssues} words that for the user first.
 */
export function planPayments(amountFen: Fen, specs: readonly TrancheSpec[]): PlannedPayment[] {
  if (!isFen(amountFen) || amountFen < 0) {
    throw new RangeError(`合同金额须为不小于 0 的整数（分）：${amountFen}`)
  }
  const total = percentTotal(specs)
  if (total !== 100) throw new RangeError(`各期拨付比例合计须为 100%，现为 ${total}%`)
  return planTranches(amountFen, specs).map((tranche, index) => ({
    ...specs[index]!,
    no: tranche.no,
    amountFen: tranche.amountFen
  }))
}

const SETTLED: readonly string[] = ['已拨付', '追回'] satisfies PaymentStatus[]

/**
 * Whether nothing more happens to a tranche in `status` (DESIGN.md §3 `payments`): the money
 * has gone out (已拨付), or a 追回 decision closed it. Its amount is history: an amendment leaves
 * it alone, it is not owed or due, and it does not keep a project from closing.
 */
export function isSettled(status: string): boolean {
  return SETTLED.includes(status)
}

/**
 * The plan after an approved 变更 sets the contract amount to `newAmountFen`: settled tranches
 * keep their amounts; the open ones share what remains in proportion to their percentages, the
 * last open one absorbing the rounding, so the plan again adds up to the contract. Refused when
 * the settled tranches already exceed the new amount, when an increase has no open tranche to
 * go to, and when the amount of an 已审核 tranche would change under its reviewer (hold it and
 * review it again: the 审核 approved the old amount). Payments come back in the order given.
 */
export function replanAfterAmendment<
  T extends Pick<Payment, 'no' | 'percent' | 'amountFen' | 'status'>
>(payments: readonly T[], newAmountFen: Fen): CheckResult<T[]> {
  if (!isFen(newAmountFen) || newAmountFen < 0) {
    return refusal('变更后的合同金额须为不小于 0 的整数（以分计）')
  }
  const ordered = [...payments].sort((a, b) => a.no - b.no)
  const settled = ordered.filter((payment) => isSettled(payment.status))
  const open = ordered.filter((payment) => !isSettled(payment.status))
  const settledFen = sumFen(settled.map((payment) => payment.amountFen))
  const remaining = newAmountFen - settledFen
  if (remaining < 0) {
    return refusal(
      `${periods(settled)}已拨付或已结案，合计 ${yuanText(settledFen)}，超过变更后的合同金额 ` +
        `${yuanText(newAmountFen)}，超出 ${yuanText(-remaining)}`
    )
  }
  if (open.length === 0) {
    return remaining === 0
      ? { ok: true, value: [...payments], warnings: [] }
      : refusal(
          `各期均已拨付或已结案，变更后多出的 ${yuanText(remaining)} 没有尚未拨付的一期可以承接`
        )
  }

  // By weight, not by percent of 100: the open tranches' percentages add up to less than 100.
  const split = splitFen(
    remaining,
    open.map((payment) => payment.percent)
  )
  const amounts = new Map<T, Fen>(open.map((payment, index) => [payment, split[index]!]))
  const reviewed = open.filter(
    (payment) => payment.status === '已审核' && amounts.get(payment) !== payment.amountFen
  )
  if (reviewed.length > 0) {
    return {
      ok: false,
      issues: reviewed.map((payment) => ({
        field: 'amountFen',
        level: 'error',
        message:
          `第 ${payment.no} 期已审核，金额将由 ${yuanText(payment.amountFen)} 变为 ` +
          `${yuanText(amounts.get(payment)!)}：请先暂缓该期，变更后重新经办、审核`
      }))
    }
  }
  return {
    ok: true,
    value: payments.map((payment) =>
      amounts.has(payment) ? { ...payment, amountFen: amounts.get(payment)! } : payment
    ),
    warnings: []
  }
}

/** What an approved 变更 of the contract amount does to a project's tranches. */
export interface AmendmentReplan<T> {
  /** The payment rows whose amount changes, each as stored and as re-planned, in the order given. */
  changed: { stored: T; replanned: T }[]
  /** The project's plan (`Project.tranches`) at the new amount. */
  tranches: PlannedTranche[]
}

/**
 * A project's tranches after an approved 变更 sets its contract amount to `amountFen`: its live
 * payment rows re-planned ({@link replanAfterAmendment}, with its refusals), and its `plan`
 * carrying their new amounts. Before signing there are no payment rows, and the plan is split
 * again from its percentages — as it is when the rows do not add up to the plan's tranches.
 */
export function replanTranches<T extends Pick<Payment, 'no' | 'percent' | 'amountFen' | 'status'>>(
  plan: readonly PlannedTranche[],
  payments: readonly T[],
  amountFen: Fen
): CheckResult<AmendmentReplan<T>> {
  const resplit = () => planTranches(amountFen, plan)
  if (payments.length === 0) {
    return { ok: true, value: { changed: [], tranches: resplit() }, warnings: [] }
  }
  const result = replanAfterAmendment(payments, amountFen)
  if (!result.ok) return result
  // replanAfterAmendment returns the payments in the order it was given them.
  const changed = payments.flatMap((stored, index) => {
    const replanned = result.value[index]!
    return replanned.amountFen === stored.amountFen ? [] : [{ stored, replanned }]
  })
  const byNo = new Map(result.value.map((payment) => [payment.no, payment.amountFen]))
  const tranches = plan.map((tranche) => ({
    ...tranche,
    amountFen: byNo.get(tranche.no) ?? tranche.amountFen
  }))
  const planned = sumFen(tranches.map((tranche) => tranche.amountFen))
  return {
    ok: true,
    value: { changed, tranches: planned === amountFen ? tranches : resplit() },
    warnings: []
  }
}

function periods(payments: readonly { no: number }[]): string {
  return `第 ${payments.map((payment) => payment.no).join('、')} 期`
}

function refusal(message: string): { ok: false; issues: FieldIssue[] } {
  return { ok: false, issues: [{ field: 'amountFen', level: 'error', message }] }
}
