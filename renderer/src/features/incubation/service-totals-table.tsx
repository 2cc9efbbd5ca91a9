/** Services per type — count, hours, money — with the overall total underneath. */
import { Table, Typography } from 'antd'
import { formatYuan } from '@shared/domain/money'
import {
  SERVICE_TYPES,
  serviceTotals,
  type IncubationService,
  type ServiceType,
  type ServiceTotal
} from '@shared/domain/incubation/service-log'
import { SERVICE_FIELD_LABELS as L, INCUBATION_STRINGS as S } from './strings'

type TotalRow = ServiceTotal & { type: ServiceType }

export function ServiceTotalsTable({
  services,
  ariaLabel
}: {
  services: readonly IncubationService[]
  ariaLabel: string
}) {
  const live = services.filter((service) => service.archivedAt === null)
  const { byType, all } = serviceTotals(live)
  const rows: TotalRow[] = SERVICE_TYPES.filter((type) => byType[type].count > 0).map((type) => ({
    type,
    ...byType[type]
  }))
  return (
    <Table<TotalRow>
      aria-label={ariaLabel}
      size="small"
      pagination={false}
      rowKey="type"
      dataSource={rows}
      locale={{ emptyText: S.servicesEmpty }}
      columns={[
        { key: 'type', title: L.type, dataIndex: 'type' },
        { key: 'count', title: S.count, dataIndex: 'count', align: 'right' },
        { key: 'hours', title: L.hours, dataIndex: 'hours', align: 'right' },
        {
          key: 'amount',
          title: L.amountFen,
          align: 'right',
          render: (_, row) => (row.amountFen > 0 ? formatYuan(row.amountFen) : '—')
        }
      ]}
      summary={() =>
        rows.length > 0 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{S.total}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {all.count}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {all.hours}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {all.amountFen > 0 ? formatYuan(all.amountFen) : '—'}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
    />
  )
}
