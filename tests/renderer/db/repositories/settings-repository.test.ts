import { beforeEach, describe, expect, it } from 'vitest'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { DEFAULT_GENERAL_SETTINGS } from '@shared/domain/settings'
import { RecordValidationError } from '@shared/domain/check'
import { createDatabase, DB_NAME, SCHEMA_VERSION, type ShelianDatabase } from '@renderer/db/schema'
import {
  createSettingsRepository,
  GENERAL_SETTINGS_KEY,
  REPORT_FONT_SETTINGS_KEY,
  type SettingsRepository
} from '@renderer/db/repositories/settings-repository'

const savedAt = new Date('2026-11-22T01:30:00.000Z')

describe('settings repository', () => {
  let db: ShelianDatabase
  let repository: SettingsRepository

  beforeEach(() => {
    db = createDatabase({ indexedDB: new IDBFactory(), IDBKeyRange })
    repository = createSettingsRepository(db, () => savedAt)
  })

  it('opens the shelian-desk database at the current schema version with a settings table', async () => {
    await db.open()
    expect(db.name).toBe(DB_NAME)
    expect(db.verno).toBe(SCHEMA_VERSION)
    expect(db.tables.map((table) => table.name)).toContain('settings')
    expect(db.settings.schema.primKey.keyPath).toBe('key')
  })

  it('returns the defaults before anything was saved', async () => {
    await expect(repository.getGeneral()).resolves.toEqual(DEFAULT_GENERAL_SETTINGS)
  })

  it('saves and reads back the settings, trimmed and stamped', async () => {
    const saved = await repository.saveGeneral({
      operatorName: '  张晓梅 ',
      officeName: '鼓楼区军门社区孵化基地',
      backupKeep: 15
    })
    const expected = {
      operatorName: '张晓梅',
      officeName: '鼓楼区军门社区孵化基地',
      backupKeep: 15
    }
    expect(saved).toEqual(expected)
    await expect(repository.getGeneral()).resolves.toEqual(expected)
    await expect(db.settings.get(GENERAL_SETTINGS_KEY)).resolves.toEqual({
      key: GENERAL_SETTINGS_KEY,
      value: expected,
      updatedAt: savedAt.toISOString()
    })
  })

  it('survives reopening the database', async () => {
    const indexedDB = new IDBFactory()
    const first = createDatabase({ indexedDB, IDBKeyRange })
    await createSettingsRepository(first).saveGeneral({
      operatorName: '李明',
      officeName: '',
      backupKeep: 10
    })
    first.close()
    const reopened = createSettingsRepository(createDatabase({ indexedDB, IDBKeyRange }))
    await expect(reopened.getGeneral()).resolves.toMatchObject({ operatorName: '李明' })
  })

  it.each([
    [
      'an empty operator',
      { operatorName: '', officeName: '', backupKeep: 10 },
      'operatorName',
      '请填写操作人'
    ],
    [
      'an operator of only spaces',
      { operatorName: '   ', officeName: '', backupKeep: 10 },
      'operatorName',
      '请填写操作人'
    ],
    [
      'an operator name too long',
      { operatorName: '张'.repeat(31), officeName: '', backupKeep: 10 },
      'operatorName',
      '操作人不能超过 30 个字'
    ],
    [
      'an office name too long',
      { operatorName: '张', officeName: '区'.repeat(61), backupKeep: 10 },
      'officeName',
      '单位名称不能超过 60 个字'
    ],
    [
      'keep 0',
      { operatorName: '张', officeName: '', backupKeep: 0 },
      'backupKeep',
      '保留份数至少为 1 份'
    ],
    [
      'keep 101',
      { operatorName: '张', officeName: '', backupKeep: 101 },
      'backupKeep',
      '保留份数最多为 100 份'
    ],
    [
      'a fractional keep',
      { operatorName: '张', officeName: '', backupKeep: 2.5 },
      'backupKeep',
      '保留份数须为整数'
    ],
    [
      'a missing keep',
      { operatorName: '张', officeName: '', backupKeep: null },
      'backupKeep',
      '请填写保留份数'
    ]
  ])(
    'rejects %s with a Chinese message and writes nothing',
    async (_label, input, field, message) => {
      await repository.saveGeneral({ operatorName: '王芳', officeName: '旧名称', backupKeep: 7 })
      const failure = repository.saveGeneral(input)
      await expect(failure).rejects.toBeInstanceOf(RecordValidationError)
      await expect(failure).rejects.toMatchObject({ issues: [{ field, level: 'error', message }] })
      await expect(repository.getGeneral()).resolves.toEqual({
        operatorName: '王芳',
        officeName: '旧名称',
        backupKeep: 7
      })
    }
  )

  it('writes nothing at all when the first save is invalid', async () => {
    await expect(repository.saveGeneral({ operatorName: '' })).rejects.toBeInstanceOf(
      RecordValidationError
    )
    await expect(db.settings.count()).resolves.toBe(0)
  })

  it('counts a rare character outside the BMP as one character', async () => {
    // 𠮷 is two UTF-16 units; 30 of them are still 30 characters to the user.
    const name = '𠮷'.repeat(30)
    await expect(
      repository.saveGeneral({ operatorName: name, officeName: '', backupKeep: 10 })
    ).resolves.toMatchObject({ operatorName: name })
  })

  it('falls back to the default for a stored field that is no longer valid', async () => {
    await db.settings.put({
      key: GENERAL_SETTINGS_KEY,
      value: { operatorName: '赵磊', officeName: 42, backupKeep: 500 },
      updatedAt: savedAt.toISOString()
    })
    await expect(repository.getGeneral()).resolves.toEqual({
      operatorName: '赵磊',
      officeName: DEFAULT_GENERAL_SETTINGS.officeName,
      backupKeep: DEFAULT_GENERAL_SETTINGS.backupKeep
    })
  })

  it('keeps the report font under its own key, beside the general settings', async () => {
    await repository.saveGeneral({ operatorName: '张晓梅', officeName: '', backupKeep: 10 })
    const fallback = { name: 'HanaMinB.ttf', byteSize: 31_240_000, characterCount: 51_000 }
    await expect(repository.saveReportFont({ fallback })).resolves.toEqual({ fallback })
    await expect(db.settings.get(REPORT_FONT_SETTINGS_KEY)).resolves.toEqual({
      key: 'reportFont',
      value: { fallback },
      updatedAt: savedAt.toISOString()
    })
    await expect(repository.getReportFont()).resolves.toEqual({ fallback })
    await expect(repository.getGeneral()).resolves.toMatchObject({ operatorName: '张晓梅' })
    await expect(
      repository.saveReportFont({ fallback: { ...fallback, byteSize: 0 } })
    ).rejects.toThrow('字体文件不能为空')
    await expect(repository.getReportFont()).resolves.toEqual({ fallback })
  })
})
