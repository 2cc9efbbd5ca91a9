/**
 * Which tranche an evaluation decides and what its 定稿 would do to it, in words for the score
 * sheet and the 定稿 question. The verdicts are the domain's (payments/payment-gates.ts): which
 * tranches the evaluation's kind gates, whether it is (or once 定稿 would be) the one the gate
 * goes by, and what each tranche becomes under it.
 */
import type { EvaluationBands } from '@shared/domain/evaluations/grade-bands'
import type { ProjectEvaluation } from '@shared/domain/evaluations/project-evaluation'
import { yuanText } from '@shared/domain/money'
import type { Payment } from '@shared/domain/payments/payment'
import {
  decidesGate,
  finalizingOutcome,
  tranchesGatedBy,
  wouldDecideGate,
  type TrancheOutcome
} from '@shared/domain/payments/payment-gates'
import type { PlannedTranche } from '@shared/domain/venture/results'
import { TRANCHE_GATE_LABELS } from '@shared/domain/venture/round'
import { EVALUATION_STRINGS as S } from './strings'

export interface GateEffect {
  /** What the evaluation has to do with the payments. */
  summary: string
  /** What 定稿 at the current total would do; null when it does nothing. */
  outcome: string | null
  /** The outcome holds a tranche back or asks for a 追回 decision. */
  holdsBack: boolean
}

export interface GateInput {
  evaluation: ProjectEvaluation
  /** The project's evaluations, this one among them. */
  evaluations: readonly ProjectEvaluation[]
  /** The project's payment rows; none before signing. */
  payments: readonly Payment[]
  /** The project's payment plan, named while there are no payment rows. */
  plan: readonly PlannedTranche[]
}

const OUTCOME_LINES: Record<TrancheOutcome, (payment: Payment) => string> = {
  held: (payment) => S.gateHeld(payment.no),
  releasable: (payment) => S.gateReleasable(payment.no),
  recovery: (payment) => S.gateRecovery(payment.no),
  unchanged: (payment) => S.gateUnchanged(payment.no, payment.status)
}

/** The tranches gated on the evaluation's kind, in words; null when none is. */
function gatedTranches({ evaluation, payments, plan }: GateInput): {
  text: string | null
  payments: Payment[]
  summaryWhenNone: string
} {
  const gated = tranchesGatedBy(evaluation.kind, payments, plan)
  if (gated === null)
    return { text: null, payments: [], summaryWhenNone: S.gateNone(evaluation.kind) }
  const label = TRANCHE_GATE_LABELS[gated.gate]
  const text = gated.named
    .map((tranche) =>
      S.gateTranche(tranche.no, tranche.percent, yuanText(tranche.amountFen), label)
    )
    .join('、')
  return {
    text: gated.named.length > 0 ? text : null,
    payments: gated.payments,
    summaryWhenNone: S.gateNoTranche(label)
  }
}

/**
 * For a draft: the tranche it decides once 定稿 (or that it decides none), and, from `total`
 * under the office's bands, what each such tranche would become.
 */
export function draftGateEffect(
  input: GateInput,
  total: number | null,
  bands: EvaluationBands
): GateEffect {
  const { evaluation, evaluations } = input
  const tranches = gatedTranches(input)
  if (tranches.text === null)
    return { summary: tranches.summaryWhenNone, outcome: null, holdsBack: false }
  if (!wouldDecideGate(evaluation, evaluations, new Date().toISOString())) {
    return { summary: S.gateNotDeciding(tranches.text), outcome: null, holdsBack: false }
  }
  const summary = S.gateDecides(tranches.text)
  if (total === null) return { summary, outcome: S.gateWhenScored, holdsBack: false }

  const outcome = finalizingOutcome(evaluation.kind, total, bands, tranches.payments)
  // No payment rows on the gate: the project is not signed yet.
  const lines =
    outcome.tranches.length === 0
      ? [S.gateBeforeSigning(outcome.passed)]
      : outcome.tranches.map(({ payment, outcome: what }) => OUTCOME_LINES[what](payment))
  return {
    summary,
    outcome: `${S.gateAtScore(total, outcome.grade)}${lines.join('；')}。`,
    holdsBack: !outcome.passed
  }
}

/** For a 定稿 evaluation: the tranche it is the basis of, or null when it decides none. */
export function finalGateNote(input: GateInput): string | null {
  const tranches = gatedTranches(input)
  if (tranches.text === null) return null
  return decidesGate(input.evaluation, input.evaluations) ? S.gateDeciding(tranches.text) : null
}
