/** 社会组织: the registry of every organisation the office deals with. */
import { useState } from 'react'
import { DataGrid } from '@renderer/components/data-grid'
import { RegistryPage } from '@renderer/components/registry-page'
import {
  useById,
  useCommunities,
  useOrganizations,
  useVisibleRows
} from '@renderer/components/use-registry'
import type { Organization } from '@shared/domain/organizations/organization'
import { ORGANIZATION_COLUMNS, organizationId, searchOrganization } from './organization-columns'
import { OrganizationPanel } from './organization-panel'
import { ORGANIZATION_STRINGS as S } from './strings'

export function OrganizationsPage() {
  const organizations = useOrganizations()
  const communitiesById = useById(useCommunities())
  const [showArchived, setShowArchived] = useState(false)
  const rows = useVisibleRows(organizations, showArchived)
  const [openId, setOpenId] = useState<string | null>(null)
  const open = openId ? (organizations?.find((o) => o.id === openId) ?? null) : null

  return (
    <RegistryPage
      title={S.pageTitle}
      loading={organizations === undefined}
      showArchived={showArchived}
      onShowArchivedChange={setShowArchived}
    >
      <DataGrid<Organization>
        rows={rows}
        columns={ORGANIZATION_COLUMNS}
        getRowId={organizationId}
        search={searchOrganization}
        searchPlaceholder={S.searchPlaceholder}
        storageKey="organizations"
        ariaLabel={S.gridLabel}
        emptyText={S.empty}
        onRowOpen={(o) => setOpenId(o.id)}
      />
      <OrganizationPanel
        organization={open}
        communitiesById={communitiesById}
        onClose={() => setOpenId(null)}
      />
    </RegistryPage>
  )
}
