/**
 * 社区: the communities of the linkage work. A row opens the community's own page, with who
 * serves it, its projects, needs and resources, and its linkage graph; 新建社区 registers one,
 * which then shows in the list.
 */
import { useState } from 'react'
import { Button } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useNavigate } from 'react-router'
import { DataGrid } from '@renderer/components/data-grid'
import { RegistryPage } from '@renderer/components/registry-page'
import { useCommunities, useRegistryView } from '@renderer/components/use-registry'
import type { Community } from '@shared/domain/communities/community'
import { COMMUNITY_COLUMNS, communityId, searchCommunity } from './community-columns'
import { CommunityFormDrawer } from './community-form'
import { communityPath } from './community-path'
import { COMMUNITY_STRINGS as S } from './strings'

export function CommunitiesPage() {
  const navigate = useNavigate()
  const communities = useCommunities()
  const view = useRegistryView(communities)
  const [creating, setCreating] = useState(false)

  return (
    <RegistryPage
      title={S.pageTitle}
      importEntity="communities"
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
        initialSearch={view.initialSearch}
        storageKey="communities"
        ariaLabel={S.gridLabel}
        emptyText={S.empty}
        onRowOpen={(row) => navigate(communityPath(row.id))}
        toolbar={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {S.create}
          </Button>
        }
      />
      {creating ? (
        <CommunityFormDrawer
          community={null}
          onClose={() => setCreating(false)}
          onSaved={() => setCreating(false)}
        />
      ) : null}
    </RegistryPage>
  )
}
