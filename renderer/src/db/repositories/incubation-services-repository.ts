/**
 * 服务记录 of a stay. Each entry is checked against the stay's dates (checkIncubationService);
 * the organisation is copied from the stay so per-organisation totals need no join. Mistakes are
 * archived, not deleted, like every other record.
 */
import type { AuditEntry } from '@shared/domain/audit'
import { RecordValidationError } from '@shared/domain/check'
import { todayInChina } from '@shared/domain/dates'
import {
  checkIncubationService,
  incubationServiceDraftSchema,
  type IncubationService,
  type IncubationServiceDraft
} from '@shared/domain/incubation/service-log'
import type { ShelianDatabase } from '../schema'
import type { RepositoryDeps } from './record-repository'
import { createRecordStore, refuse, type WriteResult, writeTransaction } from './record-store'

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
  const store = createRecordStore<IncubationService>(db, {
    table: 'incubationServices',
    label: LABEL,
    now,
    newId
  })
  const write = <R>(body: () => Promise<R>): Promise<R> =>
    writeTransaction(db, [db.incubationServices, db.incubations, db.settings, db.auditLog], body)

  /** The rule, against the stay the entry belongs to. */
  async function checked(input: unknown, at: Date) {
    const incubationId = (input as { incubationId?: unknown } | null)?.incubationId
    const stay =
      typeof incubationId === 'string' ? await db.incubations.get(incubationId) : undefined
    if (typeof incubationId === 'string' && incubationId !== '' && !stay) {
      refuse('所属的入驻记录不存在', 'incubationId')
    }
    if (stay?.archivedAt) refuse('所属的入驻记录已归档，请先恢复', 'incubationId')
    const result = checkIncubationService(input, stay ?? null, todayInChina(at))
    if (!result.ok) throw new RecordValidationError(result.issues)
    return { fields: result.value, stay: stay!, warnings: result.warnings }
  }

  return {
    add: (input) =>
      write(async () => {
        const at = now()
        const { fields, stay, warnings } = await checked(input, at)
        const service: IncubationService = {
          ...fields,
          organizationId: stay.organizationId,
          ...store.stamp(at)
        }
        await store.add(service)
        return { record: service, warnings }
      }),

    update: (id, patch) =>
      write(async () => {
        const before = await store.existing(id)
        store.inUse(before)
        if ('incubationId' in patch) refuse('服务记录不能改到另一条入驻记录下', 'incubationId')
        const at = now()
        const { fields, warnings } = await checked({ ...draftOf(before), ...patch }, at)
        const after = { ...before, ...fields, updatedAt: at.toISOString() }
        const wrote = await store.change(before, after)
        return { record: wrote ? after : before, warnings }
      }),

    archive: (id) => write(() => store.setArchived(id, true)),
    restore: (id) => write(() => store.setArchived(id, false)),
    listAll: () => db.incubationServices.toArray(),
    listForIncubation: (incubationId) =>
      db.incubationServices.where('incubationId').equals(incubationId).sortBy('date'),
    listForOrganization: (organizationId) =>
      db.incubationServices.where('organizationId').equals(organizationId).sortBy('date'),
    history: store.history
  }
}
