/**
 * 归档 / 恢复使用 for one record. Records are never deleted, so archiving is the everyday way to
 * take one out of the lists; it asks first, and the success notice offers 撤销 at once.
 */
import { App, Button, Popconfirm } from 'antd'
import type { ArchivableRecord } from '@shared/domain/records'
import { RECORD_PANEL_STRINGS as S } from './strings'

export interface ArchiveActionProps {
  record: ArchivableRecord & { name: string }
  archive(id: string): Promise<unknown>
  restore(id: string): Promise<unknown>
}

export function ArchiveAction({ record, archive, restore }: ArchiveActionProps) {
  const { message, notification } = App.useApp()

  const fail = (error: unknown) =>
    message.error(`${S.actionFailed}${error instanceof Error ? error.message : String(error)}`)

  const doRestore = () =>
    restore(record.id)
      .then(() => message.success(`${S.restored}：${record.name}`))
      .catch(fail)

  if (record.archivedAt) {
    return <Button onClick={doRestore}>{S.restore}</Button>
  }

  const doArchive = () =>
    archive(record.id)
      .then(() => {
        const key = `archived-${record.id}`
        notification.success({
          key,
          title: `${S.archived}：${record.name}`,
          actions: (
            <Button
              size="small"
              onClick={() => {
                notification.destroy(key)
                void doRestore()
              }}
            >
              {S.undo}
            </Button>
          )
        })
      })
      .catch(fail)

  return (
    <Popconfirm
      title={S.archiveConfirmTitle}
      description={S.archiveConfirmText}
      okText={S.archive}
      cancelText="取消"
      onConfirm={doArchive}
    >
      <Button danger>{S.archive}</Button>
    </Popconfirm>
  )
}
