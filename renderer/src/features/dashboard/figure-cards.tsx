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
import { formatWanYuan, roundDiv } from '@shared/domain/money'
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

/** One figure: its label over its value, the whole a link to the records behind it. */
function Figure({
  label,
  value,
  unit,
  to
}: {
  label: string
  value: string | number
  unit?: string
  to: string
}) {
  return (
    <Link to={to} aria-label={`${label} ${value}${unit ?? ''}`} style={{ color: 'inherit' }}>
      <Flex vertical>
        <Typography.Text type="secondary">{label}</Typography.Text>
        <span style={{ fontSize: 22, fontWeight: 500, lineHeight: 1.3 }}>
          {value}
          {unit ? <Typography.Text type="secondary"> {unit}</Typography.Text> : null}
        </span>
      </Flex>
    </Link>
  )
}

function FigureCard({
  title,
  figures,
  extra,
  chart
}: {
  title: string
  figures: ReactNode
  extra?: ReactNode
  chart: ReactNode
}) {
  return (
    <Col xs={24} lg={12} xxl={8}>
      <Card title={title} size="small" style={{ height: '100%' }}>
        <section aria-label={title}>
          <Flex wrap gap="large">
            {figures}
          </Flex>
          {extra}
          {chart}
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
        figures={
          <>
            <Figure
              label={S.organizationsTotal}
              value={organizations.total}
              unit={S.unitOrganizations}
              to={FIGURE_LINKS.organizations}
            />
            {REGISTRATION_STATUSES.map((status) => (
              <Figure
                key={status}
                label={status}
                value={organizations.byStatus[status]}
                unit={S.unitOrganizations}
                to={FIGURE_LINKS.organizations}
              />
            ))}
          </>
        }
        chart={<EChart label={S.organizationsChart} option={charts.organizations} />}
      />

      <FigureCard
        title={S.incubationCard}
        figures={
          <>
            <Figure
              label={S.residentInYear}
              value={incubation.residentInYear}
              unit={S.unitStays}
              to={FIGURE_LINKS.incubation}
            />
            <Figure
              label={S.admitted}
              value={incubation.admitted}
              unit={S.unitStays}
              to={FIGURE_LINKS.incubation}
            />
            <Figure
              label={S.graduated}
              value={incubation.graduated}
              unit={S.unitStays}
              to={FIGURE_LINKS.incubation}
            />
            <Figure
              label={S.exited}
              value={incubation.exited}
              unit={S.unitStays}
              to={FIGURE_LINKS.incubation}
            />
          </>
        }
        chart={<EChart label={S.incubationChart} option={charts.incubation} />}
      />

      <FigureCard
        title={S.ventureCard}
        figures={
          <>
            <Figure
              label={S.rounds}
              value={venture.rounds.length}
              unit={S.unitItems}
              to={FIGURE_LINKS.venture}
            />
            <Figure
              label={S.pool}
              value={formatWanYuan(venture.poolFen)}
              to={FIGURE_LINKS.venture}
            />
            <Figure
              label={S.funded}
              value={venture.fundedCount}
              unit={S.unitItems}
              to={FIGURE_LINKS.projects}
            />
            <Figure
              label={S.granted}
              value={formatWanYuan(venture.grantedFen)}
              to={FIGURE_LINKS.projects}
            />
          </>
        }
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
          venture.rounds.length === 0 ? null : (
            <EChart label={S.ventureChart} option={charts.venture} />
          )
        }
      />

      <FigureCard
        title={S.contractsCard}
        figures={
          <>
            <Figure
              label={S.signed}
              value={contracts.signedCount}
              unit={S.unitItems}
              to={FIGURE_LINKS.projects}
            />
            <Figure
              label={S.signedAmount}
              value={formatWanYuan(contracts.signedFen)}
              to={FIGURE_LINKS.projects}
            />
            <Figure
              label="执行中"
              value={contracts.byStatus.执行中}
              unit={S.unitItems}
              to={FIGURE_LINKS.projects}
            />
            <Figure
              label="待签约"
              value={contracts.byStatus.待签约}
              unit={S.unitItems}
              to={FIGURE_LINKS.projects}
            />
          </>
        }
        chart={<EChart label={S.contractsChart} option={charts.contracts} />}
      />

      <FigureCard
        title={S.paymentsCard}
        figures={
          <>
            <Figure
              label={S.planned}
              value={formatWanYuan(payments.plannedFen)}
              to={FIGURE_LINKS.due}
            />
            <Figure
              label={S.released}
              value={formatWanYuan(payments.releasedFen)}
              to={FIGURE_LINKS.projects}
            />
          </>
        }
        extra={
          releasedPercent === null ? null : (
            <Typography.Text type="secondary">{S.releasedShare(releasedPercent)}</Typography.Text>
          )
        }
        chart={<EChart label={S.paymentsChart} option={charts.payments} />}
      />

      <FigureCard
        title={S.evaluationsCard}
        figures={
          <>
            <Figure
              label={S.evaluationsTotal}
              value={evaluations.total}
              unit={S.unitCopies}
              to={FIGURE_LINKS.projects}
            />
            <Figure
              label={S.incubationSeries}
              value={evaluationCount(evaluations.incubation)}
              unit={S.unitCopies}
              to={FIGURE_LINKS.incubation}
            />
            <Figure
              label={S.projectSeries}
              value={evaluationCount(evaluations.project)}
              unit={S.unitCopies}
              to={FIGURE_LINKS.projects}
            />
          </>
        }
        chart={<EChart label={S.evaluationsChart} option={charts.evaluations} />}
      />
    </Row>
  )
}
