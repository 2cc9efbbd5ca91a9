/**
 * The gates of a project's tranches seen from its stored rows (DESIGN.md §4): the facts a gate
 * looks at, built from the agreements and evaluations (`gateFactsOf`: the repositories and the
 * sample data read the same), and what the score sheet shows before 定稿 — the tranches an
 * evaluation decides, and what its 定稿 at a given total would do to them. The verdicts are
 * payment.ts's (`gateState`, `paymentAfterGate`) and project-evaluation.ts's (`deciding`);
 * nothing here writes.
 *
 * Which evaluation decides is the domain's rule (`deciding`): per kind, the latest current 定稿
 * one made by the purchaser or a third party — a 自评 never decides, a superseded version never
 * does. While none is 定稿, the project's current drafts are passed on, so the gate says
 * “尚未定稿” rather than “尚未进行”.
 */
import {
  evaluationGrade,
  isPassingGrade,
  type EvaluationBands,
  type EvaluationGrade
} from '../evaluations/grade-bands'
import { deciding, type ProjectEvaluation } from '../evaluations/project-evaluation'
import type { PlannedTranche } from '../venture/results'
import type { TrancheGate } from '../venture/round'
import {
  GATE_EVALUATION_KIND,
  gateOfEvaluationKind,
  paymentAfterGate,
  type GateEvaluation,
  type GateFacts,
  type Payment
} from './payment'

/** The evaluation kinds tranches are gated on. */
const GATED_KINDS = Object.values(GATE_EVALUATION_KIND)

/** The gate's view of a stored evaluation (project-evaluation.ts names the link `supersededById`). */
function gateEvaluation(evaluation: ProjectEvaluation): GateEvaluation {
  return {
    kind: evaluation.kind,
    status: evaluation.status,
    passed: evaluation.passed,
    grade: evaluation.grade,
    total: evaluation.total,
    supersededBy: evaluation.supersededById
  }
}

/**
 * The gate facts of a project's stored rows, archived ones among them: whether a live agreement
 * is signed, and per gated kind its deciding evaluation — or, while none is 定稿, its current
 * drafts by the purchaser or a third party.
 */
export function gateFactsOf(
  agreements: readonly { status: string; archivedAt: string | null }[],
  evaluations: readonly ProjectEvaluation[]
): GateFacts {
  const live = evaluations.filter((evaluation) => evaluation.archivedAt === null)
  const gated = GATED_KINDS.flatMap((kind) => {
    const decided = deciding(live, kind)
    if (decided) return [gateEvaluation(decided)]
    return live
      .filter(
        (evaluation) =>
          evaluation.kind === kind &&
          evaluation.mode !== '自评' &&
          evaluation.status === '草稿' &&
          evaluation.supersededById === null
      )
      .map(gateEvaluation)
  })
  return {
    agreementSigned: agreements.some(
      (agreement) => agreement.archivedAt === null && agreement.status === '已签订'
    ),
    evaluations: gated
  }
}

// What an evaluation does to the payments, before and after its 定稿.

/** The tranches an evaluation's kind decides. */
export interface GatedTranches {
  gate: Exclude<TrancheGate, 'signing'>
  /**
   * The tranches on the gate, to name them: the live payment rows, or before signing (when there
   * are none yet) the project's plan.
   */
  named: readonly Pick<PlannedTranche, 'no' | 'percent' | 'amountFen'>[]
  /** The live payment rows on the gate; none before signing. */
  payments: Payment[]
}

/** The tranches an evaluation of `kind` decides; null when the kind gates none (年度). */
export function tranchesGatedBy(
  kind: string,
  payments: readonly Payment[],
  plan: readonly PlannedTranche[]
): GatedTranches | null {
  const gate = gateOfEvaluationKind(kind)
  if (gate === null) return null
  const live = payments.filter((payment) => payment.archivedAt === null)
  const onGate = <T extends { gate: TrancheGate }>(rows: readonly T[]) =>
    rows.filter((row) => row.gate === gate)
  return { gate, named: onGate(live.length > 0 ? live : plan), payments: onGate(live) }
}

/** Whether `evaluation` is the one its kind's gate goes by now. */
export function decidesGate(
  evaluation: ProjectEvaluation,
  evaluations: readonly ProjectEvaluation[]
): boolean {
  return deciding(evaluations, evaluation.kind, evaluation.year)?.id === evaluation.id
}

/**
 * Whether the draft `evaluation` would decide its kind's gate once 定稿 at `at`: judged on the
 * project's `evaluations` as they would then stand, the version it corrects replaced by it.
 */
export function wouldDecideGate(
  evaluation: ProjectEvaluation,
  evaluations: readonly ProjectEvaluation[],
  at: string
): boolean {
  const finalized: ProjectEvaluation = { ...evaluation, status: '定稿', finalizedAt: at }
  const after = evaluations
    .filter((other) => other.id !== evaluation.id)
    .map((other) =>
      other.id === evaluation.supersedesId ? { ...other, supersededById: evaluation.id } : other
    )
  return decidesGate(finalized, [...after, finalized])
}

/** What 定稿 does to one gated tranche (payment.ts `GateReview`, as one word). */
export type TrancheOutcome = 'held' | 'releasable' | 'recovery' | 'unchanged'

export interface FinalizingOutcome {
  grade: EvaluationGrade
  passed: boolean
  /** Each of `payments` with what 定稿 would do to it, in the order given. */
  tranches: { payment: Payment; outcome: TrancheOutcome }[]
}

/**
 * What the 定稿 of the deciding evaluation of `kind` at `total` would do, under the office's
 * `bands`, to the tranches on its gate (`payments`, as `tranchesGatedBy` gives them): held,
 * releasable, waiting for a 追回 decision, or left as they are.
 */
export function finalizingOutcome(
  kind: GateEvaluation['kind'],
  total: number,
  bands: EvaluationBands,
  payments: readonly Payment[]
): FinalizingOutcome {
  const grade = evaluationGrade(total, bands)
  const passed = isPassingGrade(grade)
  // Only the deciding evaluation counts for the gate, so it alone is the gate's fact.
  const facts: GateFacts = {
    agreementSigned: true,
    evaluations: [{ kind, status: '定稿', passed, grade, total, supersededBy: null }]
  }
  const tranches = payments.map((payment) => {
    const review = paymentAfterGate(payment, facts, { at: '', operator: '' })
    const outcome: TrancheOutcome = review.changed
      ? 'held'
      : review.releasable
        ? 'releasable'
        : review.needsRecoveryDecision
          ? 'recovery'
          : 'unchanged'
    return { payment, outcome }
  })
  return { grade, passed, tranches }
}
