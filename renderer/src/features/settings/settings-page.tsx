/**
 * 设置: who works here, which office this is, the incubation base's rules and score bands, the
 * fallback font for reports, backups and restore, and the sample data.
 */
import { useEffect, useState } from 'react'
import { Flex, Typography } from 'antd'
import { onBackupWritten } from '@renderer/db/backup/backup-events'
import { BackupCard } from './backup-card'
import { BackupList } from './backup-list'
import { GeneralSettingsCard } from './general-settings-form'
import { GradingSettingsCard } from './grading-settings-form'
import { IncubationSettingsCard } from './incubation-settings-form'
import { ReportFontCard } from './report-font-card'
import { RestoreDialog, type RestoreSource } from './restore-dialog'
import { SampleDataCard } from './sample-data-card'
import { SETTINGS_STRINGS as S } from './strings'

export function SettingsPage() {
  const [backupsVersion, setBackupsVersion] = useState(0)
  const [restoreSource, setRestoreSource] = useState<RestoreSource | null>(null)
  const backupWritten = () => setBackupsVersion((value) => value + 1)
  useEffect(() => onBackupWritten(() => setBackupsVersion((value) => value + 1)), [])

  return (
    <Flex vertical gap="large" style={{ maxWidth: 860 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {S.pageTitle}
      </Typography.Title>
      <GeneralSettingsCard />
      <IncubationSettingsCard />
      <GradingSettingsCard />
      <ReportFontCard />
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
