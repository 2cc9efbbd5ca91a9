import { describe, expect, it } from 'vitest'
import {
  DEFAULT_GENERAL_SETTINGS,
  generalSettingsSchema,
  parseStoredGeneralSettings
} from '@shared/domain/settings'
import { checkRecord } from '@shared/domain/check'
import { BACKUP_KEEP_DEFAULT } from '@shared/ipc/file-kinds'

const check = (input: unknown) =>
  checkRecord(generalSettingsSchema, input, (value) => ({ value, issues: [] }))

describe('general settings rules', () => {
  it('defaults to keeping the standard number of backups', () => {
    expect(DEFAULT_GENERAL_SETTINGS).toEqual({
      operatorName: '',
      officeName: '',
      backupKeep: BACKUP_KEEP_DEFAULT
    })
  })

  it('accepts a complete entry and trims names', () => {
    expect(
      check({ operatorName: ' 张晓梅', officeName: '鼓楼区军门社区孵化基地 ', backupKeep: 1 })
    ).toEqual({
      ok: true,
      value: { operatorName: '张晓梅', officeName: '鼓楼区军门社区孵化基地', backupKeep: 1 },
      warnings: []
    })
  })

  it('reports every offending field once, in Chinese', () => {
    expect(check({ operatorName: '', officeName: '', backupKeep: 'ten' })).toEqual({
      ok: false,
      issues: [
        { field: 'operatorName', level: 'error', message: '请填写操作人' },
        { field: 'backupKeep', level: 'error', message: '保留份数须为数字' }
      ]
    })
  })

  it('counts a rare character outside the BMP as one character', () => {
    expect(check({ operatorName: '𠮷'.repeat(30), officeName: '', backupKeep: 3 }).ok).toBe(true)
    expect(check({ operatorName: '𠮷'.repeat(31), officeName: '', backupKeep: 3 })).toMatchObject({
      ok: false,
      issues: [{ field: 'operatorName', message: '操作人不能超过 30 个字' }]
    })
  })

  it('refuses unknown fields', () => {
    expect(check({ operatorName: '张', officeName: '', backupKeep: 3, admin: true }).ok).toBe(false)
  })

  it('reads stored values field by field, defaulting what is missing or broken', () => {
    expect(parseStoredGeneralSettings(undefined)).toEqual(DEFAULT_GENERAL_SETTINGS)
    expect(parseStoredGeneralSettings('garbage')).toEqual(DEFAULT_GENERAL_SETTINGS)
    expect(
      parseStoredGeneralSettings({ officeName: '温江区社会组织孵化园', backupKeep: 0 })
    ).toEqual({
      operatorName: '',
      officeName: '温江区社会组织孵化园',
      backupKeep: BACKUP_KEEP_DEFAULT
    })
  })
})
