/** 孵化基地: the board of what needs doing, every stay in a grid, and 入驻申请. */
import { useMemo, useState } from 'react'
import { Button, Flex, Spin, Tabs, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useNavigate } from 'react-router'
import { ShowArchivedSwitch } from '@renderer/components/archived-switch'
import { DataGrid } from '@renderer/components/data-grid'
import { useIncubationSettings } from '@renderer/db/use-settings'
import { todayInChina } from '@shared/domain/dates'
import { incubationBoard } from '@shared/domain/incubation/board'
import { ApplyIncubationModal } from './apply-incubation-modal'
import { IncubationBoardView } from './incubation-board'
import { searchStay, STAY_COLUMNS, stayId, stayRows, type StayRow } from './incubation-columns'
import { INCUBATION_STRINGS as S } from './strings'
import { useIncubations, useStayOrganizations } from './use-incubation-data'

export function IncubationPage() {
  const navigate = useNavigate()
  const stays = useIncubations()
  const organizationsById = useStayOrganizations(stays)
  const settings = useIncubationSettings()
  const [showArchived, setShowArchived] = useState(false)
  const [applying, setApplying] = useState(false)
  const today = todayInChina()

  const rows = useMemo(
    () =>
      stayRows(
        (stays ?? []).filter((stay) => showArchived || stay.archivedAt === null),
        organizationsById ?? new Map(),
        today
      ),
    [stays, organizationsById, showArchived, today]
  )
  const board = useMemo(
    () => (stays && settings ? incubationBoard(stays, today, settings.endingSoonDays) : null),
    [stays, settings, today]
  )

  const openStay = (row: StayRow) => navigate(`/incubation/${row.id}`)
  const loading = !stays || !organizationsById || !settings || !board

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {S.pageTitle}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setApplying(true)}>
          {S.apply}
        </Button>
      </Flex>
      {loading ? (
        <Spin />
      ) : (
        <Tabs
          items={[
            {
              key: 'board',
              label: S.boardTitle,
              children: (
                <IncubationBoardView
                  board={board}
                  endingSoonDays={settings.endingSoonDays}
                  today={today}
                  organizationName={(id) =>
                    organizationsById?.get(id)?.name ?? S.unknownOrganization
                  }
                />
              )
            },
            {
              key: 'all',
              label: S.allStaysTab,
              children: (
                <div style={{ height: 'calc(100vh - 260px)', minHeight: 360 }}>
                  <DataGrid<StayRow>
                    rows={rows}
                    columns={STAY_COLUMNS}
                    getRowId={stayId}
                    search={searchStay}
                    searchPlaceholder={S.searchPlaceholder}
                    storageKey="incubations"
                    ariaLabel={S.gridLabel}
                    emptyText={S.empty}
                    onRowOpen={openStay}
                    toolbar={
                      <ShowArchivedSwitch checked={showArchived} onChange={setShowArchived} />
                    }
                  />
                </div>
              )
            }
          ]}
        />
      )}
      <ApplyIncubationModal
        open={applying}
        onClose={() => setApplying(false)}
        onApplied={(stay) => {
          setApplying(false)
          navigate(`/incubation/${stay.id}`)
        }}
      />
    </Flex>
  )
}
