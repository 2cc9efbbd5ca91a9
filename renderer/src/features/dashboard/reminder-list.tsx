/**
 * 待办 grouped by urgency: 已逾期, 今天到期, 7天内, 30天内, each a card listing its items in the
 * list's order, each item a link to its record. A city office can have a thousand items, so a
 * group shows its first {@link GROUP_PREVIEW} until asked for all.
 */
import { useMemo, useState } from 'react'
import { Button, Card, Col, Empty, Flex, Row, Tag, Typography } from 'antd'
import { Link } from 'react-router'
import {
  groupReminders,
  type Reminder,
  type ReminderGroup
} from '@shared/domain/reminders/reminders'
import { DASHBOARD_STRINGS as S, REMINDER_KIND_COLORS, URGENCY_TEXT_TYPES } from './strings'

/** Items a group shows before 显示全部. */
export const GROUP_PREVIEW = 8

export function ReminderList({ reminders }: { reminders: readonly Reminder[] }) {
  const groups = useMemo(() => groupReminders(reminders), [reminders])
  if (reminders.length === 0) return <Empty description={S.remindersEmpty} />
  return (
    <Row gutter={[16, 16]}>
      {groups.map((group) => (
        <Col key={group.urgency} xs={24} lg={12} xxl={6}>
          <GroupCard group={group} />
        </Col>
      ))}
    </Row>
  )
}

function GroupCard({ group }: { group: ReminderGroup }) {
  const [expanded, setExpanded] = useState(false)
  const { urgency, reminders } = group
  const shown = expanded ? reminders : reminders.slice(0, GROUP_PREVIEW)
  const title = S.groupTitle(urgency, reminders.length)
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      <section aria-label={title}>
        {reminders.length === 0 ? (
          <Typography.Text type="secondary">{S.groupEmpty}</Typography.Text>
        ) : (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {shown.map((reminder) => (
              <ReminderRow key={reminder.key} reminder={reminder} />
            ))}
          </ul>
        )}
        {reminders.length > GROUP_PREVIEW ? (
          <Button type="link" style={{ paddingInline: 0 }} onClick={() => setExpanded(!expanded)}>
            {expanded ? S.showFewer : S.showAll(reminders.length)}
          </Button>
        ) : null}
      </section>
    </Card>
  )
}

function ReminderRow({ reminder }: { reminder: Reminder }) {
  return (
    <li style={{ padding: '6px 0' }}>
      <Flex justify="space-between" gap="small" align="baseline">
        <Flex vertical style={{ minWidth: 0 }}>
          <span>
            <Tag color={REMINDER_KIND_COLORS[reminder.kind]}>{reminder.kind}</Tag>
            <Link to={reminder.route}>{reminder.title}</Link>
          </span>
          {reminder.detail ? (
            <Typography.Text type="secondary">{reminder.detail}</Typography.Text>
          ) : null}
        </Flex>
        <Flex vertical align="flex-end" style={{ flexShrink: 0 }}>
          <span>{reminder.dueOn}</span>
          <Typography.Text type={URGENCY_TEXT_TYPES[reminder.urgency]}>
            {S.dueDays(reminder.daysLeft)}
          </Typography.Text>
        </Flex>
      </Flex>
    </li>
  )
}
