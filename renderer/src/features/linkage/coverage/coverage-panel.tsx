/**
 * 覆盖情况 (issue #7 §6–§7): which communities the organisations, social workers and projects of
 * 三社联动 reach and what their residents still ask for; where that falls short; and the
 * volunteer hours of 五社联动 per community. The figures are coverage.ts's, read once over the
 * whole database; each count opens the community page at the list behind it.
 */
import { useMemo, useState } from 'react'
import { Descriptions, Flex, Spin, Typography } from 'antd'
import { useLiveQuery } from '@renderer/db/live-query'
import { Link } from 'react-router'
import { DataGrid, type DataGridColumn } from '@renderer/components/data-grid'
import { TitledSection } from '@renderer/components/titled-section'
import { useRepositories } from '@renderer/db/use-repositories'
import { communityPath, type CommunitySection } from '@renderer/features/communities/community-path'
import { todayInChina } from '@shared/domain/dates'
import type { CoverageRow, CoverageTotals } from '@shared/domain/linkage/coverage'
import { pinyinKeys, type PinyinKeys } from '@shared/text/pinyin'
import { CoverageGapsSection } from './coverage-gaps'
import { COVERAGE_STRINGS as S } from './strings'
import { VolunteerHoursSection } from './volunteer-hours-section'

type MatrixRow = CoverageRow & PinyinKeys

export function CoveragePanel() {
  const { linkage } = useRepositories()
  const [today] = useState(todayInChina)
  const coverage = useLiveQuery(() => linkage.coverage(), [linkage])
  // Keys for searching by pinyin, computed once per read rather than per keystroke.
  const rows = useMemo<MatrixRow[]>(
    () => (coverage?.matrix.rows ?? []).map((row) => ({ ...row, ...pinyinKeys(row.name) })),
    [coverage]
  )

  if (!coverage) return <Spin />
  return (
    <Flex vertical gap="large">
      <TitledSection title={S.matrixTitle}>
        <Typography.Paragraph type="secondary">{S.matrixHint}</Typography.Paragraph>
        <CoverageTotalsLine totals={coverage.matrix.totals} />
        <div style={{ height: 480, marginTop: 12 }}>
          <DataGrid<MatrixRow>
            rows={rows}
            columns={MATRIX_COLUMNS}
            getRowId={rowId}
            search={searchRow}
            searchPlaceholder={S.searchPlaceholder}
            storageKey="linkage-coverage"
            ariaLabel={S.gridLabel}
            emptyText={S.empty}
          />
        </div>
      </TitledSection>
      <CoverageGapsSection gaps={coverage.gaps} />
      <VolunteerHoursSection today={today} />
    </Flex>
  )
}

function CoverageTotalsLine({ totals }: { totals: CoverageTotals }) {
  return (
    <section aria-label={S.totalsLabel}>
      <Descriptions
        bordered
        size="small"
        column={6}
        layout="vertical"
        items={[
          { key: 'communities', label: S.community, children: totals.communities },
          { key: 'organizations', label: S.organizations, children: totals.organizations },
          { key: 'socialWorkers', label: S.socialWorkers, children: totals.socialWorkers },
          { key: 'projects', label: S.projects, children: totals.projects },
          { key: 'openNeeds', label: S.openNeeds, children: totals.openNeeds },
          { key: 'openDemand', label: S.openDemand, children: totals.openDemand }
        ]}
      />
      <Typography.Text type="secondary">{S.totalsNote}</Typography.Text>
    </section>
  )
}

/** A count that opens the community page at the list it counts; a zero has nothing to open. */
function Figure({
  row,
  count,
  what,
  section
}: {
  row: MatrixRow
  count: number
  what: string
  section: CommunitySection
}) {
  if (count === 0) return <>0</>
  return (
    <Link
      to={communityPath(row.communityId, section)}
      aria-label={S.figureLabel(row.name, what, count)}
    >
      {count}
    </Link>
  )
}

const figureColumn = (
  id: string,
  header: string,
  count: (row: MatrixRow) => number,
  section: CommunitySection
): DataGridColumn<MatrixRow> => ({
  id,
  header,
  value: count,
  width: 100,
  align: 'right',
  sort: 'number',
  render: (row) => <Figure row={row} count={count(row)} what={header} section={section} />
})

const MATRIX_COLUMNS: DataGridColumn<MatrixRow>[] = [
  {
    id: 'name',
    header: S.community,
    value: (row) => row.name,
    width: 180,
    sort: 'zh',
    sortValue: (row) => row.pinyin,
    render: (row) => <Link to={communityPath(row.communityId)}>{row.name}</Link>
  },
  {
    id: 'district',
    header: S.district,
    value: (row) => row.district,
    width: 100,
    sort: 'zh',
    filter: { kind: 'select' }
  },
  {
    id: 'subdistrict',
    header: S.subdistrict,
    value: (row) => row.subdistrict,
    width: 120,
    sort: 'zh',
    filter: { kind: 'select' }
  },
  figureColumn(
    'organizations',
    S.organizations,
    (row) => row.organizationIds.length,
    'organizations'
  ),
  figureColumn(
    'socialWorkers',
    S.socialWorkers,
    (row) => row.socialWorkerIds.length,
    'socialWorkers'
  ),
  figureColumn('projects', S.projects, (row) => row.projectIds.length, 'projects'),
  figureColumn('openNeeds', S.openNeeds, (row) => row.openNeedIds.length, 'needs'),
  figureColumn('openDemand', S.openDemand, (row) => row.openDemand, 'needs')
]

const rowId = (row: MatrixRow) => row.communityId

const searchRow = (row: MatrixRow) => ({ text: `${row.name} ${row.subdistrict}`, keys: row })
