/** 社区: the communities of the linkage work, with who serves each one. */
import { useState } from 'react'
import { DataGrid } from '@renderer/components/data-grid'
import { RegistryPage } from '@renderer/components/registry-page'
import {
  useCommunities,
  useOrganizations,
  useSocialWorkers,
  useVisibleRows
} from '@renderer/components/use-registry'
import type { Community } from '@shared/domain/communities/community'
import { COMMUNITY_COLUMNS, communityId, searchCommunity } from './community-columns'
import { CommunityPanel } from './community-panel'
import { COMMUNITY_STRINGS as S } from './strings'

export function CommunitiesPage() {
  const communities = useCommunities()
  const organizations = useOrganizations()
  const socialWorkers = useSocialWorkers()
  const [showArchived, setShowArchived] = useState(false)
  const rows = useVisibleRows(communities, showArchived)
  const [openId, setOpenId] = useState<string | null>(null)
  const open = openId ? (communities?.find((c) => c.id === openId) ?? null) : null

  return (
    <RegistryPage
      title={S.pageTitle}
      loading={communities === undefined}
      showArchived={showArchived}
      onShowArchivedChange={setShowArchived}
    >
      <DataGrid<Community>
        rows={rows}
        columns={COMMUNITY_COLUMNS}
        getRowId={communityId}
        search={searchCommunity}
        searchPlaceholder={S.searchPlaceholder}
        storageKey="communities"
        ariaLabel={S.gridLabel}
        emptyText={S.empty}
        onRowOpen={(c) => setOpenId(c.id)}
      />
      <CommunityPanel
        community={open}
        organizations={organizations ?? []}
        socialWorkers={socialWorkers ?? []}
        onClose={() => setOpenId(null)}
      />
    </RegistryPage>
  )
}
