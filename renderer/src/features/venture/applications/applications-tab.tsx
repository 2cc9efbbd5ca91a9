/**
 * A round's 申报书: every application with its applicant, track, money and status, searchable
 * and sortable; 新建申报书 while the round takes new drafts. Archived ones (drafts or withdrawn
 * applications taken out of the list) show only when asked for.
 */
import { useMemo, useState } from 'react'
import { Button, Flex, Spin, Tag, Tooltip, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { Link, useNavigate } from 'react-router'
import { ShowArchivedSwitch } from '@renderer/components/archived-switch'
import { DataGrid, type DataGridColumn } from '@renderer/components/data-grid'
import { formatYuan } from '@shared/domain/money'
import type { Organization } from '@shared/domain/organizations/organization'
import {
  APPLICATION_STATUSES,
  newApplicationRefusal,
  type Application
} from '@shared/domain/venture/application'
import type { VentureRound } from '@shared/domain/venture/round'
import type { PinyinKeys } from '@shared/text/pinyin'
import { useApplicants, useRoundApplications } from '../use-venture-data'
import { formatInstant, trackName } from './application-display'
import { ApplicationStatusTag } from './application-status-tag'
import { NewApplicationModal } from './new-application-modal'
import { APPLICATION_FIELD_LABELS as L, APPLICATION_STRINGS as S } from './strings'

export interface ApplicationRow extends Application {
  organizationName: string
  /** The applicant's stored pinyin keys, for search and sorting by name. */
  organizationKeys: PinyinKeys
  trackName: string
}

function applicationRows(
  applications: readonly Application[],
  organizationsById: ReadonlyMap<string, Organization>,
  round: VentureRound
): ApplicationRow[] {
  // Latest activity first until the user sorts by a column.
  const newestFirst = [...applications].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  return newestFirst.map((application) => {
    const organization = organizationsById.get(application.organizationId)
    return {
      ...application,
      organizationName: organization?.name ?? S.unknownOrganization,
      organizationKeys: {
        pinyin: organization?.pinyin ?? '',
        pinyinInitials: organization?.pinyinInitials ?? ''
      },
      trackName: trackName(round.tracks, application.track)
    }
  })
}

function columns(round: VentureRound): DataGridColumn<ApplicationRow>[] {
  return [
    {
      id: 'organization',
      header: L.organizationId!,
      value: (row) => row.organizationName,
      width: 220,
      sort: 'zh',
      sortValue: (row) => row.organizationKeys.pinyin,
      render: (row) => (
        <>
          {row.organizationName}
          {row.archivedAt ? <Tag style={{ marginInlineStart: 8 }}>{S.archivedTag}</Tag> : null}
        </>
      )
    },
    {
      id: 'title',
      header: L.title!,
      value: (row) => row.title,
      width: 240,
      sort: 'zh',
      render: (row) => <Link to={`/venture/applications/${row.id}`}>{row.title || '—'}</Link>
    },
    {
      id: 'track',
      header: '类别',
      value: (row) => row.trackName,
      width: 120,
      sort: 'zh',
      filter: { kind: 'select', options: round.tracks.map((track) => track.name) }
    },
    {
      id: 'requested',
      header: `${L.requestedFen}（元）`,
      value: (row) => row.requestedFen,
      width: 130,
      align: 'right',
      sort: 'number',
      render: (row) => formatYuan(row.requestedFen)
    },
    {
      id: 'matching',
      header: `${L.matchingFen}（元）`,
      value: (row) => row.matchingFen,
      width: 130,
      align: 'right',
      sort: 'number',
      render: (row) => formatYuan(row.matchingFen)
    },
    {
      id: 'status',
      header: L.status!,
      value: (row) => row.status,
      width: 110,
      sort: (a, b) =>
        APPLICATION_STATUSES.indexOf(a.status) - APPLICATION_STATUSES.indexOf(b.status),
      filter: { kind: 'select', options: [...APPLICATION_STATUSES] },
      render: (row) => <ApplicationStatusTag status={row.status} />
    },
    {
      id: 'submittedAt',
      header: L.submittedAt!,
      value: (row) => row.submittedAt,
      width: 150,
      sort: 'date',
      render: (row) => (row.submittedAt ? formatInstant(row.submittedAt) : null)
    },
    {
      id: 'grant',
      header: `${S.awardGrant}（元）`,
      value: (row) => row.award?.grantFen ?? null,
      width: 150,
      align: 'right',
      sort: 'number',
      hiddenByDefault: true,
      render: (row) => (row.award ? formatYuan(row.award.grantFen) : null)
    }
  ]
}

const searchRow = (row: ApplicationRow) => ({
  text: `${row.organizationName} ${row.title}`,
  keys: row.organizationKeys
})

const rowId = (row: ApplicationRow) => row.id

export function ApplicationsTab({ round }: { round: VentureRound }) {
  const navigate = useNavigate()
  const applications = useRoundApplications(round.id)
  const organizationsById = useApplicants(applications)
  const [showArchived, setShowArchived] = useState(false)
  const [creating, setCreating] = useState(false)
  const refusal = newApplicationRefusal(round)
  const gridColumns = useMemo(() => columns(round), [round])

  const rows = useMemo(
    () =>
      applicationRows(
        (applications ?? []).filter((row) => showArchived || row.archivedAt === null),
        organizationsById ?? new Map(),
        round
      ),
    [applications, organizationsById, showArchived, round]
  )

  if (!applications || !organizationsById) return <Spin />

  return (
    <div style={{ height: 'calc(100vh - 300px)', minHeight: 360 }}>
      <DataGrid<ApplicationRow>
        rows={rows}
        columns={gridColumns}
        getRowId={rowId}
        search={searchRow}
        searchPlaceholder={S.searchPlaceholder}
        storageKey="venture-applications"
        ariaLabel={S.gridLabel}
        emptyText={refusal ? S.emptyClosed : S.empty}
        onRowOpen={(row) => navigate(`/venture/applications/${row.id}`)}
        toolbar={
          <Flex gap="middle" align="center">
            <ShowArchivedSwitch checked={showArchived} onChange={setShowArchived} />
            <Tooltip title={refusal}>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={refusal !== null}
                onClick={() => setCreating(true)}
              >
                {S.create}
              </Button>
            </Tooltip>
            {refusal ? <Typography.Text type="secondary">{refusal}</Typography.Text> : null}
          </Flex>
        }
      />
      {creating ? (
        <NewApplicationModal
          round={round}
          onClose={() => setCreating(false)}
          onCreated={(application) => {
            setCreating(false)
            navigate(`/venture/applications/${application.id}`)
          }}
        />
      ) : null}
    </div>
  )
}
