/**
 * 入驻记录: applications and stays at the base. An application creates a stay in 待初核; from
 * then on its status changes only through {@link IncubationsRepository.perform}, which hands the
 * step to the shared workflow (performIncubationAction) and writes the result with its audit
 * entry in one transaction. Placement details and notes can be corrected with `edit`.
 */
import type { FieldIssue } from '@shared/domain/check'
import { RecordValidationError } from '@shared/domain/check'
import { changedFields, type AuditEntry } from '@shared/domain/audit'
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
import { zodIssues } from '@shared/domain/check'
import type { ShelianDatabase } from '../schema'
import { appendAudit, currentOperator } from './audit-log'
import { RecordNotFoundError, type RepositoryDeps, type WriteResult } from './record-repository'
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

function refuse(message: string, field = ''): never {
  throw new RecordValidationError([{ field, level: 'error', message }])
}

export function createIncubationsRepository(
  db: ShelianDatabase,
  deps: IncubationDeps = {}
): IncubationsRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const calendar = deps.calendar ?? createWorkCalendar()
  const settings = createSettingsRepository(db, now, newId)
  const scope = [db.incubations, db.organizations, db.evaluations, db.settings, db.auditLog]

  async function existing(id: string): Promise<Incubation> {
    const stay = await db.incubations.get(id)
    if (!stay) throw new RecordNotFoundError(LABEL, id)
    return stay
  }

  function notArchived(stay: Incubation): void {
    if (stay.archivedAt !== null) refuse(`这条${LABEL}已归档，请先恢复再操作`)
  }

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

  async function setArchived(id: string, archive: boolean): Promise<WriteResult<Incubation>> {
    return db.transaction('rw', scope, async () => {
      const before = await existing(id)
      if ((before.archivedAt !== null) === archive) return { record: before, warnings: [] }
      if (!archive) {
        const open = await openStayOf(before.organizationId, id)
        if (open && OPEN_INCUBATION_STATUSES.includes(before.status)) {
          refuse(`该组织已有一条进行中的${LABEL}（${open.status}），不能同时恢复这一条`)
        }
      }
      const at = now().toISOString()
      const after = { ...before, archivedAt: archive ? at : null, updatedAt: at }
      await db.incubations.put(after)
      await appendAudit(
        db,
        {
          at,
          table: 'incubations',
          recordId: id,
          action: archive ? 'archive' : 'restore',
          changes: { archivedAt: [before.archivedAt, after.archivedAt] }
        },
        newId
      )
      return { record: after, warnings: [] }
    })
  }

  return {
    apply: (input) =>
      db.transaction('rw', scope, async () => {
        const at = now()
        const checked = checkIncubationApplication(input, todayInChina(at))
        if (!checked.ok) throw new RecordValidationError(checked.issues)
        const fields = checked.value
        const organization = await db.organizations.get(fields.organizationId)
        if (!organization) refuse('申请入驻的组织不存在', 'organizationId')
        const open = await openStayOf(organization.id, null)
        const refusal = applicationRefusal(organization, open ? [open] : [])
        if (refusal) refuse(refusal, 'organizationId')
        const stamp = at.toISOString()
        const stay: Incubation = {
          ...openIncubation(fields, await settings.getIncubation(), calendar),
          id: newId(),
          createdAt: stamp,
          updatedAt: stamp,
          archivedAt: null
        }
        await db.incubations.add(stay)
        await appendAudit(
          db,
          {
            at: stamp,
            table: 'incubations',
            recordId: stay.id,
            action: 'create',
            summary: '入驻申请'
          },
          newId
        )
        const warnings: FieldIssue[] = []
        if (!calendar.hasOfficialSchedule(Number(stay.reviewDueOn.slice(0, 4)))) {
          warnings.push({
            field: 'reviewDueOn',
            level: 'warning',
            message: `${stay.reviewDueOn.slice(0, 4)} 年的法定节假日安排尚未公布，初核期限按周一至周五计算`
          })
        }
        return { record: stay, warnings }
      }),

    perform: (id, action, input) =>
      db.transaction('rw', scope, async () => {
        const before = await existing(id)
        notArchived(before)
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
        await db.incubations.put(after)
        const transition = INCUBATION_WORKFLOW.transitions.find((t) => t.action === action)!
        await appendAudit(
          db,
          {
            at: after.updatedAt,
            table: 'incubations',
            recordId: id,
            action: 'transition',
            changes: changedFields(
              { ...before, events: undefined },
              { ...after, events: undefined }
            ),
            summary:
              before.status === after.status
                ? transition.label
                : `${transition.label}（${before.status} → ${after.status}）`
          },
          newId
        )
        return { record: after, warnings: result.warnings }
      }),

    edit: (id, patch) =>
      db.transaction('rw', scope, async () => {
        const before = await existing(id)
        notArchived(before)
        const draft = {
          baseName: before.baseName,
          workstation: before.workstation,
          mentor: before.mentor,
          note: before.note,
          ...patch
        }
        const parsed = incubationEditSchema.safeParse(draft)
        if (!parsed.success) throw new RecordValidationError(zodIssues(parsed.error))
        const at = now().toISOString()
        const after = { ...before, ...parsed.data, updatedAt: at }
        const changes = changedFields(
          before as unknown as Record<string, unknown>,
          after as unknown as Record<string, unknown>
        )
        if (Object.keys(changes).length === 0) return { record: before, warnings: [] }
        await db.incubations.put(after)
        await appendAudit(
          db,
          { at, table: 'incubations', recordId: id, action: 'update', changes },
          newId
        )
        return { record: after, warnings: [] }
      }),

    archive: (id) => setArchived(id, true),
    restore: (id) => setArchived(id, false),
    get: (id) => db.incubations.get(id),
    listAll: () => db.incubations.toArray(),
    listForOrganization: (organizationId) =>
      db.incubations.where('organizationId').equals(organizationId).sortBy('appliedOn'),
    async history(id) {
      const entries = await db.auditLog
        .where('[table+recordId]')
        .equals(['incubations', id])
        .toArray()
      return entries.sort((a, b) => a.at.localeCompare(b.at))
    }
  }
}
