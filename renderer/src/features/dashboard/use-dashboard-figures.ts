/**
 * The 工作台 figures as live data: the year's records read as the 年度工作汇总 reads them
 * (annual-summary-source.ts) and the organisations beside them, in one transaction, counted by
 * the shared rule (shared/domain/dashboard/figures.ts).
 *
 * At city scale that is some 40,000 rows and seconds of reading, so the figures are remembered
 * between visits ({@link useTableQuery}) and counted again only after a write to those tables.
 */
import { useMemo } from 'react'
import { useTableQuery } from '@renderer/db/live-query'
import { dashboardFigures, type DashboardFigures } from '@shared/domain/dashboard/figures'
import { todayInChina, type IsoDate } from '@shared/domain/dates'
import { useDatabase } from '@renderer/db/database-context'
import type { ShelianDatabase } from '@renderer/db/schema'
import {
  annualSummaryTables,
  loadAnnualSummaryReportInput
} from '@renderer/features/reports/sources/annual-summary-source'

const figureTables = (db: ShelianDatabase) => [db.organizations, ...annualSummaryTables(db)]

export function loadDashboardFigures(
  db: ShelianDatabase,
  today: IsoDate
): Promise<DashboardFigures> {
  return db.transaction('r', figureTables(db), async () => {
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
  const today = todayInChina()
  const tables = useMemo(() => figureTables(db).map((table) => table.name), [db])
  return useTableQuery(db, enabled ? `dashboard-figures/${today}` : null, tables, () =>
    loadDashboardFigures(db, today)
  )
}
