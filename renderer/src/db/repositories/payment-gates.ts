/**
 * The gates of a project's tranches (DESIGN.md §4): what the stored agreement and evaluations
 * say about them, and the tranches brought in line when those facts change — the agreement
 * signed (agreements repository), an evaluation finalised or corrected (project evaluations
 * repository). Both run inside the caller's `rw` transaction, so a tranche is held in the same
 * commit as the 不合格 evaluation that holds it.
 *
 * Which evaluation decides is the domain's rule (`deciding`): per kind, the latest current 定稿
 * one made by the purchaser or a third party — a 自评 never decides, a superseded version never
 * does. While none is 定稿, the project's current drafts are passed on, so the gate says
 * “尚未定稿” rather than “尚未进行”.
 */
import {
  deciding,
  type ProjectEvaluation,
  type ProjectEvaluationKind
} from '@shared/domain/evaluations/project-evaluation'
import {
  paymentAfterGate,
  type GateEvaluation,
  type GateFacts,
  type GateReview
} from '@shared/domain/payments/payment'
import { changedFields } from '@shared/domain/audit'
import type { ShelianDatabase } from '../schema'
import { appendAudit } from './audit-log'

/** The evaluation kinds tranches are gated on (venture/round.ts TRANCHE_GATES). */
const GATED_KINDS: readonly ProjectEvaluationKind[] = ['中期', '末期']

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

/** The gate facts of stored rows: the signed agreement, and per gated kind its deciding evaluation. */
function gateFactsOf(
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

/** What the gates of `projectId`'s tranches look at now. Reads `agreements` and `projectEvaluations`. */
export async function readGateFacts(db: ShelianDatabase, projectId: string): Promise<GateFacts> {
  const agreements = await db.agreements.where('projectId').equals(projectId).toArray()
  const evaluations = await db.projectEvaluations.where('projectId').equals(projectId).toArray()
  return gateFactsOf(agreements, evaluations)
}

/**
 * Inside the caller's rw transaction (tables: payments, projectEvaluations, agreements,
 * auditLog): reads the project's gate facts and applies `paymentAfterGate` to each live payment,
 * writing and auditing those that change (a failed gate holds every unpaid tranche behind it,
 * with the 暂缓 step recorded under `stamp`). Returns every live tranche's review, in tranche
 * order, so the caller can tell the user what is now held or releasable. `newId` gives the
 * audit entries their ids (the caller's repository passes its own).
 */
export async function refreshPaymentGates(
  db: ShelianDatabase,
  projectId: string,
  stamp: { at: string; operator: string },
  newId: () => string = () => crypto.randomUUID()
): Promise<GateReview[]> {
  const facts = await readGateFacts(db, projectId)
  const payments = (await db.payments.where('projectId').equals(projectId).toArray())
    .filter((payment) => payment.archivedAt === null)
    .sort((a, b) => a.no - b.no)
  const reviews: GateReview[] = []
  for (const payment of payments) {
    const review = paymentAfterGate(payment, facts, stamp)
    reviews.push(review)
    if (!review.changed) continue
    const after = { ...review.payment, updatedAt: stamp.at }
    await db.payments.put(after)
    await appendAudit(
      db,
      {
        at: stamp.at,
        table: 'payments',
        recordId: payment.id,
        action: 'transition',
        changes: changedFields(
          payment as unknown as Record<string, unknown>,
          after as unknown as Record<string, unknown>,
          ['updatedAt', 'approvals']
        ),
        summary: `暂缓（${payment.status} → ${after.status}）：${after.holdReason ?? ''}`
      },
      newId,
      stamp.operator
    )
  }
  return reviews
}
