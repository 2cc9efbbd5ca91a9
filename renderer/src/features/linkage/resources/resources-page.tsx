/**
 * 资源清单: what organisations, 驻区单位, volunteer teams and charitable bodies offer the
 * communities — 场地, 资金, 志愿者, 专业服务, 物资 — each marked with the 五社联动 leg it brings
 * and whether its period is over. 新增资源 adds one; a row opens its panel, where it is edited,
 * archived or restored.
 */
import { useMemo, useState } from 'react'
import { Button, Flex, Spin } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useLiveQuery } from '@renderer/db/live-query'
import { ShowArchivedSwitch } from '@renderer/components/archived-switch'
import { DataGrid } from '@renderer/components/data-grid'
import {
  useById,
  useCommunities,
  useOrganizationsOf,
  useRegistryView
} from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import { todayInChina } from '@shared/domain/dates'
import type { Resource } from '@shared/domain/linkage/resource'
import {
  RESOURCE_COLUMNS,
  resourceRowId,
  resourceRows,
  searchResource,
  type ResourceRow
} from './resource-columns'
import { ResourceFormDrawer } from './resource-form'
import { ResourcePanel } from './resource-panel'
import { RESOURCE_STRINGS as S } from './strings'

/** The form: a new resource, or the resource being edited. */
type FormTarget = { resource: Resource | null }

export function ResourcesPage() {
  const { resources } = useRepositories()
  const all = useLiveQuery(() => resources.listAll(), [resources])
  const communitiesById = useById(useCommunities())
  const [today] = useState(todayInChina)
  const rows = useMemo(
    () => (all ? resourceRows(all, (id) => communitiesById.get(id)?.name, today) : undefined),
    [all, communitiesById, today]
  )
  // Only the organisations the resources name: the registry's 15,000 are not needed here.
  const named = useMemo(
    () => all?.flatMap((r) => (r.organizationId ? [{ organizationId: r.organizationId }] : [])),
    [all]
  )
  const organizationsById = useOrganizationsOf(named)
  const view = useRegistryView(rows)
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null)

  if (!rows) return <Spin />
  return (
    <Flex vertical gap="middle" style={{ height: 'calc(100vh - 250px)', minHeight: 360 }}>
      <DataGrid<ResourceRow>
        rows={view.visibleRows}
        columns={RESOURCE_COLUMNS}
        getRowId={resourceRowId}
        search={searchResource}
        searchPlaceholder={S.searchPlaceholder}
        storageKey="linkage-resources"
        ariaLabel={S.gridLabel}
        emptyText={S.empty}
        onRowOpen={view.open}
        toolbar={
          <Flex gap="small" align="center" wrap>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setFormTarget({ resource: null })}
            >
              {S.create}
            </Button>
            <ShowArchivedSwitch checked={view.showArchived} onChange={view.setShowArchived} />
          </Flex>
        }
      />
      <ResourcePanel
        resource={view.openRecord}
        organizationsById={organizationsById ?? new Map()}
        onEdit={(resource) => setFormTarget({ resource })}
        onClose={view.close}
      />
      {formTarget ? (
        <ResourceFormDrawer
          resource={formTarget.resource}
          onClose={() => setFormTarget(null)}
          onSaved={() => setFormTarget(null)}
        />
      ) : null}
    </Flex>
  )
}
