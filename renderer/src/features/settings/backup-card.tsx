/**
 * 数据备份与恢复: what is stored now, 立即备份 (an automatic backup on demand), 导出备份文件 (a
 * file the user keeps anywhere) and 从文件恢复.
 */
import { useState } from 'react'
import { App, Button, Card, Flex, Typography } from 'antd'
import { writeDatabaseBackup } from '@renderer/db/backup/automatic'
import { exportDatabase } from '@renderer/db/backup/export'
import { exportFileName } from '@renderer/db/backup/format'
import { useDatabase } from '@renderer/db/database-context'
import { describeCounts } from '@renderer/db/table-labels'
import { APP_VERSION } from '@renderer/platform/app-identity'
import { useDesktopApi } from '@renderer/platform/desktop-api-context'
import type { RestoreSource } from './restore-dialog'
import { SETTINGS_STRINGS as S } from './strings'
import { useTableCounts } from './use-table-counts'
import { errorText } from '@shared/text/error-text'

export interface BackupCardProps {
  /** A backup was written; the list should reload. */
  onBackupWritten(): void
  /** The user chose a file to restore from. */
  onRestore(source: RestoreSource): void
}

export function BackupCard({ onBackupWritten, onRestore }: BackupCardProps) {
  const db = useDatabase()
  const api = useDesktopApi()
  const { message } = App.useApp()
  const counts = useTableCounts()
  const [busy, setBusy] = useState<'backup' | 'export' | 'open' | null>(null)

  const run = async (kind: NonNullable<typeof busy>, action: () => Promise<void>) => {
    setBusy(kind)
    try {
      await action()
    } finally {
      setBusy(null)
    }
  }

  const backUpNow = () =>
    run('backup', async () => {
      try {
        const entry = await writeDatabaseBackup(db, api, {
          reason: 'manual',
          appVersion: APP_VERSION
        })
        message.success(`${S.backupNowDone}${entry!.name}`)
        onBackupWritten()
      } catch (error) {
        message.error(`${S.backupNowFailed}${errorText(error)}`)
      }
    })

  const exportFile = () =>
    run('export', async () => {
      try {
        const { data } = await exportDatabase(db, { appVersion: APP_VERSION })
        const result = await api.saveFile({
          kind: 'backup',
          suggestedName: exportFileName(new Date()),
          data
        })
        if (result.saved) message.success(`${S.exportDone}${result.fileName}`)
      } catch (error) {
        message.error(`${S.exportFailed}${errorText(error)}`)
      }
    })

  const openFile = () =>
    run('open', async () => {
      try {
        const file = await api.openFile({ kind: 'backup' })
        if (file) onRestore({ name: file.fileName, data: file.data })
      } catch (error) {
        message.error(`${S.openFailed}${errorText(error)}`)
      }
    })

  return (
    <Card title={S.dataTitle} role="region" aria-label={S.dataTitle}>
      <Typography.Paragraph type="secondary">{S.dataIntro}</Typography.Paragraph>
      <Typography.Paragraph>
        {S.currentData}
        <span aria-label={S.currentData}>
          {counts
            ? describeCounts(counts, [
                'organizations',
                'communities',
                'socialWorkers',
                'incubations',
                'auditLog'
              ])
            : '…'}
        </span>
      </Typography.Paragraph>
      <Flex gap="small" wrap>
        <Button type="primary" loading={busy === 'backup'} onClick={backUpNow}>
          {S.backupNow}
        </Button>
        <Button loading={busy === 'export'} onClick={exportFile}>
          {S.exportFile}
        </Button>
        <Button danger loading={busy === 'open'} onClick={openFile}>
          {S.restoreFromFile}
        </Button>
      </Flex>
    </Card>
  )
}
