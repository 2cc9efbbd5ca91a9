/** 服务记录 of a stay: the entries, per-type totals, adding, correcting and archiving. */
import { useState } from 'react'
import { Button, Flex, Space, Table, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { IncubationService } from '@shared/domain/incubation/service-log'
import { formatYuan } from '@shared/domain/money'
import { ArchiveAction } from '@renderer/components/record-panel'
import { useRepositories } from '@renderer/db/use-repositories'
import { ServiceModal } from './service-modal'
import { ServiceTotalsTable } from './service-totals-table'
import { SERVICE_FIELD_LABELS as L, INCUBATION_STRINGS as S } from './strings'
import { useStayServices } from './use-incubation-data'

export function ServiceLogSection({
  incubationId,
  readOnly
}: {
  incubationId: string
  /** The stay is archived: entries are shown, nothing is written. */
  readOnly: boolean
}) {
  const { incubationServices } = useRepositories()
  const services = useStayServices(incubationId)
  const [editing, setEditing] = useState<IncubationService | 'new' | null>(null)
  if (!services) return null
  const live = services.filter((service) => service.archivedAt === null)

  return (
    <section aria-label={S.servicesTitle}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4}>{S.servicesTitle}</Typography.Title>
        <Button icon={<PlusOutlined />} disabled={readOnly} onClick={() => setEditing('new')}>
          {S.addService}
        </Button>
      </Flex>
      <Table<IncubationService>
        aria-label={S.servicesTitle}
        size="small"
        rowKey="id"
        dataSource={[...live].reverse()}
        pagination={live.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{ emptyText: S.servicesEmpty }}
        columns={[
          { key: 'date', title: L.date, dataIndex: 'date', width: 110 },
          { key: 'type', title: L.type, dataIndex: 'type', width: 100 },
          { key: 'hours', title: L.hours, dataIndex: 'hours', width: 110, align: 'right' },
          {
            key: 'amount',
            title: L.amountFen,
            width: 120,
            align: 'right',
            render: (_, service) =>
              service.amountFen === null ? '—' : formatYuan(service.amountFen)
          },
          { key: 'note', title: L.note, render: (_, service) => service.note ?? '' },
          {
            key: 'actions',
            title: '',
            width: 160,
            render: (_, service) =>
              readOnly ? null : (
                <Space>
                  <Button size="small" onClick={() => setEditing(service)}>
                    {S.edit}
                  </Button>
                  <ArchiveAction
                    record={{ ...service, name: `${service.date} ${service.type}` }}
                    archive={incubationServices.archive}
                    restore={incubationServices.restore}
                  />
                </Space>
              )
          }
        ]}
      />
      <Typography.Title level={5}>{S.servicesTotalsTitle}</Typography.Title>
      <ServiceTotalsTable services={live} ariaLabel={S.servicesTotalsTitle} />
      {editing ? (
        <ServiceModal
          incubationId={incubationId}
          service={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  )
}
