/**
 * 需求清单: every need the communities raised, ranked by how many residents asked (as 温江
 * ranked its list before 立项). 新建需求 records one; 合并重复需求 folds duplicates of one
 * community into one need whose count is the sum; a row opens the need's page, where it is
 * matched to the work that answers it.
 */
import { useMemo, useRef, useState } from 'react'
import { Button, Flex, Spin } from 'antd'
import { MergeCellsOutlined, PlusOutlined } from '@ant-design/icons'
import { useNavigate } from 'react-router'
import { ShowArchivedSwitch } from '@renderer/components/archived-switch'
import { DataGrid, type DataGridHandle } from '@renderer/components/data-grid'
import { useById, useCommunities } from '@renderer/components/use-registry'
import { MergeNeedsModal } from './merge-needs-modal'
import { NEED_COLUMNS, needRowId, needRows, searchNeed, type NeedRow } from './need-columns'
import { NeedFormDrawer } from './need-form'
import { NEED_STRINGS as S } from './strings'
import { useNeeds } from './use-need-data'
import { ImportButton } from '@renderer/features/import/import-button'

export function NeedsPage() {
  const navigate = useNavigate()
  const needs = useNeeds()
  const communitiesById = useById(useCommunities())
  const [showArchived, setShowArchived] = useState(false)
  const [creating, setCreating] = useState(false)
  const [merging, setMerging] = useState(false)
  const [selected, setSelected] = useState<string[]>([])
  const grid = useRef<DataGridHandle<NeedRow>>(null)

  const allRows = useMemo(
    () => needRows(needs ?? [], (id) => communitiesById.get(id)?.name),
    [needs, communitiesById]
  )
  const rows = useMemo(
    () => (showArchived ? allRows : allRows.filter((row) => row.archivedAt === null)),
    [allRows, showArchived]
  )

  if (!needs) return <Spin />
  const openNeed = (row: NeedRow) => navigate(`/linkage/needs/${row.id}`)

  return (
    <div style={{ height: 'calc(100vh - 250px)', minHeight: 360 }}>
      <DataGrid<NeedRow>
        ref={grid}
        rows={rows}
        columns={NEED_COLUMNS}
        getRowId={needRowId}
        search={searchNeed}
        searchPlaceholder={S.searchPlaceholder}
        storageKey="linkage-needs"
        ariaLabel={S.gridLabel}
        emptyText={S.empty}
        onRowOpen={openNeed}
        selectable
        onSelectionChange={setSelected}
        toolbar={
          <Flex gap="small" align="center" wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {S.create}
            </Button>
            <ImportButton entity="needs" />
            <Button icon={<MergeCellsOutlined />} onClick={() => setMerging(true)}>
              {S.merge}
            </Button>
            <ShowArchivedSwitch checked={showArchived} onChange={setShowArchived} />
          </Flex>
        }
      />
      {creating ? (
        <NeedFormDrawer
          need={null}
          onClose={() => setCreating(false)}
          onSaved={() => setCreating(false)}
        />
      ) : null}
      {merging ? (
        <MergeNeedsModal
          rows={allRows}
          selectedIds={selected}
          onClose={() => setMerging(false)}
          onMerged={() => {
            setMerging(false)
            grid.current?.clearSelection()
          }}
        />
      ) : null}
    </div>
  )
}
