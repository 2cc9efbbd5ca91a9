/**
 * Grid rows of the registry: each organisation with the status of its latest stay at the base,
 * so the 孵化状态 column can sort and filter like any stored field.
 */
import type { IncubationStatus } from '@shared/domain/incubation/incubation'
import type { Organization } from '@shared/domain/organizations/organization'

export type OrganizationRow = Organization & {
  /** Status of the latest stay not archived; null when the organisation never applied. */
  incubationStatus: IncubationStatus | null
}

export function organizationRows(
  organizations: readonly Organization[],
  statuses: ReadonlyMap<string, IncubationStatus>
): OrganizationRow[] {
  return organizations.map((organization) => ({
    ...organization,
    incubationStatus: statuses.get(organization.id) ?? null
  }))
}
