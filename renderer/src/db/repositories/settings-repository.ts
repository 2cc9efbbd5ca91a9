/**
 * Reads and writes the general settings. Every save is checked against the shared rule first;
 * bad input throws a RecordValidationError with Chinese messages and leaves the stored row
 * untouched.
 */
import {
  generalSettingsSchema,
  parseStoredGeneralSettings,
  type GeneralSettings
} from '@shared/domain/settings'
import { checkRecord, RecordValidationError } from '@shared/domain/check'
import type { ShelianDatabase } from '../schema'

export const GENERAL_SETTINGS_KEY = 'general'

export interface SettingsRepository {
  /** The saved settings, with defaults for anything never saved. Only reads Dexie, so it can run inside `useLiveQuery`. */
  getGeneral(): Promise<GeneralSettings>
  /** Validates and stores `input`; resolves with what was stored (trimmed). */
  saveGeneral(input: unknown): Promise<GeneralSettings>
}

export function createSettingsRepository(
  db: ShelianDatabase,
  now: () => Date = () => new Date()
): SettingsRepository {
  return {
    async getGeneral() {
      const row = await db.settings.get(GENERAL_SETTINGS_KEY)
      return parseStoredGeneralSettings(row?.value)
    },
    async saveGeneral(input) {
      const checked = checkRecord(generalSettingsSchema, input, (value) => ({ value, issues: [] }))
      if (!checked.ok) throw new RecordValidationError(checked.issues)
      const settings = checked.value
      await db.settings.put({
        key: GENERAL_SETTINGS_KEY,
        value: settings,
        updatedAt: now().toISOString()
      })
      return settings
    }
  }
}
