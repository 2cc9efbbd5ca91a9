/**
 * Every repository over one database. Pages get them through `useRepositories()`
 * (db/use-repositories.ts); tests call `createRepositories(db, { now, newId })` directly.
 */
import type { ShelianDatabase } from '../schema'
import { countTables, type TableCounts } from '../table-counts'
import { bulkLoad, countRecords, type RecordCounts, type RecordSet } from './bulk-load'
import { createCommunitiesRepository, type CommunitiesRepository } from './communities-repository'
import {
  createOrganizationsRepository,
  type OrganizationsRepository
} from './organizations-repository'
import type { RepositoryDeps } from './record-repository'
import { createSettingsRepository, type SettingsRepository } from './settings-repository'
import {
  createSocialWorkersRepository,
  type SocialWorkersRepository
} from './social-workers-repository'

export interface Repositories {
  organizations: OrganizationsRepository
  communities: CommunitiesRepository
  socialWorkers: SocialWorkersRepository
  settings: SettingsRepository
  /** Loads a set of records in one transaction, into an empty registry only. */
  bulkLoad(data: RecordSet): Promise<RecordCounts>
  /** Stored organisations, communities and social workers (archived included). */
  countRecords(): Promise<RecordCounts>
  /** Rows in every table, settings and audit log included. */
  countTables(): Promise<TableCounts>
}

export function createRepositories(db: ShelianDatabase, deps: RepositoryDeps = {}): Repositories {
  return {
    organizations: createOrganizationsRepository(db, deps),
    communities: createCommunitiesRepository(db, deps),
    socialWorkers: createSocialWorkersRepository(db, deps),
    settings: createSettingsRepository(db, deps.now),
    bulkLoad: (data) => bulkLoad(db, data, deps),
    countRecords: () => countRecords(db),
    countTables: () => countTables(db)
  }
}

export { BulkLoadError, type RecordCounts, type RecordSet } from './bulk-load'
export { RecordNotFoundError, type RecordRepository, type WriteResult } from './record-repository'
export type { CommunityDraft } from './communities-repository'
export type { SocialWorkerDraft } from './social-workers-repository'
export type { RepositoryDeps, TableCounts }
export type { OrganizationsRepository, CommunitiesRepository, SocialWorkersRepository }
