/**
 * 入驻记录: applications and stays at the base. An application creates a stay in 待初核; from
 * then on its status changes only through {@link IncubationsRepository.perform}, which hands the
 * step to the shared workflow (performIncubationAction) and writes the result with its audit
 * entry in one transaction. Placement details and notes can be corrected with `edit`.
 */
import type { AuditEntry } from '@shared/domain/audit'
import { RecordValidationError, zodIssues, type FieldIssue } from '@shared/domain/check'
import { createWorkCalendar, todayInChina, type WorkCalendar } from '@shared/domain/dates'
import {
  applicationRefusal,
  checkIncubationApplication,
  incubationEditSchema,
  OPEN_INCUBATION_STATUSES,
  type Incubation,
  type IncubationAction,
  type IncubationApplication,
  type IncubationEdit
} from '@shared/domain/incubation/incubation'
import {
  INCUBATION_WORKFLOW,
  openIncubation,
  performIncubationAction
} from '@shared/domain/incubation/incubation-workflow'
import type { ShelianDatabase } from '../schema'
import { currentOperator } from './audit-log'
import type { RepositoryDeps } from './record-repository'
import { createRecordStore, refuse, type WriteResult, writeTransaction } from './record-store'
import { createSettingsRepository } from './settings-repository'

export interface IncubationDeps extends RepositoryDeps {
  /** Working days for due dates; the national calendar unless a test passes another. */
  calendar?: WorkCalendar
}

export interface IncubationsRepository {
  /** 入驻申请: a new stay in 待初核, with its 初核 due date. */
  apply(input: IncubationApplication): Promise<WriteResult<Incubation>>
  /** One workflow step (初核通过, 入驻, 续驻, 出壳 …) with the inputs its dialog collected. */
  perform(id: string, action: IncubationAction, input: unknown): Promise<WriteResult<Incubation>>
  /** Corrects placement details and notes; never the status or the steps' dates. */
  edit(id: string, patch: Partial<IncubationEdit>): Promise<WriteResult<Incubation>>
  /** Takes a stay entered by mistake out of use (with its services and draft assessments kept). */
  archive(id: string): Promise<WriteResult<Incubation>>
  restore(id: string): Promise<WriteResult<Incubation>>
  get(id: string): Promise<Incubation | undefined>
  listAll(): Promise<Incubation[]>
  listForOrganization(organizationId: string): Promise<Incubation[]>
  history(id: string): Promise<AuditEntry[]>
}

const LABEL = '入驻记录'

export function createIncubationsRepository(
  db: ShelianDatabase,
  deps: IncubationDeps = {}
): IncubationsRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const calendar = deps.calendar ?? createWorkCalendar()
  const settings = createSettingsRepository(db, now, newId)
  const store = createRecordStore<Incubation>(db, {
    table: 'incubations',
    label: LABEL,
    now,
    newId
  })
  const write = <R>(body: () => Promise<R>): Promise<R> =>
    writeTransaction(
      db,
      [db.incubations, db.organizations, db.evaluations, db.settings, db.auditLog],
      body
    )

  async function openStayOf(organizationId: string, selfId: string | null) {
    return db.incubations
      .where('organizationId')
      .equals(organizationId)
      .filter(
        (stay) =>
          stay.id !== selfId &&
          stay.archivedAt === null &&
          OPEN_INCUBATION_STATUSES.includes(stay.status)
      )
      .first()
  }

  return {
    apply: (input) =>
      write(async () => {
        const at = now()
        const checked = checkIncubationApplication(input, todayInChina(at))
        if (!checked.ok) throw new RecordValidationError(checked.issues)
        const fields = checked.value
        const organization = await db.organizations.get(fields.organizationId)
        if (!organization) refuse('申请入驻的组织不存在', 'organizationId')
        const open = await openStayOf(organization.id, null)
        const refusal = applicationRefusal(organization, open ? [open] : [])
        if (refusal) refuse(refusal, 'organizationId')
        const stay: Incubation = {
          ...openIncubation(fields, await settings.getIncubation(), calendar),
          ...store.stamp(at)
        }
        await store.add(stay, '入驻申请')
        const warnings: FieldIssue[] = []
        const year = Number(stay.reviewDueOn.slice(0, 4))
        if (!calendar.hasOfficialSchedule(year)) {
          warnings.push({
            field: 'reviewDueOn',
            level: 'warning',
            message: `${year} 年的法定节假日安排尚未公布，初核期限按周一至周五计算`
          })
        }
        return { record: stay, warnings }
      }),

    perform: (id, action, input) =>
      write(async () => {
        const before = await store.existing(id)
        store.inUse(before, `这条${LABEL}已归档，请先恢复再操作`)
        const at = now()
        const assessments = await db.evaluations
          .where('subjectId')
          .equals(id)
          .filter((evaluation) => evaluation.archivedAt === null)
          .toArray()
        const result = performIncubationAction(before, action, input, {
          settings: await settings.getIncubation(),
          assessments,
          calendar,
          today: todayInChina(at),
          at: at.toISOString(),
          operator: await currentOperator(db)
        })
        if (!result.ok) throw new RecordValidationError(result.issues)
        const after = { ...result.value, updatedAt: at.toISOString() }
        const label = INCUBATION_WORKFLOW.transitions.find((t) => t.action === action)!.label
        await store.change(before, after, {
          action: 'transition',
          // The step itself is in `events`; the audit entry lists the fields it set.
          ignore: ['events'],
          summary:
            before.status === after.status
              ? label
              : `${label}（${before.status} → ${after.status}）`
        })
        return { record: after, warnings: result.warnings }
      }),

    edit: (id, patch) =>
      write(async () => {
        const before = await store.existing(id)
        store.inUse(before, `这条${LABEL}已归档，请先恢复再操作`)
        const draft = {
          baseName: before.baseName,
          workstation: before.workstation,
          mentor: before.mentor,
          note: before.note,
          ...patch
        }
        const parsed = incubationEditSchema.safeParse(draft)
        if (!parsed.success) throw new RecordValidationError(zodIssues(parsed.error))
        const after = { ...before, ...parsed.data, updatedAt: now().toISOString() }
        const wrote = await store.change(before, after)
        return { record: wrote ? after : before, warnings: [] }
      }),

    archive: (id) => write(() => store.setArchived(id, true)),
    restore: (id) =>
      write(() =>
        store.setArchived(id, false, async (stay) => {
          const open = await openStayOf(stay.organizationId, id)
          if (open && OPEN_INCUBATION_STATUSES.includes(stay.status)) {
            refuse(`该组织已有一条进行中的${LABEL}（${open.status}），不能同时恢复这一条`)
          }
        })
      ),
    get: (id) => db.incubations.get(id),
    listAll: () => db.incubations.toArray(),
    listForOrganization: (organizationId) =>
      db.incubations.where('organizationId').equals(organizationId).sortBy('appliedOn'),
    history: store.history
  }
}
