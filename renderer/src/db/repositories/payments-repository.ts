/**
 * 拨付: a project's tranches and their steps (DESIGN.md §3 `payments`, §4). Tranches are created
 * when the agreement is signed (agreements repository) and held by a failed gate when an
 * evaluation is finalised (payment-gates.ts); here the office takes each step — 转为可拨付, 经办,
 * 审核, 拨付, 暂缓, 恢复, 作追回决定 — through the shared workflow (`applyPaymentStep`), which
 * checks the gate against the stored agreement and evaluations, pays nothing on a terminated
 * project, and keeps 经办 and 审核 in different hands (the operator named in 设置 when the step
 * is taken).
 */
import type { AuditEntry } from '@shared/domain/audit'
import { RecordValidationError } from '@shared/domain/check'
import {
  applyPaymentStep,
  PAYMENT_WORKFLOW,
  paymentContext,
  type GateFacts,
  type Payment,
  type PaymentAction,
  type PaymentStepInput
} from '@shared/domain/payments/payment'
import { actionsFrom, type OfferedAction } from '@shared/domain/workflow'
import type { ShelianDatabase } from '../schema'
import { currentOperator } from './audit-log'
import { readGateFacts } from './payment-gates'
import type { RepositoryDeps } from './record-repository'
import { createRecordStore, refuse, type WriteResult, writeTransaction } from './record-store'

export interface PaymentsRepository {
  /** The project's tranches in order, archived ones included. */
  listForProject(projectId: string): Promise<Payment[]>
  /** What the project's gates look at now (signed agreement, deciding evaluations). */
  gateFacts(projectId: string): Promise<GateFacts>
  /** One step on a tranche with the input its dialog collected. */
  step<A extends PaymentAction>(
    id: string,
    action: A,
    input: PaymentStepInput<A>
  ): Promise<WriteResult<Payment>>
  /**
   * The steps offered now on each live tranche of the project, by the tranche's id, for the
   * operator in 设置, each with its refusal. Empty when the project does not exist.
   */
  actionsForProject(projectId: string): Promise<Map<string, OfferedAction<PaymentAction>[]>>
  get(id: string): Promise<Payment | undefined>
  history(id: string): Promise<AuditEntry[]>
}

const LABEL = '拨付'

export function createPaymentsRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): PaymentsRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const store = createRecordStore<Payment>(db, { table: 'payments', label: LABEL, now, newId })
  const write = <R>(body: () => Promise<R>): Promise<R> =>
    writeTransaction(
      db,
      [db.payments, db.projects, db.agreements, db.projectEvaluations, db.settings, db.auditLog],
      body
    )

  return {
    listForProject: async (projectId) =>
      (await db.payments.where('projectId').equals(projectId).toArray()).sort(
        (a, b) => a.no - b.no
      ),

    gateFacts: (projectId) => readGateFacts(db, projectId),

    step: (id, action, input) =>
      write(async () => {
        const before = await store.existing(id)
        store.inUse(before, `这条${LABEL}记录已归档，不能再操作`)
        const project = await db.projects.get(before.projectId)
        if (!project) refuse(`第 ${before.no} 期所属的项目不存在`)
        const facts = await readGateFacts(db, before.projectId)
        const operator = await currentOperator(db)
        const at = now().toISOString()
        const result = applyPaymentStep(before, action, input, facts, operator, at, project)
        if (!result.ok) throw new RecordValidationError(result.issues)
        const label = PAYMENT_WORKFLOW.transitions.find((t) => t.action === action)?.label
        const after = { ...result.value, updatedAt: at }
        const moved = before.status !== after.status
        await store.change(before, after, {
          action: 'transition',
          // The step itself is in `approvals`; the audit entry lists the other fields it set,
          // except for 经办, which sets nothing else.
          ignore: moved ? ['approvals'] : [],
          summary: moved
            ? `第 ${before.no} 期${label}（${before.status} → ${after.status}）`
            : `第 ${before.no} 期${label}`
        })
        return { record: after, warnings: result.warnings }
      }),

    actionsForProject: (projectId) =>
      db.transaction(
        'r',
        [db.payments, db.projects, db.agreements, db.projectEvaluations, db.settings],
        async () => {
          const offers = new Map<string, OfferedAction<PaymentAction>[]>()
          const project = await db.projects.get(projectId)
          if (!project) return offers
          // The project, its gates and the operator are the same for every tranche: read once.
          const [rows, facts, operator] = await Promise.all([
            db.payments.where('projectId').equals(projectId).toArray(),
            readGateFacts(db, projectId),
            currentOperator(db)
          ])
          for (const payment of rows) {
            if (payment.archivedAt !== null) continue
            const context = paymentContext(payment, facts, operator, project)
            offers.set(payment.id, actionsFrom(PAYMENT_WORKFLOW, payment.status, context))
          }
          return offers
        }
      ),

    get: (id) => db.payments.get(id),
    history: store.history
  }
}
