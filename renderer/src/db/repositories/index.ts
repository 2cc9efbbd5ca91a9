/**
 * Every repository over one database. Pages get them through `useRepositories()`
 * (db/use-repositories.ts); tests call `createRepositories(db, { now, newId })` directly.
 */
import type { ShelianDatabase } from '../schema'
import { countTables, type TableCounts } from '../table-counts'
import { createActivitiesRepository, type ActivitiesRepository } from './activities-repository'
import { createAgreementsRepository, type AgreementsRepository } from './agreements-repository'
import { bulkLoad, countRecords, type RecordCounts, type RecordSet } from './bulk-load'
import {
  createCatalogueItemsRepository,
  type CatalogueItemsRepository
} from './catalogue-items-repository'
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
import { createLinkageReads, type LinkageReads } from './linkage-reads'
import {
  createMutualEvaluationsRepository,
  type MutualEvaluationsRepository
} from './mutual-evaluations-repository'
import { createNeedMatchesRepository, type NeedMatchesRepository } from './need-matches-repository'
import { createNeedsRepository, type NeedsRepository } from './needs-repository'
import {
  createOrganizationsRepository,
  type OrganizationsRepository
} from './organizations-repository'
import {
  createApplicationsRepository,
  type ApplicationsRepository
} from './applications-repository'
import { createPaymentsRepository, type PaymentsRepository } from './payments-repository'
import {
  createProjectEvaluationsRepository,
  type ProjectEvaluationsRepository
} from './project-evaluations-repository'
import { createProjectsRepository, type ProjectsRepository } from './projects-repository'
import { createResourcesRepository, type ResourcesRepository } from './resources-repository'
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

import {
  createReportExportsRepository,
  type ReportExportsRepository
} from './report-exports-repository'
import {
  createWorkbookExportsRepository,
  type WorkbookExportsRepository
} from './workbook-exports-repository'

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
  catalogueItems: CatalogueItemsRepository
  projects: ProjectsRepository
  agreements: AgreementsRepository
  payments: PaymentsRepository
  activities: ActivitiesRepository
  projectEvaluations: ProjectEvaluationsRepository
  mutualEvaluations: MutualEvaluationsRepository
  resources: ResourcesRepository
  needs: NeedsRepository
  needMatches: NeedMatchesRepository
  /** 三社联动 read-only views: coverage, a community's links, workload, volunteer hours. */
  linkage: LinkageReads
  /** PDF reports: numbering and the audit of saves and unmasking. */
  reportExports: ReportExportsRepository
  /** Excel workbooks (grid views and 台账): the audit of saves. */
  workbookExports: WorkbookExportsRepository
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
    catalogueItems: createCatalogueItemsRepository(db, deps),
    projects: createProjectsRepository(db, deps),
    agreements: createAgreementsRepository(db, deps),
    payments: createPaymentsRepository(db, deps),
    activities: createActivitiesRepository(db, deps),
    projectEvaluations: createProjectEvaluationsRepository(db, deps),
    mutualEvaluations: createMutualEvaluationsRepository(db, deps),
    resources: createResourcesRepository(db, deps),
    needs: createNeedsRepository(db, deps),
    needMatches: createNeedMatchesRepository(db, deps),
    linkage: createLinkageReads(db),
    reportExports: createReportExportsRepository(db, deps),
    workbookExports: createWorkbookExportsRepository(db, deps),
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
export type { ReviewsRepository, CatalogueItemsRepository, ProjectsRepository }
export type { AgreementsRepository, PaymentsRepository, ActivitiesRepository }
export type { ProjectEvaluationsRepository, MutualEvaluationsRepository }
export type { ResourcesRepository, NeedsRepository, NeedMatchesRepository, LinkageReads }
export type { WorkbookExport, WorkbookExportsRepository } from './workbook-exports-repository'
export type { CommunityLinks, ServingWorker, VolunteerHoursRow } from './linkage-reads'
export type { NeedSuggestions, NewApplicationMatchInput } from './need-matches-repository'
