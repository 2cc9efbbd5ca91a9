/**
 * 编辑 for one record: an archived record is not changed until it is restored, so the button is
 * then disabled with the reason (`refusal`, in the record's own words) as its tooltip.
 */
import { Button, Tooltip } from 'antd'
import { EditOutlined } from '@ant-design/icons'
import type { ArchivableRecord } from '@shared/domain/records'

export interface EditActionProps {
  record: ArchivableRecord
  label: string
  /** Why an archived record cannot be edited, e.g. 已归档的社工不能修改，请先恢复使用. */
  refusal: string
  /** On a record's own page 编辑 is the main action; in a side panel it is one among others. */
  primary?: boolean
  onEdit(): void
}

export function EditAction({ record, label, refusal, primary = false, onEdit }: EditActionProps) {
  const archived = record.archivedAt !== null
  return (
    <Tooltip title={archived ? refusal : null}>
      <Button
        type={primary ? 'primary' : 'default'}
        icon={primary ? undefined : <EditOutlined />}
        disabled={archived}
        onClick={onEdit}
      >
        {label}
      </Button>
    </Tooltip>
  )
}
