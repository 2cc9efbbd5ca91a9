/**
 * The backup file: one JSON document holding every table, with enough around it to tell, before
 * anything is written, whether a file is ours, from which version, complete and unmodified.
 *
 * ```json
 * {
 *   "format": "shelian-desk-backup",
 *   "formatVersion": 1,
 *   "appVersion": "0.1.0",
 *   "schemaVersion": 2,
 *   "exportedAt": "2026-11-22T01:30:00.000Z",
 *   "counts": { "settings": 1, "communities": 80, ... },
 *   "sha256": "<hex of SHA-256 over canonicalJson(tables)>",
 *   "tables": { "settings": [...], "communities": [...], ... }
 * }
 * ```
 *
 * We do not use dexie-export-import: its import writes while it reads, so a bad row half-way
 * through a file leaves a half-restored database, and it knows nothing of our rules. Here the
 * whole file is parsed and every row checked before one transaction replaces the data.
 */
export const BACKUP_FORMAT = 'shelian-desk-backup'
export const BACKUP_FORMAT_VERSION = 1

export interface BackupHeader {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  /** Version of the app that wrote the file. */
  appVersion: string
  /** Schema version of the database the tables came from. */
  schemaVersion: number
  /** ISO instant. */
  exportedAt: string
  /** Rows per table, as written. */
  counts: Record<string, number>
  /** Lower-case hex SHA-256 of `canonicalJson(tables)`. */
  sha256: string
}

export interface BackupFile extends BackupHeader {
  tables: Record<string, unknown[]>
}

/**
 * JSON with object keys sorted at every level, so the checksum does not depend on the order a
 * writer happened to put keys in. Follows JSON.stringify otherwise (undefined properties are
 * left out, undefined in arrays becomes null).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null'
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalJson(item)).join(',')}]`
  }
  const record = value as Record<string, unknown>
  const parts: string[] = []
  for (const key of Object.keys(record).sort()) {
    const item = record[key]
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue
    parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`)
  }
  return `{${parts.join(',')}}`
}

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** `社联台备份-20261122-0930.json`, in local time — what 导出备份文件 suggests. */
export function exportFileName(at: Date): string {
  const day = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`
  return `社联台备份-${day}-${pad(at.getHours())}${pad(at.getMinutes())}.json`
}
