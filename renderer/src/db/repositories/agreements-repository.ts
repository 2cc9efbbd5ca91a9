/**
 * 协议 / 合同 and 变更. A project has one live agreement, drafted while it is 待签约 with the
 * project's amount and period (checkAgreementDraft), its number unique among live agreements.
 * Signing locks it and starts the project: the agreement becomes 已签订, the project goes 待签约 →
 * 执行中 with the agreement's period, its tranches become payment rows (draftPayments) and their
 * gates are brought in line (refreshPaymentGates) — all in one transaction.
 *
 * After signing a change is an amendment: requested (checkAmendment against the terms in force),
 * then approved or rejected (AMENDMENT_WORKFLOW). Approval re-checks the change against what
 * stands then and applies it in one transaction: a new amount re-plans the unpaid tranches
 * and the project's amount and plan (replanTranches), a new end date the project's
 * period, a new team the project's team. The agreement row itself never changes after signing;
 * the terms in force are the agreement with its approved amendments (effectiveAgreement).
 */
import { z } from 'zod'
import type { AuditEntry } from '@shared/domain/audit'
import {
  RecordValidationError,
  zodIssues,
  type CheckResult,
  type FieldIssue
} from '@shared/domain/check'
import { todayInChina, type IsoDate } from '@shared/domain/dates'
import { isoDateField, optionalTextField } from '@shared/domain/fields'
import { draftPayments, paymentTotals, type Payment } from '@shared/domain/payments/payment'
import { replanTranches, type AmendmentReplan } from '@shared/domain/payments/payment-plan'
import {
  AMENDMENT_WORKFLOW,
  agreementDraftSchema,
  agreementLockedReason,
  checkAgreementDraft,
  checkAmendment,
  draftAgreement,
  draftAmendment,
  effectiveAgreement,
  signAgreement,
  type Agreement,
  type AgreementDraft,
  type Amendment,
  type AmendmentBasis,
  type AmendmentDraft
} from '@shared/domain/projects/agreement'
import { plannedTrancheDueOn } from '@shared/domain/projects/due-dates'
import {
  PROJECT_WORKFLOW,
  projectContext,
  projectWorkRefusal,
  type Project
} from '@shared/domain/projects/project'
import { checkTransition } from '@shared/domain/workflow'
import type { ShelianDatabase } from '../schema'
import { currentOperator } from './audit-log'
import { refreshPaymentGates } from './payment-gates'
import { assertStoredProject, teamIssues } from './projects-repository'
import { draftOf, type RepositoryDeps } from './record-repository'
import { createRecordStore, refuse, type WriteResult, writeTransaction } from './record-store'

export interface AgreementsRepository {
  /** One live agreement per project; number unique among live agreements. */
  create(projectId: string, input: AgreementDraft): Promise<WriteResult<Agreement>>
  /** Refused once signed. */
  update(id: string, patch: Partial<AgreementDraft>): Promise<WriteResult<Agreement>>
  /**
   * Signs; the project goes 待签约 → 执行中 with the agreement's period, its payment rows are
   * created (draftPayments from the project's tranches) and gates refreshed — one transaction.
   */
  sign(id: string, input: { signedOn: string }): Promise<WriteResult<Agreement>>
  requestAmendment(agreementId: string, input: AmendmentDraft): Promise<WriteResult<Amendment>>
  /**
   * approve applies the change: amount (replanTranches: the payments + project
   * amount/tranches), end date (project endOn), team (project socialWorkerIds) — one transaction.
   */
  decideAmendment(
    id: string,
    action: 'approve' | 'reject',
    input: { decidedOn: string; note: string | null }
  ): Promise<WriteResult<Amendment>>
  /** A draft agreement entered by mistake; a signed one stays on record. */
  archive(id: string): Promise<WriteResult<Agreement>>
  /** Undoes `archive` while the project has no other live agreement and the number is free. */
  restore(id: string): Promise<WriteResult<Agreement>>
  get(id: string): Promise<Agreement | undefined>
  listAll(): Promise<Agreement[]>
  /** The project's live agreement and its amendments, in order. */
  forProject(
    projectId: string
  ): Promise<{ agreement: Agreement | undefined; amendments: Amendment[] }>
  /** The audit entries of an agreement or of an amendment, oldest first. */
  history(id: string): Promise<AuditEntry[]>
}

const LABEL = '协议'
const DRAFT_FIELDS = Object.keys(agreementDraftSchema.shape)

const signInputSchema = z.strictObject({ signedOn: isoDateField('签订日期') })
const decisionInputSchema = z.strictObject({
  decidedOn: isoDateField('审批日期'),
  note: optionalTextField('审批意见', 1000)
})

const errorsIn = (issues: readonly FieldIssue[]) => issues.filter((i) => i.level === 'error')
const live = <T extends { archivedAt: string | null }>(row: T) => row.archivedAt === null

export function createAgreementsRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): AgreementsRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const store = createRecordStore<Agreement>(db, { table: 'agreements', label: LABEL, now, newId })
  const amendments = createRecordStore<Amendment>(db, {
    table: 'amendments',
    label: '变更',
    now,
    newId
  })
  const projects = createRecordStore<Project>(db, {
    table: 'projects',
    label: '项目',
    now,
    newId
  })
  const payments = createRecordStore<Payment>(db, {
    table: 'payments',
    label: '拨付',
    now,
    newId
  })
  const write = <R>(body: () => Promise<R>): Promise<R> =>
    writeTransaction(
      db,
      [
        db.agreements,
        db.amendments,
        db.projects,
        db.payments,
        db.projectEvaluations,
        db.socialWorkers,
        db.settings,
        db.auditLog
      ],
      body
    )

  /** The project of an agreement, which must exist and be in use. */
  async function projectOf(projectId: string): Promise<Project> {
    const project = await projects.existing(projectId)
    if (project.archivedAt !== null) refuse(`项目“${project.title}”已归档`)
    return project
  }

  /** The project's live agreement other than `selfId`, if any. */
  function liveAgreementOf(projectId: string, selfId: string | null) {
    return db.agreements
      .where('projectId')
      .equals(projectId)
      .filter((agreement) => live(agreement) && agreement.id !== selfId)
      .first()
  }

  /** Refuses a number another live agreement already has. */
  async function numberFree(number: string, selfId: string | null): Promise<void> {
    const holder = await db.agreements
      .filter(
        (agreement) => live(agreement) && agreement.id !== selfId && agreement.number === number
      )
      .first()
    if (!holder) return
    const owner = await db.projects.get(holder.projectId)
    const of = owner ? `“${owner.title}”的` : ''
    refuse(`合同编号 ${number} 已用于${of}协议，编号不能重复`, 'number')
  }

  /** What a change of the agreement is checked against: the terms in force, the team, what was paid. */
  async function basisOf(agreement: Agreement, project: Project) {
    const [rows, tranches] = await Promise.all([
      db.amendments.where('projectId').equals(project.id).toArray(),
      db.payments.where('projectId').equals(project.id).toArray()
    ])
    const livePayments = tranches.filter(live)
    const basis: AmendmentBasis = {
      effective: effectiveAgreement(agreement, rows),
      socialWorkerIds: project.socialWorkerIds,
      paidFen: paymentTotals(livePayments).releasedFen,
      multiYearJustification: project.purchase?.multiYearJustification ?? null
    }
    return { basis, payments: livePayments }
  }

  /**
   * The change against what stands now: the amendment rule (checkAmendment), then the team
   * (exists, meets the staffing requirement) and the re-planned tranches. `plan` is what a new
   * amount does to the tranches, when the rule lets it through.
   */
  async function checkChange(
    input: unknown,
    agreement: Agreement,
    project: Project,
    today: IsoDate
  ) {
    const { basis, payments: rows } = await basisOf(agreement, project)
    const result = checkAmendment(input, agreement, basis)
    if (!result.ok) return { fields: null, issues: result.issues, plan: null }
    const fields = result.value
    const issues = [...result.warnings]
    const { socialWorkerIds, amountFen } = fields.changes
    if (socialWorkerIds !== undefined) {
      issues.push(
        ...(await teamIssues(db, project, socialWorkerIds, today, 'changes.socialWorkerIds'))
      )
    }
    let plan: CheckResult<AmendmentReplan<Payment>> | null = null
    if (amountFen !== undefined) {
      plan = replanTranches(project.tranches, rows, amountFen)
      if (!plan.ok) {
        issues.push(...plan.issues.map((issue) => ({ ...issue, field: 'changes.amountFen' })))
      }
    }
    return { fields, issues, plan }
  }

  return {
    create: (projectId, input) =>
      write(async () => {
        const project = await projectOf(projectId)
        const existing = await liveAgreementOf(projectId, null)
        if (existing) {
          refuse(`该项目已有协议 ${existing.number}（${existing.status}），一个项目只有一份协议`)
        }
        const result = checkAgreementDraft(input, project)
        if (!result.ok) throw new RecordValidationError(result.issues)
        await numberFree(result.value.number, null)
        const agreement: Agreement = {
          ...draftAgreement(result.value, projectId),
          ...store.stamp(now())
        }
        await store.add(agreement, `起草协议 ${agreement.number}`)
        return { record: agreement, warnings: result.warnings }
      }),

    update: (id, patch) =>
      write(async () => {
        const before = await store.existing(id)
        store.inUse(before)
        const locked = agreementLockedReason(before)
        if (locked) refuse(locked)
        const project = await projectOf(before.projectId)
        const result = checkAgreementDraft({ ...draftOf(before, DRAFT_FIELDS), ...patch }, project)
        if (!result.ok) throw new RecordValidationError(result.issues)
        await numberFree(result.value.number, id)
        const after: Agreement = { ...before, ...result.value, updatedAt: now().toISOString() }
        const wrote = await store.change(before, after)
        return { record: wrote ? after : before, warnings: result.warnings }
      }),

    sign: (id, input) =>
      write(async () => {
        const before = await store.existing(id)
        store.inUse(before)
        const parsed = signInputSchema.safeParse(input)
        if (!parsed.success) throw new RecordValidationError(zodIssues(parsed.error))
        const at = now()
        const instant = at.toISOString()
        const today = todayInChina(at)
        const operator = await currentOperator(db)
        const signed = signAgreement(before, parsed.data.signedOn, operator, today)
        if (!signed.ok) throw new RecordValidationError(signed.issues)

        const project = await projectOf(before.projectId)
        const transition = checkTransition(
          PROJECT_WORKFLOW,
          project.status,
          'sign',
          projectContext({ agreement: signed.value, evaluations: [], payments: [] })
        )
        if (!transition.ok) refuse(transition.message)
        // The project may have changed since the draft: it must still match what is signed.
        const matches = checkAgreementDraft(draftOf(before, DRAFT_FIELDS), project)
        if (!matches.ok) throw new RecordValidationError(matches.issues)
        const existingPayments = await db.payments
          .where('projectId')
          .equals(project.id)
          .filter(live)
          .count()
        if (existingPayments > 0) {
          refuse(
            `项目“${project.title}”已有 ${existingPayments} 期拨付记录，不能再按签约生成拨付计划`
          )
        }

        const agreement: Agreement = { ...signed.value, updatedAt: instant }
        await store.change(before, agreement, {
          action: 'transition',
          summary: `签订（${before.status} → ${agreement.status}）`
        })
        const started: Project = {
          ...project,
          status: transition.to,
          startOn: agreement.startOn,
          endOn: agreement.endOn,
          updatedAt: instant
        }
        assertStoredProject(started)
        await projects.change(project, started, {
          action: 'transition',
          summary: `签约（${project.status} → ${started.status}）：协议 ${agreement.number}`
        })
        const specs = project.tranches.map(({ percent, gate }) => ({
          percent,
          gate,
          dueOn: plannedTrancheDueOn(gate, { ...agreement, signedOn: parsed.data.signedOn }),
          condition: null
        }))
        for (const draft of draftPayments(project.id, agreement.amountFen, specs)) {
          const payment: Payment = { ...draft, ...payments.stamp(at) }
          await payments.add(payment, `签约生成第 ${payment.no} 期拨付计划`)
        }
        await refreshPaymentGates(db, project.id, { at: instant, operator }, newId)
        return { record: agreement, warnings: [...signed.warnings, ...matches.warnings] }
      }),

    requestAmendment: (agreementId, input) =>
      write(async () => {
        const agreement = await store.existing(agreementId)
        store.inUse(agreement)
        const project = await projectOf(agreement.projectId)
        const closed = projectWorkRefusal(project, 'edit')
        if (closed) refuse(closed)
        const at = now()
        const today = todayInChina(at)
        const { fields, issues } = await checkChange(input, agreement, project, today)
        if (fields === null) throw new RecordValidationError(issues)
        if (fields.requestedOn > today) {
          refuse(`申请日期 ${fields.requestedOn} 不能晚于今天 ${today}`, 'requestedOn')
        }
        // The team must be right now; a re-plan that cannot go through yet (an 已审核 tranche
        // whose amount would change) is for the decision, so it is only a warning here.
        const blocking = errorsIn(issues).filter((issue) => issue.field !== 'changes.amountFen')
        if (blocking.length > 0) throw new RecordValidationError(issues)
        const warnings = issues.map((issue) =>
          issue.level === 'error'
            ? { ...issue, level: 'warning' as const, message: `批准前须处理：${issue.message}` }
            : issue
        )
        const no =
          (await db.amendments
            .where('projectId')
            .equals(project.id)
            .filter((row) => row.agreementId === agreement.id)
            .count()) + 1
        const amendment: Amendment = {
          ...draftAmendment(fields, agreement, no),
          ...amendments.stamp(at)
        }
        await amendments.add(amendment, `申请第 ${no} 次变更`)
        return { record: amendment, warnings }
      }),

    decideAmendment: (id, action, input) =>
      write(async () => {
        const before = await amendments.existing(id)
        amendments.inUse(before)
        const parsed = decisionInputSchema.safeParse(input)
        if (!parsed.success) throw new RecordValidationError(zodIssues(parsed.error))
        const { decidedOn, note } = parsed.data
        const agreement = await store.existing(before.agreementId)
        const project = await projects.existing(before.projectId)
        const at = now()
        const today = todayInChina(at)

        // Approval checks the change again against the terms then in force: another amendment
        // or a payment may have come in since the request.
        const changeErrors: string[] = []
        let plan: Awaited<ReturnType<typeof checkChange>>['plan'] = null
        if (action === 'approve' && before.status === '待审批') {
          const closed = projectWorkRefusal(project, 'edit')
          if (closed) changeErrors.push(closed)
          else {
            const { requestedOn, reason, changes } = before
            const checked = await checkChange(
              { requestedOn, reason, changes },
              agreement,
              project,
              today
            )
            changeErrors.push(...errorsIn(checked.issues).map((issue) => issue.message))
            plan = checked.plan
          }
        }
        const transition = checkTransition(AMENDMENT_WORKFLOW, before.status, action, {
          changeErrors,
          decisionNote: note
        })
        if (!transition.ok) {
          refuse(
            transition.message,
            action === 'reject' && before.status === '待审批' ? 'note' : ''
          )
        }
        if (decidedOn > today) refuse(`审批日期 ${decidedOn} 不能晚于今天 ${today}`, 'decidedOn')
        if (decidedOn < before.requestedOn) {
          refuse(`审批日期 ${decidedOn} 不能早于申请日期 ${before.requestedOn}`, 'decidedOn')
        }

        const instant = at.toISOString()
        const after: Amendment = {
          ...before,
          status: transition.to,
          decidedOn,
          decidedBy: await currentOperator(db),
          decisionNote: note,
          updatedAt: instant
        }
        const label = AMENDMENT_WORKFLOW.transitions.find((t) => t.action === action)!.label
        await amendments.change(before, after, {
          action: 'transition',
          summary: `${label}第 ${before.no} 次变更（${before.status} → ${after.status}）`
        })
        if (action === 'reject') return { record: after, warnings: [] }

        const { amountFen, endOn, socialWorkerIds } = before.changes
        for (const { stored, replanned } of plan?.ok ? plan.value.changed : []) {
          await payments.change(
            stored,
            { ...replanned, updatedAt: instant },
            { summary: `第 ${before.no} 次变更调整拨付金额` }
          )
        }
        const changed: Project = {
          ...project,
          ...(amountFen !== undefined && plan?.ok
            ? { amountFen, tranches: plan.value.tranches }
            : {}),
          ...(endOn !== undefined ? { endOn } : {}),
          ...(socialWorkerIds !== undefined ? { socialWorkerIds } : {}),
          updatedAt: instant
        }
        assertStoredProject(changed)
        await projects.change(project, changed, {
          summary: `批准第 ${before.no} 次变更（协议 ${agreement.number}）`
        })
        return { record: after, warnings: [] }
      }),

    archive: (id) =>
      write(() =>
        store.setArchived(id, true, (agreement) => {
          if (agreement.status === '已签订') {
            refuse(`协议 ${agreement.number} 已签订，不能归档；如需更改请办理变更`)
          }
        })
      ),

    restore: (id) =>
      write(() =>
        store.setArchived(id, false, async (agreement) => {
          const other = await liveAgreementOf(agreement.projectId, id)
          if (other) refuse(`该项目已有协议 ${other.number}，不能同时恢复这一份`)
          await numberFree(agreement.number, id)
        })
      ),

    get: (id) => db.agreements.get(id),
    listAll: () => db.agreements.toArray(),

    forProject: (projectId) =>
      db.transaction('r', [db.agreements, db.amendments], async () => {
        const [agreements, rows] = await Promise.all([
          db.agreements.where('projectId').equals(projectId).toArray(),
          db.amendments.where('projectId').equals(projectId).toArray()
        ])
        const agreement = agreements.find(live)
        return {
          agreement,
          amendments: rows
            .filter((row) => row.agreementId === agreement?.id)
            .sort((a, b) => a.no - b.no)
        }
      }),

    history: async (id) => {
      const [own, amended] = await Promise.all([store.history(id), amendments.history(id)])
      return [...own, ...amended].sort((a, b) => a.at.localeCompare(b.at))
    }
  }
}
