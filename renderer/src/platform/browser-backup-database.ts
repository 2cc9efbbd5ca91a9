/**
 * Where the browser twin keeps automatic backups: an IndexedDB database of its own, apart from
 * the app's data, so that clearing or restoring the app's database never takes its backups with
 * it. Metadata and bytes live in separate tables so listing backups never loads their contents.
 */
import { Dexie, type EntityTable } from 'dexie'
import type { BackupEntry } from '@shared/ipc/contract'

export const BROWSER_BACKUP_DB_NAME = 'shelian-browser-backups'

export interface BackupDataRow {
  name: string
  /**
   * The file's bytes. A Blob, which Chromium keeps beside the database: a 200 MB city backup as
   * one Uint8Array value was refused ("The serialized keys and/or value are too large"). Rows
   * written before that hold a Uint8Array.
   */
  data: Blob | Uint8Array
}

export type BrowserBackupDatabase = Dexie & {
  backups: EntityTable<BackupEntry, 'name'>
  backupData: EntityTable<BackupDataRow, 'name'>
}

/** Options tests use to give each database a fresh IndexedDB. */
export type BrowserBackupDatabaseOptions = {
  indexedDB?: IDBFactory
  IDBKeyRange?: typeof IDBKeyRange
}

export function createBrowserBackupDatabase(
  options: BrowserBackupDatabaseOptions = {}
): BrowserBackupDatabase {
  // Strict durability: a backup that is reported written must survive a power cut.
  const db = new Dexie(BROWSER_BACKUP_DB_NAME, {
    chromeTransactionDurability: 'strict',
    ...options
  }) as BrowserBackupDatabase
  db.version(1).stores({ backups: 'name', backupData: 'name' })
  return db
}
