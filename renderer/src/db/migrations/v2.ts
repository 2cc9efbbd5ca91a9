/**
 * Schema version 2: the registry tables (organizations, communities, socialWorkers) and the
 * audit log arrive; the v1 `settings` table is unchanged.
 *
 * Self-contained on purpose: a migration runs against data written by an older release, so it
 * must not depend on today's types or helpers, which will keep changing (engineering-notes
 * §5.1). The types below are frozen copies of what v1 and v2 stored.
 *
 * The IndexedDB upgrade itself needs no function — Dexie creates the new, empty tables from the
 * `db.version(2).stores(...)` declaration in schema.ts and leaves `settings` as it is. What this
 * file does carry is the same step for backup files: a backup taken at v1 (for example the
 * automatic one written just before this upgrade) is turned into v2 tables, so it can still be
 * restored after the upgrade.
 */

/** A v1 `settings` row, exactly as v1 wrote it. */
export interface V1SettingsRow {
  key: string
  value: unknown
  updatedAt: string
}

/** The tables of a v1 backup. */
export interface V1Tables {
  settings: V1SettingsRow[]
}

/** The tables of a v2 backup; rows of the new tables are only passed along, never read here. */
export interface V2Tables {
  settings: V1SettingsRow[]
  communities: Record<string, unknown>[]
  organizations: Record<string, unknown>[]
  socialWorkers: Record<string, unknown>[]
  auditLog: Record<string, unknown>[]
}

/** The table names v1 had; anything else in a v1 backup is not ours. */
export const V1_TABLE_NAMES: readonly string[] = ['settings']

/** v1 backup tables → v2 tables: settings carried over row for row, the new tables empty. */
export function migrateBackupTablesToV2(tables: V1Tables): V2Tables {
  return {
    settings: tables.settings.map((row) => ({ ...row })),
    communities: [],
    organizations: [],
    socialWorkers: [],
    auditLog: []
  }
}
