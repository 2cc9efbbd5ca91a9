/**
 * What every repository over archivable records does the same way: fetch a record or say it
 * is missing, archive and restore it with an audit entry, write a change with the fields it
 * changed, and read its history. Each repository keeps its own rules and transaction scope; the
 * helpers here must run inside that transaction.
 */
import type { Table } from 'dexie'
import { changedFields, type AuditEntry } from '@shared/domain/audit'
import { RecordValidationError, type FieldIssue } from '@shared/domain/check'
import type { ArchivableRecord } from '@shared/domain/records'
import type { ShelianDatabase, TableName } from '../schema'
import { appendAudit, auditEntry } from './audit-log'

/** A write that went through, with the rule's warnings (shown to the user, not blocking). */
export interface WriteResult<T> {
  record: T
  warnings: FieldIssue[]
}

/** The record asked for does not exist (never created; there is no delete). */
export class RecordNotFoundError extends Error {
  constructor(label: string, id: string) {
    super(`找不到这条${label}记录（${id}）`)
    this.name = 'RecordNotFoundError'
  }
}

/** Refuses a write with one message, addressed to `field` (the whole record when empty). */
export function refuse(message: string, field = ''): never {
  throw new RecordValidationError([{ field, level: 'error', message }])
}

export interface RecordStoreOptions {
  table: TableName
  /** The Chinese noun for one record, e.g. `入驻记录`. */
  label: string
  now: () => Date
  newId: () => string
}

/**
 * Runs `body` in one read-write transaction over `tables`. Dexie keeps the transaction across
 * native `await`s only when the callback it is handed is itself declared `async` (Dexie PR #978);
 * repository bodies are often plain arrows returning another helper's promise
 * (`() => store.setArchived(…)`), which lost the transaction after their first await and failed
 * with PrematureCommitError. The callback here is always async, whatever `body` is.
 */
export function writeTransaction<R>(
  db: ShelianDatabase,
  tables: Table[],
  body: () => Promise<R>
): Promise<R> {
  return db.transaction('rw', tables, async () => body())
}

export function createRecordStore<T extends ArchivableRecord>(
  db: ShelianDatabase,
  { table: tableName, label, now, newId }: RecordStoreOptions
) {
  const table = db.table(tableName) as Table<T, string>

  async function existing(id: string): Promise<T> {
    const record = await table.get(id)
    if (!record) throw new RecordNotFoundError(label, id)
    return record
  }

  return {
    existing,

    /** Refuses changes to an archived record. */
    inUse(record: T, message = `这条${label}已归档，请先恢复再修改`): void {
      if (record.archivedAt !== null) refuse(message)
    },

    /** Bookkeeping fields of a new record. */
    stamp(at: Date) {
      const instant = at.toISOString()
      return { id: newId(), createdAt: instant, updatedAt: instant, archivedAt: null }
    },

    /** Adds a new record with its `create` entry; `operator` when the caller has read it. */
    async add(record: T, summary?: string, operator?: string): Promise<void> {
      await table.add(record)
      await appendAudit(
        db,
        { at: record.createdAt, table: tableName, recordId: record.id, action: 'create', summary },
        newId,
        operator
      )
    },

    /** add() for many new records: two bulk writes instead of two writes each. */
    async addMany(records: readonly T[], operator: string): Promise<void> {
      await table.bulkAdd([...records])
      await db.auditLog.bulkAdd(
        records.map((record) =>
          auditEntry(
            { at: record.createdAt, table: tableName, recordId: record.id, action: 'create' },
            newId(),
            operator
          )
        )
      )
    },

    /**
     * Stores `after` and audits the fields that changed; writes nothing when nothing did.
     * Returns whether it wrote.
     */
    async change(
      before: T,
      after: T,
      audit: { action?: AuditEntry['action']; summary?: string; ignore?: readonly string[] } = {}
    ): Promise<boolean> {
      const changes = changedFields(
        before as unknown as Record<string, unknown>,
        after as unknown as Record<string, unknown>,
        ['updatedAt', ...(audit.ignore ?? [])]
      )
      if (Object.keys(changes).length === 0) return false
      await table.put(after)
      await appendAudit(
        db,
        {
          at: after.updatedAt,
          table: tableName,
          recordId: after.id,
          action: audit.action ?? 'update',
          changes,
          summary: audit.summary
        },
        newId
      )
      return true
    },

    /**
     * Archives or restores; `check` may refuse first (e.g. a 定稿 evaluation stays, a second
     * open stay is not restored).
     */
    async setArchived(
      id: string,
      archive: boolean,
      check?: (record: T) => void | Promise<void>
    ): Promise<WriteResult<T>> {
      const before = await existing(id)
      if ((before.archivedAt !== null) === archive) return { record: before, warnings: [] }
      // Awaiting a plain value inside a Dexie transaction lets it commit early
      // (PrematureCommitError), so only a real promise is awaited.
      const checking = check?.(before)
      if (checking) await checking
      const at = now().toISOString()
      const after = { ...before, archivedAt: archive ? at : null, updatedAt: at }
      await table.put(after)
      await appendAudit(
        db,
        {
          at,
          table: tableName,
          recordId: id,
          action: archive ? 'archive' : 'restore',
          changes: { archivedAt: [before.archivedAt, after.archivedAt] }
        },
        newId
      )
      return { record: after, warnings: [] }
    },

    /** The record's audit entries, oldest first. */
    async history(id: string): Promise<AuditEntry[]> {
      const entries = await db.auditLog.where('[table+recordId]').equals([tableName, id]).toArray()
      return entries.sort((a, b) => a.at.localeCompare(b.at))
    }
  }
}
