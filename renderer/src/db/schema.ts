/**
 * The app's one IndexedDB database and its schema — the only place tables and indexes are
 * declared.
 *
 * To change the schema: add `db.version(N + 1).stores({...})` below with the full new set of
 * tables (Dexie keeps the old declarations for reference), put any data migration in
 * `migrations/vN+1.ts` with its own frozen types, and bump SCHEMA_VERSION. Never change a
 * primary key; add a new table instead (engineering-notes §5.1).
 */
import { Dexie, type EntityTable } from 'dexie'

export const DB_NAME = 'shelian-desk'

/** The current schema version; backups record it so a restore knows what it holds. */
export const SCHEMA_VERSION = 1

/** One group of settings, stored whole under a fixed key (e.g. `general`). */
export interface SettingsRow {
  key: string
  value: unknown
  /** ISO timestamp of the last save. */
  updatedAt: string
}

export type ShelianDatabase = Dexie & {
  settings: EntityTable<SettingsRow, 'key'>
}

/** Options tests use to give each database a fresh IndexedDB (fake-indexeddb). */
export type DatabaseOptions = {
  indexedDB?: IDBFactory
  IDBKeyRange?: typeof IDBKeyRange
}

export function createDatabase(options: DatabaseOptions = {}): ShelianDatabase {
  // Strict durability: Chromium defaults to relaxed, which can lose the last writes when an
  // office PC loses power (engineering-notes §5.2).
  const db = new Dexie(DB_NAME, {
    chromeTransactionDurability: 'strict',
    ...options
  }) as ShelianDatabase

  db.version(1).stores({
    settings: 'key'
  })

  return db
}
