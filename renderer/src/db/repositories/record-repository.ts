/**
 * The generic core behind the organisation, community and social-worker repositories. Every
 * write goes through here, and every write:
 *
 *  1. checks the input with the table's shared rule (errors → RecordValidationError with the
 *     field messages, and nothing is written; warnings go back to the caller);
 *  2. checks what needs other records (duplicates, references) inside the write transaction, so
 *     no other write can slip in between the check and the write;
 *  3. stamps `createdAt` / `updatedAt`, stores `pinyin` / `pinyinInitials` of the name;
 *  4. appends an audit entry (operator from 设置) in the same Dexie transaction.
 *
 * Records others point at are archived, never deleted: there is no delete here. Reads only touch
 * Dexie, so they can run inside `useLiveQuery`.
 */
import type { Table } from 'dexie'
import type { AuditEntry } from '@shared/domain/audit'
import { RecordValidationError, type CheckResult, type FieldIssue } from '@shared/domain/check'
import { todayInChina, type IsoDate } from '@shared/domain/dates'
import type { NamedRecord } from '@shared/domain/records'
import { errorText } from '@shared/text/error-text'
import { pinyinKeys } from '@shared/text/pinyin'
import type { RecordTableName, ShelianDatabase, TableName } from '../schema'
import { currentOperator } from './audit-log'
import {
  createRecordStore,
  RecordNotFoundError,
  type WriteResult,
  writeTransaction
} from './record-store'

export { RecordNotFoundError, type WriteResult }

/** Clock and id source; tests pass fixed ones. */
export interface RepositoryDeps {
  now?: () => Date
  newId?: () => string
}

/** What one table adds to the core: its rule, its cross-record checks, its words. */
export interface RecordRules<T extends NamedRecord, F> {
  table: RecordTableName
  /** The Chinese noun for one record, e.g. `社会组织`. */
  label: string
  /** The fields a caller supplies: the draft schema's keys. */
  draftFields: readonly string[]
  check(input: unknown, today: IsoDate): CheckResult<F>
  /** Tables `crossCheck` and `referencedBy` read; they join the write transaction. */
  relatedTables: readonly TableName[]
  /**
   * Duplicates and references, against what is stored. `selfId` is the record being updated
   * (null on create), so it never counts as its own duplicate.
   */
  crossCheck(db: ShelianDatabase, fields: F, selfId: string | null): Promise<FieldIssue[]>
  /**
   * `crossCheck` of a batch of new records at once, each also against the others (they are
   * written together, so none of them is in the table while the others are checked). Optional:
   * without it, `createMany` checks and adds each record before the next, as `create` would.
   */
  crossCheckMany?(db: ShelianDatabase, batch: readonly F[]): Promise<FieldIssue[][]>
  /** Warnings about records that still point at `record` when it is archived. */
  referencedBy(db: ShelianDatabase, record: T): Promise<FieldIssue[]>
}

export interface RecordRepository<T extends NamedRecord, D> {
  /** Checks and adds a new record. */
  create(input: D): Promise<WriteResult<T>>
  /**
   * Checks and adds several new records in one transaction, each as `create` would (the same
   * rule and checks, bookkeeping and `create` entry), reading what the checks need once for the
   * batch where the table's rules can. One refused input refuses the batch: the
   * RecordBatchError says which. For imports, where rows come by the thousand.
   */
  createMany(inputs: readonly D[]): Promise<WriteResult<T>[]>
  /**
   * Changes the fields in `patch` (the others keep their stored values); the whole result is
   * checked again. A patch that changes nothing writes nothing.
   */
  update(id: string, patch: Partial<D>): Promise<WriteResult<T>>
  /** Takes a record out of use; it stays readable and every reference to it keeps working. */
  archive(id: string): Promise<WriteResult<T>>
  /** Undoes `archive`. */
  restore(id: string): Promise<WriteResult<T>>
  get(id: string): Promise<T | undefined>
  /** The records with these ids (missing ones left out), e.g. to name what other records point at. */
  getMany(ids: readonly string[]): Promise<T[]>
  /** Every record, archived ones included (see `archivedAt`), for the grids. */
  listAll(): Promise<T[]>
  /** The audit entries of a record, oldest first. */
  history(id: string): Promise<AuditEntry[]>
}

/** What the rule gives for an input it accepts. */
type Passed<F> = Extract<CheckResult<F>, { ok: true }>

/** An input of a `createMany` batch was refused; `index` is its place in the batch. */
export class RecordBatchError extends Error {
  constructor(
    readonly index: number,
    readonly reason: unknown
  ) {
    super(errorText(reason))
    this.name = 'RecordBatchError'
  }
}

/** Runs `work` for the batch's input `index`, naming that input if it throws. */
function atInput<R>(index: number, work: () => R): R {
  try {
    return work()
  } catch (reason) {
    throw new RecordBatchError(index, reason)
  }
}

const BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'archivedAt', 'pinyin', 'pinyinInitials']

/** The caller-supplied fields of a stored record. */
export function draftOf(record: object, draftFields: readonly string[]): Record<string, unknown> {
  const source = record as Record<string, unknown>
  const draft: Record<string, unknown> = {}
  for (const field of draftFields) {
    if (field in source) draft[field] = source[field]
  }
  return draft
}

function errorsIn(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.filter((issue) => issue.level === 'error')
}

/** Refuses fields the rule does not know and fields the repository keeps itself. */
function fieldNameIssues(input: unknown, draftFields: readonly string[]): FieldIssue[] {
  if (typeof input !== 'object' || input === null) return []
  return Object.keys(input).flatMap((field): FieldIssue[] => {
    if (draftFields.includes(field)) return []
    const message = BOOKKEEPING.includes(field)
      ? `字段“${field}”由系统维护，不能直接填写`
      : `没有名为“${field}”的字段`
    return [{ field, level: 'error', message }]
  })
}

export function createRecordRepository<T extends NamedRecord, F extends { name: string }, D>(
  db: ShelianDatabase,
  rules: RecordRules<T, F>,
  deps: RepositoryDeps = {}
): RecordRepository<T, D> {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const table = db.table(rules.table) as Table<T, string>
  const scope = [...new Set([rules.table, 'auditLog', 'settings', ...rules.relatedTables])].map(
    (name) => db.table(name)
  )

  const write = <R>(body: () => Promise<R>): Promise<R> => writeTransaction(db, scope, body)

  /** The field names and the rule; throws when anything is an error. */
  function ruleChecked(input: unknown, today: IsoDate): Passed<F> {
    const unknownFields = fieldNameIssues(input, rules.draftFields)
    if (unknownFields.length > 0) throw new RecordValidationError(unknownFields)
    const result = rules.check(input, today)
    if (!result.ok) throw new RecordValidationError(result.issues)
    return result
  }

  /** Adds the cross-record checks' findings; throws when one is an error. */
  function crossChecked(result: Passed<F>, cross: readonly FieldIssue[]) {
    if (errorsIn(cross).length > 0) {
      throw new RecordValidationError([...cross, ...result.warnings])
    }
    return { fields: result.value, warnings: [...result.warnings, ...cross] }
  }

  /** Runs the rule, then the cross-record checks; throws when anything is an error. */
  async function checked(input: unknown, selfId: string | null, at: Date) {
    const result = ruleChecked(input, todayInChina(at))
    return crossChecked(result, await rules.crossCheck(db, result.value, selfId))
  }

  const store = createRecordStore<T>(db, { table: rules.table, label: rules.label, now, newId })
  const newRecord = (fields: F, at: Date) =>
    ({ ...fields, ...pinyinKeys(fields.name), ...store.stamp(at) }) as unknown as T

  return {
    create: (input) =>
      write(async () => {
        const at = now()
        const { fields, warnings } = await checked(input, null, at)
        const record = newRecord(fields, at)
        await store.add(record)
        return { record, warnings }
      }),

    createMany: (inputs) =>
      write(async () => {
        const at = now()
        const today = todayInChina(at)
        const operator = await currentOperator(db)
        const passed = inputs.map((input, index) => atInput(index, () => ruleChecked(input, today)))
        if (rules.crossCheckMany) {
          const cross = await rules.crossCheckMany(
            db,
            passed.map((result) => result.value)
          )
          const checkedAll = passed.map((result, index) =>
            atInput(index, () => crossChecked(result, cross[index] ?? []))
          )
          const records = checkedAll.map(({ fields }) => newRecord(fields, at))
          await store.addMany(records, operator)
          return records.map((record, index) => ({ record, warnings: checkedAll[index]!.warnings }))
        }
        const written: WriteResult<T>[] = []
        for (const [index, result] of passed.entries()) {
          const cross = await rules.crossCheck(db, result.value, null)
          const { fields, warnings } = atInput(index, () => crossChecked(result, cross))
          const record = newRecord(fields, at)
          await store.add(record, undefined, operator)
          written.push({ record, warnings })
        }
        return written
      }),

    update: (id, patch) =>
      write(async () => {
        const before = await store.existing(id)
        store.inUse(before)
        const badFields = fieldNameIssues(patch, rules.draftFields)
        if (badFields.length > 0) throw new RecordValidationError(badFields)
        const at = now()
        const draft = { ...draftOf(before, rules.draftFields), ...(patch as object) }
        const { fields, warnings } = await checked(draft, id, at)
        const after = {
          ...before,
          ...fields,
          ...pinyinKeys(fields.name),
          updatedAt: at.toISOString()
        } as T
        const wrote = await store.change(before, after, { ignore: ['pinyin', 'pinyinInitials'] })
        return { record: wrote ? after : before, warnings }
      }),

    archive: (id) =>
      write(async () => {
        const result = await store.setArchived(id, true)
        return { ...result, warnings: await rules.referencedBy(db, result.record) }
      }),
    restore: (id) => write(() => store.setArchived(id, false)),

    get: (id) => table.get(id),

    getMany: async (ids) =>
      (await table.bulkGet([...ids])).filter((record): record is T => record !== undefined),

    listAll: () => table.toArray(),

    history: store.history
  }
}
