/**
 * What each 台账 is built from, read in one transaction so a ledger is one moment's records. An
 * office's tables are small enough to read whole (the city benchmark's 15,000 organisations
 * included). The round's results come from the same loader as its 评审结果 report.
 */
import type { IsoDate } from '@shared/domain/dates'
import type { OrganizationLedgerInput } from '@shared/export/ledgers/organization-ledger'
import type { ProjectLedgerInput } from '@shared/export/ledgers/project-ledger'
import type { RoundResultsLedgerInput } from '@shared/export/ledgers/round-results-ledger'
import { createIncubationsRepository } from '@renderer/db/repositories/incubations-repository'
import { createOrganizationsRepository } from '@renderer/db/repositories/organizations-repository'
import { createProjectsRepository } from '@renderer/db/repositories/projects-repository'
import { createVentureRoundsRepository } from '@renderer/db/repositories/venture-rounds-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import { loadRoundResultsReportInput } from '@renderer/features/reports/sources/round-results-source'

/** The office and the day every ledger is titled with. */
export interface LedgerContext {
  office: string
  today: IsoDate
}

export function loadOrganizationLedgerInput(
  db: ShelianDatabase,
  context: LedgerContext
): Promise<OrganizationLedgerInput> {
  return db.transaction('r', [db.organizations, db.incubations], async () => {
    const [organizations, incubations] = await Promise.all([
      createOrganizationsRepository(db).listAll(),
      createIncubationsRepository(db).listAll()
    ])
    return { organizations, incubations, ...context }
  })
}

export function loadProjectLedgerInput(
  db: ShelianDatabase,
  context: LedgerContext
): Promise<ProjectLedgerInput> {
  return db.transaction(
    'r',
    [db.projects, db.payments, db.organizations, db.ventureRounds],
    async () => {
      const [projects, payments, rounds] = await Promise.all([
        createProjectsRepository(db).listAll(),
        db.payments.toArray(),
        createVentureRoundsRepository(db).listAll()
      ])
      const organizations = await createOrganizationsRepository(db).getMany([
        ...new Set(projects.map((project) => project.organizationId))
      ])
      return { projects, payments, organizations, rounds, ...context }
    }
  )
}

export async function loadRoundResultsLedgerInput(
  db: ShelianDatabase,
  roundId: string,
  context: LedgerContext
): Promise<RoundResultsLedgerInput> {
  const input = await loadRoundResultsReportInput(db, roundId)
  return { ...input, ...context }
}
