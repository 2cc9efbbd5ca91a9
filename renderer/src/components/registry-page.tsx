/**
 * The frame of a registry list page: title, a 显示已归档 switch, the grid filling the rest of
 * the window, and the record panel. Each feature supplies its columns and panel contents.
 */
import type { ReactNode } from 'react'
import { Flex, Spin, Typography } from 'antd'
import { ShowArchivedSwitch } from './archived-switch'

export interface RegistryPageProps {
  title: string
  loading: boolean
  showArchived: boolean
  onShowArchivedChange(value: boolean): void
  children: ReactNode
}

export function RegistryPage({
  title,
  loading,
  showArchived,
  onShowArchivedChange,
  children
}: RegistryPageProps) {
  return (
    <Flex vertical gap="middle" style={{ height: 'calc(100vh - 112px)' }}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <ShowArchivedSwitch checked={showArchived} onChange={onShowArchivedChange} />
      </Flex>
      <div style={{ flex: 1, minHeight: 0 }}>{loading ? <Spin /> : children}</div>
    </Flex>
  )
}
