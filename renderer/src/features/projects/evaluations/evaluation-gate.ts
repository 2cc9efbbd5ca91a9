/**
 * Which tranche an evaluation decides and what its 定稿 would do to it, in words for the score
 * sheet and the 定稿 question. The verdicts are the domain's: `deciding` says whether this
 * evaluation is the one the gate goes by, `paymentAfterGate` what a tranche becomes under it.
 */
import {
  evaluationGrade,
  isPassingGrade,
  type EvaluationBands
} from '@shared/domain/evaluations/grade-bands'
import { deciding, type ProjectEvaluation } from '@shared/domain/evaluations/project-evaluation'
import { yuanText } from '@shared/domain/money'
import {
  gateOfEvaluationKind,
  paymentAfterGate,
  type GateFacts,
  type Payment
} from '@shared/domain/payments/payment'
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

/** The tranches gated on the evaluation's kind, in words; null when none is. */
function gatedTranches({ evaluation, payments, plan }: GateInput): {
  text: string | null
  payments: Payment[]
  summaryWhenNone: string
} {
  const gate = gateOfEvaluationKind(evaluation.kind)
  if (gate === null)
    return { text: null, payments: [], summaryWhenNone: S.gateNone(evaluation.kind) }
  const live = payments.filter((payment) => payment.archivedAt === null)
  const gated = (live.length > 0 ? live : plan).filter((tranche) => tranche.gate === gate)
  const text = gated
    .map((tranche) =>
      S.gateTranche(
        tranche.no,
        tranche.percent,
        yuanText(tranche.amountFen),
        TRANCHE_GATE_LABELS[gate]
      )
    )
    .join('、')
  return {
    text: gated.length > 0 ? text : null,
    payments: live.filter((payment) => payment.gate === gate),
    summaryWhenNone: S.gateNoTranche(TRANCHE_GATE_LABELS[gate])
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

  // The evaluations as they would stand after this 定稿, the version it corrects replaced.
  const finalized: ProjectEvaluation = {
    ...evaluation,
    status: '定稿',
    finalizedAt: new Date().toISOString()
  }
  const after = evaluations
    .filter((other) => other.id !== evaluation.id)
    .map((other) =>
      other.id === evaluation.supersedesId ? { ...other, supersededById: evaluation.id } : other
    )
  const decider = deciding([...after, finalized], evaluation.kind, evaluation.year)
  if (decider?.id !== evaluation.id) {
    return { summary: S.gateNotDeciding(tranches.text), outcome: null, holdsBack: false }
  }
  const summary = S.gateDecides(tranches.text)
  if (total === null) return { summary, outcome: S.gateWhenScored, holdsBack: false }

  const grade = evaluationGrade(total, bands)
  const passed = isPassingGrade(grade)
  // Only this evaluation decides the gate, so it alone is the gate's fact.
  const facts: GateFacts = {
    agreementSigned: true,
    evaluations: [
      { kind: evaluation.kind, status: '定稿', passed, grade, total, supersededBy: null }
    ]
  }
  const lines =
    tranches.payments.length === 0
      ? [S.gateBeforeSigning(passed)]
      : tranches.payments.map((payment) => {
          const review = paymentAfterGate(payment, facts, { at: '', operator: '' })
          if (review.changed) return S.gateHeld(payment.no)
          if (review.releasable) return S.gateReleasable(payment.no)
          if (review.needsRecoveryDecision) return S.gateRecovery(payment.no)
          return S.gateUnchanged(payment.no, payment.status)
        })
  return {
    summary,
    outcome: `${S.gateAtScore(total, grade)}${lines.join('；')}。`,
    holdsBack: !passed
  }
}

/** For a 定稿 evaluation: the tranche it is the basis of, or null when it decides none. */
export function finalGateNote(input: GateInput): string | null {
  const tranches = gatedTranches(input)
  if (tranches.text === null) return null
  const decider = deciding(input.evaluations, input.evaluation.kind, input.evaluation.year)
  return decider?.id === input.evaluation.id ? S.gateDeciding(tranches.text) : null
}
