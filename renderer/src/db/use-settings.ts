/**
 * The settings groups as live data: components re-render when a save lands. Each is undefined
 * while its first read is in flight.
 */
import { useLiveQuery } from '@renderer/db/live-query'
import type { GradingSettings } from '@shared/domain/evaluations/grade-bands'
import type { IncubationSettings } from '@shared/domain/incubation/incubation-settings'
import type { ReportFontSettings } from '@shared/domain/report-settings'
import type { GeneralSettings } from '@shared/domain/settings'
import type { SettingsRepository } from './repositories/settings-repository'
import { useRepositories } from './use-repositories'

export function useSettingsRepository(): SettingsRepository {
  return useRepositories().settings
}

export function useGeneralSettings(): GeneralSettings | undefined {
  const repository = useSettingsRepository()
  return useLiveQuery(() => repository.getGeneral(), [repository])
}

export function useIncubationSettings(): IncubationSettings | undefined {
  const repository = useSettingsRepository()
  return useLiveQuery(() => repository.getIncubation(), [repository])
}

export function useGradingSettings(): GradingSettings | undefined {
  const repository = useSettingsRepository()
  return useLiveQuery(() => repository.getGrading(), [repository])
}

export function useReportFontSettings(): ReportFontSettings | undefined {
  const repository = useSettingsRepository()
  return useLiveQuery(() => repository.getReportFont(), [repository])
}
