/**
 * One 公益创投 round: where it stands, the stage steps it offers now, and a tab for each part of
 * the work (申报书, 初审, 评审, 结果). The tab is kept in the address (`?tab=`), so other pages
 * such as the review day can send the user back to where they came from.
 */
import { useState, type ReactNode } from 'react'
import { Alert, Breadcrumb, Button, Empty, Flex, Space, Spin, Tabs, Tag, Typography } from 'antd'
import { Link, useParams, useSearchParams } from 'react-router'
import { ArchiveAction } from '@renderer/components/record-panel'
import { useRepositories } from '@renderer/db/use-repositories'
import { ApplicationsTab } from '@renderer/features/venture/applications/applications-tab'
import { ResultsTab } from '@renderer/features/venture/results/results-tab'
import { ReviewTab } from '@renderer/features/venture/review/review-tab'
import { ScreeningTab } from '@renderer/features/venture/review/screening-tab'
import { formatWanYuan } from '@shared/domain/money'
import { roundAllows, type VentureRound } from '@shared/domain/venture/round'
import { useRound, useRoundApplications } from '../use-venture-data'
import { RoundActions } from './round-actions'
import { RoundFormDrawer } from './round-form'
import { RoundOverview } from './round-overview'
import { RoundStatusTag } from './round-status-tag'
import { ROUND_STRINGS as S } from './strings'

const TABS = ['overview', 'applications', 'screening', 'review', 'results'] as const
type TabKey = (typeof TABS)[number]

export function RoundDetailPage() {
  const { id = '' } = useParams()
  const round = useRound(id)
  if (round === undefined) return <Spin />
  if (round === null) {
    return (
      <Empty description={S.notFound}>
        <Typography.Paragraph type="secondary">{S.notFoundText}</Typography.Paragraph>
        <Link to="/venture">{S.backToList}</Link>
      </Empty>
    )
  }
  return <RoundPage round={round} />
}

function RoundPage({ round }: { round: VentureRound }) {
  const { ventureRounds } = useRepositories()
  const applications = useRoundApplications(round.id)
  const [params, setParams] = useSearchParams()
  const [editing, setEditing] = useState(false)
  const tab: TabKey = TABS.find((key) => key === params.get('tab')) ?? 'overview'

  if (!applications) return <Spin />
  const archived = round.archivedAt !== null
  const editable = roundAllows(round, 'editSchedule')
  const archivable = archived || (roundAllows(round, 'archive') && applications.length === 0)

  const tabs: { key: TabKey; label: string; children: ReactNode }[] = [
    { key: 'overview', label: S.overviewTab, children: <RoundOverview round={round} /> },
    {
      key: 'applications',
      label: S.applicationsTab,
      children: <ApplicationsTab round={round} />
    },
    { key: 'screening', label: S.screeningTab, children: <ScreeningTab round={round} /> },
    { key: 'review', label: S.reviewTab, children: <ReviewTab round={round} /> },
    { key: 'results', label: S.resultsTab, children: <ResultsTab round={round} /> }
  ]

  return (
    <Flex vertical gap="middle">
      <Breadcrumb
        items={[{ title: <Link to="/venture">{S.pageTitle}</Link> }, { title: round.name }]}
      />
      <Flex justify="space-between" align="flex-start" wrap gap="middle">
        <Space vertical size={4} role="region" aria-label={S.summaryLabel}>
          <Space align="center" wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {round.name}
            </Typography.Title>
            <RoundStatusTag status={round.status} />
            {archived ? <Tag>{S.archivedTag}</Tag> : null}
          </Space>
          <Typography.Text type="secondary">
            {S.year(round.year)} · {S.fundPool} {formatWanYuan(round.fundPoolFen)} {S.wanYuan}
          </Typography.Text>
        </Space>
        <Space>
          {editable ? <Button onClick={() => setEditing(true)}>{S.edit}</Button> : null}
          {archivable ? (
            <ArchiveAction
              record={round}
              archive={ventureRounds.archive}
              restore={ventureRounds.restore}
            />
          ) : null}
        </Space>
      </Flex>

      {archived ? (
        <Alert type="info" showIcon title={S.archivedNotice} />
      ) : (
        <RoundActions
          round={round}
          applications={applications}
          onOpenResults={() => setParams({ tab: 'results' }, { replace: true })}
        />
      )}

      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'overview' ? {} : { tab: key }, { replace: true })}
        destroyOnHidden
        items={tabs}
      />

      {editing ? (
        <RoundFormDrawer
          mode={{ kind: 'edit', round }}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      ) : null}
    </Flex>
  )
}
