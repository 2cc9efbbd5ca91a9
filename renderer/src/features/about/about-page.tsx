/** 关于: what is running, where backups go, and whose work it is built on. */
import { useEffect, useState } from 'react'
import { Card, Descriptions, Flex, Skeleton, Typography } from 'antd'
import type { AppInfo } from '@shared/ipc/contract'
import { useDesktopApi } from '@renderer/platform/desktop-api-context'
import { FontLicenses } from './font-licenses'
import { LicenseList } from './license-list'
import { ABOUT_STRINGS as S } from './strings'

function runtimeText(versions: AppInfo['versions']): string {
  const parts = [
    versions.electron && `Electron ${versions.electron}`,
    versions.chrome && `Chromium ${versions.chrome}`,
    versions.node && `Node.js ${versions.node}`
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(' · ') : S.unknown
}

function AppInfoCard() {
  const api = useDesktopApi()
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    api.getAppInfo().then(
      (value) => {
        if (current) setInfo(value)
      },
      (error: unknown) => {
        if (current) setLoadError(error instanceof Error ? error.message : String(error))
      }
    )
    return () => {
      current = false
    }
  }, [api])

  return (
    <Card title={S.infoTitle} role="region" aria-label={S.infoTitle}>
      {loadError ? (
        <Typography.Text type="danger">{`${S.infoLoadFailed}${loadError}`}</Typography.Text>
      ) : info ? (
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            { key: 'productName', label: S.productName, children: info.productName },
            { key: 'version', label: S.version, children: info.version },
            {
              key: 'host',
              label: S.host,
              children: info.host === 'electron' ? S.hostElectron : S.hostBrowser
            },
            { key: 'runtime', label: S.runtime, children: runtimeText(info.versions) },
            { key: 'platform', label: S.platform, children: info.platform || S.unknown },
            { key: 'backupDir', label: S.backupDir, children: info.backupDir ?? S.backupInBrowser }
          ]}
        />
      ) : (
        <Skeleton active />
      )}
    </Card>
  )
}

export function AboutPage() {
  return (
    <Flex vertical gap="large" style={{ maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {S.pageTitle}
      </Typography.Title>
      <AppInfoCard />
      <FontLicenses />
      <LicenseList />
    </Flex>
  )
}
