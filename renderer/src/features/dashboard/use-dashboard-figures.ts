/**
 * The 工作台 figures as live data: the records the figures count, read in one transaction and
 * counted by the shared rule (shared/domain/dashboard/figures.ts). Only the applications of the
 * year's rounds are read, for their published awards; the other tables are read whole, as the
 * 年度工作汇总 reads them.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { dashboardFigures, type DashboardFigures } from '@shared/domain/dashboard/figures'
import { todayInChina, type IsoDate } from '@shared/domain/dates'
import { useDatabase } from '@renderer/db/database-context'
import type { ShelianDatabase } from '@renderer/db/schema'

export function loadDashboardFigures(
  db: ShelianDatabase,
  today: IsoDate
): Promise<DashboardFigures> {
  const year = Number(today.slice(0, 4))
  return db.transaction(
    'r',
    [
      db.organizations,
      db.incubations,
      db.ventureRounds,
      db.applications,
      db.projects,
      db.agreements,
      db.payments,
      db.evaluations,
      db.projectEvaluations
    ],
    async () => {
      const rounds = await db.ventureRounds.toArray()
      const ofYear = rounds.filter((round) => round.year === year).map((round) => round.id)
      const [
        organizations,
        incubations,
        applications,
        projects,
        agreements,
        payments,
        evaluations,
        projectEvaluations
      ] = await Promise.all([
        db.organizations.toArray(),
        db.incubations.toArray(),
        db.applications.where('roundId').anyOf(ofYear).toArray(),
        db.projects.toArray(),
        db.agreements.toArray(),
        db.payments.toArray(),
        db.evaluations.toArray(),
        db.projectEvaluations.toArray()
      ])
      return dashboardFigures(
        {
          organizations,
          incubations,
          rounds,
          applications,
          projects,
          agreements,
          payments,
          evaluations,
          projectEvaluations
        },
        today
      )
    }
  )
}

/** This year's figures, live once `enabled`; undefined until then and while being read. */
export function useDashboardFigures(enabled = true): DashboardFigures | undefined {
  const db = useDatabase()
  return useLiveQuery(
    () => (enabled ? loadDashboardFigures(db, todayInChina()) : undefined),
    [db, enabled]
  )
}
