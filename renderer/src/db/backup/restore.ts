/**
 * Restoring a backup: check the whole file (read.ts), take a `restore` backup of the current
 * data through the DesktopApi so the restore itself can be undone, then replace every table in
 * ONE read-write transaction together with an audit entry. Any failure before or during the
 * transaction leaves the database exactly as it was.
 */
import type { BackupEntry, DesktopApi } from '@shared/ipc/contract'
import { appendAudit, currentOperator } from '../repositories/audit-log'
import { SCHEMA_VERSION, TABLE_NAMES, type ShelianDatabase, type TableName } from '../schema'
import { backupKeepFrom } from './automatic'
import { exportDatabase, isEmptySnapshot } from './export'
import { checkBackupFile, type CheckedBackup } from './read'
import { errorText } from '@shared/text/error-text'

/** Rows written per bulkAdd call, so progress can be reported inside the one transaction. */
const CHUNK = 5000

export type RestoreProgress =
  | { stage: 'checking' }
  | { stage: 'safety-backup' }
  | { stage: 'writing'; table: TableName; done: number; total: number }

export interface RestoreOptions {
  api: Pick<DesktopApi, 'writeBackup'>
  appVersion: string
  now?: () => Date
  newId?: () => string
  onProgress?(progress: RestoreProgress): void
}

export interface RestoreResult {
  summary: CheckedBackup['summary']
  /** The backup of the data that was replaced; null when the database was empty. */
  safetyBackup: BackupEntry | null
}

/** The safety backup could not be written, so nothing was restored. */
export class RestoreAbortedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RestoreAbortedError'
  }
}

/** Replaces all data with `bytes`' contents; rejects (changing nothing) when anything is wrong. */
export async function restoreBackup(
  db: ShelianDatabase,
  bytes: Uint8Array,
  options: RestoreOptions
): Promise<RestoreResult> {
  options.onProgress?.({ stage: 'checking' })
  const checked = await checkBackupFile(bytes, { now: options.now })
  return restoreCheckedBackup(db, checked, options)
}

/**
 * Replaces all data with a file `checkBackupFile` has already accepted (the preview's result):
 * at city scale the check takes about two seconds, so it is not repeated on 确认恢复.
 */
export async function restoreCheckedBackup(
  db: ShelianDatabase,
  checked: CheckedBackup,
  options: RestoreOptions
): Promise<RestoreResult> {
  const now = options.now ?? (() => new Date())
  const newId = options.newId ?? (() => crypto.randomUUID())
  const report = options.onProgress ?? (() => {})

  report({ stage: 'safety-backup' })
  const current = await exportDatabase(db, { appVersion: options.appVersion, now })
  let safetyBackup: BackupEntry | null = null
  if (!isEmptySnapshot(current.file.tables)) {
    const keep = backupKeepFrom(current.file.tables.settings)
    try {
      safetyBackup = await options.api.writeBackup({
        reason: 'restore',
        schemaVersion: SCHEMA_VERSION,
        data: current.data,
        keep
      })
    } catch (error) {
      throw new RestoreAbortedError(
        `恢复前没能先备份现有数据（${errorText(error)}），为保护现有数据，没有恢复。请检查磁盘空间和备份文件夹后重试，或先用“导出备份文件”手动保存一份。`
      )
    }
  }

  await db.transaction('rw', TABLE_NAMES as unknown as string[], async () => {
    const operator = await currentOperator(db)
    const before = Object.fromEntries(
      await Promise.all(TABLE_NAMES.map(async (name) => [name, await db.table(name).count()]))
    ) as Record<TableName, number>
    for (const name of TABLE_NAMES) await db.table(name).clear()
    for (const name of TABLE_NAMES) {
      const rows = checked.tables[name]
      for (let start = 0; start < rows.length; start += CHUNK) {
        await db.table(name).bulkAdd(rows.slice(start, start + CHUNK))
        report({
          stage: 'writing',
          table: name,
          done: Math.min(start + CHUNK, rows.length),
          total: rows.length
        })
      }
    }
    await appendAudit(
      db,
      {
        at: now().toISOString(),
        table: 'backup',
        recordId: checked.summary.sha256,
        action: 'restore-backup',
        changes: Object.fromEntries(
          TABLE_NAMES.map((name) => [name, [before[name], checked.summary.counts[name]]])
        )
      },
      newId,
      operator
    )
  })

  return { summary: checked.summary, safetyBackup }
}
