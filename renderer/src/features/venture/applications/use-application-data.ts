/** Live reads the 申报书 screens need besides the shared venture hooks. */
import { useLiveQuery } from '@renderer/db/live-query'
import type { AuditEntry } from '@shared/domain/audit'
import type { Organization } from '@shared/domain/organizations/organization'
import type { Application } from '@shared/domain/venture/application'
import { useRepositories } from '@renderer/db/use-repositories'

/** The applicant, null when it is gone, undefined while loading. */
export function useApplicant(organizationId: string): Organization | null | undefined {
  const { organizations } = useRepositories()
  return useLiveQuery(
    async () => (await organizations.get(organizationId)) ?? null,
    [organizations, organizationId]
  )
}

/** The application's audit trail, read again after each write to it. */
export function useApplicationHistory(application: Application): AuditEntry[] | undefined {
  const { applications } = useRepositories()
  return useLiveQuery(
    () => applications.history(application.id),
    [applications, application.id, application.updatedAt, application.archivedAt]
  )
}
