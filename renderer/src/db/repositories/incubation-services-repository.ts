/**
 * 服务记录 of a stay. Each entry is checked against the stay's dates (checkIncubationService);
 * the organisation is copied from the stay so per-organisation totals need no join. Mistakes are
 * archived, not deleted, like every other record.
 */
import { changedFields, type AuditEntry } from '@shared/domain/audit'
import { RecordValidationError } from '@shared/domain/check'
import { todayInChina } from '@shared/domain/dates'
import {
  checkIncubationService,
  incubationServiceDraftSchema,
  type IncubationService,
  type IncubationServiceDraft
} from '@shared/domain/incubation/service-log'
import type { ShelianDatabase } from '../schema'
import { appendAudit } from './audit-log'
import { RecordNotFoundError, type RepositoryDeps, type WriteResult } from './record-repository'

export interface IncubationServicesRepository {
  add(input: IncubationServiceDraft): Promise<WriteResult<IncubationService>>
  /** Changes an entry; it stays with its stay (the stay itself cannot be changed). */
  update(
    id: string,
    patch: Partial<Omit<IncubationServiceDraft, 'incubationId'>>
  ): Promise<WriteResult<IncubationService>>
  archive(id: string): Promise<WriteResult<IncubationService>>
  restore(id: string): Promise<WriteResult<IncubationService>>
  listAll(): Promise<IncubationService[]>
  listForIncubation(incubationId: string): Promise<IncubationService[]>
  listForOrganization(organizationId: string): Promise<IncubationService[]>
  history(id: string): Promise<AuditEntry[]>
}

const LABEL = '服务记录'
const DRAFT_FIELDS = Object.keys(incubationServiceDraftSchema.shape)

function draftOf(service: IncubationService): IncubationServiceDraft {
  return Object.fromEntries(
    DRAFT_FIELDS.map((field) => [field, service[field as keyof IncubationService]])
  ) as unknown as IncubationServiceDraft
}

export function createIncubationServicesRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): IncubationServicesRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const scope = [db.incubationServices, db.incubations, db.settings, db.auditLog]

  /** The rule, against the stay the entry belongs to. */
  async function checked(input: unknown, at: Date) {
    const incubationId = (input as { incubationId?: unknown } | null)?.incubationId
    const stay =
      typeof incubationId === 'string' ? await db.incubations.get(incubationId) : undefined
    if (typeof incubationId === 'string' && incubationId !== '' && !stay) {
      throw new RecordValidationError([
        { field: 'incubationId', level: 'error', message: '所属的入驻记录不存在' }
      ])
    }
    if (stay?.archivedAt) {
      throw new RecordValidationError([
        { field: 'incubationId', level: 'error', message: '所属的入驻记录已归档，请先恢复' }
      ])
    }
    const result = checkIncubationService(input, stay ?? null, todayInChina(at))
    if (!result.ok) throw new RecordValidationError(result.issues)
    return { fields: result.value, stay: stay!, warnings: result.warnings }
  }

  async function existing(id: string): Promise<IncubationService> {
    const service = await db.incubationServices.get(id)
    if (!service) throw new RecordNotFoundError(LABEL, id)
    return service
  }

  async function setArchived(id: string, archive: boolean) {
    return db.transaction('rw', scope, async () => {
      const before = await existing(id)
      if ((before.archivedAt !== null) === archive) return { record: before, warnings: [] }
      const at = now().toISOString()
      const after = { ...before, archivedAt: archive ? at : null, updatedAt: at }
      await db.incubationServices.put(after)
      await appendAudit(
        db,
        {
          at,
          table: 'incubationServices',
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
    add: (input) =>
      db.transaction('rw', scope, async () => {
        const at = now()
        const { fields, stay, warnings } = await checked(input, at)
        const stamp = at.toISOString()
        const service: IncubationService = {
          ...fields,
          organizationId: stay.organizationId,
          id: newId(),
          createdAt: stamp,
          updatedAt: stamp,
          archivedAt: null
        }
        await db.incubationServices.add(service)
        await appendAudit(
          db,
          { at: stamp, table: 'incubationServices', recordId: service.id, action: 'create' },
          newId
        )
        return { record: service, warnings }
      }),

    update: (id, patch) =>
      db.transaction('rw', scope, async () => {
        const before = await existing(id)
        if (before.archivedAt !== null) {
          throw new RecordValidationError([
            { field: '', level: 'error', message: `这条${LABEL}已归档，请先恢复再修改` }
          ])
        }
        if ('incubationId' in patch) {
          throw new RecordValidationError([
            { field: 'incubationId', level: 'error', message: '服务记录不能改到另一条入驻记录下' }
          ])
        }
        const at = now()
        const { fields, warnings } = await checked({ ...draftOf(before), ...patch }, at)
        const after = { ...before, ...fields, updatedAt: at.toISOString() }
        const changes = changedFields(
          before as unknown as Record<string, unknown>,
          after as unknown as Record<string, unknown>
        )
        if (Object.keys(changes).length === 0) return { record: before, warnings }
        await db.incubationServices.put(after)
        await appendAudit(
          db,
          {
            at: after.updatedAt,
            table: 'incubationServices',
            recordId: id,
            action: 'update',
            changes
          },
          newId
        )
        return { record: after, warnings }
      }),

    archive: (id) => setArchived(id, true),
    restore: (id) => setArchived(id, false),
    listAll: () => db.incubationServices.toArray(),
    listForIncubation: (incubationId) =>
      db.incubationServices.where('incubationId').equals(incubationId).sortBy('date'),
    listForOrganization: (organizationId) =>
      db.incubationServices.where('organizationId').equals(organizationId).sortBy('date'),
    async history(id) {
      const entries = await db.auditLog
        .where('[table+recordId]')
        .equals(['incubationServices', id])
        .toArray()
      return entries.sort((a, b) => a.at.localeCompare(b.at))
    }
  }
}
