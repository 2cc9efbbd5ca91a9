/**
 * The lists of a community's page: who serves it, the projects there, its needs by demand, the
 * resources offered to it and its volunteer figures — each a small table whose names open the
 * record's own page where it has one.
 */
import { Descriptions, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { Link } from 'react-router'
import { recordInList } from '@renderer/components/use-registry'
import type { ServingWorker } from '@renderer/db/repositories/linkage-reads'
import { NeedStatusTag } from '@renderer/features/linkage/needs/need-status-tag'
import { ExpiredTag, FiveSocietyTag } from '@renderer/features/linkage/resources/resource-tags'
import { isResourceExpired } from '@shared/domain/linkage/resource-rules'
import { REGISTRATION_STATUS_COLORS } from '@renderer/features/organizations/organization-columns'
import { CHANNEL_COLORS } from '@renderer/features/projects/project-detail-strings'
import { ProjectStatusTag } from '@renderer/features/projects/project-status-tag'
import { RegistrationWarningTag } from '@renderer/features/social-workers/registration-warning-tag'
import type { IsoDate } from '@shared/domain/dates'
import type { Need, RankedNeed } from '@shared/domain/linkage/need'
import type { Resource } from '@shared/domain/linkage/resource'
import { fiveSocietyLeg } from '@shared/domain/linkage/resource-rules'
import type { VolunteerFigures } from '@shared/domain/linkage/volunteer-hours'
import { formatYuan } from '@shared/domain/money'
import type { Organization } from '@shared/domain/organizations/organization'
import type { Project } from '@shared/domain/projects/project'
import { needPath } from './community-path'
import { COMMUNITY_STRINGS as S } from './strings'

const PAGINATION = { hideOnSinglePage: true, pageSize: 10 } as const

type OrganizationName = (id: string | null) => string | null

const organizationLink = (id: string | null, name: OrganizationName) => {
  const text = name(id)
  return id && text ? <Link to={`/organizations/${id}`}>{text}</Link> : '—'
}

export function OrganizationsTable({ rows }: { rows: readonly Organization[] }) {
  const columns: ColumnsType<Organization> = [
    {
      key: 'name',
      title: S.organizationName,
      render: (_, o) => <Link to={`/organizations/${o.id}`}>{o.name}</Link>
    },
    { key: 'category', title: S.category, dataIndex: 'category', width: 140 },
    {
      key: 'rating',
      title: S.rating,
      width: 100,
      render: (_, o) => (o.rating ? <Tag color="gold">{o.rating.grade}</Tag> : '—')
    },
    {
      key: 'registrationStatus',
      title: S.registrationStatus,
      width: 100,
      render: (_, o) => (
        <Tag color={REGISTRATION_STATUS_COLORS[o.registrationStatus]}>{o.registrationStatus}</Tag>
      )
    }
  ]
  return (
    <Table<Organization>
      aria-label={S.organizationsTable}
      size="small"
      rowKey="id"
      dataSource={[...rows]}
      columns={columns}
      pagination={PAGINATION}
      locale={{ emptyText: S.organizationsEmpty }}
    />
  )
}

export function SocialWorkersTable({
  rows,
  organizationName,
  today
}: {
  rows: readonly ServingWorker[]
  organizationName: OrganizationName
  today: IsoDate
}) {
  const columns: ColumnsType<ServingWorker> = [
    {
      key: 'name',
      title: S.workerName,
      width: 110,
      render: (_, { worker }) => (
        <Link to={recordInList('/social-workers', worker.id)}>{worker.name}</Link>
      )
    },
    {
      key: 'certLevel',
      title: S.certLevel,
      width: 130,
      render: (_, { worker }) => worker.certLevel
    },
    {
      key: 'registration',
      title: S.registrationValidUntil,
      width: 190,
      render: (_, { worker }) => (
        <>
          {worker.registrationValidUntil ?? '—'}
          <RegistrationWarningTag worker={worker} today={today} />
        </>
      )
    },
    {
      key: 'employer',
      title: S.employer,
      render: (_, { worker }) => organizationLink(worker.employerId, organizationName)
    },
    { key: 'workload', title: S.workload, width: 90, align: 'right', dataIndex: 'workload' }
  ]
  return (
    <Table<ServingWorker>
      aria-label={S.socialWorkersTable}
      size="small"
      rowKey={(row) => row.worker.id}
      dataSource={[...rows]}
      columns={columns}
      pagination={PAGINATION}
      locale={{ emptyText: S.socialWorkersEmpty }}
    />
  )
}

export function ProjectsTable({
  rows,
  organizationName
}: {
  rows: readonly Project[]
  organizationName: OrganizationName
}) {
  const columns: ColumnsType<Project> = [
    {
      key: 'title',
      title: S.projectTitle,
      render: (_, p) => <Link to={`/projects/${p.id}`}>{p.title}</Link>
    },
    {
      key: 'channel',
      title: S.channel,
      width: 120,
      render: (_, p) => <Tag color={CHANNEL_COLORS[p.channel]}>{p.channel}</Tag>
    },
    {
      key: 'status',
      title: S.status,
      width: 90,
      render: (_, p) => <ProjectStatusTag status={p.status} />
    },
    {
      key: 'provider',
      title: S.provider,
      render: (_, p) => organizationLink(p.organizationId, organizationName)
    },
    {
      key: 'amount',
      title: S.amount,
      width: 130,
      align: 'right',
      render: (_, p) => formatYuan(p.amountFen)
    }
  ]
  return (
    <Table<Project>
      aria-label={S.projectsTable}
      size="small"
      rowKey="id"
      dataSource={[...rows]}
      columns={columns}
      pagination={PAGINATION}
      locale={{ emptyText: S.projectsEmpty }}
    />
  )
}

type RankedRow = RankedNeed<Need>

const NEED_COLUMNS: ColumnsType<RankedRow> = [
  { key: 'rank', title: S.rank, width: 60, align: 'right', dataIndex: 'rank' },
  {
    key: 'name',
    title: S.needName,
    render: (_, { need }) => <Link to={needPath(need.id)}>{need.name}</Link>
  },
  { key: 'category', title: S.needCategory, width: 120, render: (_, { need }) => need.category },
  { key: 'source', title: S.source, width: 80, render: (_, { need }) => need.source },
  {
    key: 'raisedBy',
    title: S.raisedBy,
    width: 90,
    align: 'right',
    render: (_, { need }) => need.raisedBy
  },
  { key: 'raisedOn', title: S.raisedOn, width: 110, render: (_, { need }) => need.raisedOn },
  {
    key: 'status',
    title: S.status,
    width: 90,
    render: (_, { need }) => <NeedStatusTag status={need.status} />
  }
]

export function NeedsTable({ rows }: { rows: readonly RankedRow[] }) {
  return (
    <Table<RankedRow>
      aria-label={S.needsTable}
      size="small"
      rowKey={(row) => row.need.id}
      dataSource={[...rows]}
      columns={NEED_COLUMNS}
      pagination={PAGINATION}
      locale={{ emptyText: S.needsEmpty }}
    />
  )
}

export function ResourcesTable({ rows, today }: { rows: readonly Resource[]; today: IsoDate }) {
  const columns: ColumnsType<Resource> = [
    {
      key: 'name',
      title: S.resourceName,
      render: (_, r) => {
        const leg = fiveSocietyLeg(r)
        return (
          <>
            <Link to={recordInList('/linkage?tab=resources', r.id)}>{r.name}</Link>
            <span style={{ marginInlineStart: 8 }}>
              {leg ? <FiveSocietyTag leg={leg} /> : null}
              {isResourceExpired(r, today) ? <ExpiredTag /> : null}
            </span>
          </>
        )
      }
    },
    { key: 'type', title: S.resourceType, width: 90, dataIndex: 'type' },
    {
      key: 'provider',
      title: S.providerName,
      render: (_, r) =>
        r.organizationId ? (
          <Link to={`/organizations/${r.organizationId}`}>{r.providerName}</Link>
        ) : (
          r.providerName
        )
    },
    { key: 'capacity', title: S.capacity, dataIndex: 'capacity' },
    { key: 'availability', title: S.availability, render: (_, r) => r.availability ?? '—' }
  ]
  return (
    <>
      <Typography.Paragraph type="secondary">{S.resourcesHint}</Typography.Paragraph>
      <Table<Resource>
        aria-label={S.resourcesTable}
        size="small"
        rowKey="id"
        dataSource={[...rows]}
        columns={columns}
        pagination={PAGINATION}
        locale={{ emptyText: S.resourcesEmpty }}
      />
    </>
  )
}

export function VolunteerFiguresView({ figures }: { figures: VolunteerFigures }) {
  if (figures.activities === 0) {
    return <Typography.Text type="secondary">{S.volunteersEmpty}</Typography.Text>
  }
  return (
    <>
      <Typography.Paragraph type="secondary">{S.volunteersHint}</Typography.Paragraph>
      <Descriptions
        bordered
        size="small"
        column={3}
        items={[
          {
            key: 'hours',
            label: S.volunteerHours,
            children: figures.hours.toLocaleString('zh-CN')
          },
          {
            key: 'visits',
            label: S.volunteerVisits,
            children: figures.volunteerVisits.toLocaleString('zh-CN')
          },
          {
            key: 'activities',
            label: S.volunteerActivities,
            children: figures.activities.toLocaleString('zh-CN')
          }
        ]}
      />
    </>
  )
}
