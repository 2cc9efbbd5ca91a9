/**
 * The office-wide settings on the 设置 page: who is working (操作人, stamped on records and
 * reports), which office or base this is (单位名称, shown in the header and on reports), and how
 * many automatic backups to keep.
 */
import { z } from 'zod'
import { BACKUP_KEEP_DEFAULT, BACKUP_KEEP_MAX, BACKUP_KEEP_MIN } from '../ipc/file-kinds'
import { charCount } from './validation'

/** Longest operator name accepted; Chinese personal names are rarely over 10 characters. */
export const OPERATOR_NAME_MAX = 30
/** Longest office name accepted; e.g. 鼓楼区军门社区孵化基地 is 11. */
export const OFFICE_NAME_MAX = 60

/** The general settings, as stored and as the form edits them. */
export interface GeneralSettings {
  /** 操作人: the person working at this PC. Empty until first saved. */
  operatorName: string
  /** 单位名称: the street office or incubation base. May be empty. */
  officeName: string
  /** 保留自动备份份数: how many automatic backups rotation keeps. */
  backupKeep: number
}

/** What a fresh installation starts with. The operator name must be filled before saving. */
export const DEFAULT_GENERAL_SETTINGS: Readonly<GeneralSettings> = {
  operatorName: '',
  officeName: '',
  backupKeep: BACKUP_KEEP_DEFAULT
}

const operatorName = z
  .string({ error: '请填写操作人' })
  .trim()
  .min(1, '请填写操作人')
  .refine((value) => charCount(value) <= OPERATOR_NAME_MAX, {
    message: `操作人不能超过 ${OPERATOR_NAME_MAX} 个字`
  })

const officeName = z
  .string({ error: '单位名称须为文字' })
  .trim()
  .refine((value) => charCount(value) <= OFFICE_NAME_MAX, {
    message: `单位名称不能超过 ${OFFICE_NAME_MAX} 个字`
  })

const backupKeep = z
  .number({
    error: (issue) => (issue.input == null ? '请填写保留份数' : '保留份数须为数字')
  })
  .int('保留份数须为整数')
  .min(BACKUP_KEEP_MIN, `保留份数至少为 ${BACKUP_KEEP_MIN} 份`)
  .max(BACKUP_KEEP_MAX, `保留份数最多为 ${BACKUP_KEEP_MAX} 份`)

/**
 * The rule a save must pass. Names are trimmed, so a name of only spaces counts as empty.
 * Each field's schema is reachable through `.shape` so forms can check one field at a time with
 * exactly the rule the repository applies.
 */
export const generalSettingsSchema = z.strictObject({ operatorName, officeName, backupKeep })

/**
 * Reads whatever is stored, field by field: a field that is missing or no longer valid (an older
 * version, a hand-edited backup) falls back to its default instead of hiding the rest.
 */
export function parseStoredGeneralSettings(stored: unknown): GeneralSettings {
  const record = typeof stored === 'object' && stored !== null ? stored : {}
  const pick = <K extends keyof GeneralSettings>(key: K): GeneralSettings[K] => {
    const result = generalSettingsSchema.shape[key].safeParse(
      (record as Record<string, unknown>)[key]
    )
    return result.success ? (result.data as GeneralSettings[K]) : DEFAULT_GENERAL_SETTINGS[key]
  }
  return {
    operatorName: pick('operatorName'),
    officeName: pick('officeName'),
    backupKeep: pick('backupKeep')
  }
}
