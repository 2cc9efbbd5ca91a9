import { describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { encodeBackup } from '@renderer/db/backup/export'
import { checkBackupFile } from '@renderer/db/backup/read'
import { backupStepFrom } from '@renderer/db/migrations'
import {
  migrateBackupTablesToV5,
  upgradeProjectToV5,
  V4_TABLE_NAMES,
  V5_NEW_TABLES
} from '@renderer/db/migrations/v5'
import v5Source from '@renderer/db/migrations/v5.ts?raw'
import { V5_TABLE_NAMES } from '@renderer/db/migrations/v6'
import { createDatabase, DB_NAME, DELIVERY_TABLES, SCHEMA_VERSION } from '@renderer/db/schema'
import type { Project } from '@shared/domain/projects/project'
import { freshFactory, NOW, SAMPLE } from '../helpers'

/** What v5 added to a project; a v4 project has none of it. */
const DELIVERY_FIELDS = [
  'startOn',
  'endOn',
  'indicators',
  'socialWorkerIds',
  'purchase',
  'closedOn',
  'terminatedOn',
  'terminationReason'
] as const

/** A project as v4 stored it: a 公益创投 project from 立项, waiting to be signed. */
function v4Project(project: Project): Record<string, unknown> {
  const row: Record<string, unknown> = {
    ...project,
    status: '待签约',
    updatedAt: project.createdAt
  }
  for (const field of DELIVERY_FIELDS) delete row[field]
  return row
}

const V4_PROJECTS = SAMPLE.projects.filter((p) => p.channel === '公益创投').map(v4Project)

/** The same projects after the upgrade: every delivery field there, empty. */
const UPGRADED_PROJECTS = V4_PROJECTS.map((row) => ({
  ...row,
  startOn: null,
  endOn: null,
  indicators: [],
  socialWorkerIds: [],
  purchase: null,
  closedOn: null,
  terminatedOn: null,
  terminationReason: null
}))

/** The 公益创投 rows of the demo set, and some of its registry: what a v4 database could hold. */
const V4_ROWS = {
  communities: SAMPLE.communities.slice(0, 5),
  organizations: SAMPLE.organizations.slice(0, 5).map((org) => ({ ...org, communityIds: [] })),
  reviewers: SAMPLE.reviewers.slice(0, 3),
  ventureRounds: SAMPLE.ventureRounds,
  applications: SAMPLE.applications.slice(0, 4),
  projects: V4_PROJECTS
}

const SETTINGS_ROW = {
  key: 'general',
  value: { operatorName: '张晓梅', officeName: '鼓楼区军门社区孵化基地', backupKeep: 7 },
  updatedAt: '2026-10-01T02:00:00.000Z'
}

const AUDIT_ROW = {
  id: 'a-1',
  at: '2026-10-01T02:00:00.000Z',
  operator: '张晓梅',
  table: 'projects',
  recordId: (V4_PROJECTS[0] as { id: string }).id,
  action: 'create'
}

const byId = (rows: readonly unknown[]) =>
  [...(rows as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id))

/** A database exactly as the released v4 left it, declared the way v1–v4 declared it. */
async function v4Fixture(factory = freshFactory()) {
  const v4 = new Dexie(DB_NAME, factory)
  v4.version(1).stores({ settings: 'key' })
  v4.version(2).stores({
    settings: 'key',
    organizations: 'id, &uscc, *communityIds',
    communities: 'id',
    socialWorkers: 'id, &certNo, employerId, *communityIds',
    auditLog: 'id, at, [table+recordId]'
  })
  v4.version(3).stores({
    settings: 'key',
    organizations: 'id, &uscc, *communityIds',
    communities: 'id',
    socialWorkers: 'id, &certNo, employerId, *communityIds',
    incubations: 'id, organizationId',
    incubationServices: 'id, incubationId, organizationId',
    evaluations: 'id, subjectId, organizationId',
    auditLog: 'id, at, [table+recordId]'
  })
  v4.version(4).stores({
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
  await v4.table('settings').put(SETTINGS_ROW)
  for (const [table, rows] of Object.entries(V4_ROWS)) await v4.table(table).bulkPut(rows)
  await v4.table('auditLog').put(AUDIT_ROW)
  v4.close()
  return factory
}

describe('schema v5 migration', () => {
  it('keeps every v4 row, gives projects the delivery fields, empty, and adds the tables', async () => {
    const factory = await v4Fixture()
    const db = createDatabase(factory)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    await expect(db.settings.toArray()).resolves.toEqual([SETTINGS_ROW])
    for (const [table, rows] of Object.entries(V4_ROWS)) {
      if (table === 'projects') continue
      await expect(db.table(table).orderBy('id').toArray(), table).resolves.toEqual(byId(rows))
    }
    await expect(db.projects.orderBy('id').toArray()).resolves.toEqual(byId(UPGRADED_PROJECTS))
    await expect(db.auditLog.toArray()).resolves.toEqual([AUDIT_ROW])
    for (const table of V5_NEW_TABLES) {
      await expect(db.table(table).count(), table).resolves.toBe(0)
    }

    const indexes = (name: string) => {
      const table = db.table(name)
      return [table.schema.primKey.name, ...table.schema.indexes.map((index) => index.src)]
    }
    expect(indexes('catalogueItems')).toEqual(['id'])
    for (const table of DELIVERY_TABLES) {
      expect(indexes(table), table).toEqual(
        table === 'activities' ? ['id', 'projectId', 'communityId'] : ['id', 'projectId']
      )
    }
    // The v4 indexes are unchanged.
    expect(indexes('projects')).toEqual(['id', 'organizationId'])
    expect(indexes('reviews')).toEqual(['id', 'roundId', 'applicationId', 'reviewerId'])
    db.close()
    await expect(factory.indexedDB.databases()).resolves.toEqual([
      { name: DB_NAME, version: SCHEMA_VERSION * 10 }
    ])
  })

  it('takes the new tables into use at once: the demo set’s delivery rows can be written', async () => {
    const db = createDatabase(await v4Fixture())
    await db.catalogueItems.bulkAdd(SAMPLE.catalogueItems)
    await db.agreements.bulkAdd(SAMPLE.agreements)
    await db.payments.bulkAdd(SAMPLE.payments)
    await db.activities.bulkAdd(SAMPLE.activities)
    const { projectId } = SAMPLE.payments[0]!
    await expect(db.payments.where('projectId').equals(projectId).count()).resolves.toBe(
      SAMPLE.payments.filter((payment) => payment.projectId === projectId).length
    )
    const { communityId } = SAMPLE.activities.find((activity) => activity.communityId !== null)!
    await expect(db.activities.where('communityId').equals(communityId!).count()).resolves.toBe(
      SAMPLE.activities.filter((activity) => activity.communityId === communityId).length
    )
    db.close()
  })

  it('upgrades a project by adding what it lacks and keeping what it has', () => {
    const [row] = V4_PROJECTS
    expect(upgradeProjectToV5(row!)).toEqual(UPGRADED_PROJECTS[0])
    const already = { ...row, socialWorkerIds: ['sw-1'], startOn: '2026-01-01' }
    expect(upgradeProjectToV5(already)).toMatchObject({
      socialWorkerIds: ['sw-1'],
      startOn: '2026-01-01',
      endOn: null
    })
  })

  it('carries a v4 backup’s tables forward: projects upgraded, the rest as it was', () => {
    const v4 = {
      settings: [SETTINGS_ROW],
      communities: V4_ROWS.communities,
      organizations: V4_ROWS.organizations,
      socialWorkers: [],
      incubations: [],
      incubationServices: [],
      evaluations: [],
      reviewers: V4_ROWS.reviewers,
      ventureRounds: V4_ROWS.ventureRounds,
      applications: V4_ROWS.applications,
      reviews: [],
      projects: V4_PROJECTS,
      auditLog: [AUDIT_ROW]
    }
    const v5 = migrateBackupTablesToV5(v4)
    expect(v5).toEqual({
      ...v4,
      projects: UPGRADED_PROJECTS,
      catalogueItems: [],
      agreements: [],
      amendments: [],
      payments: [],
      activities: [],
      projectEvaluations: [],
      mutualEvaluations: []
    })
    expect(v5.organizations).not.toBe(v4.organizations)
    expect(Object.keys(v5).sort()).toEqual([...V5_TABLE_NAMES].sort())
    expect(Object.keys(v4).sort()).toEqual([...V4_TABLE_NAMES].sort())
    expect(backupStepFrom(4)).toMatchObject({ from: 4, tableNames: V4_TABLE_NAMES })
  })

  it('is self-contained: imports nothing, so later changes to the app cannot change it', () => {
    expect(v5Source).not.toMatch(/^\s*import\s/m)
  })

  it('restores a backup file taken at v4: every row arrives, projects ready for delivery', async () => {
    const tables = {
      settings: [SETTINGS_ROW],
      communities: SAMPLE.communities,
      organizations: SAMPLE.organizations,
      socialWorkers: SAMPLE.socialWorkers,
      incubations: SAMPLE.incubations,
      incubationServices: SAMPLE.incubationServices,
      evaluations: SAMPLE.evaluations,
      reviewers: SAMPLE.reviewers,
      ventureRounds: SAMPLE.ventureRounds,
      applications: SAMPLE.applications,
      reviews: SAMPLE.reviews,
      projects: V4_PROJECTS,
      auditLog: []
    }
    const { data } = await encodeBackup({
      tables,
      schemaVersion: 4,
      appVersion: '0.1.0',
      exportedAt: NOW
    })
    const checked = await checkBackupFile(data, { now: () => NOW })
    expect(checked.summary.schemaVersion).toBe(4)
    for (const [table, rows] of Object.entries(tables)) {
      if (table === 'projects') continue
      expect(checked.tables[table as keyof typeof tables], table).toEqual(rows)
    }
    expect(checked.tables.projects).toEqual(UPGRADED_PROJECTS)
    for (const table of V5_NEW_TABLES) {
      expect(checked.tables[table as keyof typeof checked.tables], table).toEqual([])
      expect(checked.summary.counts[table as keyof typeof checked.summary.counts]).toBe(0)
    }
  })

  it('refuses a v4 backup that already names a delivery table', async () => {
    const { data } = await encodeBackup({
      tables: {
        ...Object.fromEntries(V4_TABLE_NAMES.map((name) => [name, []])),
        payments: []
      },
      schemaVersion: 4,
      appVersion: '0.1.0',
      exportedAt: NOW
    })
    await expect(checkBackupFile(data, { now: () => NOW })).rejects.toThrow(
      '备份中有本程序不认识的数据表“payments”'
    )
  })
})
