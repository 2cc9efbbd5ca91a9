/**
 * The 工作台 figures as live data: the year's records read as the 年度工作汇总 reads them
 * (annual-summary-source.ts) and the organisations beside them, in one transaction, counted by
 * the shared rule (shared/domain/dashboard/figures.ts).
 */
import { useLiveQuery } from '@renderer/db/live-query'
import { dashboardFigures, type DashboardFigures } from '@shared/domain/dashboard/figures'
import { todayInChina, type IsoDate } from '@shared/domain/dates'
import { useDatabase } from '@renderer/db/database-context'
import type { ShelianDatabase } from '@renderer/db/schema'
import {
  annualSummaryTables,
  loadAnnualSummaryReportInput
} from '@renderer/features/reports/sources/annual-summary-source'

export function loadDashboardFigures(
  db: ShelianDatabase,
  today: IsoDate
): Promise<DashboardFigures> {
  return db.transaction('r', [db.organizations, ...annualSummaryTables(db)], async () => {
    const [records, organizations] = await Promise.all([
      loadAnnualSummaryReportInput(db, Number(today.slice(0, 4))),
      db.organizations.toArray()
    ])
    return dashboardFigures({ ...records, organizations }, today)
  })
}

/** This year's figures, live once `enabled`; undefined until then and while being read. */
export function useDashboardFigures(enabled = true): DashboardFigures | undefined {
  const db = useDatabase()
  return useLiveQuery(
    () => (enabled ? loadDashboardFigures(db, todayInChina()) : undefined),
    [db, enabled]
  )
}
