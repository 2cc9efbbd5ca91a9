/** Small pieces the 初审, 评审 and review-day screens share. */
import { Table, Tag, Typography } from 'antd'
import type { EligibilityCheck } from '@shared/domain/venture/eligibility'
import type { ReviewStatus } from '@shared/domain/venture/review'
import type { VentureRound } from '@shared/domain/venture/round'
import { REVIEW_STATUS_COLORS, REVIEW_STRINGS as S } from './strings'

/** An ISO instant as a reader in China sees it, e.g. 2026/4/12 09:30:00. */
export function formatInstant(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })
}

/** The track's current name; the key when the round no longer has it. */
export function trackName(round: Pick<VentureRound, 'tracks'>, key: string): string {
  return round.tracks.find((track) => track.key === key)?.name ?? key
}

export function ReviewStatusTag({ status }: { status: ReviewStatus }) {
  return <Tag color={REVIEW_STATUS_COLORS[status]}>{status}</Tag>
}

/** The eligibility rules, each with ✓ / ✗ and its reason, as the shared check words them. */
export function EligibilityTable({
  checks,
  label
}: {
  checks: readonly EligibilityCheck[]
  label: string
}) {
  return (
    <Table<EligibilityCheck>
      aria-label={label}
      size="small"
      rowKey="rule"
      pagination={false}
      dataSource={[...checks]}
      columns={[
        { key: 'rule', title: S.rule, dataIndex: 'rule', width: 130 },
        {
          key: 'passed',
          title: S.result,
          width: 90,
          render: (_, check) => (
            <Typography.Text type={check.passed ? 'success' : 'danger'}>
              {check.passed ? S.passedMark : S.failedMark}
            </Typography.Text>
          )
        },
        { key: 'reason', title: S.reason, dataIndex: 'reason' }
      ]}
    />
  )
}
