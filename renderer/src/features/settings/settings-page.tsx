/** 设置: who works here, which office this is, backups and restore, and the sample data. */
import { useEffect, useState } from 'react'
import { Card, Flex, Skeleton, Typography } from 'antd'
import { onBackupWritten } from '@renderer/db/backup/backup-events'
import { BackupCard } from './backup-card'
import { BackupList } from './backup-list'
import { GeneralSettingsForm } from './general-settings-form'
import { RestoreDialog, type RestoreSource } from './restore-dialog'
import { SampleDataCard } from './sample-data-card'
import { SETTINGS_STRINGS as S } from './strings'
import { useGeneralSettings } from './use-general-settings'

export function SettingsPage() {
  const settings = useGeneralSettings()
  const [backupsVersion, setBackupsVersion] = useState(0)
  const [restoreSource, setRestoreSource] = useState<RestoreSource | null>(null)
  const backupWritten = () => setBackupsVersion((value) => value + 1)
  useEffect(() => onBackupWritten(() => setBackupsVersion((value) => value + 1)), [])

  return (
    <Flex vertical gap="large" style={{ maxWidth: 860 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {S.pageTitle}
      </Typography.Title>
      <Card title={S.generalTitle}>
        {/* The form takes its initial values once, so it waits for the stored settings, and
            starts over when they change underneath it (a restore brings other settings). */}
        {settings ? (
          <GeneralSettingsForm key={JSON.stringify(settings)} initial={settings} />
        ) : (
          <Skeleton active />
        )}
      </Card>
      <BackupCard onBackupWritten={backupWritten} onRestore={setRestoreSource} />
      <BackupList refreshKey={backupsVersion} onRestore={setRestoreSource} />
      <SampleDataCard />
      <RestoreDialog
        source={restoreSource}
        onClose={() => setRestoreSource(null)}
        onRestored={backupWritten}
      />
    </Flex>
  )
}
