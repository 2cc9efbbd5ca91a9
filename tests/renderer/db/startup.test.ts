import { describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { DesktopError } from '@shared/ipc/errors'
import { previewBackup } from '@renderer/db/backup/read'
import { restoreBackup } from '@renderer/db/backup/restore'
import { createRepositories } from '@renderer/db/repositories'
import { createDatabase, DB_NAME, SCHEMA_VERSION } from '@renderer/db/schema'
import { DatabaseStartError, startDatabase } from '@renderer/db/startup'
import { decodeJson, freshFactory, NOW, recordingApi, SAMPLE } from './helpers'

const SETTINGS_ROW = {
  key: 'general',
  value: { operatorName: '张晓梅', officeName: '鼓楼区军门社区孵化基地', backupKeep: 7 },
  updatedAt: '2026-10-01T02:00:00.000Z'
}

async function v1Database(factory = freshFactory()) {
  const v1 = new Dexie(DB_NAME, factory)
  v1.version(1).stores({ settings: 'key' })
  await v1.table('settings').put(SETTINGS_ROW)
  v1.close()
  return factory
}

async function installedVersion(factory: ReturnType<typeof freshFactory>) {
  const found = await factory.indexedDB.databases()
  return found.find((db) => db.name === DB_NAME)?.version
}

const options = (factory: ReturnType<typeof freshFactory>, api = recordingApi().api) => ({
  ...factory,
  api,
  appVersion: '0.2.0',
  now: () => NOW
})

describe('startDatabase', () => {
  it('creates a new database and writes no backup while it is empty', async () => {
    const factory = freshFactory()
    const { api, writeBackup } = recordingApi()
    const started = await startDatabase(options(factory, api))
    expect(started.db.verno).toBe(SCHEMA_VERSION)
    expect(started.upgradedFrom).toBeNull()
    expect(writeBackup).not.toHaveBeenCalled()
    started.db.close()
  })

  it('backs up a v1 database before upgrading it, with keep from its settings', async () => {
    const factory = await v1Database()
    const versionsAtBackup: (number | undefined)[] = []
    const { api, written } = recordingApi({
      // The host is still writing: the upgrade must not have started.
      onWrite: async () => {
        versionsAtBackup.push(await installedVersion(factory))
      }
    })
    const started = await startDatabase(options(factory, api))

    expect(versionsAtBackup).toEqual([10])
    expect(started.upgradedFrom).toBe(1)
    expect(started.db.verno).toBe(SCHEMA_VERSION)
    await expect(started.db.settings.toArray()).resolves.toEqual([SETTINGS_ROW])
    // One backup: the upgrade backup already holds this start's data.
    expect(
      written.map(({ reason, schemaVersion, keep }) => ({ reason, schemaVersion, keep }))
    ).toEqual([{ reason: 'upgrade', schemaVersion: 1, keep: 7 }])
    const file = decodeJson(written[0]!.data)
    expect(file).toMatchObject({
      format: 'shelian-desk-backup',
      formatVersion: 1,
      appVersion: '0.2.0',
      schemaVersion: 1,
      exportedAt: NOW.toISOString(),
      counts: { settings: 1 },
      tables: { settings: [SETTINGS_ROW] }
    })
    started.db.close()
  })

  it('does not upgrade when the upgrade backup fails, and says what to do', async () => {
    const factory = await v1Database()
    const { api } = recordingApi({ fail: new DesktopError('IO', '磁盘已满') })
    const failure = startDatabase(options(factory, api))
    await expect(failure).rejects.toBeInstanceOf(DatabaseStartError)
    await expect(failure).rejects.toMatchObject({ problem: 'upgrade-backup-failed' })
    await expect(failure).rejects.toThrow(
      new RegExp(
        `需要升级数据库（v1 → v${SCHEMA_VERSION}），但升级前的自动备份没有写成（磁盘已满）。为保护数据，没有升级`
      )
    )
    expect(await installedVersion(factory)).toBe(10)
    const v1 = new Dexie(DB_NAME, factory)
    await v1.open()
    expect(v1.tables.map((table) => table.name)).toEqual(['settings'])
    await expect(v1.table('settings').toArray()).resolves.toEqual([SETTINGS_ROW])
    v1.close()

    // 重试 once the disk has room again.
    const retried = await startDatabase(options(factory))
    expect(retried.db.verno).toBe(SCHEMA_VERSION)
    retried.db.close()
  })

  it('takes no backup on an ordinary start, so the first screen is not held up', async () => {
    const factory = freshFactory()
    const first = await startDatabase(options(factory))
    await createRepositories(first.db).bulkLoad(SAMPLE)
    first.db.close()
    const { api, writeBackup } = recordingApi()
    const second = await startDatabase(options(factory, api))
    expect(second.backups).toEqual([])
    expect(writeBackup).not.toHaveBeenCalled()
    await expect(second.db.organizations.count()).resolves.toBe(240)
    second.db.close()
  })

  it('refuses a database written by a newer version of the app', async () => {
    const factory = freshFactory()
    const newer = new Dexie(DB_NAME, factory)
    newer.version(SCHEMA_VERSION + 1).stores({ settings: 'key', somethingNew: 'id' })
    await newer.open()
    newer.close()
    const { api, writeBackup } = recordingApi()
    await expect(startDatabase(options(factory, api))).rejects.toMatchObject({
      problem: 'newer-database',
      message: expect.stringContaining(
        `本机的数据来自更新版本的社联台（数据版本 v${SCHEMA_VERSION + 1}）`
      )
    })
    expect(writeBackup).not.toHaveBeenCalled()
    expect(await installedVersion(factory)).toBe((SCHEMA_VERSION + 1) * 10)
  })

  it('gives up with a Chinese message instead of waiting forever', async () => {
    // The host never finishes the backup before the upgrade.
    const factory = await v1Database()
    const never = { writeBackup: () => new Promise<never>(() => {}) }
    await expect(
      startDatabase({ ...options(factory), api: never, timeoutMs: 50 })
    ).rejects.toMatchObject({
      problem: 'timeout',
      message: expect.stringContaining('打开数据库超时')
    })
    expect(await installedVersion(factory)).toBe(10)
  })

  it('leaves an upgrade backup that can be restored after the upgrade', async () => {
    const factory = await v1Database()
    const { api, written } = recordingApi()
    const started = await startDatabase(options(factory, api))
    await createRepositories(started.db).bulkLoad(SAMPLE)

    const preview = await previewBackup(written[0]!.data, { now: () => NOW })
    expect(preview).toMatchObject({
      valid: true,
      schemaVersion: 1,
      counts: { settings: 1, organizations: 0 }
    })
    await restoreBackup(started.db, written[0]!.data, { api, appVersion: '0.2.0', now: () => NOW })
    await expect(started.db.settings.toArray()).resolves.toEqual([SETTINGS_ROW])
    await expect(started.db.organizations.count()).resolves.toBe(0)
    started.db.close()
  })

  it('opens with the same schema createDatabase declares', async () => {
    const factory = freshFactory()
    const started = await startDatabase(options(factory))
    const reference = createDatabase(freshFactory())
    expect(started.db.tables.map((table) => table.name).sort()).toEqual(
      reference.tables.map((table) => table.name).sort()
    )
    started.db.close()
  })
})
