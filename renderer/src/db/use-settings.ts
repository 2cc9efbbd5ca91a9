/** The general settings as live data: components re-render when a save lands. */
import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { GeneralSettings } from '@shared/domain/settings'
import { useDatabase } from '@renderer/db/database-context'
import {
  createSettingsRepository,
  type SettingsRepository
} from '@renderer/db/repositories/settings-repository'

export function useSettingsRepository(): SettingsRepository {
  const db = useDatabase()
  return useMemo(() => createSettingsRepository(db), [db])
}

/** Undefined while the first read is in flight. */
export function useGeneralSettings(): GeneralSettings | undefined {
  const repository = useSettingsRepository()
  return useLiveQuery(() => repository.getGeneral(), [repository])
}
