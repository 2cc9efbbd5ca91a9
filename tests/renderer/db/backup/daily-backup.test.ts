import { describe, expect, it } from 'vitest'
import type { BackupEntry } from '@shared/ipc/contract'
import { previewBackup } from '@renderer/db/backup/read'
import { backUpOncePerDay } from '@renderer/db/backup/daily-backup'
import { createRepositories } from '@renderer/db/repositories'
import { freshDb, NOW, recordingApi, SAMPLE } from '../helpers'

function apiWith(existing: BackupEntry[], options: Parameters<typeof recordingApi>[0] = {}) {
  const recording = recordingApi(options)
  return { ...recording, api: { ...recording.api, listBackups: async () => existing } }
}

const entry = (reason: BackupEntry['reason'], createdAt: string): BackupEntry => ({
  name: `shelian-backup-x-${reason}-v2.json`,
  sizeBytes: 1,
  createdAt,
  reason,
  schemaVersion: 2
})

async function loadedDb() {
  const db = freshDb()
  const repositories = createRepositories(db)
  await repositories.settings.saveGeneral({ operatorName: '王芳', officeName: '', backupKeep: 3 })
  await repositories.bulkLoad(SAMPLE)
  return db
}

describe('backUpOncePerDay', () => {
  it('writes the day’s first backup with the whole database and keep from 设置', async () => {
    const db = await loadedDb()
    const { api, written } = apiWith([entry('startup', '2026-11-21T10:00:00.000Z')])
    const result = await backUpOncePerDay(db, api, { appVersion: '0.2.0', now: () => NOW })
    expect(result?.reason).toBe('startup')
    expect(written.map(({ reason, keep }) => ({ reason, keep }))).toEqual([
      { reason: 'startup', keep: 3 }
    ])
    await expect(previewBackup(written[0]!.data, { now: () => NOW })).resolves.toMatchObject({
      valid: true,
      counts: { organizations: 240, communities: 80, socialWorkers: 160 }
    })
  })

  it('writes nothing more the same day (China time), whatever else was backed up', async () => {
    const db = await loadedDb()
    // 2026-11-21T16:30Z is already 22 November in China.
    const { api, writeBackup } = apiWith([entry('startup', '2026-11-21T16:30:00.000Z')])
    await expect(backUpOncePerDay(db, api, { appVersion: '0.2.0', now: () => NOW })).resolves.toBe(
      null
    )
    expect(writeBackup).not.toHaveBeenCalled()

    const manualOnly = apiWith([entry('manual', NOW.toISOString())])
    await backUpOncePerDay(db, manualOnly.api, { appVersion: '0.2.0', now: () => NOW })
    expect(manualOnly.writeBackup).toHaveBeenCalledTimes(1)
  })

  it('writes nothing for an empty database', async () => {
    const { api, writeBackup } = apiWith([])
    await expect(
      backUpOncePerDay(freshDb(), api, { appVersion: '0.2.0', now: () => NOW })
    ).resolves.toBe(null)
    expect(writeBackup).not.toHaveBeenCalled()
  })

  it('rejects when the host cannot write, so the app can say so', async () => {
    const db = await loadedDb()
    const { api } = apiWith([], { fail: new Error('备份文件夹不可写') })
    await expect(
      backUpOncePerDay(db, api, { appVersion: '0.2.0', now: () => NOW })
    ).rejects.toThrow('备份文件夹不可写')
  })
})
