/**
 * The 待办 list as live data: every record a reminder can come from, read in one transaction
 * and handed to the shared rules (shared/domain/reminders). Dexie re-runs the query after any
 * write to these tables, so a 初核 recorded or a tranche paid drops off at once.
 *
 * The projects are assembled as the 到期事项 list assembles them (projects-repository `dueOf`):
 * the first live agreement with its approved amendments, and the current evaluations by the
 * purchaser or a third party — a 自评 settles nothing due.
 */
import { useLiveQuery } from '@renderer/db/live-query'
import { todayInChina, type IsoDate } from '@shared/domain/dates'
import { currentEvaluations } from '@shared/domain/evaluations/project-evaluation'
import { gateFactsOf } from '@shared/domain/payments/payment-gates'
import { effectiveAgreement } from '@shared/domain/projects/agreement'
import { projectAllows } from '@shared/domain/projects/project'
import {
  collectReminders,
  type ProjectReminderSource,
  type Reminder
} from '@shared/domain/reminders/reminders'
import { useDatabase } from '@renderer/db/database-context'
import { createSettingsRepository } from '@renderer/db/repositories/settings-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import { nextStep } from '@shared/domain/venture/round-progress'

/** Rows of one project, by project id. */
function byProject<T extends { projectId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const row of rows) {
    const list = map.get(row.projectId)
    if (list) list.push(row)
    else map.set(row.projectId, [row])
  }
  return map
}

/** Every reminder of `today`, in the list's order. */
export function loadReminders(db: ShelianDatabase, today: IsoDate): Promise<Reminder[]> {
  return db.transaction(
    'r',
    [
      db.settings,
      db.organizations,
      db.incubations,
      db.ventureRounds,
      db.projects,
      db.agreements,
      db.amendments,
      db.payments,
      db.projectEvaluations,
      db.socialWorkers,
      db.resources
    ],
    async () => {
      const [
        settings,
        organizations,
        incubations,
        rounds,
        projects,
        agreements,
        amendments,
        payments,
        evaluations,
        socialWorkers,
        resources
      ] = await Promise.all([
        createSettingsRepository(db).getIncubation(),
        db.organizations.toArray(),
        db.incubations.toArray(),
        db.ventureRounds.toArray(),
        db.projects.filter((project) => projectAllows(project, 'followUp')).toArray(),
        db.agreements.toArray(),
        db.amendments.toArray(),
        db.payments.toArray(),
        db.projectEvaluations.toArray(),
        db.socialWorkers.toArray(),
        db.resources.toArray()
      ])
      const agreementsOf = byProject(agreements)
      const amendmentsOf = byProject(amendments.filter((row) => row.archivedAt === null))
      const paymentsOf = byProject(payments)
      const evaluationsOf = byProject(evaluations)
      const sources = projects.map((project): ProjectReminderSource => {
        const projectAgreements = agreementsOf.get(project.id) ?? []
        const projectEvaluations = evaluationsOf.get(project.id) ?? []
        const agreement = projectAgreements.find((row) => row.archivedAt === null)
        return {
          project,
          agreement: agreement
            ? effectiveAgreement(agreement, amendmentsOf.get(project.id) ?? [])
            : null,
          evaluations: currentEvaluations(
            projectEvaluations.filter((row) => row.archivedAt === null)
          ).filter((evaluation) => evaluation.mode !== '自评'),
          payments: paymentsOf.get(project.id) ?? [],
          gate: gateFactsOf(projectAgreements, projectEvaluations)
        }
      })
      return collectReminders(
        {
          organizations,
          incubations,
          rounds: rounds.map((round) => ({ round, next: nextStep(round, today) })),
          projects: sources,
          socialWorkers,
          resources
        },
        today,
        settings
      )
    }
  )
}

/** The 待办 list, live once `enabled`; undefined until then and while the first read is in flight. */
export function useReminderQuery(enabled = true): Reminder[] | undefined {
  const db = useDatabase()
  return useLiveQuery(
    () => (enabled ? loadReminders(db, todayInChina()) : undefined),
    [db, enabled]
  )
}
