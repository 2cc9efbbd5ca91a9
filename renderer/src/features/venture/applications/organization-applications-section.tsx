/**
 * The 公益创投 part of an organisation's page: its applications across rounds, newest round
 * first, each with its status and the grant it was awarded.
 */
import { Table, Typography } from 'antd'
import { Link } from 'react-router'
import { formatYuan } from '@shared/domain/money'
import type { Application } from '@shared/domain/venture/application'
import { useById } from '@renderer/components/use-registry'
import { useOrganizationApplications, useRounds } from '../use-venture-data'
import { ApplicationStatusTag } from './application-status-tag'
import { APPLICATION_FIELD_LABELS as L, APPLICATION_STRINGS as S } from './strings'

export function OrganizationApplicationsSection({ organizationId }: { organizationId: string }) {
  const applications = useOrganizationApplications(organizationId)
  const rounds = useRounds()
  const roundsById = useById(rounds)
  if (!applications || !rounds) return null

  const year = (application: Application) => roundsById.get(application.roundId)?.year ?? 0
  const rows = applications
    .filter((application) => application.archivedAt === null)
    .sort((a, b) => year(b) - year(a) || b.createdAt.localeCompare(a.createdAt))

  return (
    <section aria-label={S.sectionTitle}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {S.sectionTitle}
      </Typography.Title>
      <Table<Application>
        aria-label={S.sectionTitle}
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={rows}
        locale={{ emptyText: S.organizationEmpty }}
        columns={[
          {
            key: 'round',
            title: L.roundId,
            render: (_, row) => {
              const round = roundsById.get(row.roundId)
              return round ? <Link to={`/venture/${round.id}`}>{round.name}</Link> : '—'
            }
          },
          {
            key: 'title',
            title: L.title,
            render: (_, row) => (
              <Link to={`/venture/applications/${row.id}`}>{row.title || S.open}</Link>
            )
          },
          {
            key: 'status',
            title: L.status,
            render: (_, row) => <ApplicationStatusTag status={row.status} />
          },
          {
            key: 'requested',
            title: `${L.requestedFen}（元）`,
            align: 'right',
            render: (_, row) => formatYuan(row.requestedFen)
          },
          {
            key: 'grant',
            title: `${S.awardGrant}（元）`,
            align: 'right',
            render: (_, row) => (row.award ? formatYuan(row.award.grantFen) : '—')
          }
        ]}
      />
    </section>
  )
}
