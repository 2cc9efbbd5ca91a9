/**
 * The frame of a registry list page: title, 「导入」 (Excel import) for the registries that have
 * one, a 显示已归档 switch, the grid filling the rest of the window, and the record panel. Each
 * feature supplies its columns and panel contents.
 */
import type { ReactNode } from 'react'
import { Flex, Spin, Typography } from 'antd'
import type { ImportEntity } from '@shared/import/import-spec'
import { ImportButton } from '@renderer/features/import/import-button'
import { ShowArchivedSwitch } from './archived-switch'

export interface RegistryPageProps {
  title: string
  loading: boolean
  showArchived: boolean
  onShowArchivedChange(value: boolean): void
  /** The table an Excel import fills; the page shows 「导入」 when given. */
  importEntity?: ImportEntity
  children: ReactNode
}

export function RegistryPage({
  title,
  loading,
  showArchived,
  onShowArchivedChange,
  importEntity,
  children
}: RegistryPageProps) {
  return (
    <Flex vertical gap="middle" style={{ height: 'calc(100vh - 112px)' }}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Flex gap="middle" align="center">
          {importEntity ? <ImportButton entity={importEntity} /> : null}
          <ShowArchivedSwitch checked={showArchived} onChange={onShowArchivedChange} />
        </Flex>
      </Flex>
      <div style={{ flex: 1, minHeight: 0 }}>{loading ? <Spin /> : children}</div>
    </Flex>
  )
}
