import { describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { migrateBackupTablesToV2 } from '@renderer/db/migrations/v2'
import v2Source from '@renderer/db/migrations/v2.ts?raw'
import { createDatabase, DB_NAME, SCHEMA_VERSION } from '@renderer/db/schema'
import { freshFactory } from '../helpers'

const SETTINGS_ROW = {
  key: 'general',
  value: { operatorName: '张晓梅', officeName: '鼓楼区军门社区孵化基地', backupKeep: 7 },
  updatedAt: '2026-10-01T02:00:00.000Z'
}

/** A database exactly as the released v1 left it: declared the way v1 declared it. */
async function v1Fixture(factory = freshFactory()) {
  const v1 = new Dexie(DB_NAME, factory)
  v1.version(1).stores({ settings: 'key' })
  await v1.table('settings').put(SETTINGS_ROW)
  v1.close()
  return factory
}

describe('schema v2 migration', () => {
  it('keeps the v1 settings row and adds the registry tables with their indexes', async () => {
    const factory = await v1Fixture()
    const db = createDatabase(factory)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    await expect(db.settings.toArray()).resolves.toEqual([SETTINGS_ROW])
    const tables = Object.fromEntries(
      db.tables.map((table) => [
        table.name,
        [table.schema.primKey.name, ...table.schema.indexes.map((index) => index.src)]
      ])
    )
    // Later versions add tables (see their own tests); these are v2's, unchanged since.
    expect(tables).toMatchObject({
      settings: ['key'],
      organizations: ['id', '&uscc', '*communityIds'],
      communities: ['id'],
      socialWorkers: ['id', '&certNo', 'employerId', '*communityIds'],
      auditLog: ['id', 'at', '[table+recordId]']
    })
    for (const name of ['organizations', 'communities', 'socialWorkers', 'auditLog']) {
      await expect(db.table(name).count()).resolves.toBe(0)
    }
    db.close()
    // IndexedDB holds Dexie's version × 10.
    await expect(factory.indexedDB.databases()).resolves.toEqual([
      { name: DB_NAME, version: SCHEMA_VERSION * 10 }
    ])
  })

  it('opens an upgraded database again without touching it', async () => {
    const factory = await v1Fixture()
    const first = createDatabase(factory)
    await first.open()
    first.close()
    const again = createDatabase(factory)
    await expect(again.settings.toArray()).resolves.toEqual([SETTINGS_ROW])
  })

  it('carries a v1 backup’s tables forward: settings row for row, new tables empty', () => {
    const v1 = { settings: [SETTINGS_ROW] }
    const v2 = migrateBackupTablesToV2(v1)
    expect(v2).toEqual({
      settings: [SETTINGS_ROW],
      communities: [],
      organizations: [],
      socialWorkers: [],
      auditLog: []
    })
    expect(v2.settings[0]).not.toBe(SETTINGS_ROW)
  })

  it('is self-contained: imports nothing, so later changes to the app cannot change it', () => {
    expect(v2Source).not.toMatch(/^\s*import\s/m)
  })
})
