/**
 * Reads and writes the settings groups: 基本设置, 孵化基地设置, 评分标准 and 报告字体. Every
 * save is checked against the group's shared rule first; bad input throws a RecordValidationError
 * with Chinese messages and leaves the stored row untouched. Rule changes decide outcomes (a grade
 * band, the 初核 deadline), so each save that changes something is audited in the same transaction.
 */
import type { z } from 'zod'
import { changedFields } from '@shared/domain/audit'
import { checkRecord, RecordValidationError } from '@shared/domain/check'
import {
  gradingSettingsSchema,
  parseStoredGradingSettings,
  type GradingSettings
} from '@shared/domain/evaluations/grade-bands'
import {
  incubationSettingsSchema,
  parseStoredIncubationSettings,
  type IncubationSettings
} from '@shared/domain/incubation/incubation-settings'
import {
  parseStoredReportFontSettings,
  reportFontSettingsSchema,
  type ReportFontSettings
} from '@shared/domain/report-settings'
import {
  generalSettingsSchema,
  parseStoredGeneralSettings,
  type GeneralSettings
} from '@shared/domain/settings'
import type { ShelianDatabase } from '../schema'
import { appendAudit } from './audit-log'

export const GENERAL_SETTINGS_KEY = 'general'
export const INCUBATION_SETTINGS_KEY = 'incubation'
export const GRADING_SETTINGS_KEY = 'grading'
export const REPORT_FONT_SETTINGS_KEY = 'reportFont'

export interface SettingsRepository {
  /** The saved settings, with defaults for anything never saved. Only reads Dexie, so it can run inside `useLiveQuery`. */
  getGeneral(): Promise<GeneralSettings>
  /** Validates and stores `input`; resolves with what was stored (trimmed). */
  saveGeneral(input: unknown): Promise<GeneralSettings>
  getIncubation(): Promise<IncubationSettings>
  saveIncubation(input: unknown): Promise<IncubationSettings>
  getGrading(): Promise<GradingSettings>
  saveGrading(input: unknown): Promise<GradingSettings>
  getReportFont(): Promise<ReportFontSettings>
  saveReportFont(input: unknown): Promise<ReportFontSettings>
}

export function createSettingsRepository(
  db: ShelianDatabase,
  now: () => Date = () => new Date(),
  newId: () => string = () => crypto.randomUUID()
): SettingsRepository {
  function group<T>(key: string, schema: z.ZodType<T>, parseStored: (stored: unknown) => T) {
    return {
      async get(): Promise<T> {
        const row = await db.settings.get(key)
        return parseStored(row?.value)
      },
      save(input: unknown): Promise<T> {
        const checked = checkRecord(schema, input, (value) => ({ value, issues: [] }))
        if (!checked.ok) return Promise.reject(new RecordValidationError(checked.issues))
        const value = checked.value
        return db.transaction('rw', [db.settings, db.auditLog], async () => {
          const before = parseStored((await db.settings.get(key))?.value)
          const at = now().toISOString()
          await db.settings.put({ key, value, updatedAt: at })
          const changes = changedFields(
            before as Record<string, unknown>,
            value as Record<string, unknown>
          )
          if (Object.keys(changes).length > 0) {
            // Saving the operator name is itself stamped with the name just saved.
            const operator =
              key === GENERAL_SETTINGS_KEY ? (value as GeneralSettings).operatorName : undefined
            await appendAudit(
              db,
              { at, table: 'settings', recordId: key, action: 'update', changes },
              newId,
              operator
            )
          }
          return value
        })
      }
    }
  }

  const general = group(GENERAL_SETTINGS_KEY, generalSettingsSchema, parseStoredGeneralSettings)
  const incubation = group(
    INCUBATION_SETTINGS_KEY,
    incubationSettingsSchema,
    parseStoredIncubationSettings
  )
  const grading = group(GRADING_SETTINGS_KEY, gradingSettingsSchema, parseStoredGradingSettings)
  const reportFont = group(
    REPORT_FONT_SETTINGS_KEY,
    reportFontSettingsSchema,
    parseStoredReportFontSettings
  )

  return {
    getGeneral: general.get,
    saveGeneral: general.save,
    getIncubation: incubation.get,
    saveIncubation: incubation.save,
    getGrading: grading.get,
    saveGrading: grading.save,
    getReportFont: reportFont.get,
    saveReportFont: reportFont.save
  }
}
