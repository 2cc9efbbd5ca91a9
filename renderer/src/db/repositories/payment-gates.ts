/**
 * The gates of a project's tranches as stored (DESIGN.md §4): the facts they look at, read from
 * the agreements and evaluations (the rule is shared/domain/payments/payment-gates.ts
 * `gateFactsOf`), and the tranches brought in line when those facts change — the agreement
 * signed (agreements repository), an evaluation finalised or corrected (project evaluations
 * repository). Both run inside the caller's `rw` transaction, so a tranche is held in the same
 * commit as the 不合格 evaluation that holds it.
 */
import { paymentAfterGate, type GateFacts, type GateReview } from '@shared/domain/payments/payment'
import { gateFactsOf } from '@shared/domain/payments/payment-gates'
import { changedFields } from '@shared/domain/audit'
import type { ShelianDatabase } from '../schema'
import { appendAudit } from './audit-log'

/** What the gates of `projectId`'s tranches look at now. Reads `agreements` and `projectEvaluations`. */
export async function readGateFacts(db: ShelianDatabase, projectId: string): Promise<GateFacts> {
  const [agreements, evaluations] = await Promise.all([
    db.agreements.where('projectId').equals(projectId).toArray(),
    db.projectEvaluations.where('projectId').equals(projectId).toArray()
  ])
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
