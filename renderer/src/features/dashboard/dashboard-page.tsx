/**
 * 工作台: where the day starts — everything due or overdue (待办), then this year's figures of
 * every module with their charts. Both are live: a step taken anywhere updates them. At city
 * scale each takes most of a second to read, so the figures are read after the 待办, which are
 * not kept waiting behind them.
 */
import { Flex, Spin, Typography } from 'antd'
import { TitledSection } from '@renderer/components/titled-section'
import { formatChineseDate, todayInChina } from '@shared/domain/dates'
import { FigureCards } from './figure-cards'
import { ReminderList } from './reminder-list'
import { useReminders } from './reminders-context'
import { DASHBOARD_STRINGS as S } from './strings'
import { useDashboardFigures } from './use-dashboard-figures'

export function DashboardPage() {
  const reminders = useReminders({ now: true })
  const figures = useDashboardFigures(reminders !== undefined)
  const today = todayInChina()

  return (
    <Flex vertical gap="large">
      <Flex align="baseline" gap="middle" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {S.pageTitle}
        </Typography.Title>
        <Typography.Text type="secondary">
          {S.asOf(formatChineseDate(today), Number(today.slice(0, 4)))}
        </Typography.Text>
      </Flex>
      <TitledSection title={S.remindersTitle}>
        {reminders ? (
          <ReminderList reminders={reminders} />
        ) : (
          <Spin description={S.remindersLoading} />
        )}
      </TitledSection>
      <TitledSection title={S.figuresTitle}>
        {figures ? <FigureCards figures={figures} /> : <Spin description={S.figuresLoading} />}
      </TitledSection>
    </Flex>
  )
}
