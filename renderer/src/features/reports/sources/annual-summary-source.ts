/**
 * What the 年度工作汇总 of `year` needs, read in one transaction: every stay, round, project,
 * agreement, tranche and evaluation of the office (the count decides what falls in the year, by
 * each record's own date), and the applications of that year's rounds for their published
 * awards. An office's tables are small enough to read whole; none of these dates is indexed.
 * The 工作台 reads its year through this too, so it counts the very records the report prints.
 */
import type { Project } from '@shared/domain/projects/project'
import type { AnnualSummaryReportInput } from '@shared/pdf/reports/annual-summary-report'
import { createAgreementsRepository } from '@renderer/db/repositories/agreements-repository'
import { createApplicationsRepository } from '@renderer/db/repositories/applications-repository'
import { createEvaluationsRepository } from '@renderer/db/repositories/evaluations-repository'
import { createIncubationsRepository } from '@renderer/db/repositories/incubations-repository'
import { createProjectsRepository } from '@renderer/db/repositories/projects-repository'
import { createVentureRoundsRepository } from '@renderer/db/repositories/venture-rounds-repository'
import type { ShelianDatabase } from '@renderer/db/schema'

/** The years a round may have (round.ts `roundDraftSchema`). */
const FIRST_YEAR = 2000
const LAST_YEAR = 2100

/** The tables the year is read from, for a caller reading more in the same transaction. */
export const annualSummaryTables = (db: ShelianDatabase) => [
  db.incubations,
  db.ventureRounds,
  db.applications,
  db.projects,
  db.agreements,
  db.payments,
  db.evaluations,
  db.projectEvaluations
]

/** The projects whole, as stored: the 工作台 counts them by status as well. */
export function loadAnnualSummaryReportInput(
  db: ShelianDatabase,
  year: number
): Promise<AnnualSummaryReportInput & { projects: Project[] }> {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    return Promise.reject(new Error(`年度有误：${year}`))
  }
  return db.transaction('r', annualSummaryTables(db), async () => {
    const rounds = await createVentureRoundsRepository(db).listAll()
    const applications = createApplicationsRepository(db)
    const ofYear = rounds.filter((round) => round.year === year)
    const [
      incubations,
      roundApplications,
      projects,
      agreements,
      payments,
      evaluations,
      projectEvaluations
    ] = await Promise.all([
      createIncubationsRepository(db).listAll(),
      Promise.all(ofYear.map((round) => applications.listForRound(round.id))),
      createProjectsRepository(db).listAll(),
      createAgreementsRepository(db).listAll(),
      db.payments.toArray(),
      createEvaluationsRepository(db).listAll(),
      db.projectEvaluations.toArray()
    ])
    return {
      year,
      incubations,
      rounds,
      applications: roundApplications.flat(),
      projects,
      agreements,
      payments,
      evaluations,
      projectEvaluations
    }
  })
}
