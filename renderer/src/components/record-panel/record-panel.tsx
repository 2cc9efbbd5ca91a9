/**
 * The side panel a registry row opens into: the record's fields, its 归档 / 恢复 action and its
 * history. The pages supply the fields; the panel keeps the layout the same everywhere.
 */
import type { ReactNode } from 'react'
import { Descriptions, Divider, Drawer, Space, Tag, Typography } from 'antd'
import type { DescriptionsProps } from 'antd'
import { useLiveQuery } from '@renderer/db/live-query'
import type { AuditEntry } from '@shared/domain/audit'
import type { ArchivableRecord } from '@shared/domain/records'
import { ArchiveAction } from './archive-action'
import { RecordHistory } from './record-history'
import { RECORD_PANEL_STRINGS as S } from './strings'

export interface RecordPanelProps {
  record: (ArchivableRecord & { name: string }) | null
  onClose(): void
  items: DescriptionsProps['items']
  /** Extra content between the fields and the history, e.g. the people linked to a community. */
  extra?: ReactNode
  fieldLabels: Readonly<Record<string, string>>
  history(id: string): Promise<AuditEntry[]>
  archive(id: string): Promise<unknown>
  restore(id: string): Promise<unknown>
}

export function RecordPanel({
  record,
  onClose,
  items,
  extra,
  fieldLabels,
  history,
  archive,
  restore
}: RecordPanelProps) {
  const recordId = record?.id
  const updatedAt = record?.updatedAt
  // Re-read when the record changes, so an archive shows up in the history at once.
  const entries = useLiveQuery(
    () => (recordId ? history(recordId) : Promise.resolve([])),
    [recordId, updatedAt, history]
  )

  return (
    <Drawer
      open={record !== null}
      onClose={onClose}
      size="large"
      title={
        record ? (
          <Space>
            <span>{record.name}</span>
            {record.archivedAt ? <Tag>{S.archivedTag}</Tag> : null}
          </Space>
        ) : null
      }
      extra={record ? <ArchiveAction record={record} archive={archive} restore={restore} /> : null}
      destroyOnHidden
    >
      {record ? (
        <>
          <Descriptions column={2} bordered size="small" items={items} />
          {extra}
          <Divider />
          <Typography.Title level={5}>{S.historyTitle}</Typography.Title>
          <RecordHistory entries={entries} fieldLabels={fieldLabels} />
        </>
      ) : null}
    </Drawer>
  )
}
