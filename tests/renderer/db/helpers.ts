/**
 * Shared pieces of the database tests: a fresh in-memory IndexedDB per test, a clock and id
 * source that tests control, valid drafts taken from the sample data, a snapshot of every
 * table, and a DesktopApi fake that records backups.
 */
import { vi } from 'vitest'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import type { BackupEntry, DesktopApi, WriteBackupRequest } from '@shared/ipc/contract'
import { generateSampleData } from '@shared/sample-data/generate'
import { createDatabase, TABLE_NAMES, type ShelianDatabase } from '@renderer/db/schema'

/** 2026-11-22 09:30 in China. */
export const NOW = new Date('2026-11-22T01:30:00.000Z')
export const TODAY = '2026-11-22'

export function freshFactory() {
  return { indexedDB: new IDBFactory(), IDBKeyRange }
}

export function freshDb(): ShelianDatabase {
  return createDatabase(freshFactory())
}

/** A clock that moves one second per reading, so audit entries sort in write order. */
export function tickingClock(start = NOW): () => Date {
  let at = start.getTime()
  return () => {
    const now = new Date(at)
    at += 1000
    return now
  }
}

/** Ids `id-1`, `id-2`, … */
export function sequentialIds(prefix = 'id'): () => string {
  let next = 0
  return () => `${prefix}-${++next}`
}

export const SAMPLE = generateSampleData({ today: TODAY })

const BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'archivedAt', 'pinyin', 'pinyinInitials']

/** The caller-supplied fields of a generated record. */
export function draftOf<T extends object>(record: T): Record<string, unknown> {
  const draft: Record<string, unknown> = { ...(record as Record<string, unknown>) }
  for (const key of BOOKKEEPING) delete draft[key]
  return draft
}

/** Every row of every table, each table sorted by key: what "nothing changed" compares. */
export async function snapshot(db: ShelianDatabase): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const)
  )
  return Object.fromEntries(entries)
}

/** A DesktopApi whose writeBackup records what it was given (or fails, when told to). */
export function recordingApi(
  options: { fail?: Error; onWrite?(request: WriteBackupRequest): void | Promise<void> } = {}
) {
  const written: WriteBackupRequest[] = []
  const writeBackup = vi.fn(async (request: WriteBackupRequest): Promise<BackupEntry> => {
    await options.onWrite?.(request)
    if (options.fail) throw options.fail
    written.push(request)
    return {
      name: `shelian-backup-20261122-093000000-${request.reason}-v${request.schemaVersion}.json`,
      sizeBytes: request.data.byteLength,
      createdAt: NOW.toISOString(),
      reason: request.reason,
      schemaVersion: request.schemaVersion
    }
  })
  const api: Pick<DesktopApi, 'writeBackup'> = { writeBackup }
  return { api, written, writeBackup }
}

export function decodeJson(data: Uint8Array): Record<string, unknown> {
  return JSON.parse(new TextDecoder().decode(data)) as Record<string, unknown>
}
