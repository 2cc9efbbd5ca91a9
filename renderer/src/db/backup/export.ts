/**
 * Writing backups: a consistent snapshot of every table (one read transaction), encoded in the
 * backup format with its counts and checksum.
 */
import type { Dexie } from 'dexie'
import { SCHEMA_VERSION, TABLE_NAMES, type ShelianDatabase } from '../schema'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  canonicalJson,
  sha256Hex,
  type BackupFile
} from './format'

export interface EncodedBackup {
  data: Uint8Array
  file: BackupFile
}

/**
 * Every row of the named tables, read in one transaction so the tables agree with each other.
 * Works on any Dexie, including one opened without a schema (start-up reads the old version
 * that way before upgrading it).
 */
export async function readTables(
  db: Dexie,
  tableNames: readonly string[]
): Promise<Record<string, unknown[]>> {
  if (tableNames.length === 0) return {}
  const tables = tableNames.map((name) => db.table(name))
  const rows = await db.transaction('r', tables, () =>
    Promise.all(tables.map((table) => table.toArray()))
  )
  return Object.fromEntries(tableNames.map((name, index) => [name, rows[index]!]))
}

/** Builds the file around `tables` and returns it as UTF-8 JSON bytes. */
export async function encodeBackup(input: {
  tables: Record<string, unknown[]>
  schemaVersion: number
  appVersion: string
  exportedAt: Date
}): Promise<EncodedBackup> {
  const counts = Object.fromEntries(
    Object.entries(input.tables).map(([name, rows]) => [name, rows.length])
  )
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: input.appVersion,
    schemaVersion: input.schemaVersion,
    exportedAt: input.exportedAt.toISOString(),
    counts,
    sha256: await sha256Hex(canonicalJson(input.tables)),
    // Last, so the header can be read at the top of the file by a person too.
    tables: input.tables
  }
  return { data: new TextEncoder().encode(JSON.stringify(file)), file }
}

/** The whole current database as a backup file. */
export async function exportDatabase(
  db: ShelianDatabase,
  options: { appVersion: string; now?: () => Date }
): Promise<EncodedBackup> {
  const tables = await readTables(db, TABLE_NAMES)
  return encodeBackup({
    tables,
    schemaVersion: SCHEMA_VERSION,
    appVersion: options.appVersion,
    exportedAt: (options.now ?? (() => new Date()))()
  })
}

/** True when no table holds a row: nothing worth an automatic backup. */
export function isEmptySnapshot(tables: Record<string, unknown[]>): boolean {
  return Object.values(tables).every((rows) => rows.length === 0)
}
