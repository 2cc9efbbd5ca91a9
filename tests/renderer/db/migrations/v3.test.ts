import { describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { encodeBackup } from '@renderer/db/backup/export'
import { checkBackupFile } from '@renderer/db/backup/read'
import { migrateBackupTablesToV3, upgradeOrganizationToV3 } from '@renderer/db/migrations/v3'
import v3Source from '@renderer/db/migrations/v3.ts?raw'
import { createDatabase, DB_NAME, SCHEMA_VERSION } from '@renderer/db/schema'
import { freshFactory, NOW, SAMPLE } from '../helpers'

/** An organisation row as v2 stored it: 年检 entries without a mode. */
const V2_ORGANIZATION = {
  id: 'org-1',
  name: '鼓楼区乐龄为老服务中心',
  annualChecks: [
    { year: 2024, conclusion: '合格' },
    { year: 2025, conclusion: '基本合格' }
  ],
  communityIds: ['c-1'],
  uscc: null,
  updatedAt: '2026-10-01T02:00:00.000Z'
}

const AUDIT_ROW = {
  id: 'a-1',
  at: '2026-10-01T02:00:00.000Z',
  operator: '张晓梅',
  table: 'organizations',
  recordId: 'org-1',
  action: 'create'
}

/** A database exactly as the released v2 left it, declared the way v2 declared it. */
async function v2Fixture(factory = freshFactory()) {
  const v2 = new Dexie(DB_NAME, factory)
  v2.version(1).stores({ settings: 'key' })
  v2.version(2).stores({
    settings: 'key',
    organizations: 'id, &uscc, *communityIds',
    communities: 'id',
    socialWorkers: 'id, &certNo, employerId, *communityIds',
    auditLog: 'id, at, [table+recordId]'
  })
  await v2.table('organizations').put(V2_ORGANIZATION)
  await v2.table('auditLog').put(AUDIT_ROW)
  v2.close()
  return factory
}

describe('schema v3 migration', () => {
  it('gives every stored 年检 entry its mode and adds the incubation tables with their indexes', async () => {
    const factory = await v2Fixture()
    const db = createDatabase(factory)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    await expect(db.organizations.get('org-1')).resolves.toEqual({
      ...V2_ORGANIZATION,
      annualChecks: [
        { year: 2024, conclusion: '合格', mode: '年检' },
        { year: 2025, conclusion: '基本合格', mode: '年检' }
      ]
    })
    await expect(db.auditLog.toArray()).resolves.toEqual([AUDIT_ROW])
    const indexes = (name: string) => {
      const table = db.table(name)
      return [table.schema.primKey.name, ...table.schema.indexes.map((index) => index.src)]
    }
    expect(indexes('incubations')).toEqual(['id', 'organizationId'])
    expect(indexes('incubationServices')).toEqual(['id', 'incubationId', 'organizationId'])
    expect(indexes('evaluations')).toEqual(['id', 'subjectId', 'organizationId'])
    // The v2 indexes are unchanged: the USCC duplicate check still works.
    expect(indexes('organizations')).toEqual(['id', '&uscc', '*communityIds'])
    db.close()
    await expect(factory.indexedDB.databases()).resolves.toEqual([
      { name: DB_NAME, version: SCHEMA_VERSION * 10 }
    ])
  })

  it('leaves an entry that already has a mode as it is', () => {
    const row = {
      ...V2_ORGANIZATION,
      annualChecks: [{ year: 2025, conclusion: '合格', mode: '年报' }]
    }
    expect(upgradeOrganizationToV3(row).annualChecks).toEqual([
      { year: 2025, conclusion: '合格', mode: '年报' }
    ])
  })

  it('carries a v2 backup’s tables forward: organisations upgraded, new tables empty', () => {
    const v3 = migrateBackupTablesToV3({
      settings: [],
      communities: [],
      organizations: [V2_ORGANIZATION],
      socialWorkers: [],
      auditLog: [AUDIT_ROW]
    })
    expect(v3).toEqual({
      settings: [],
      communities: [],
      organizations: [upgradeOrganizationToV3(V2_ORGANIZATION)],
      socialWorkers: [],
      auditLog: [AUDIT_ROW],
      incubations: [],
      incubationServices: [],
      evaluations: []
    })
    expect(V2_ORGANIZATION.annualChecks[0]).not.toHaveProperty('mode')
  })

  it('is self-contained: imports nothing, so later changes to the app cannot change it', () => {
    expect(v3Source).not.toMatch(/^\s*import\s/m)
  })

  it('restores a backup file taken at v2: its 年检 entries arrive with their mode', async () => {
    const organizations = SAMPLE.organizations.map((org) => ({
      ...org,
      annualChecks: org.annualChecks.map(({ year, conclusion }) => ({ year, conclusion }))
    }))
    const { data } = await encodeBackup({
      tables: {
        settings: [],
        communities: SAMPLE.communities,
        organizations,
        socialWorkers: SAMPLE.socialWorkers,
        auditLog: []
      },
      schemaVersion: 2,
      appVersion: '0.1.0',
      exportedAt: NOW
    })
    const checked = await checkBackupFile(data, { now: () => NOW })
    const restored = checked.tables.organizations as unknown as typeof SAMPLE.organizations
    const withChecks = restored.find((org) => org.annualChecks.length > 0)!
    expect(withChecks.annualChecks.every((check) => check.mode === '年检')).toBe(true)
    expect(checked.tables.incubations).toEqual([])
  })
})
