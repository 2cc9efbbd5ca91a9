/**
 * The automatic backups the host keeps, each of which can be saved as a file elsewhere — in the
 * browser that is the only way to get a backup out of the browser's storage — or restored.
 */
import { useEffect, useState } from 'react'
import { App, Button, Card, Space, Table, Typography } from 'antd'
import dayjs from 'dayjs'
import type { BackupEntry } from '@shared/ipc/contract'
import { useDesktopApi } from '@renderer/platform/desktop-api-context'
import { formatBytes } from '@renderer/platform/format-bytes'
import { BACKUP_REASON_LABELS, SETTINGS_STRINGS as S } from './strings'
import { errorText } from '@shared/text/error-text'

interface BackupsState {
  backups: BackupEntry[]
  backupDir: string | null
}

export interface BackupListProps {
  /** Changing it reloads the list (after a backup was written). */
  refreshKey?: number
  /** Offers 恢复 on each row; called with the backup's name and bytes. */
  onRestore?(source: { name: string; data: Uint8Array }): void
}

export function BackupList({ refreshKey = 0, onRestore }: BackupListProps) {
  const api = useDesktopApi()
  const { message } = App.useApp()
  const [state, setState] = useState<BackupsState | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    Promise.all([api.listBackups(), api.getAppInfo()]).then(
      ([backups, info]) => {
        if (current) setState({ backups, backupDir: info.backupDir })
      },
      (error: unknown) => {
        if (current) setLoadError(errorText(error))
      }
    )
    return () => {
      current = false
    }
  }, [api, refreshKey])

  const saveAs = async (entry: BackupEntry) => {
    try {
      const data = await api.readBackup(entry.name)
      const result = await api.saveFile({ kind: 'backup', suggestedName: entry.name, data })
      if (result.saved) message.success(`${S.backupSavedAs}${result.fileName}`)
    } catch (error) {
      message.error(`${S.backupSaveFailed}${errorText(error)}`)
    }
  }

  const restore = async (entry: BackupEntry) => {
    if (!onRestore) return
    try {
      onRestore({ name: entry.name, data: await api.readBackup(entry.name) })
    } catch (error) {
      message.error(`${S.backupReadFailed}${errorText(error)}`)
    }
  }

  return (
    <Card title={S.backupsTitle} role="region" aria-label={S.backupsTitle}>
      {state ? (
        <Typography.Paragraph type="secondary">
          {state.backupDir ? `${S.backupsInFolder}${state.backupDir}` : S.backupsInBrowser}
        </Typography.Paragraph>
      ) : null}
      {loadError ? (
        <Typography.Text type="danger">{`${S.backupsLoadFailed}${loadError}`}</Typography.Text>
      ) : (
        <Table<BackupEntry>
          rowKey="name"
          size="small"
          loading={!state}
          dataSource={state?.backups ?? []}
          pagination={false}
          locale={{ emptyText: S.backupsEmpty }}
          columns={[
            {
              title: S.backupTime,
              dataIndex: 'createdAt',
              render: (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm:ss')
            },
            {
              title: S.backupReason,
              dataIndex: 'reason',
              render: (value: BackupEntry['reason']) => BACKUP_REASON_LABELS[value]
            },
            {
              title: S.backupSize,
              dataIndex: 'sizeBytes',
              render: (value: number) => formatBytes(value)
            },
            {
              title: S.backupActions,
              key: 'actions',
              render: (_value, entry) => (
                <Space size="small">
                  <Button size="small" onClick={() => saveAs(entry)}>
                    {S.backupSaveAs}
                  </Button>
                  {onRestore ? (
                    <Button size="small" onClick={() => restore(entry)}>
                      {S.backupRestore}
                    </Button>
                  ) : null}
                </Space>
              )
            }
          ]}
        />
      )}
    </Card>
  )
}
