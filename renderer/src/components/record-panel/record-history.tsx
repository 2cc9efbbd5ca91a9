/**
 * A record's audit trail, newest first: who did what and which fields changed. Field names are
 * shown in Chinese through the page's own label map.
 */
import { Empty, Timeline, Typography } from 'antd'
import type { AuditEntry } from '@shared/domain/audit'
import { AUDIT_ACTION_LABELS, RECORD_PANEL_STRINGS as S } from './strings'

export interface RecordHistoryProps {
  entries: readonly AuditEntry[] | undefined
  fieldLabels: Readonly<Record<string, string>>
}

function formatInstant(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })
}

export function RecordHistory({ entries, fieldLabels }: RecordHistoryProps) {
  if (!entries) return null
  if (entries.length === 0) return <Empty description={S.historyEmpty} />
  return (
    <Timeline
      items={[...entries].reverse().map((entry) => {
        const fields = Object.keys(entry.changes ?? {})
          .map((field) => fieldLabels[field] ?? field)
          .join('、')
        return {
          key: entry.id,
          content: (
            <>
              <Typography.Text strong>
                {entry.summary ?? AUDIT_ACTION_LABELS[entry.action]}
              </Typography.Text>
              <Typography.Text type="secondary">
                {' '}
                {formatInstant(entry.at)} · {S.operator} {entry.operator}
              </Typography.Text>
              {entry.action === 'update' && fields ? (
                <div>
                  <Typography.Text type="secondary">
                    {S.changed}
                    {fields}
                  </Typography.Text>
                </div>
              ) : null}
            </>
          )
        }
      })}
    />
  )
}
