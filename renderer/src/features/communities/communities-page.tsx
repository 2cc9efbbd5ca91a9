/** 社区: the communities of the linkage work, with who serves each one. */
import { DataGrid } from '@renderer/components/data-grid'
import { RegistryPage } from '@renderer/components/registry-page'
import {
  useCommunities,
  useOrganizations,
  useSocialWorkers,
  useRegistryView
} from '@renderer/components/use-registry'
import type { Community } from '@shared/domain/communities/community'
import { COMMUNITY_COLUMNS, communityId, searchCommunity } from './community-columns'
import { CommunityPanel } from './community-panel'
import { COMMUNITY_STRINGS as S } from './strings'

export function CommunitiesPage() {
  const communities = useCommunities()
  const organizations = useOrganizations()
  const socialWorkers = useSocialWorkers()
  const view = useRegistryView(communities)

  return (
    <RegistryPage
      title={S.pageTitle}
      loading={communities === undefined}
      showArchived={view.showArchived}
      onShowArchivedChange={view.setShowArchived}
    >
      <DataGrid<Community>
        rows={view.visibleRows}
        columns={COMMUNITY_COLUMNS}
        getRowId={communityId}
        search={searchCommunity}
        searchPlaceholder={S.searchPlaceholder}
        storageKey="communities"
        ariaLabel={S.gridLabel}
        emptyText={S.empty}
        onRowOpen={view.open}
      />
      <CommunityPanel
        community={view.openRecord}
        organizations={organizations ?? []}
        socialWorkers={socialWorkers ?? []}
        onClose={view.close}
      />
    </RegistryPage>
  )
}
