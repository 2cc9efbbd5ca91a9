/**
 * The incubation part of an organisation's page: its stays at the base, the services it has
 * received, and how its assessed capacity has moved. 申请入驻 starts a new stay from here.
 */
import { useState } from 'react'
import { Button, Empty, Flex, Table, Tooltip, Typography } from 'antd'
import { Link, useNavigate } from 'react-router'
import { useLiveQuery } from '@renderer/db/live-query'
import { evaluationTrend, type Evaluation } from '@shared/domain/evaluations/evaluation'
import { applicationRefusal, type Incubation } from '@shared/domain/incubation/incubation'
import { GradeTag } from '@renderer/components/grade-tag'
import { useRepositories } from '@renderer/db/use-repositories'
import { useGradingSettings } from '@renderer/db/use-settings'
import { ApplyIncubationModal } from './apply-incubation-modal'
import { ScoreTrendChart } from './score-trend-chart'
import { ServiceTotalsTable } from './service-totals-table'
import { IncubationStatusTag } from './status-tag'
import {
  EVALUATION_FIELD_LABELS as E,
  INCUBATION_FIELD_LABELS as L,
  INCUBATION_STRINGS as S
} from './strings'
import {
  useOrganizationAssessments,
  useOrganizationServices,
  useOrganizationStays
} from './use-incubation-data'

export function OrganizationIncubationSection({ organizationId }: { organizationId: string }) {
  const { organizations } = useRepositories()
  const navigate = useNavigate()
  const organization = useLiveQuery(
    async () => (await organizations.get(organizationId)) ?? null,
    [organizations, organizationId]
  )
  const stays = useOrganizationStays(organizationId)
  const services = useOrganizationServices(organizationId)
  const assessments = useOrganizationAssessments(organizationId)
  const [applying, setApplying] = useState(false)

  if (!organization || !stays || !services || !assessments) return null
  const refusal = applicationRefusal(organization, stays)

  return (
    <section aria-label={S.sectionTitle}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {S.sectionTitle}
        </Typography.Title>
        <Tooltip title={refusal}>
          <Button type="primary" disabled={refusal !== null} onClick={() => setApplying(true)}>
            {S.applyFromOrganization}
          </Button>
        </Tooltip>
      </Flex>
      {refusal ? <Typography.Text type="secondary">{refusal}</Typography.Text> : null}

      <Typography.Title level={5}>{S.staysTitle}</Typography.Title>
      <StaysTable stays={stays.filter((stay) => stay.archivedAt === null)} />

      <Typography.Title level={5}>{S.serviceTotalsTitle}</Typography.Title>
      <ServiceTotalsTable services={services} ariaLabel={S.serviceTotalsTitle} />

      <Typography.Title level={5}>{S.trendTitle}</Typography.Title>
      <AssessmentTrend assessments={assessments} />

      <ApplyIncubationModal
        open={applying}
        onClose={() => setApplying(false)}
        organization={organization}
        onApplied={(stay) => {
          setApplying(false)
          navigate(`/incubation/${stay.id}`)
        }}
      />
    </section>
  )
}

function StaysTable({ stays }: { stays: readonly Incubation[] }) {
  return (
    <Table<Incubation>
      aria-label={S.staysTitle}
      size="small"
      pagination={false}
      rowKey="id"
      dataSource={[...stays].reverse()}
      locale={{ emptyText: S.staysEmpty }}
      columns={[
        {
          key: 'status',
          title: L.status,
          render: (_, stay) => <IncubationStatusTag status={stay.status} />
        },
        { key: 'baseName', title: L.baseName, dataIndex: 'baseName' },
        { key: 'appliedOn', title: L.appliedOn, dataIndex: 'appliedOn' },
        { key: 'admittedOn', title: L.admittedOn, render: (_, stay) => stay.admittedOn ?? '—' },
        {
          key: 'end',
          title: `${L.plannedEndOn} / ${L.endedOn}`,
          render: (_, stay) => stay.endedOn ?? stay.plannedEndOn ?? '—'
        },
        {
          key: 'open',
          title: '',
          render: (_, stay) => <Link to={`/incubation/${stay.id}`}>{S.openStay}</Link>
        }
      ]}
    />
  )
}

interface TrendRow {
  id: string
  on: string
  kind: string
  total: number
  scores: Record<string, number>
  grade: Evaluation['grade']
}

function AssessmentTrend({ assessments }: { assessments: readonly Evaluation[] }) {
  const grading = useGradingSettings()
  const live = assessments.filter((assessment) => assessment.archivedAt === null)
  const byId = new Map(live.map((assessment) => [assessment.id, assessment]))
  const rows: TrendRow[] = evaluationTrend(live).map((point) => ({
    ...point,
    grade: byId.get(point.id)?.grade ?? null
  }))
  if (rows.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={S.trendEmpty} />
  }
  // Columns follow the dimension keys, named as the latest assessment names them, so a renamed
  // dimension keeps one column.
  const dimensionNames = new Map<string, string>()
  for (const row of rows) {
    for (const dimension of byId.get(row.id)?.dimensions ?? []) {
      dimensionNames.set(dimension.key, dimension.name)
    }
  }
  return (
    <Flex gap="large" align="flex-start" wrap>
      <Table<TrendRow>
        aria-label={S.trendTitle}
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={rows}
        style={{ flex: 1, minWidth: 480 }}
        columns={[
          { key: 'on', title: E.evaluatedOn, dataIndex: 'on' },
          { key: 'kind', title: E.kind, dataIndex: 'kind' },
          ...[...dimensionNames].map(([key, name]) => ({
            key,
            title: name,
            align: 'right' as const,
            render: (_: unknown, row: TrendRow) => row.scores[key] ?? '—'
          })),
          { key: 'total', title: E.total, dataIndex: 'total', align: 'right' },
          {
            key: 'grade',
            title: E.grade,
            render: (_, row) => (row.grade ? <GradeTag grade={row.grade} /> : '—')
          }
        ]}
      />
      <ScoreTrendChart points={rows} passMark={grading?.evaluationBands.合格} />
    </Flex>
  )
}
