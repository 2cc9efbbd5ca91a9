/**
 * 覆盖缺口: communities whose residents asked loudly with no project there, most demand first,
 * each need opening its own page; and communities no organisation or no social worker serves.
 */
import { Flex, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { Link } from 'react-router'
import { TitledSection } from '@renderer/components/titled-section'
import { communityPath, needPath } from '@renderer/features/communities/community-path'
import type { CoverageGaps, DemandGap, ReachGap } from '@shared/domain/linkage/coverage'
import { HIGH_DEMAND_MIN_RAISED_BY } from '@shared/domain/linkage/need'
import { COVERAGE_STRINGS as S } from './strings'

const communityLink = (row: { communityId: string; name: string }) => (
  <Link to={communityPath(row.communityId)}>{row.name}</Link>
)

const UNMET_COLUMNS: ColumnsType<DemandGap> = [
  { key: 'community', title: S.community, width: 180, render: (_, gap) => communityLink(gap) },
  { key: 'demand', title: S.demand, dataIndex: 'demand', width: 110, align: 'right' },
  {
    key: 'needs',
    title: S.loudNeeds,
    render: (_, gap) => (
      <Flex wrap gap="small">
        {gap.needs.map((need) => (
          <Link key={need.id} to={needPath(need.id)}>
            {S.needEntry(need.name, need.raisedBy)}
          </Link>
        ))}
      </Flex>
    )
  }
]

const UNREACHED_COLUMNS: ColumnsType<ReachGap> = [
  { key: 'community', title: S.community, width: 180, render: (_, gap) => communityLink(gap) },
  {
    key: 'missing',
    title: S.missing,
    render: (_, gap) => (
      <>
        {gap.noOrganization ? <Tag color="orange">{S.noOrganization}</Tag> : null}
        {gap.noSocialWorker ? <Tag color="orange">{S.noSocialWorker}</Tag> : null}
      </>
    )
  }
]

export function CoverageGapsSection({ gaps }: { gaps: CoverageGaps }) {
  return (
    <TitledSection title={S.gapsTitle}>
      <Flex vertical gap="middle">
        <div>
          <Typography.Title level={5}>{S.unmetTitle(HIGH_DEMAND_MIN_RAISED_BY)}</Typography.Title>
          <Table<DemandGap>
            aria-label={S.unmetLabel}
            size="small"
            rowKey="communityId"
            dataSource={gaps.unmetDemand}
            columns={UNMET_COLUMNS}
            locale={{ emptyText: S.unmetEmpty }}
            pagination={{ hideOnSinglePage: true }}
          />
        </div>
        <div>
          <Typography.Title level={5}>{S.unreachedTitle}</Typography.Title>
          <Table<ReachGap>
            aria-label={S.unreachedLabel}
            size="small"
            rowKey="communityId"
            dataSource={gaps.unreached}
            columns={UNREACHED_COLUMNS}
            locale={{ emptyText: S.unreachedEmpty }}
            pagination={{ hideOnSinglePage: true }}
          />
        </div>
      </Flex>
    </TitledSection>
  )
}
