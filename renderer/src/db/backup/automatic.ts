/**
 * Backups handed to the host (DesktopApi.writeBackup), which names, stores and rotates them:
 * 立即备份, the start-up backup, and the safety backup before a restore.
 */
import type { BackupEntry, BackupReason, DesktopApi } from '@shared/ipc/contract'
import { parseStoredGeneralSettings } from '@shared/domain/settings'
import { GENERAL_SETTINGS_KEY } from '../repositories/settings-repository'
import { SCHEMA_VERSION, type ShelianDatabase } from '../schema'
import { exportDatabase, isEmptySnapshot } from './export'

/** How many automatic backups rotation keeps, from 设置 in `settingsRows`. */
export function backupKeepFrom(settingsRows: readonly unknown[] | undefined): number {
  const general = (settingsRows ?? []).find(
    (row): row is { value: unknown } =>
      typeof row === 'object' &&
      row !== null &&
      (row as { key?: unknown }).key === GENERAL_SETTINGS_KEY
  )
  return parseStoredGeneralSettings(general?.value).backupKeep
}

export interface WriteDatabaseBackupOptions {
  reason: BackupReason
  appVersion: string
  now?: () => Date
  /** Write nothing (and resolve null) when the database holds no rows at all. */
  skipWhenEmpty?: boolean
}

/** Exports the whole database and hands it to the host as an automatic backup. */
export async function writeDatabaseBackup(
  db: ShelianDatabase,
  api: Pick<DesktopApi, 'writeBackup'>,
  options: WriteDatabaseBackupOptions
): Promise<BackupEntry | null> {
  const encoded = await exportDatabase(db, options)
  if (options.skipWhenEmpty && isEmptySnapshot(encoded.file.tables)) return null
  return api.writeBackup({
    reason: options.reason,
    schemaVersion: SCHEMA_VERSION,
    data: encoded.data,
    keep: backupKeepFrom(encoded.file.tables.settings)
  })
}
