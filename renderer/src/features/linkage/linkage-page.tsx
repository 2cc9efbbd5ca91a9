/**
 * 三社联动: what residents asked for (需求清单), what is on offer to answer it (资源清单), and
 * where the communities stand (覆盖情况). The tab is kept in the address, so a link from a
 * community or a need can open the right one.
 */
import { Flex, Tabs, Typography } from 'antd'
import { useTabParam } from '@renderer/components/use-tab-param'
import { CoveragePanel } from '@renderer/features/linkage/coverage/coverage-panel'
import { NeedsPage } from './needs/needs-page'
import { ResourcesPage } from './resources/resources-page'
import { LINKAGE_STRINGS as S } from './strings'

const TABS = ['needs', 'resources', 'coverage'] as const

export function LinkagePage() {
  const [tab, openTab] = useTabParam(TABS)
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {S.pageTitle}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => openTab(key as (typeof TABS)[number])}
        destroyOnHidden
        items={[
          { key: 'needs', label: S.needsTab, children: <NeedsPage /> },
          { key: 'resources', label: S.resourcesTab, children: <ResourcesPage /> },
          { key: 'coverage', label: S.coverageTab, children: <CoveragePanel /> }
        ]}
      />
    </Flex>
  )
}
