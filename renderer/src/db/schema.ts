/**
 * The app's one IndexedDB database and its schema — the only place tables and indexes are
 * declared.
 *
 * To change the schema: add `db.version(N + 1).stores({...})` below with the full new set of
 * tables (keep the older declarations: they document what shipped), put any data migration in
 * `migrations/vN+1.ts` with its own frozen types (plus the matching backup-row migration, see
 * migrations/index.ts), and bump SCHEMA_VERSION. Never change a primary key; add a new table
 * instead (engineering-notes §5.1). Start-up (startup.ts) backs the old database up before any
 * upgrade runs.
 */
import { Dexie, type EntityTable } from 'dexie'
import type { Activity } from '@shared/domain/activities/activity'
import type { AuditEntry } from '@shared/domain/audit'
import type { CatalogueItem } from '@shared/domain/catalogue/catalogue-item'
import type { Community } from '@shared/domain/communities/community'
import type { Evaluation } from '@shared/domain/evaluations/evaluation'
import type { MutualEvaluation } from '@shared/domain/evaluations/mutual-evaluation'
import type { ProjectEvaluation } from '@shared/domain/evaluations/project-evaluation'
import type { Incubation } from '@shared/domain/incubation/incubation'
import type { Need } from '@shared/domain/linkage/need'
import type { NeedMatch } from '@shared/domain/linkage/need-match'
import type { Resource } from '@shared/domain/linkage/resource'
import type { IncubationService } from '@shared/domain/incubation/service-log'
import type { Organization } from '@shared/domain/organizations/organization'
import type { Payment } from '@shared/domain/payments/payment'
import type { Agreement, Amendment } from '@shared/domain/projects/agreement'
import type { Project } from '@shared/domain/projects/project'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import type { Application } from '@shared/domain/venture/application'
import type { Review } from '@shared/domain/venture/review'
import type { Reviewer } from '@shared/domain/venture/reviewer'
import type { VentureRound } from '@shared/domain/venture/round'
import { upgradeOrganizationToV3, type V2OrganizationRow } from './migrations/v3'
import { upgradeProjectToV5, type V4ProjectRow } from './migrations/v5'

export const DB_NAME = 'shelian-desk'

/** The current schema version; backups record it so a restore knows what it holds. */
export const SCHEMA_VERSION = 6

/** One group of settings, stored whole under a fixed key (e.g. `general`). */
export interface SettingsRow {
  key: string
  value: unknown
  /** ISO timestamp of the last save. */
  updatedAt: string
}

export type ShelianDatabase = Dexie & {
  settings: EntityTable<SettingsRow, 'key'>
  organizations: EntityTable<Organization, 'id'>
  communities: EntityTable<Community, 'id'>
  socialWorkers: EntityTable<SocialWorker, 'id'>
  incubations: EntityTable<Incubation, 'id'>
  incubationServices: EntityTable<IncubationService, 'id'>
  evaluations: EntityTable<Evaluation, 'id'>
  ventureRounds: EntityTable<VentureRound, 'id'>
  applications: EntityTable<Application, 'id'>
  reviewers: EntityTable<Reviewer, 'id'>
  reviews: EntityTable<Review, 'id'>
  projects: EntityTable<Project, 'id'>
  catalogueItems: EntityTable<CatalogueItem, 'id'>
  agreements: EntityTable<Agreement, 'id'>
  amendments: EntityTable<Amendment, 'id'>
  payments: EntityTable<Payment, 'id'>
  activities: EntityTable<Activity, 'id'>
  projectEvaluations: EntityTable<ProjectEvaluation, 'id'>
  mutualEvaluations: EntityTable<MutualEvaluation, 'id'>
  resources: EntityTable<Resource, 'id'>
  needs: EntityTable<Need, 'id'>
  needMatches: EntityTable<NeedMatch, 'id'>
  auditLog: EntityTable<AuditEntry, 'id'>
}

/** Every table of the current schema, in the order backups list them. */
export const TABLE_NAMES = [
  'settings',
  'communities',
  'organizations',
  'socialWorkers',
  'incubations',
  'incubationServices',
  'evaluations',
  'reviewers',
  'ventureRounds',
  'applications',
  'reviews',
  'projects',
  'catalogueItems',
  'agreements',
  'amendments',
  'payments',
  'activities',
  'projectEvaluations',
  'mutualEvaluations',
  'resources',
  'needs',
  'needMatches',
  'auditLog'
] as const
export type TableName = (typeof TABLE_NAMES)[number]

/** The tables of the registry: archived, never deleted, written only through repositories. */
export const RECORD_TABLES = [
  'communities',
  'organizations',
  'socialWorkers',
  'reviewers',
  'catalogueItems',
  'resources'
] as const
export type RecordTableName = (typeof RECORD_TABLES)[number]

/** The incubation base's tables (issue #4): also archived, never deleted. */
export const INCUBATION_TABLES = ['incubations', 'incubationServices', 'evaluations'] as const
export type IncubationTableName = (typeof INCUBATION_TABLES)[number]

/** 公益创投 (issue #5): rounds and what happens in them, and the projects 立项 creates. */
export const VENTURE_TABLES = ['ventureRounds', 'applications', 'reviews', 'projects'] as const
export type VentureTableName = (typeof VENTURE_TABLES)[number]

/** Delivery of both channels (issue #6): what hangs off a project. */
export const DELIVERY_TABLES = [
  'agreements',
  'amendments',
  'payments',
  'activities',
  'projectEvaluations',
  'mutualEvaluations'
] as const
export type DeliveryTableName = (typeof DELIVERY_TABLES)[number]

/** 三社联动 (issue #7): the 需求清单 and the matches that link a need to a project. */
export const LINKAGE_TABLES = ['needs', 'needMatches'] as const
export type LinkageTableName = (typeof LINKAGE_TABLES)[number]

/**
 * Every table of records — all but the settings and the audit log — in the order references
 * need them: the registry (experts and the service catalogue last), the incubation base, rounds,
 * applications, reviews and projects, then what hangs off a project. A backup is checked and
 * sample data loaded in this order.
 */
export const DATA_TABLES = [
  ...RECORD_TABLES,
  ...INCUBATION_TABLES,
  ...VENTURE_TABLES,
  ...DELIVERY_TABLES,
  ...LINKAGE_TABLES
] as const
export type DataTableName = (typeof DATA_TABLES)[number]

/** The row type of each table. */
export interface TableRows {
  settings: SettingsRow
  organizations: Organization
  communities: Community
  socialWorkers: SocialWorker
  incubations: Incubation
  incubationServices: IncubationService
  evaluations: Evaluation
  ventureRounds: VentureRound
  applications: Application
  reviewers: Reviewer
  reviews: Review
  projects: Project
  catalogueItems: CatalogueItem
  agreements: Agreement
  amendments: Amendment
  payments: Payment
  activities: Activity
  projectEvaluations: ProjectEvaluation
  mutualEvaluations: MutualEvaluation
  resources: Resource
  needs: Need
  needMatches: NeedMatch
  auditLog: AuditEntry
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

  // Released with the application shell.
  db.version(1).stores({
    settings: 'key'
  })

  // The registry (issue #3). Only adds tables, so it needs no upgrade function; backups taken at
  // v1 are carried forward by migrations/v2.ts. Indexes are only those something queries:
  //   &uscc, &certNo        the duplicate checks (unique: IndexedDB itself refuses a second one;
  //                         null values are not indexed, so any number of records may lack one)
  //   employerId, *communityIds
  //                         who still points at a record being archived
  //   [table+recordId], at  a record's history, and the log in time order
  db.version(2).stores({
    settings: 'key',
    organizations: 'id, &uscc, *communityIds',
    communities: 'id',
    socialWorkers: 'id, &certNo, employerId, *communityIds',
    auditLog: 'id, at, [table+recordId]'
  })

  // The incubation base (issue #4). Indexes serve an organisation's history (organizationId), a
  // stay's services and assessments (incubationId, subjectId). The upgrade gives every stored
  // 年检 entry its mode; see migrations/v3.ts.
  db.version(3)
    .stores({
      settings: 'key',
      organizations: 'id, &uscc, *communityIds',
      communities: 'id',
      socialWorkers: 'id, &certNo, employerId, *communityIds',
      incubations: 'id, organizationId',
      incubationServices: 'id, incubationId, organizationId',
      evaluations: 'id, subjectId, organizationId',
      auditLog: 'id, at, [table+recordId]'
    })
    .upgrade((tx) =>
      tx
        .table('organizations')
        .toCollection()
        .modify((row: V2OrganizationRow, ref: { value: V2OrganizationRow }) => {
          ref.value = upgradeOrganizationToV3(row)
        })
    )

  // 公益创投 (issue #5). Only adds tables. Indexes: a round's applications and reviews
  // (roundId), an organisation's applications and projects (organizationId), an application's
  // reviews (applicationId), an expert's workload (reviewerId).
  db.version(4).stores({
    settings: 'key',
    organizations: 'id, &uscc, *communityIds',
    communities: 'id',
    socialWorkers: 'id, &certNo, employerId, *communityIds',
    incubations: 'id, organizationId',
    incubationServices: 'id, incubationId, organizationId',
    evaluations: 'id, subjectId, organizationId',
    reviewers: 'id',
    ventureRounds: 'id',
    applications: 'id, roundId, organizationId',
    reviews: 'id, roundId, applicationId, reviewerId',
    projects: 'id, organizationId',
    auditLog: 'id, at, [table+recordId]'
  })

  // Delivery of both channels (issue #6). Every new table is read per project (projectId);
  // activities also per community for the 三社联动 roll-ups. Stored projects gain the delivery
  // fields, empty; see migrations/v5.ts.
  db.version(5)
    .stores({
      settings: 'key',
      organizations: 'id, &uscc, *communityIds',
      communities: 'id',
      socialWorkers: 'id, &certNo, employerId, *communityIds',
      incubations: 'id, organizationId',
      incubationServices: 'id, incubationId, organizationId',
      evaluations: 'id, subjectId, organizationId',
      reviewers: 'id',
      ventureRounds: 'id',
      applications: 'id, roundId, organizationId',
      reviews: 'id, roundId, applicationId, reviewerId',
      projects: 'id, organizationId',
      catalogueItems: 'id',
      agreements: 'id, projectId',
      amendments: 'id, projectId',
      payments: 'id, projectId',
      activities: 'id, projectId, communityId',
      projectEvaluations: 'id, projectId',
      mutualEvaluations: 'id, projectId',
      auditLog: 'id, at, [table+recordId]'
    })
    .upgrade((tx) =>
      tx
        .table('projects')
        .toCollection()
        .modify((row: V4ProjectRow, ref: { value: V4ProjectRow }) => {
          ref.value = upgradeProjectToV5(row)
        })
    )

  // 三社联动 (issue #7). Only adds tables. Indexes: a community's needs (communityId), a need's
  // matches (needId), which needs a project or draft application answers (projectId,
  // applicationId), and who is offered a resource or provides it (*communityIds, organizationId).
  db.version(6).stores({
    settings: 'key',
    organizations: 'id, &uscc, *communityIds',
    communities: 'id',
    socialWorkers: 'id, &certNo, employerId, *communityIds',
    incubations: 'id, organizationId',
    incubationServices: 'id, incubationId, organizationId',
    evaluations: 'id, subjectId, organizationId',
    reviewers: 'id',
    ventureRounds: 'id',
    applications: 'id, roundId, organizationId',
    reviews: 'id, roundId, applicationId, reviewerId',
    projects: 'id, organizationId',
    catalogueItems: 'id',
    agreements: 'id, projectId',
    amendments: 'id, projectId',
    payments: 'id, projectId',
    activities: 'id, projectId, communityId',
    projectEvaluations: 'id, projectId',
    mutualEvaluations: 'id, projectId',
    resources: 'id, organizationId, *communityIds',
    needs: 'id, communityId',
    needMatches: 'id, needId, projectId, applicationId',
    auditLog: 'id, at, [table+recordId]'
  })

  return db
}
