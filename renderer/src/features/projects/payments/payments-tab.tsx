/**
 * 拨付 of one project: the money (计划, 已拨付, 追回, 待拨付), what waits for the office (a tranche
 * that can be released, a failed evaluation that asks for a 追回 decision), and the tranches with
 * their steps. Before signing there are no payment rows yet: the tab says so and shows the plan
 * the rows will be made from.
 */
import { Alert, Card, Col, Flex, Row, Spin, Statistic, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useLiveQuery } from '@renderer/db/live-query'
import { formatYuan, yuanText, type Fen } from '@shared/domain/money'
import { paymentAlerts, paymentTotals } from '@shared/domain/payments/payment'
import type { PlannedTranche } from '@shared/domain/venture/results'
import type { Project } from '@shared/domain/projects/project'
import { TRANCHE_GATE_LABELS } from '@shared/domain/venture/round'
import { useRepositories } from '@renderer/db/use-repositories'
import { PaymentsTable } from './payments-table'
import { PAYMENT_LABELS as L, PAYMENT_STRINGS as S } from './strings'

export function PaymentsTab({ project }: { project: Project }) {
  if (project.status === '待签约') return <BeforeSigning project={project} />
  return <SignedPayments project={project} />
}

function SignedPayments({ project }: { project: Project }) {
  const { payments } = useRepositories()
  // One live query, so the rows, their gates and the steps offered on them always agree.
  const data = useLiveQuery(async () => {
    const [rows, offers, facts] = await Promise.all([
      payments.listForProject(project.id),
      payments.actionsForProject(project.id),
      payments.gateFacts(project.id)
    ])
    return { live: rows.filter((payment) => payment.archivedAt === null), offers, facts }
  }, [payments, project.id])
  if (!data) return <Spin />

  const { live, offers, facts } = data
  const totals = paymentTotals(live)
  const alerts = paymentAlerts(live, facts)

  const money = (title: string, fen: Fen, note?: string) => (
    <Col flex="1 0 160px">
      <Card size="small" aria-label={title}>
        <Statistic title={title} value={formatYuan(fen)} suffix={S.yuan} />
        {note ? <Typography.Text type="secondary">{note}</Typography.Text> : null}
      </Card>
    </Col>
  )

  return (
    <Flex vertical gap="large">
      <section aria-label={S.summaryTitle}>
        <Typography.Title level={4}>{S.summaryTitle}</Typography.Title>
        <Row gutter={[12, 12]}>
          {money(S.plannedLabel, totals.plannedFen)}
          {money(S.releasedLabel, totals.releasedFen)}
          {money(
            S.recoveredLabel,
            totals.recoveredFen,
            totals.withheldFen > 0 ? S.withheld(yuanText(totals.withheldFen)) : undefined
          )}
          {money(S.outstandingLabel, totals.outstandingFen)}
        </Row>
      </section>

      {alerts.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={S.alertsTitle}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {alerts.map((alert) => (
                <li key={`${alert.paymentId}-${alert.kind}`}>{alert.message}</li>
              ))}
            </ul>
          }
        />
      ) : null}

      <section aria-label={S.tranchesTitle}>
        <Typography.Title level={4}>{S.tranchesTitle}</Typography.Title>
        <PaymentsTable payments={live} facts={facts} offers={offers} />
      </section>
    </Flex>
  )
}

const PLAN_COLUMNS: ColumnsType<PlannedTranche> = [
  { key: 'no', title: L.no, width: 80, render: (_, tranche) => S.trancheNo(tranche.no) },
  {
    key: 'percent',
    title: L.percent,
    width: 80,
    align: 'right',
    render: (_, tranche) => S.percent(tranche.percent)
  },
  {
    key: 'amount',
    title: L.amount,
    width: 140,
    align: 'right',
    render: (_, tranche) => formatYuan(tranche.amountFen)
  },
  {
    key: 'condition',
    title: L.condition,
    render: (_, tranche) => TRANCHE_GATE_LABELS[tranche.gate]
  }
]

function BeforeSigning({ project }: { project: Project }) {
  return (
    <Flex vertical gap="large">
      <Alert type="info" showIcon title={S.beforeSigningTitle} description={S.beforeSigning} />
      <section aria-label={S.planTitle}>
        <Typography.Title level={4}>{S.planTitle}</Typography.Title>
        <Table<PlannedTranche>
          aria-label={S.planLabel}
          size="small"
          rowKey="no"
          dataSource={project.tranches}
          columns={PLAN_COLUMNS}
          pagination={false}
        />
      </section>
    </Flex>
  )
}
