/**
 * Everything a page expects above it: Chinese antd, the antd App (message / modal hooks), the
 * DesktopApi and the database. Tests wrap pages in this with fakes.
 */
import type { ReactNode } from 'react'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import type { DesktopApi } from '@shared/ipc/contract'
import { DatabaseProvider } from '@renderer/db/database-context'
import type { ShelianDatabase } from '@renderer/db/schema'
import { DesktopApiProvider } from '@renderer/platform/desktop-api-context'

export interface AppProvidersProps {
  desktopApi: DesktopApi
  db: ShelianDatabase
  children: ReactNode
}

export function AppProviders({ desktopApi, db, children }: AppProvidersProps) {
  return (
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <DesktopApiProvider api={desktopApi}>
          <DatabaseProvider db={db}>{children}</DatabaseProvider>
        </DesktopApiProvider>
      </AntApp>
    </ConfigProvider>
  )
}
