/** The figures a project's 服务记录 add up to, the same ones its 绩效目标表 takes its actuals from. */
import { Card, Flex, Statistic } from 'antd'
import { activityTotals, type Activity } from '@shared/domain/activities/activity'
import {
  ACTIVITY_METRIC_LABELS,
  ACTIVITY_METRIC_UNITS,
  ACTIVITY_METRICS
} from '@shared/domain/performance/indicator'
import { ACTIVITY_STRINGS as S } from './strings'

export function ActivityTotals({ activities }: { activities: readonly Activity[] }) {
  const totals = activityTotals(activities)
  return (
    <Card size="small" role="region" aria-label={S.totalsLabel}>
      <Flex gap={48} wrap>
        {ACTIVITY_METRICS.map((metric) => (
          <Statistic
            key={metric}
            title={ACTIVITY_METRIC_LABELS[metric]}
            value={totals[metric]}
            suffix={ACTIVITY_METRIC_UNITS[metric]}
          />
        ))}
      </Flex>
    </Card>
  )
}
