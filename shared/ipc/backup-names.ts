/**
 * Automatic backup files are named by the host, never by the renderer, so a name can be parsed
 * back into its metadata and can never point outside the backup folder.
 *
 * Shape: `shelian-backup-20261122-093015123-startup-v3.json` (local time to the millisecond,
 * reason, schema version). Names sort chronologically as plain strings.
 */
import type { BackupEntry, BackupReason } from './contract'

export const BACKUP_NAME_PATTERN =
  /^shelian-backup-(\d{8})-(\d{9})-(startup|upgrade|manual|restore)-v(\d{1,5})\.json$/

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

/** The file name for a backup taken at `at` (the host's local time). */
export function backupFileName(at: Date, reason: BackupReason, schemaVersion: number): string {
  const day = `${at.getFullYear()}${pad(at.getMonth() + 1, 2)}${pad(at.getDate(), 2)}`
  const time = `${pad(at.getHours(), 2)}${pad(at.getMinutes(), 2)}${pad(at.getSeconds(), 2)}${pad(at.getMilliseconds(), 3)}`
  return `shelian-backup-${day}-${time}-${reason}-v${schemaVersion}.json`
}

/** Metadata recovered from a name, or null for a file that is not one of ours. */
export function parseBackupFileName(
  name: string
): Pick<BackupEntry, 'reason' | 'schemaVersion'> | null {
  const match = BACKUP_NAME_PATTERN.exec(name)
  if (!match) return null
  return { reason: match[3] as BackupReason, schemaVersion: Number(match[4]) }
}

/**
 * Which backups rotation removes: all but the newest `keep`, judged by name order (which is
 * chronological). Names that are not backups are never touched.
 */
export function backupsToPrune(names: readonly string[], keep: number): string[] {
  const ours = names.filter((name) => BACKUP_NAME_PATTERN.test(name)).sort()
  return ours.slice(0, Math.max(0, ours.length - keep))
}
