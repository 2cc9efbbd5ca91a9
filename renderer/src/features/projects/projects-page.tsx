/**
 * 项目管理: every project of both channels — 公益创投 projects arrive from 立项, 政府购买服务
 * ones are entered here — and one list of everything they have due.
 */
import { useMemo, useState } from 'react'
import { Button, Flex, Spin, Tabs, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useLiveQuery } from '@renderer/db/live-query'
import { useNavigate } from 'react-router'
import { ShowArchivedSwitch } from '@renderer/components/archived-switch'
import { DataGrid } from '@renderer/components/data-grid'
import { useById, useListSearch, useOrganizationsOf } from '@renderer/components/use-registry'
import { useTabParam } from '@renderer/components/use-tab-param'
import { useRepositories } from '@renderer/db/use-repositories'
import { useRounds } from '@renderer/features/venture/use-venture-data'
import { todayInChina } from '@shared/domain/dates'
import { DueList } from './due-list'
import {
  PROJECT_COLUMNS,
  projectId,
  projectRows,
  searchProject,
  type ProjectRow
} from './project-columns'
import { PurchaseProjectFormDrawer } from './purchase-project-form'
import { PROJECT_STRINGS as S } from './strings'

const TABS = ['projects', 'due'] as const

export function ProjectsPage() {
  const navigate = useNavigate()
  const [tab, openTab] = useTabParam(TABS)
  const initialSearch = useListSearch()
  const { projects } = useRepositories()
  const [today] = useState(todayInChina)
  const all = useLiveQuery(() => projects.listAll(), [projects])
  const dueItems = useLiveQuery(() => projects.dueItems(today), [projects, today])
  // Only the providers the projects name: the registry's 15,000 organisations are not needed.
  const organizationsById = useOrganizationsOf(all)
  const roundsById = useById(useRounds())
  const [showArchived, setShowArchived] = useState(false)
  const [creating, setCreating] = useState(false)

  const allRows = useMemo(
    () =>
      projectRows(
        all ?? [],
        (id) => organizationsById?.get(id)?.name,
        (id) => roundsById.get(id)?.name,
        dueItems ?? []
      ),
    [all, organizationsById, roundsById, dueItems]
  )
  const rows = useMemo(
    () => (showArchived ? allRows : allRows.filter((row) => row.archivedAt === null)),
    [allRows, showArchived]
  )
  // The due list names archived projects too, should one still owe something.
  const rowsById = useById(allRows)

  const loading = all === undefined || dueItems === undefined || organizationsById === undefined
  const openProject = (row: ProjectRow) => navigate(`/projects/${row.id}`)

  const list = (
    <div style={{ height: 'calc(100vh - 250px)', minHeight: 360 }}>
      <DataGrid<ProjectRow>
        rows={rows}
        columns={PROJECT_COLUMNS}
        getRowId={projectId}
        search={searchProject}
        searchPlaceholder={S.searchPlaceholder}
        initialSearch={initialSearch}
        storageKey="projects"
        ariaLabel={S.gridLabel}
        emptyText={S.empty}
        onRowOpen={openProject}
        toolbar={
          <Flex gap="small" align="center" wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {S.create}
            </Button>
            <ShowArchivedSwitch checked={showArchived} onChange={setShowArchived} />
          </Flex>
        }
      />
    </div>
  )

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {S.pageTitle}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => openTab(key as (typeof TABS)[number])}
        destroyOnHidden
        items={[
          { key: 'projects', label: S.projectsTab, children: loading ? <Spin /> : list },
          {
            key: 'due',
            label: S.dueTab,
            children: loading ? (
              <Spin />
            ) : (
              <DueList items={dueItems} projectLabel={(id) => rowsById.get(id)} />
            )
          }
        ]}
      />
      {creating ? (
        <PurchaseProjectFormDrawer
          onClose={() => setCreating(false)}
          onSaved={(project) => {
            setCreating(false)
            navigate(`/projects/${project.id}`)
          }}
        />
      ) : null}
    </Flex>
  )
}
