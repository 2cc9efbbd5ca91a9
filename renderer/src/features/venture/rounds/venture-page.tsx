/** 公益创投: the rounds, year by year, and the pool of expert reviewers they draw on. */
import { Flex, Tabs, Typography } from 'antd'
import { useSearchParams } from 'react-router'
import { ReviewerPool } from '@renderer/features/venture/review/reviewer-pool'
import { RoundsList } from './rounds-list'
import { ROUND_STRINGS as S } from './strings'

const TABS = ['rounds', 'reviewers'] as const

export function VenturePage() {
  const [params, setParams] = useSearchParams()
  const tab = TABS.find((key) => key === params.get('tab')) ?? 'rounds'

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {S.pageTitle}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'rounds' ? {} : { tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'rounds', label: S.roundsTab, children: <RoundsList /> },
          { key: 'reviewers', label: S.reviewersTab, children: <ReviewerPool /> }
        ]}
      />
    </Flex>
  )
}
