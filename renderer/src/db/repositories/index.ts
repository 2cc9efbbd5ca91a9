/**
 * Every repository over one database. Pages get them through `useRepositories()`
 * (db/use-repositories.ts); tests call `createRepositories(db, { now, newId })` directly.
 */
import type { ShelianDatabase } from '../schema'
import { countTables, type TableCounts } from '../table-counts'
import { bulkLoad, countRecords, type RecordCounts, type RecordSet } from './bulk-load'
import { createCommunitiesRepository, type CommunitiesRepository } from './communities-repository'
import { createEvaluationsRepository, type EvaluationsRepository } from './evaluations-repository'
import {
  createIncubationServicesRepository,
  type IncubationServicesRepository
} from './incubation-services-repository'
import {
  createIncubationsRepository,
  type IncubationDeps,
  type IncubationsRepository
} from './incubations-repository'
import {
  createOrganizationsRepository,
  type OrganizationsRepository
} from './organizations-repository'
import {
  createApplicationsRepository,
  type ApplicationsRepository
} from './applications-repository'
import { createReviewersRepository, type ReviewersRepository } from './reviewers-repository'
import { createReviewsRepository, type ReviewsRepository } from './reviews-repository'
import {
  createVentureRoundsRepository,
  type VentureRoundsRepository
} from './venture-rounds-repository'
import { createSettingsRepository, type SettingsRepository } from './settings-repository'
import {
  createSocialWorkersRepository,
  type SocialWorkersRepository
} from './social-workers-repository'

export interface Repositories {
  organizations: OrganizationsRepository
  communities: CommunitiesRepository
  socialWorkers: SocialWorkersRepository
  incubations: IncubationsRepository
  incubationServices: IncubationServicesRepository
  evaluations: EvaluationsRepository
  ventureRounds: VentureRoundsRepository
  applications: ApplicationsRepository
  reviewers: ReviewersRepository
  reviews: ReviewsRepository
  settings: SettingsRepository
  /** Loads a set of records in one transaction, into an empty registry only. */
  bulkLoad(data: RecordSet): Promise<RecordCounts>
  /** Stored records of every registry and incubation table (archived included). */
  countRecords(): Promise<RecordCounts>
  /** Rows in every table, settings and audit log included. */
  countTables(): Promise<TableCounts>
}

export function createRepositories(db: ShelianDatabase, deps: IncubationDeps = {}): Repositories {
  return {
    organizations: createOrganizationsRepository(db, deps),
    communities: createCommunitiesRepository(db, deps),
    socialWorkers: createSocialWorkersRepository(db, deps),
    incubations: createIncubationsRepository(db, deps),
    incubationServices: createIncubationServicesRepository(db, deps),
    evaluations: createEvaluationsRepository(db, deps),
    ventureRounds: createVentureRoundsRepository(db, deps),
    applications: createApplicationsRepository(db, deps),
    reviewers: createReviewersRepository(db, deps),
    reviews: createReviewsRepository(db, deps),
    settings: createSettingsRepository(db, deps.now, deps.newId),
    bulkLoad: (data) => bulkLoad(db, data, deps),
    countRecords: () => countRecords(db),
    countTables: () => countTables(db)
  }
}

export { BulkLoadError, type RecordCounts, type RecordSet } from './bulk-load'
export { RecordNotFoundError, type RecordRepository, type WriteResult } from './record-repository'
export type { CommunityDraft } from './communities-repository'
export type { SocialWorkerDraft } from './social-workers-repository'
export type { IncubationDeps as RepositoryDeps, TableCounts }
export type { OrganizationsRepository, CommunitiesRepository, SocialWorkersRepository }
export type { IncubationsRepository, IncubationServicesRepository, EvaluationsRepository }
export type { VentureRoundsRepository, ApplicationsRepository, ReviewersRepository }
export type { ReviewsRepository }
