/**
 * The everyday automatic backup: once per calendar day (China time), taken after the app is up
 * so it never delays the first screen. Restarting the app many times a day would otherwise fill
 * the rotation with near-identical copies and push out the older days a user may need.
 */
import type { BackupEntry, DesktopApi } from '@shared/ipc/contract'
import { todayInChina } from '@shared/domain/dates'
import type { ShelianDatabase } from '../schema'
import { writeDatabaseBackup } from './automatic'

export interface DailyBackupOptions {
  appVersion: string
  now?: () => Date
}

/**
 * Writes a `startup` backup unless one was already written today or the database is empty;
 * resolves with the backup written, or null. A failed write rejects, for the caller to report.
 */
export async function backUpOncePerDay(
  db: ShelianDatabase,
  api: Pick<DesktopApi, 'writeBackup' | 'listBackups'>,
  options: DailyBackupOptions
): Promise<BackupEntry | null> {
  const now = options.now ?? (() => new Date())
  const today = todayInChina(now())
  const existing = await api.listBackups()
  const doneToday = existing.some(
    (entry) => entry.reason === 'startup' && todayInChina(new Date(entry.createdAt)) === today
  )
  if (doneToday) return null
  return writeDatabaseBackup(db, api, {
    reason: 'startup',
    appVersion: options.appVersion,
    now: options.now,
    skipWhenEmpty: true
  })
}
