/**
 * Every 公益创投 round, newest year first, with where each stands and the next date it is
 * heading for. 新建批次 starts from the default rules; 复制上年批次 from the latest round.
 */
import { useMemo, useState } from 'react'
import { Button, Flex, Spin, Tooltip } from 'antd'
import { CopyOutlined, PlusOutlined } from '@ant-design/icons'
import { useNavigate } from 'react-router'
import { ShowArchivedSwitch } from '@renderer/components/archived-switch'
import { DataGrid } from '@renderer/components/data-grid'
import { useListSearch } from '@renderer/components/use-registry'
import { todayInChina } from '@shared/domain/dates'
import { useRounds } from '../use-venture-data'
import { ROUND_COLUMNS, roundId, roundRows, searchRound, type RoundRow } from './round-columns'
import { RoundFormDrawer, type RoundFormMode } from './round-form'
import { ROUND_STRINGS as S } from './strings'
import { useApplicationCounts } from './use-round-data'

export function RoundsList() {
  const navigate = useNavigate()
  const rounds = useRounds()
  const counts = useApplicationCounts(rounds)
  const initialSearch = useListSearch()
  const [showArchived, setShowArchived] = useState(false)
  const [formMode, setFormMode] = useState<RoundFormMode | null>(null)
  const [today] = useState(todayInChina)

  const rows = useMemo(
    () =>
      roundRows(
        (rounds ?? []).filter((round) => showArchived || round.archivedAt === null),
        counts ?? new Map(),
        today
      ),
    [rounds, counts, showArchived, today]
  )
  // The round to copy: the latest year still in use, however the grid is sorted.
  const latest = useMemo(
    () =>
      roundRows(
        (rounds ?? []).filter((r) => r.archivedAt === null),
        new Map(),
        today
      )[0],
    [rounds, today]
  )

  if (!rounds || !counts) return <Spin />
  const openRound = (row: RoundRow) => navigate(`/venture/${row.id}`)
  const nextYear = latest ? latest.year + 1 : Number(today.slice(0, 4))

  return (
    <div style={{ height: 'calc(100vh - 250px)', minHeight: 360 }}>
      <DataGrid<RoundRow>
        rows={rows}
        columns={ROUND_COLUMNS}
        getRowId={roundId}
        search={searchRound}
        searchPlaceholder={S.searchPlaceholder}
        initialSearch={initialSearch}
        storageKey="venture-rounds"
        ariaLabel={S.gridLabel}
        emptyText={S.empty}
        onRowOpen={openRound}
        toolbar={
          <Flex gap="small" align="center" wrap>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setFormMode({ kind: 'create', year: nextYear })}
            >
              {S.create}
            </Button>
            <Tooltip title={latest ? S.copyLastHint(latest.name, nextYear) : S.copyLastDisabled}>
              <Button
                icon={<CopyOutlined />}
                disabled={!latest}
                onClick={() => latest && setFormMode({ kind: 'copy', from: latest })}
              >
                {S.copyLast}
              </Button>
            </Tooltip>
            <ShowArchivedSwitch checked={showArchived} onChange={setShowArchived} />
          </Flex>
        }
      />
      {formMode ? (
        <RoundFormDrawer
          mode={formMode}
          onClose={() => setFormMode(null)}
          onSaved={(round) => {
            setFormMode(null)
            navigate(`/venture/${round.id}`)
          }}
        />
      ) : null}
    </div>
  )
}
