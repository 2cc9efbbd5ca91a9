/**
 * 志愿服务（五社联动）: volunteer hours, visits and activities per community for one year (or all
 * years), rolled up from the projects' 服务记录 by volunteer-hours.ts, with a total row.
 */
import { useMemo, useState } from 'react'
import { Flex, Select, Spin, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useLiveQuery } from '@renderer/db/live-query'
import { Link } from 'react-router'
import { TitledSection } from '@renderer/components/titled-section'
import type { VolunteerHoursRow } from '@renderer/db/repositories/linkage-reads'
import { useRepositories } from '@renderer/db/use-repositories'
import { communityPath } from '@renderer/features/communities/community-path'
import type { IsoDate } from '@shared/domain/dates'
import { COVERAGE_STRINGS as S } from './strings'

/** Years offered besides 全部年度: this one and the four before. */
const YEARS_BACK = 5
const ALL = 'all'

const number = (value: number) => value.toLocaleString('zh-CN')

const COLUMNS: ColumnsType<VolunteerHoursRow> = [
  {
    key: 'community',
    title: S.community,
    render: (_, row) =>
      row.communityId === null ? (
        <Typography.Text type="secondary">{row.name}</Typography.Text>
      ) : (
        <Link to={communityPath(row.communityId, 'volunteers')}>{row.name}</Link>
      )
  },
  {
    key: 'hours',
    title: S.hours,
    align: 'right',
    sorter: (a, b) => a.hours - b.hours,
    render: (_, row) => number(row.hours)
  },
  {
    key: 'visits',
    title: S.visits,
    align: 'right',
    sorter: (a, b) => a.volunteerVisits - b.volunteerVisits,
    render: (_, row) => number(row.volunteerVisits)
  },
  {
    key: 'activities',
    title: S.activities,
    align: 'right',
    sorter: (a, b) => a.activities - b.activities,
    render: (_, row) => number(row.activities)
  }
]

export function VolunteerHoursSection({ today }: { today: IsoDate }) {
  const { linkage } = useRepositories()
  const thisYear = Number(today.slice(0, 4))
  const [year, setYear] = useState<number | null>(thisYear)
  const rows = useLiveQuery(() => linkage.volunteerHours(year), [linkage, year])
  const options = useMemo(
    () => [
      ...Array.from({ length: YEARS_BACK }, (_, back) => ({
        value: String(thisYear - back),
        label: S.yearOption(thisYear - back)
      })),
      { value: ALL, label: S.allYears }
    ],
    [thisYear]
  )

  return (
    <TitledSection title={S.volunteerTitle}>
      <Typography.Paragraph type="secondary">{S.volunteerHint}</Typography.Paragraph>
      <Flex gap="small" align="center" style={{ marginBottom: 12 }}>
        <label htmlFor="volunteer-year">{S.year}</label>
        <Select
          id="volunteer-year"
          style={{ width: 140 }}
          value={year === null ? ALL : String(year)}
          options={options}
          onChange={(value: string) => setYear(value === ALL ? null : Number(value))}
        />
      </Flex>
      {rows === undefined ? (
        <Spin />
      ) : (
        <Table<VolunteerHoursRow>
          aria-label={S.volunteerLabel}
          size="small"
          rowKey={(row) => row.communityId ?? ''}
          dataSource={rows}
          columns={COLUMNS}
          locale={{ emptyText: S.volunteerEmpty }}
          pagination={{ hideOnSinglePage: true }}
          summary={(shown) => (shown.length === 0 ? null : <VolunteerTotals rows={rows} />)}
        />
      )}
    </TitledSection>
  )
}

/** The totals of every row, not only the page shown. */
function VolunteerTotals({ rows }: { rows: readonly VolunteerHoursRow[] }) {
  const hours = rows.reduce((sum, row) => sum + row.hours, 0)
  const visits = rows.reduce((sum, row) => sum + row.volunteerVisits, 0)
  const activities = rows.reduce((sum, row) => sum + row.activities, 0)
  return (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0}>{S.total}</Table.Summary.Cell>
      <Table.Summary.Cell index={1} align="right">
        {number(hours)}
      </Table.Summary.Cell>
      <Table.Summary.Cell index={2} align="right">
        {number(visits)}
      </Table.Summary.Cell>
      <Table.Summary.Cell index={3} align="right">
        {number(activities)}
      </Table.Summary.Cell>
    </Table.Summary.Row>
  )
}
