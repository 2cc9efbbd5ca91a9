/** 社会组织: the registry of every organisation the office deals with. */
import { DataGrid } from '@renderer/components/data-grid'
import { RegistryPage } from '@renderer/components/registry-page'
import {
  useById,
  useCommunities,
  useOrganizations,
  useRegistryView
} from '@renderer/components/use-registry'
import type { Organization } from '@shared/domain/organizations/organization'
import { ORGANIZATION_COLUMNS, organizationId, searchOrganization } from './organization-columns'
import { OrganizationPanel } from './organization-panel'
import { ORGANIZATION_STRINGS as S } from './strings'

export function OrganizationsPage() {
  const organizations = useOrganizations()
  const communitiesById = useById(useCommunities())
  const view = useRegistryView(organizations)

  return (
    <RegistryPage
      title={S.pageTitle}
      loading={organizations === undefined}
      showArchived={view.showArchived}
      onShowArchivedChange={view.setShowArchived}
    >
      <DataGrid<Organization>
        rows={view.visibleRows}
        columns={ORGANIZATION_COLUMNS}
        getRowId={organizationId}
        search={searchOrganization}
        searchPlaceholder={S.searchPlaceholder}
        storageKey="organizations"
        ariaLabel={S.gridLabel}
        emptyText={S.empty}
        onRowOpen={view.open}
      />
      <OrganizationPanel
        organization={view.openRecord}
        communitiesById={communitiesById}
        onClose={view.close}
      />
    </RegistryPage>
  )
}
