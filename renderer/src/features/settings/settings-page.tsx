/** 设置: who works here, which office this is, and the automatic backups. */
import { Card, Flex, Skeleton, Typography } from 'antd'
import { BackupList } from './backup-list'
import { GeneralSettingsForm } from './general-settings-form'
import { SETTINGS_STRINGS as S } from './strings'
import { useGeneralSettings } from './use-general-settings'

export function SettingsPage() {
  const settings = useGeneralSettings()
  return (
    <Flex vertical gap="large" style={{ maxWidth: 860 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {S.pageTitle}
      </Typography.Title>
      <Card title={S.generalTitle}>
        {/* The form takes its initial values once, so it waits for the stored settings. */}
        {settings ? <GeneralSettingsForm initial={settings} /> : <Skeleton active />}
      </Card>
      <BackupList />
    </Flex>
  )
}
