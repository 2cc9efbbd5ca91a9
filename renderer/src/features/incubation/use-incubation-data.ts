/**
 * Live reads of the incubation tables: components re-render when any write lands, so a 定稿
 * elsewhere on the page enables 出壳 at once.
 */
import { useMemo } from 'react'
import { useLiveQuery } from '@renderer/db/live-query'
import type { AuditEntry } from '@shared/domain/audit'
import type { Evaluation } from '@shared/domain/evaluations/evaluation'
import type { Incubation } from '@shared/domain/incubation/incubation'
import type { IncubationService } from '@shared/domain/incubation/service-log'
import type { Organization } from '@shared/domain/organizations/organization'
import { useRepositories } from '@renderer/db/use-repositories'

/**
 * The organisations these stays belong to, by id: only those, so the board does not wait for
 * the whole registry (15,000 organisations in a city) to name 1,500 stays.
 */
export function useStayOrganizations(
  stays: readonly Incubation[] | undefined
): Map<string, Organization> | undefined {
  const { organizations } = useRepositories()
  const ids = useMemo(
    () => [...new Set((stays ?? []).map((stay) => stay.organizationId))].sort(),
    [stays]
  )
  const found = useLiveQuery(
    async () => (stays ? organizations.getMany(ids) : undefined),
    [organizations, ids, stays === undefined]
  )
  return useMemo(
    () =>
      found ? new Map(found.map((organization) => [organization.id, organization])) : undefined,
    [found]
  )
}

export function useIncubations(): Incubation[] | undefined {
  const { incubations } = useRepositories()
  return useLiveQuery(() => incubations.listAll(), [incubations])
}

/** The stay, null when there is none with this id, undefined while loading. */
export function useIncubation(id: string): Incubation | null | undefined {
  const { incubations } = useRepositories()
  return useLiveQuery(async () => (await incubations.get(id)) ?? null, [incubations, id])
}

export function useStayServices(incubationId: string): IncubationService[] | undefined {
  const { incubationServices } = useRepositories()
  return useLiveQuery(
    () => incubationServices.listForIncubation(incubationId),
    [incubationServices, incubationId]
  )
}

export function useStayAssessments(incubationId: string): Evaluation[] | undefined {
  const { evaluations } = useRepositories()
  return useLiveQuery(() => evaluations.listForSubject(incubationId), [evaluations, incubationId])
}

export function useOrganizationStays(organizationId: string): Incubation[] | undefined {
  const { incubations } = useRepositories()
  return useLiveQuery(
    () => incubations.listForOrganization(organizationId),
    [incubations, organizationId]
  )
}

export function useOrganizationServices(organizationId: string): IncubationService[] | undefined {
  const { incubationServices } = useRepositories()
  return useLiveQuery(
    () => incubationServices.listForOrganization(organizationId),
    [incubationServices, organizationId]
  )
}

export function useOrganizationAssessments(organizationId: string): Evaluation[] | undefined {
  const { evaluations } = useRepositories()
  return useLiveQuery(
    () => evaluations.listForOrganization(organizationId),
    [evaluations, organizationId]
  )
}

/** A record's audit entries; the live query reads the audit log again after each write. */
export function useHistory(
  history: (id: string) => Promise<AuditEntry[]>,
  id: string
): AuditEntry[] | undefined {
  return useLiveQuery(() => history(id), [history, id])
}
