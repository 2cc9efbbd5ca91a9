/**
 * 项目: the delivery record of both channels. 公益创投 projects arrive from 立项 (the rounds
 * repository writes them); 政府购买服务 projects are entered here with their purchaser, catalogue
 * items, procurement, payment plan and team (checkPurchaseProject). Signing happens through the
 * agreements repository, which moves the project 待签约 → 执行中; closing and terminating ask the
 * project workflow (PROJECT_WORKFLOW) here.
 *
 * Once the agreement is signed the fields that define the contract are locked
 * (editableProjectRefusal): they change only through an approved amendment. The title, category,
 * communities, 立项 date and the 绩效目标表 stay editable until the project is closed; the
 * 绩效目标表 only until an evaluation of it is 定稿, since evaluations score against it.
 *
 * Every write checks with the shared rules inside its rw transaction, stamps, and audits in the
 * same transaction; reads only touch Dexie, so they work inside `useLiveQuery`.
 */
import { z } from 'zod'
import type { AuditEntry } from '@shared/domain/audit'
import { RecordValidationError, zodIssues, type FieldIssue } from '@shared/domain/check'
import { todayInChina, type IsoDate } from '@shared/domain/dates'
import { currentEvaluations } from '@shared/domain/evaluations/project-evaluation'
import { idListField, isoDateField, textField } from '@shared/domain/fields'
import type { Payment } from '@shared/domain/payments/payment'
import type { IndicatorNode } from '@shared/domain/performance/indicator'
import { indicatorTreeSchema, treeIssues } from '@shared/domain/performance/indicator-tree'
import { staffingIssues } from '@shared/domain/procurement/staffing'
import { effectiveAgreement, type Agreement } from '@shared/domain/projects/agreement'
import { dueList, projectDueItems, type DueItem } from '@shared/domain/projects/due-dates'
import {
  checkPurchaseProject,
  checkStoredProject,
  editableProjectRefusal,
  indicatorsLockedReason,
  newPurchaseProject,
  PROJECT_WORKFLOW,
  projectAllows,
  projectContext,
  purchaseProjectDraftSchema,
  type Project,
  type ProjectAction,
  type ProjectContext,
  type ProjectFacts,
  type PurchaseProjectDraft,
  type PurchaseProjectFields
} from '@shared/domain/projects/project'
import { checkTransition } from '@shared/domain/workflow'
import { canonicalJson } from '../backup/format'
import type { ShelianDatabase } from '../schema'
import type { RepositoryDeps } from './record-repository'
import { createRecordStore, refuse, type WriteResult, writeTransaction } from './record-store'
import { communityReferenceIssues } from './references'

export interface ProjectsRepository {
  /** A new 政府购买服务 project in 待签约, its payment plan turned into amounts. */
  createPurchase(input: PurchaseProjectDraft): Promise<WriteResult<Project>>
  /** Before signing only for contract fields (editableProjectRefusal); title/communities any time. */
  updatePurchase(id: string, patch: Partial<PurchaseProjectDraft>): Promise<WriteResult<Project>>
  /** 绩效目标表 (treeIssues); refused once a 定稿 evaluation exists or the project is closed. */
  setIndicators(id: string, indicators: IndicatorNode[]): Promise<WriteResult<Project>>
  /** Team before signing (staffing checked for purchase projects); afterwards via an amendment. */
  setTeam(id: string, socialWorkerIds: string[]): Promise<WriteResult<Project>>
  close(id: string, input: { closedOn: string }): Promise<WriteResult<Project>>
  terminate(
    id: string,
    input: { terminatedOn: string; reason: string }
  ): Promise<WriteResult<Project>>
  get(id: string): Promise<Project | undefined>
  listAll(): Promise<Project[]>
  listForOrganization(organizationId: string): Promise<Project[]>
  /** The workflow context for buttons (PROJECT_WORKFLOW + projectContext). */
  context(id: string): Promise<ProjectContext>
  /** Due items of every live project (projectDueItems + dueList), for the 到期事项 list. */
  dueItems(today: string): Promise<DueItem[]>
  /** Due items of one project, for its page. */
  dueItemsFor(id: string, today: string): Promise<DueItem[]>
  history(id: string): Promise<AuditEntry[]>
}

const LABEL = '项目'

const live = <T extends { archivedAt: string | null }>(row: T) => row.archivedAt === null

/** The fields of a purchase project a caller supplies, as stored. */
export function purchaseDraftOf(project: Project): PurchaseProjectFields {
  return {
    title: project.title,
    organizationId: project.organizationId,
    category: project.category,
    communityIds: project.communityIds,
    amountFen: project.amountFen,
    approvedOn: project.approvedOn,
    startOn: project.startOn!,
    endOn: project.endOn!,
    socialWorkerIds: project.socialWorkerIds,
    tranches: project.tranches.map(({ percent, gate }) => ({ percent, gate })),
    indicators: project.indicators,
    purchase: project.purchase!
  }
}

/**
 * The whole project under the stored-record rule before it is written: tranches that add up to
 * the amount, dates that go with the status. A failure here is a bug upstream, refused all the same.
 */
export function assertStoredProject(project: Project): void {
  const fields: Partial<Project> = { ...project }
  for (const key of ['id', 'createdAt', 'updatedAt', 'archivedAt'] as const) delete fields[key]
  const result = checkStoredProject(fields)
  if (!result.ok) throw new RecordValidationError(result.issues)
}

/**
 * The stored, unarchived project a delivery record names, refused on `projectId` otherwise.
 * What a record may do in the project's stage is PROJECT_WORK's (projectWorkRefusal).
 */
export async function liveProject(db: ShelianDatabase, projectId: unknown): Promise<Project> {
  if (typeof projectId !== 'string' || projectId === '') refuse('缺少项目', 'projectId')
  const project = await db.projects.get(projectId)
  if (!project) refuse('项目不存在', 'projectId')
  if (project.archivedAt !== null) refuse('该项目已归档', 'projectId')
  return project
}

/** The live agreement, evaluations in force and live tranches of a project: what its steps see. */
async function readProjectFacts(
  db: ShelianDatabase,
  projectId: string
): Promise<ProjectFacts & { agreement: Agreement | null; payments: Payment[] }> {
  const [agreements, evaluations, payments] = await Promise.all([
    db.agreements.where('projectId').equals(projectId).toArray(),
    db.projectEvaluations.where('projectId').equals(projectId).toArray(),
    db.payments.where('projectId').equals(projectId).toArray()
  ])
  return {
    agreement: agreements.find(live) ?? null,
    evaluations: currentEvaluations(evaluations.filter(live)),
    payments: payments.filter(live)
  }
}

/**
 * The team `ids` checked for `project` on `today`: every id a stored social worker, and for a
 * purchase project the contract's staffing requirement met (an archived worker is an error, a
 * lapsed registration a warning, for either channel).
 */
export async function teamIssues(
  db: ShelianDatabase,
  project: Pick<Project, 'purchase'>,
  ids: readonly string[],
  today: IsoDate,
  field = 'socialWorkerIds'
): Promise<FieldIssue[]> {
  const found = await db.socialWorkers.bulkGet([...ids])
  const issues: FieldIssue[] = []
  found.forEach((worker, index) => {
    if (!worker)
      issues.push({ field: `${field}.${index}`, level: 'error', message: '该社工不存在' })
  })
  const members = found.filter((worker) => worker !== undefined)
  const requirement = project.purchase?.staffing ?? []
  for (const issue of staffingIssues(requirement, members, today)) {
    issues.push({ ...issue, field })
  }
  return issues
}

const errorsIn = (issues: readonly FieldIssue[]) => issues.filter((i) => i.level === 'error')

const closeInputSchema = z.strictObject({ closedOn: isoDateField('结项日期') })
const terminateInputSchema = z.strictObject({
  terminatedOn: isoDateField('终止日期'),
  // Not required here: an empty reason is the workflow's refusal, with its own message.
  reason: textField('终止理由', 500)
})
const teamSchema = z.strictObject({ socialWorkerIds: idListField(200) })
const indicatorsSchema = z.strictObject({ indicators: indicatorTreeSchema })

export function createProjectsRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): ProjectsRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const store = createRecordStore<Project>(db, { table: 'projects', label: LABEL, now, newId })
  const write = <R>(body: () => Promise<R>): Promise<R> =>
    writeTransaction(
      db,
      [
        db.projects,
        db.catalogueItems,
        db.organizations,
        db.socialWorkers,
        db.communities,
        db.agreements,
        db.projectEvaluations,
        db.payments,
        db.settings,
        db.auditLog
      ],
      body
    )

  /**
   * The purchase rule with the facts it needs read from the database; `self` is the stored
   * project on update. A catalogue item the project already names stays acceptable after it is
   * archived (停用 stops new purchases, not the ones made); the negative list refuses always.
   */
  async function checkedPurchase(input: unknown, self: Project | null, today: IsoDate) {
    const parsed = purchaseProjectDraftSchema.safeParse(input)
    if (!parsed.success) throw new RecordValidationError(zodIssues(parsed.error))
    const draft = parsed.data
    const [items, provider, workers] = await Promise.all([
      db.catalogueItems.bulkGet(draft.purchase.catalogueItemIds),
      db.organizations.get(draft.organizationId),
      db.socialWorkers.bulkGet(draft.socialWorkerIds)
    ])
    const kept = new Set(self?.purchase?.catalogueItemIds ?? [])
    const result = checkPurchaseProject(input, {
      items: items
        .filter((item) => item !== undefined)
        .map((item) => (kept.has(item.id) ? { ...item, archivedAt: null } : item)),
      provider,
      team: workers.filter((worker) => worker !== undefined),
      today
    })
    if (!result.ok) throw new RecordValidationError(result.issues)
    const communities = await communityReferenceIssues(db, result.value.communityIds, '服务社区')
    if (errorsIn(communities).length > 0) {
      throw new RecordValidationError([...communities, ...result.warnings])
    }
    return { fields: result.value, warnings: [...result.warnings, ...communities] }
  }

  /** Refuses a change of the 绩效目标表 once an evaluation scored against it is 定稿. */
  async function indicatorsEditable(project: Project): Promise<void> {
    const evaluations = await db.projectEvaluations.where('projectId').equals(project.id).toArray()
    const refusal = indicatorsLockedReason(project, evaluations)
    if (refusal) refuse(refusal, 'indicators')
  }

  /** A drafted agreement that no longer matches the project after an edit, as a warning. */
  async function agreementDrift(project: Project): Promise<FieldIssue[]> {
    const agreement = await db.agreements
      .where('projectId')
      .equals(project.id)
      .filter((row) => live(row) && row.status === '草拟')
      .first()
    if (!agreement) return []
    const differs =
      agreement.amountFen !== project.amountFen ||
      agreement.startOn !== project.startOn ||
      agreement.endOn !== project.endOn
    if (!differs) return []
    return [
      {
        field: '',
        level: 'warning',
        message: `协议 ${agreement.number} 的金额或服务期限与项目不再一致，签约前请修改协议`
      }
    ]
  }

  /** Asks the workflow table whether `action` may be taken now; refuses with its message. */
  function allowed(
    project: Project,
    action: ProjectAction,
    context: ProjectContext,
    field = ''
  ): Project['status'] {
    const transition = checkTransition(PROJECT_WORKFLOW, project.status, action, context)
    if (!transition.ok) refuse(transition.message, field)
    return transition.to
  }

  /** Writes a lifecycle step the workflow allowed, audited as a transition. */
  async function writeStep(
    before: Project,
    action: ProjectAction,
    patch: Partial<Project>,
    at: Date
  ): Promise<WriteResult<Project>> {
    const after: Project = { ...before, ...patch, updatedAt: at.toISOString() }
    assertStoredProject(after)
    const label = PROJECT_WORKFLOW.transitions.find((t) => t.action === action)!.label
    await store.change(before, after, {
      action: 'transition',
      summary: `${label}（${before.status} → ${after.status}）`
    })
    return { record: after, warnings: [] }
  }

  /** A step's date: not after today, and not before `earliest` (named `what`). */
  function stepDate(
    date: IsoDate,
    label: string,
    field: string,
    today: IsoDate,
    earliest: { on: IsoDate | null; what: string }
  ) {
    if (date > today) refuse(`${label} ${date} 不能晚于今天 ${today}`, field)
    if (earliest.on !== null && date < earliest.on) {
      refuse(`${label} ${date} 不能早于${earliest.what} ${earliest.on}`, field)
    }
  }

  /**
   * What `projects` have due on `today`, from the delivery rows read for them (`ids` null: every
   * project's rows, read whole, which is faster than looking up thousands of ids).
   */
  async function dueOf(
    projects: readonly Project[],
    ids: readonly string[] | null,
    today: IsoDate
  ): Promise<DueItem[]> {
    const keys = ids === null ? null : [...ids]
    const [agreements, amendments, payments, evaluations] = await Promise.all([
      keys ? db.agreements.where('projectId').anyOf(keys).toArray() : db.agreements.toArray(),
      keys ? db.amendments.where('projectId').anyOf(keys).toArray() : db.amendments.toArray(),
      keys ? db.payments.where('projectId').anyOf(keys).toArray() : db.payments.toArray(),
      keys
        ? db.projectEvaluations.where('projectId').anyOf(keys).toArray()
        : db.projectEvaluations.toArray()
    ])
    const byProject = <T extends { projectId: string; archivedAt: string | null }>(rows: T[]) => {
      const map = new Map<string, T[]>()
      for (const row of rows.filter(live)) {
        const list = map.get(row.projectId)
        if (list) list.push(row)
        else map.set(row.projectId, [row])
      }
      return map
    }
    const agreementsOf = byProject(agreements)
    const amendmentsOf = byProject(amendments)
    const paymentsOf = byProject(payments)
    const evaluationsOf = byProject(evaluations)
    return dueList(
      projects.flatMap((project) => {
        const agreement = agreementsOf.get(project.id)?.[0]
        return projectDueItems(
          {
            project,
            agreement: agreement
              ? effectiveAgreement(agreement, amendmentsOf.get(project.id) ?? [])
              : null,
            payments: paymentsOf.get(project.id) ?? [],
            // What is due is the purchaser's (or a third party's) evaluation: a 自评 does not
            // settle it, as it decides neither a payment nor the closing (projectContext).
            evaluations: currentEvaluations(evaluationsOf.get(project.id) ?? []).filter(
              (evaluation) => evaluation.mode !== '自评'
            )
          },
          today
        )
      })
    )
  }

  const readScope = [db.projects, db.agreements, db.amendments, db.payments, db.projectEvaluations]

  return {
    createPurchase: (input) =>
      write(async () => {
        const at = now()
        const { fields, warnings } = await checkedPurchase(input, null, todayInChina(at))
        const project: Project = { ...newPurchaseProject(fields), ...store.stamp(at) }
        assertStoredProject(project)
        await store.add(project, '新建政府购买服务项目')
        return { record: project, warnings }
      }),

    updatePurchase: (id, patch) =>
      write(async () => {
        const before = await store.existing(id)
        if (before.channel !== '政府购买服务' || before.purchase === null) {
          refuse(`“${before.title}”是${before.channel}项目，没有采购信息可以修改`)
        }
        const current = purchaseDraftOf(before)
        const parsed = purchaseProjectDraftSchema.safeParse({ ...current, ...patch })
        if (!parsed.success) throw new RecordValidationError(zodIssues(parsed.error))
        const draft = parsed.data
        const changed = (Object.keys(draft) as (keyof PurchaseProjectFields)[]).filter(
          // Key order is not a change: parsing rebuilds objects in the schema's key order.
          (field) => canonicalJson(draft[field]) !== canonicalJson(current[field])
        )
        const refusal = editableProjectRefusal(before, changed)
        if (refusal) refuse(refusal, changed.length === 1 ? changed[0] : '')
        if (changed.length === 0) return { record: before, warnings: [] }
        if (changed.includes('indicators')) await indicatorsEditable(before)

        const at = now()
        const today = todayInChina(at)
        let after: Project
        let warnings: FieldIssue[]
        if (before.status === '待签约') {
          const checked = await checkedPurchase(draft, before, today)
          after = { ...before, ...newPurchaseProject(checked.fields), updatedAt: at.toISOString() }
          warnings = [...checked.warnings, ...(await agreementDrift(after))]
        } else {
          // Signed: only fields outside the contract changed (editableProjectRefusal said so).
          const issues = [
            ...treeIssues(draft.indicators),
            ...(await communityReferenceIssues(db, draft.communityIds, '服务社区'))
          ]
          if (draft.approvedOn > today) {
            issues.push({ field: 'approvedOn', level: 'error', message: '立项日期不能晚于今天' })
          }
          if (errorsIn(issues).length > 0) throw new RecordValidationError(issues)
          after = {
            ...before,
            title: draft.title,
            category: draft.category,
            communityIds: draft.communityIds,
            approvedOn: draft.approvedOn,
            indicators: draft.indicators,
            updatedAt: at.toISOString()
          }
          warnings = issues
        }
        assertStoredProject(after)
        const wrote = await store.change(before, after)
        return { record: wrote ? after : before, warnings }
      }),

    setIndicators: (id, indicators) =>
      write(async () => {
        const before = await store.existing(id)
        await indicatorsEditable(before)
        const parsed = indicatorsSchema.safeParse({ indicators })
        if (!parsed.success) throw new RecordValidationError(zodIssues(parsed.error))
        const issues = treeIssues(parsed.data.indicators)
        if (errorsIn(issues).length > 0) throw new RecordValidationError(issues)
        const after: Project = {
          ...before,
          indicators: parsed.data.indicators,
          updatedAt: now().toISOString()
        }
        assertStoredProject(after)
        const wrote = await store.change(before, after, { summary: '设置绩效目标表' })
        return { record: wrote ? after : before, warnings: issues }
      }),

    setTeam: (id, socialWorkerIds) =>
      write(async () => {
        const before = await store.existing(id)
        const refusal = editableProjectRefusal(before, ['socialWorkerIds'])
        if (refusal) refuse(refusal, 'socialWorkerIds')
        const parsed = teamSchema.safeParse({ socialWorkerIds })
        if (!parsed.success) throw new RecordValidationError(zodIssues(parsed.error))
        const at = now()
        const ids = parsed.data.socialWorkerIds
        const issues = await teamIssues(db, before, ids, todayInChina(at))
        if (errorsIn(issues).length > 0) throw new RecordValidationError(issues)
        const after: Project = { ...before, socialWorkerIds: ids, updatedAt: at.toISOString() }
        const wrote = await store.change(before, after, { summary: '调整服务团队' })
        return { record: wrote ? after : before, warnings: issues }
      }),

    close: (id, input) =>
      write(async () => {
        const before = await store.existing(id)
        store.inUse(before)
        const parsed = closeInputSchema.safeParse(input)
        if (!parsed.success) throw new RecordValidationError(zodIssues(parsed.error))
        const at = now()
        const status = allowed(before, 'close', projectContext(await readProjectFacts(db, id)))
        const { closedOn } = parsed.data
        stepDate(closedOn, '结项日期', 'closedOn', todayInChina(at), {
          on: before.startOn,
          what: '服务开始日期'
        })
        return writeStep(before, 'close', { status, closedOn }, at)
      }),

    terminate: (id, input) =>
      write(async () => {
        const before = await store.existing(id)
        store.inUse(before)
        const parsed = terminateInputSchema.safeParse(input)
        if (!parsed.success) throw new RecordValidationError(zodIssues(parsed.error))
        const at = now()
        const { terminatedOn, reason } = parsed.data
        const context = projectContext({
          ...(await readProjectFacts(db, id)),
          terminationReason: reason
        })
        const status = allowed(before, 'terminate', context, reason ? '' : 'reason')
        // A project may end before its service starts (the provider withdraws), not before 立项.
        stepDate(terminatedOn, '终止日期', 'terminatedOn', todayInChina(at), {
          on: before.approvedOn,
          what: '立项日期'
        })
        return writeStep(
          before,
          'terminate',
          { status, terminatedOn, terminationReason: context.terminationReason },
          at
        )
      }),

    get: (id) => db.projects.get(id),
    listAll: () => db.projects.toArray(),
    listForOrganization: (organizationId) =>
      db.projects.where('organizationId').equals(organizationId).sortBy('approvedOn'),

    context: (id) =>
      db.transaction('r', readScope, async () => {
        await store.existing(id)
        return projectContext(await readProjectFacts(db, id))
      }),

    dueItems: (today) =>
      db.transaction('r', readScope, async () => {
        const projects = await db.projects
          .filter((project) => projectAllows(project, 'followUp'))
          .toArray()
        return dueOf(projects, null, today)
      }),

    dueItemsFor: (id, today) =>
      db.transaction('r', readScope, async () => {
        const project = await store.existing(id)
        return live(project) ? dueOf([project], [id], today) : []
      }),

    history: store.history
  }
}
