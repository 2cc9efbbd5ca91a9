/**
 * The 工作台 entry's badge in the navigation: how many 待办 are overdue or due today, so they are
 * seen from any page. Nothing while there are none, or while the list is still being read.
 */
import { Badge } from 'antd'
import { urgentReminderCount } from '@shared/domain/reminders/reminders'
import { useReminders } from './reminders-context'
import { DASHBOARD_STRINGS as S } from './strings'

export function ReminderBadge() {
  const reminders = useReminders()
  const count = reminders ? urgentReminderCount(reminders) : 0
  if (count === 0) return null
  return <Badge count={count} overflowCount={99} size="small" title={S.badgeLabel(count)} />
}
