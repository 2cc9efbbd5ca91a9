/**
 * A project's 服务记录: what its activities add up to, and the activities themselves, searchable
 * and sortable, with 新增 / 编辑 and 归档 (an entry made by mistake) while the project runs.
 * Archived entries show only when asked for, where they can be restored.
 */
import { useMemo, useState, type ReactNode } from 'react'
import { Button, Flex, Space, Spin, Tag, Tooltip, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { ShowArchivedSwitch } from '@renderer/components/archived-switch'
import { DataGrid, type DataGridColumn } from '@renderer/components/data-grid'
import { ArchiveAction } from '@renderer/components/record-panel'
import { useById, useCommunities, useSocialWorkers } from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import type { Activity } from '@shared/domain/activities/activity'
import type { Community } from '@shared/domain/communities/community'
import { projectWorkRefusal, type Project } from '@shared/domain/projects/project'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import type { PinyinKeys } from '@shared/text/pinyin'
import { ActivityFormDrawer } from './activity-form'
import { ActivityTotals } from './activity-totals'
import { ACTIVITY_STRINGS as S } from './strings'
import { useProjectActivities } from './use-activity-data'
import { ImportButton } from '@renderer/features/import/import-button'

export interface ActivityRow extends Activity {
  communityName: string
  /** The community's stored pinyin keys, for search and sorting by name. */
  communityKeys: PinyinKeys
  workerNames: string
}

const NO_KEYS: PinyinKeys = { pinyin: '', pinyinInitials: '' }

function activityRows(
  activities: readonly Activity[],
  communitiesById: ReadonlyMap<string, Community>,
  workersById: ReadonlyMap<string, SocialWorker>
): ActivityRow[] {
  // Latest first until the user sorts by a column.
  const newestFirst = [...activities].sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)
  )
  return newestFirst.map((activity) => {
    const community = activity.communityId ? communitiesById.get(activity.communityId) : undefined
    return {
      ...activity,
      communityName: activity.communityId ? (community?.name ?? S.unknownCommunity) : S.noCommunity,
      communityKeys: community ?? NO_KEYS,
      workerNames: activity.socialWorkerIds
        .map((id) => workersById.get(id)?.name ?? S.unknownWorker)
        .join('、')
    }
  })
}

function columns(actions: ((row: ActivityRow) => ReactNode) | null): DataGridColumn<ActivityRow>[] {
  const shown: DataGridColumn<ActivityRow>[] = [
    { id: 'date', header: S.columnDate, value: (row) => row.date, width: 110, sort: 'date' },
    {
      id: 'community',
      header: S.columnCommunity,
      value: (row) => row.communityName,
      width: 140,
      sort: 'zh',
      sortValue: (row) => row.communityKeys.pinyin,
      filter: { kind: 'select' }
    },
    {
      id: 'title',
      header: S.columnTitle,
      value: (row) => row.title,
      width: 240,
      sort: 'zh',
      render: (row) => (
        <>
          {row.title}
          {row.archivedAt ? <Tag style={{ marginInlineStart: 8 }}>{S.archivedTag}</Tag> : null}
        </>
      )
    },
    {
      id: 'participants',
      header: S.columnParticipants,
      value: (row) => row.participants,
      width: 100,
      align: 'right',
      sort: 'number'
    },
    {
      id: 'volunteers',
      header: S.columnVolunteers,
      value: (row) => row.volunteers,
      width: 90,
      align: 'right',
      sort: 'number'
    },
    {
      id: 'volunteerHours',
      header: S.columnHours,
      value: (row) => row.volunteerHours,
      width: 90,
      align: 'right',
      sort: 'number'
    },
    { id: 'workers', header: S.columnWorkers, value: (row) => row.workerNames, width: 160 }
  ]
  if (!actions) return shown
  return [
    ...shown,
    {
      id: 'actions',
      header: S.columnActions,
      value: () => null,
      width: 170,
      hideable: false,
      render: actions
    }
  ]
}

const searchRow = (row: ActivityRow) => ({
  text: `${row.title} ${row.communityName} ${row.workerNames}`,
  keys: row.communityKeys
})

const rowId = (row: ActivityRow) => row.id

export function ActivitiesTab({ project }: { project: Project }) {
  const repository = useRepositories().activities
  const activities = useProjectActivities(project.id)
  // Read once for the names in the grid and the form's pickers both.
  const communities = useCommunities()
  const workers = useSocialWorkers()
  const communitiesById = useById(communities)
  const workersById = useById(workers)
  const [showArchived, setShowArchived] = useState(false)
  const [editing, setEditing] = useState<Activity | 'new' | null>(null)
  // The same rule the repository applies: no new or changed records once the project has ended.
  const refusal = projectWorkRefusal(project, 'recordActivities')

  const rows = useMemo(
    () =>
      activityRows(
        (activities ?? []).filter((activity) => showArchived || activity.archivedAt === null),
        communitiesById,
        workersById
      ),
    [activities, communitiesById, workersById, showArchived]
  )
  const gridColumns = useMemo(
    () =>
      columns(
        refusal
          ? null
          : (row) => (
              <Space size="small">
                {row.archivedAt ? null : (
                  <Button size="small" onClick={() => setEditing(row)}>
                    {S.edit}
                  </Button>
                )}
                <ArchiveAction
                  record={{ ...row, name: `${row.date} ${row.title}` }}
                  archive={repository.archive}
                  restore={repository.restore}
                />
              </Space>
            )
      ),
    [refusal, repository]
  )

  if (!activities) return <Spin />

  return (
    <Flex vertical gap="middle">
      <ActivityTotals activities={activities} />
      <div style={{ height: 'calc(100vh - 420px)', minHeight: 360 }}>
        <DataGrid<ActivityRow>
          rows={rows}
          columns={gridColumns}
          getRowId={rowId}
          search={searchRow}
          searchPlaceholder={S.searchPlaceholder}
          storageKey="project-activities"
          ariaLabel={S.gridLabel}
          emptyText={S.empty}
          onRowOpen={refusal ? undefined : (row) => row.archivedAt === null && setEditing(row)}
          toolbar={
            <Flex gap="middle" align="center">
              <ShowArchivedSwitch checked={showArchived} onChange={setShowArchived} />
              <Tooltip title={refusal}>
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  disabled={refusal !== null}
                  onClick={() => setEditing('new')}
                >
                  {S.create}
                </Button>
              </Tooltip>
              {refusal ? (
                <Typography.Text type="secondary">{refusal}</Typography.Text>
              ) : (
                <ImportButton entity="activities" projectId={project.id} />
              )}
            </Flex>
          }
        />
      </div>
      {editing ? (
        <ActivityFormDrawer
          project={project}
          activity={editing === 'new' ? null : editing}
          communities={communities}
          workers={workers}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Flex>
  )
}
