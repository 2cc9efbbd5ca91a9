/**
 * 社会组织: the registry of every organisation the office deals with. A row opens the
 * organisation's own page; 新建组织 registers one and goes to its page.
 */
import { useMemo, useState } from 'react'
import { Button } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useLiveQuery } from '@renderer/db/live-query'
import { useNavigate } from 'react-router'
import { DataGrid } from '@renderer/components/data-grid'
import { RegistryPage } from '@renderer/components/registry-page'
import { useOrganizations, useRegistryView } from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import { todayInChina } from '@shared/domain/dates'
import { organizationColumns, organizationId, searchOrganization } from './organization-columns'
import { OrganizationFormDrawer } from './organization-form'
import { latestStayStatuses } from '@shared/domain/incubation/incubation'
import { ORGANIZATION_STRINGS as S } from './strings'
import type { Organization } from '@shared/domain/organizations/organization'

export function OrganizationsPage() {
  const navigate = useNavigate()
  const { incubations } = useRepositories()
  const organizations = useOrganizations()
  const stays = useLiveQuery(() => incubations.listAll(), [incubations])
  const view = useRegistryView(organizations)
  const [creating, setCreating] = useState(false)
  const [today] = useState(todayInChina)
  const statuses = useMemo(() => latestStayStatuses(stays ?? []), [stays])
  const columns = useMemo(() => organizationColumns(today, statuses), [today, statuses])

  return (
    <RegistryPage
      title={S.pageTitle}
      importEntity="organizations"
      loading={organizations === undefined || stays === undefined}
      showArchived={view.showArchived}
      onShowArchivedChange={view.setShowArchived}
    >
      <DataGrid<Organization>
        rows={view.visibleRows}
        columns={columns}
        getRowId={organizationId}
        search={searchOrganization}
        searchPlaceholder={S.searchPlaceholder}
        initialSearch={view.initialSearch}
        storageKey="organizations"
        ariaLabel={S.gridLabel}
        emptyText={S.empty}
        onRowOpen={(row) => navigate(`/organizations/${row.id}`)}
        toolbar={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {S.create}
          </Button>
        }
      />
      {creating ? (
        <OrganizationFormDrawer
          organization={null}
          onClose={() => setCreating(false)}
          onSaved={(record) => {
            setCreating(false)
            navigate(`/organizations/${record.id}`)
          }}
        />
      ) : null}
    </RegistryPage>
  )
}
