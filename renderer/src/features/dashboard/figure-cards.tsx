/**
 * 今年概况: a card per module with its figures and a chart. Every figure is a link to the list it
 * was counted from (the list page's own tab where it has one), so a number can be checked
 * against its records in one click.
 */
import { useMemo, type ReactNode } from 'react'
import { Card, Col, Flex, Row, Typography } from 'antd'
import { Link } from 'react-router'
import type { DashboardFigures } from '@shared/domain/dashboard/figures'
import { EVALUATION_GRADES } from '@shared/domain/evaluations/grade-bands'
import { formatWanYuan, roundDiv, type Fen } from '@shared/domain/money'
import { REGISTRATION_STATUSES } from '@shared/domain/organizations/organization'
import {
  contractsChart,
  evaluationsChart,
  incubationChart,
  organizationsChart,
  paymentsChart,
  ventureChart
} from './chart-options'
import { EChart } from './echart'
import type { ChartOption } from './echarts-setup'
import { DASHBOARD_STRINGS as S } from './strings'

/** Where each figure's records are listed. */
export const FIGURE_LINKS = {
  organizations: '/organizations',
  incubation: '/incubation',
  venture: '/venture',
  round: (id: string) => `/venture/${id}?tab=results`,
  projects: '/projects',
  due: '/projects?tab=due'
} as const

/**
 * One figure of a card: a count, in the card's unit, or an amount in 万元 (its label says so), a
 * link to the card's list unless it names its own.
 */
type FigureValue = { label: string; to?: string } & ({ count: number } | { fen: Fen })

/** One figure: its label over its value, the whole a link to the records behind it. */
function Figure({ figure, unit, to }: { figure: FigureValue; unit?: string; to: string }) {
  const amount = 'fen' in figure
  const value = amount ? formatWanYuan(figure.fen) : figure.count
  const shownUnit = amount ? undefined : unit
  return (
    <Link
      to={figure.to ?? to}
      aria-label={`${figure.label} ${value}${shownUnit ?? ''}`}
      style={{ color: 'inherit' }}
    >
      <Flex vertical>
        <Typography.Text type="secondary">{figure.label}</Typography.Text>
        <span style={{ fontSize: 22, fontWeight: 500, lineHeight: 1.3 }}>
          {value}
          {shownUnit ? <Typography.Text type="secondary"> {shownUnit}</Typography.Text> : null}
        </span>
      </Flex>
    </Link>
  )
}

/** A module's card: its figures, anything said beneath them, and their chart when there is one. */
function FigureCard({
  title,
  figures,
  unit,
  to,
  extra,
  chart
}: {
  title: string
  figures: readonly FigureValue[]
  /** What the card's counts count. */
  unit?: string
  to: string
  extra?: ReactNode
  chart: { label: string; option: ChartOption } | null
}) {
  return (
    <Col xs={24} lg={12} xxl={8}>
      <Card title={title} size="small" style={{ height: '100%' }}>
        <section aria-label={title}>
          <Flex wrap gap="large">
            {figures.map((figure) => (
              <Figure key={figure.label} figure={figure} unit={unit} to={to} />
            ))}
          </Flex>
          {extra}
          {chart ? <EChart label={chart.label} option={chart.option} /> : null}
        </section>
      </Card>
    </Col>
  )
}

export function FigureCards({ figures }: { figures: DashboardFigures }) {
  const { organizations, incubation, venture, contracts, payments, evaluations } = figures
  const releasedPercent =
    payments.plannedFen > 0 ? roundDiv(payments.releasedFen * 100, payments.plannedFen) : null
  const evaluationCount = (counts: Record<string, number>) =>
    EVALUATION_GRADES.reduce((sum, grade) => sum + counts[grade]!, 0)
  // Built once per result, so a chart is redrawn only when its figures change.
  const charts = useMemo(
    () => ({
      organizations: organizationsChart(figures),
      incubation: incubationChart(figures),
      venture: ventureChart(figures),
      contracts: contractsChart(figures),
      payments: paymentsChart(figures),
      evaluations: evaluationsChart(figures)
    }),
    [figures]
  )

  return (
    <Row gutter={[16, 16]}>
      <FigureCard
        title={S.organizationsCard}
        unit={S.unitOrganizations}
        to={FIGURE_LINKS.organizations}
        figures={[
          { label: S.organizationsTotal, count: organizations.total },
          ...REGISTRATION_STATUSES.map((status) => ({
            label: status,
            count: organizations.byStatus[status]
          }))
        ]}
        chart={{ label: S.organizationsChart, option: charts.organizations }}
      />

      <FigureCard
        title={S.incubationCard}
        unit={S.unitStays}
        to={FIGURE_LINKS.incubation}
        figures={[
          { label: S.residentInYear, count: incubation.residentInYear },
          { label: S.admitted, count: incubation.admitted },
          { label: S.graduated, count: incubation.graduated },
          { label: S.exited, count: incubation.exited }
        ]}
        chart={{ label: S.incubationChart, option: charts.incubation }}
      />

      <FigureCard
        title={S.ventureCard}
        unit={S.unitItems}
        to={FIGURE_LINKS.projects}
        figures={[
          { label: S.rounds, count: venture.rounds.length, to: FIGURE_LINKS.venture },
          { label: S.pool, fen: venture.poolFen, to: FIGURE_LINKS.venture },
          { label: S.funded, count: venture.fundedCount },
          { label: S.granted, fen: venture.grantedFen }
        ]}
        extra={
          venture.rounds.length === 0 ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              {S.noRounds}
            </Typography.Paragraph>
          ) : (
            <ul style={{ margin: '12px 0 0', paddingInlineStart: 18 }}>
              {venture.rounds.map((round) => (
                <li key={round.id}>
                  <Link to={FIGURE_LINKS.round(round.id)}>{round.name}</Link>
                  <Typography.Text type="secondary">
                    {' '}
                    {round.status}
                    {round.published ? '' : S.unpublished}
                  </Typography.Text>
                </li>
              ))}
            </ul>
          )
        }
        chart={
          venture.rounds.length === 0 ? null : { label: S.ventureChart, option: charts.venture }
        }
      />

      <FigureCard
        title={S.contractsCard}
        unit={S.unitItems}
        to={FIGURE_LINKS.projects}
        figures={[
          { label: S.signed, count: contracts.signedCount },
          { label: S.signedAmount, fen: contracts.signedFen },
          { label: '执行中', count: contracts.byStatus.执行中 },
          { label: '待签约', count: contracts.byStatus.待签约 }
        ]}
        chart={{ label: S.contractsChart, option: charts.contracts }}
      />

      <FigureCard
        title={S.paymentsCard}
        to={FIGURE_LINKS.projects}
        figures={[
          { label: S.planned, fen: payments.plannedFen, to: FIGURE_LINKS.due },
          { label: S.released, fen: payments.releasedFen }
        ]}
        extra={
          releasedPercent === null ? null : (
            <Typography.Text type="secondary">{S.releasedShare(releasedPercent)}</Typography.Text>
          )
        }
        chart={{ label: S.paymentsChart, option: charts.payments }}
      />

      <FigureCard
        title={S.evaluationsCard}
        unit={S.unitCopies}
        to={FIGURE_LINKS.projects}
        figures={[
          { label: S.evaluationsTotal, count: evaluations.total },
          {
            label: S.incubationSeries,
            count: evaluationCount(evaluations.incubation),
            to: FIGURE_LINKS.incubation
          },
          { label: S.projectSeries, count: evaluationCount(evaluations.project) }
        ]}
        chart={{ label: S.evaluationsChart, option: charts.evaluations }}
      />
    </Row>
  )
}
