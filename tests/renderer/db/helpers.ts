/**
 * Shared pieces of the database tests: a fresh in-memory IndexedDB per test, a clock and id
 * source that tests control, valid drafts taken from the sample data, a snapshot of every
 * table, refusals that must leave it unchanged, and a DesktopApi fake that records backups.
 */
import { expect, vi } from 'vitest'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { RecordValidationError } from '@shared/domain/check'
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

/** How many records of each table the sample data holds: what loading or restoring it counts. */
export const SAMPLE_COUNTS = {
  communities: SAMPLE.communities.length,
  organizations: SAMPLE.organizations.length,
  socialWorkers: SAMPLE.socialWorkers.length,
  incubations: SAMPLE.incubations.length,
  incubationServices: SAMPLE.incubationServices.length,
  evaluations: SAMPLE.evaluations.length,
  reviewers: SAMPLE.reviewers.length,
  ventureRounds: SAMPLE.ventureRounds.length,
  applications: SAMPLE.applications.length,
  reviews: SAMPLE.reviews.length,
  projects: SAMPLE.projects.length,
  catalogueItems: SAMPLE.catalogueItems.length,
  agreements: SAMPLE.agreements.length,
  amendments: SAMPLE.amendments.length,
  payments: SAMPLE.payments.length,
  activities: SAMPLE.activities.length,
  projectEvaluations: SAMPLE.projectEvaluations.length,
  mutualEvaluations: SAMPLE.mutualEvaluations.length,
  resources: SAMPLE.resources.length,
  needs: SAMPLE.needs.length,
  needMatches: SAMPLE.needMatches.length
}

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

/** An error issue on `field` with exactly `message`, for {@link refusedUnchanged}. */
export const fieldError = (field: string, message: string) =>
  expect.objectContaining({ field, level: 'error', message })

/** Expects `write` to be refused with these issues (among others), and nothing to be written. */
export async function refusedUnchanged(
  db: ShelianDatabase,
  write: () => Promise<unknown>,
  issues: unknown[]
) {
  const before = await snapshot(db)
  const failure = write()
  await expect(failure).rejects.toBeInstanceOf(RecordValidationError)
  await expect(failure).rejects.toMatchObject({ issues: expect.arrayContaining(issues) })
  expect(await snapshot(db)).toEqual(before)
}

/**
 * Expects `write` to be refused with a message containing `message` — addressed to `field`
 * when given — and nothing to be written. `write` starts only once the tables are read, so a
 * write that wrongly lands cannot hide in the "before" snapshot.
 */
export async function expectRefused(
  db: ShelianDatabase,
  write: () => Promise<unknown>,
  message: string,
  field?: string
) {
  const before = await snapshot(db)
  const error = await write().then(
    () => null,
    (thrown: unknown) => thrown
  )
  expect(error).toBeInstanceOf(RecordValidationError)
  expect((error as Error).message).toContain(message)
  if (field !== undefined) {
    expect((error as RecordValidationError).issues[0]).toMatchObject({ field })
  }
  expect(await snapshot(db)).toEqual(before)
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
