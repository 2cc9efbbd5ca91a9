import { describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { encodeBackup } from '@renderer/db/backup/export'
import { checkBackupFile } from '@renderer/db/backup/read'
import { backupStepFrom } from '@renderer/db/migrations'
import { migrateBackupTablesToV6, V5_TABLE_NAMES, V6_NEW_TABLES } from '@renderer/db/migrations/v6'
import v6Source from '@renderer/db/migrations/v6.ts?raw'
import {
  createDatabase,
  DB_NAME,
  LINKAGE_TABLES,
  SCHEMA_VERSION,
  TABLE_NAMES
} from '@renderer/db/schema'
import { freshFactory, NOW, SAMPLE } from '../helpers'

/** Every v5 table of the demo set: what a v5 database could hold. */
const V5_ROWS = {
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
  projects: SAMPLE.projects,
  catalogueItems: SAMPLE.catalogueItems,
  agreements: SAMPLE.agreements,
  amendments: SAMPLE.amendments,
  payments: SAMPLE.payments,
  activities: SAMPLE.activities,
  projectEvaluations: SAMPLE.projectEvaluations,
  mutualEvaluations: SAMPLE.mutualEvaluations
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
  recordId: SAMPLE.projects[0]!.id,
  action: 'create'
}

const byId = (rows: readonly { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id))

/** The v5 declarations, exactly as the released v5 made them. */
const V5_STORES = {
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
}

/**
 * A database exactly as the released v5 left it. Declared from v4 on (a database created at v5
 * never ran the older upgrades): the v5 upgrade function has nothing to do for rows written at
 * v5, and leaving it out keeps this test about v6 alone.
 */
async function v5Fixture(factory = freshFactory()) {
  const v5 = new Dexie(DB_NAME, factory)
  v5.version(5).stores(V5_STORES)
  await v5.open()
  await v5.table('settings').put(SETTINGS_ROW)
  for (const [table, rows] of Object.entries(V5_ROWS)) await v5.table(table).bulkPut(rows)
  await v5.table('auditLog').put(AUDIT_ROW)
  v5.close()
  return factory
}

describe('schema v6 migration', () => {
  it('keeps every v5 row and adds the 三社联动 tables, empty, with their indexes', async () => {
    const factory = await v5Fixture()
    const db = createDatabase(factory)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    await expect(db.settings.toArray()).resolves.toEqual([SETTINGS_ROW])
    for (const [table, rows] of Object.entries(V5_ROWS)) {
      await expect(db.table(table).orderBy('id').toArray(), table).resolves.toEqual(byId(rows))
    }
    await expect(db.auditLog.toArray()).resolves.toEqual([AUDIT_ROW])
    for (const table of V6_NEW_TABLES) {
      await expect(db.table(table).count(), table).resolves.toBe(0)
    }

    const indexes = (name: string) => {
      const table = db.table(name)
      return [table.schema.primKey.name, ...table.schema.indexes.map((index) => index.src)]
    }
    expect(indexes('resources')).toEqual(['id', 'organizationId', '*communityIds'])
    expect(indexes('needs')).toEqual(['id', 'communityId'])
    expect(indexes('needMatches')).toEqual(['id', 'needId', 'projectId', 'applicationId'])
    // The v5 indexes are unchanged.
    for (const [table, stores] of Object.entries(V5_STORES)) {
      expect(indexes(table).join(', '), table).toBe(stores)
    }
    db.close()
    await expect(factory.indexedDB.databases()).resolves.toEqual([
      { name: DB_NAME, version: SCHEMA_VERSION * 10 }
    ])
  })

  it('takes the new tables into use at once: the demo set’s 三社联动 rows can be written', async () => {
    const db = createDatabase(await v5Fixture())
    await db.resources.bulkAdd(SAMPLE.resources)
    await db.needs.bulkAdd(SAMPLE.needs)
    await db.needMatches.bulkAdd(SAMPLE.needMatches)
    const { communityId } = SAMPLE.needs[0]!
    await expect(db.needs.where('communityId').equals(communityId).count()).resolves.toBe(
      SAMPLE.needs.filter((need) => need.communityId === communityId).length
    )
    const { needId } = SAMPLE.needMatches[0]!
    await expect(db.needMatches.where('needId').equals(needId).count()).resolves.toBe(
      SAMPLE.needMatches.filter((match) => match.needId === needId).length
    )
    const { applicationId } = SAMPLE.needMatches.find((match) => match.applicationId !== null)!
    await expect(
      db.needMatches.where('applicationId').equals(applicationId!).count()
    ).resolves.toBe(1)
    const offered = SAMPLE.resources.find((resource) => resource.communityIds.length > 0)!
    const community = offered.communityIds[0]!
    await expect(db.resources.where('communityIds').equals(community).count()).resolves.toBe(
      SAMPLE.resources.filter((resource) => resource.communityIds.includes(community)).length
    )
    db.close()
  })

  it('carries a v5 backup’s tables forward: every row as it was, the new tables empty', () => {
    const v5 = { settings: [SETTINGS_ROW], ...V5_ROWS, auditLog: [AUDIT_ROW] }
    const v6 = migrateBackupTablesToV6(v5)
    expect(v6).toEqual({ ...v5, resources: [], needs: [], needMatches: [] })
    expect(v6.projects).not.toBe(v5.projects)
    expect(Object.keys(v6).sort()).toEqual([...TABLE_NAMES].sort())
    expect(Object.keys(v5).sort()).toEqual([...V5_TABLE_NAMES].sort())
    expect([...V6_NEW_TABLES].sort()).toEqual(['resources', ...LINKAGE_TABLES].sort())
    expect(backupStepFrom(5)).toMatchObject({ from: 5, tableNames: V5_TABLE_NAMES })
  })

  it('is self-contained: imports nothing, so later changes to the app cannot change it', () => {
    expect(v6Source).not.toMatch(/^\s*import\s/m)
  })

  it('restores a backup file taken at v5: every row arrives, the 三社联动 tables empty', async () => {
    const tables = { settings: [SETTINGS_ROW], ...V5_ROWS, auditLog: [] }
    const { data } = await encodeBackup({
      tables,
      schemaVersion: 5,
      appVersion: '0.1.0',
      exportedAt: NOW
    })
    const checked = await checkBackupFile(data, { now: () => NOW })
    expect(checked.summary.schemaVersion).toBe(5)
    for (const [table, rows] of Object.entries(tables)) {
      expect(checked.tables[table as keyof typeof tables], table).toEqual(rows)
    }
    for (const table of V6_NEW_TABLES) {
      expect(checked.tables[table as keyof typeof checked.tables], table).toEqual([])
      expect(checked.summary.counts[table as keyof typeof checked.summary.counts]).toBe(0)
    }
  })

  it('refuses a v5 backup that already names a 三社联动 table', async () => {
    const { data } = await encodeBackup({
      tables: {
        ...Object.fromEntries(V5_TABLE_NAMES.map((name) => [name, []])),
        needs: []
      },
      schemaVersion: 5,
      appVersion: '0.1.0',
      exportedAt: NOW
    })
    await expect(checkBackupFile(data, { now: () => NOW })).rejects.toThrow(
      '备份中有本程序不认识的数据表“needs”'
    )
  })
})
