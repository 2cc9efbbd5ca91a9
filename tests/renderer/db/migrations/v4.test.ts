import { describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { encodeBackup } from '@renderer/db/backup/export'
import { checkBackupFile } from '@renderer/db/backup/read'
import { backupStepFrom } from '@renderer/db/migrations'
import { migrateBackupTablesToV4, V3_TABLE_NAMES } from '@renderer/db/migrations/v4'
import v4Source from '@renderer/db/migrations/v4.ts?raw'
import { createDatabase, DB_NAME, SCHEMA_VERSION, VENTURE_TABLES } from '@renderer/db/schema'
import { freshFactory, NOW, SAMPLE } from '../helpers'

/** The registry and incubation rows of the demo set: what a v3 database could hold. */
const V3_ROWS = {
  communities: SAMPLE.communities.slice(0, 5),
  organizations: SAMPLE.organizations.slice(0, 5).map((org) => ({ ...org, communityIds: [] })),
  incubations: SAMPLE.incubations.slice(0, 3),
  evaluations: SAMPLE.evaluations.slice(0, 3)
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
  table: 'organizations',
  recordId: V3_ROWS.organizations[0]!.id,
  action: 'create'
}

const NEW_TABLES = ['reviewers', ...VENTURE_TABLES]

/** A database exactly as the released v3 left it, declared the way v1–v3 declared it. */
async function v3Fixture(factory = freshFactory()) {
  const v3 = new Dexie(DB_NAME, factory)
  v3.version(1).stores({ settings: 'key' })
  v3.version(2).stores({
    settings: 'key',
    organizations: 'id, &uscc, *communityIds',
    communities: 'id',
    socialWorkers: 'id, &certNo, employerId, *communityIds',
    auditLog: 'id, at, [table+recordId]'
  })
  v3.version(3).stores({
    settings: 'key',
    organizations: 'id, &uscc, *communityIds',
    communities: 'id',
    socialWorkers: 'id, &certNo, employerId, *communityIds',
    incubations: 'id, organizationId',
    incubationServices: 'id, incubationId, organizationId',
    evaluations: 'id, subjectId, organizationId',
    auditLog: 'id, at, [table+recordId]'
  })
  await v3.table('settings').put(SETTINGS_ROW)
  for (const [table, rows] of Object.entries(V3_ROWS)) await v3.table(table).bulkPut(rows)
  await v3.table('auditLog').put(AUDIT_ROW)
  v3.close()
  return factory
}

describe('schema v4 migration', () => {
  it('keeps every v3 row and adds the 公益创投 tables, empty, with their indexes', async () => {
    const factory = await v3Fixture()
    const db = createDatabase(factory)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    await expect(db.settings.toArray()).resolves.toEqual([SETTINGS_ROW])
    for (const [table, rows] of Object.entries(V3_ROWS)) {
      await expect(db.table(table).orderBy('id').toArray(), table).resolves.toEqual(
        [...rows].sort((a, b) => a.id.localeCompare(b.id))
      )
    }
    await expect(db.auditLog.toArray()).resolves.toEqual([AUDIT_ROW])
    for (const table of NEW_TABLES) await expect(db.table(table).count(), table).resolves.toBe(0)

    const indexes = (name: string) => {
      const table = db.table(name)
      return [table.schema.primKey.name, ...table.schema.indexes.map((index) => index.src)]
    }
    expect(indexes('reviewers')).toEqual(['id'])
    expect(indexes('ventureRounds')).toEqual(['id'])
    expect(indexes('applications')).toEqual(['id', 'roundId', 'organizationId'])
    expect(indexes('reviews')).toEqual(['id', 'roundId', 'applicationId', 'reviewerId'])
    expect(indexes('projects')).toEqual(['id', 'organizationId'])
    // The v3 indexes are unchanged.
    expect(indexes('organizations')).toEqual(['id', '&uscc', '*communityIds'])
    expect(indexes('evaluations')).toEqual(['id', 'subjectId', 'organizationId'])
    db.close()
    await expect(factory.indexedDB.databases()).resolves.toEqual([
      { name: DB_NAME, version: SCHEMA_VERSION * 10 }
    ])
  })

  it('takes the new tables into use at once: the demo set’s 公益创投 rows can be written', async () => {
    const db = createDatabase(await v3Fixture())
    await db.reviewers.bulkAdd(SAMPLE.reviewers)
    await db.ventureRounds.bulkAdd(SAMPLE.ventureRounds)
    await db.applications.bulkAdd(SAMPLE.applications)
    const round = SAMPLE.ventureRounds[0]!
    await expect(db.applications.where('roundId').equals(round.id).count()).resolves.toBe(
      SAMPLE.applications.filter((application) => application.roundId === round.id).length
    )
    db.close()
  })

  it('carries a v3 backup’s tables forward: every row as it was, the new tables empty', () => {
    const v3 = {
      settings: [SETTINGS_ROW],
      communities: V3_ROWS.communities,
      organizations: V3_ROWS.organizations,
      socialWorkers: [],
      incubations: V3_ROWS.incubations,
      incubationServices: [],
      evaluations: V3_ROWS.evaluations,
      auditLog: [AUDIT_ROW]
    }
    const v4 = migrateBackupTablesToV4(v3)
    expect(v4).toEqual({
      ...v3,
      reviewers: [],
      ventureRounds: [],
      applications: [],
      reviews: [],
      projects: []
    })
    expect(v4.organizations).not.toBe(v3.organizations)
    expect(Object.keys(v3)).toEqual(expect.arrayContaining([...V3_TABLE_NAMES]))
    expect(backupStepFrom(3)).toMatchObject({ from: 3, tableNames: V3_TABLE_NAMES })
  })

  it('is self-contained: imports nothing, so later changes to the app cannot change it', () => {
    expect(v4Source).not.toMatch(/^\s*import\s/m)
  })

  it('restores a backup file taken at v3: every row arrives, the 公益创投 tables empty', async () => {
    const tables = {
      settings: [SETTINGS_ROW],
      communities: SAMPLE.communities,
      organizations: SAMPLE.organizations,
      socialWorkers: SAMPLE.socialWorkers,
      incubations: SAMPLE.incubations,
      incubationServices: SAMPLE.incubationServices,
      evaluations: SAMPLE.evaluations,
      auditLog: []
    }
    const { data } = await encodeBackup({
      tables,
      schemaVersion: 3,
      appVersion: '0.1.0',
      exportedAt: NOW
    })
    const checked = await checkBackupFile(data, { now: () => NOW })
    expect(checked.summary.schemaVersion).toBe(3)
    for (const [table, rows] of Object.entries(tables)) {
      expect(checked.tables[table as keyof typeof tables], table).toEqual(rows)
    }
    for (const table of NEW_TABLES) {
      expect(checked.tables[table as keyof typeof checked.tables], table).toEqual([])
      expect(checked.summary.counts[table as keyof typeof checked.summary.counts]).toBe(0)
    }
  })

  it('refuses a v3 backup that already names a 公益创投 table', async () => {
    const { data } = await encodeBackup({
      tables: {
        settings: [],
        communities: [],
        organizations: [],
        socialWorkers: [],
        incubations: [],
        incubationServices: [],
        evaluations: [],
        auditLog: [],
        applications: []
      },
      schemaVersion: 3,
      appVersion: '0.1.0',
      exportedAt: NOW
    })
    await expect(checkBackupFile(data, { now: () => NOW })).rejects.toThrow(
      '备份中有本程序不认识的数据表“applications”'
    )
  })
})
