/** 办理经过: the application, then each workflow step as it was recorded. */
import { Timeline, Typography } from 'antd'
import type { Incubation } from '@shared/domain/incubation/incubation'
import { INCUBATION_WORKFLOW } from '@shared/domain/incubation/incubation-workflow'
import { INCUBATION_STRINGS as S } from './strings'

const labelOf = (action: string) =>
  INCUBATION_WORKFLOW.transitions.find((transition) => transition.action === action)?.label ??
  action

export function StayTimeline({ stay }: { stay: Incubation }) {
  return (
    <Timeline
      aria-label={S.timelineTitle}
      items={[
        {
          key: 'applied',
          content: (
            <>
              <Typography.Text strong>{S.appliedEvent}</Typography.Text>{' '}
              <Typography.Text type="secondary">{stay.appliedOn}</Typography.Text>
            </>
          )
        },
        ...stay.events.map((event, index) => ({
          key: `${index}-${event.action}`,
          content: (
            <>
              <Typography.Text strong>
                {labelOf(event.action)}
                {event.from !== event.to ? `（${event.from} → ${event.to}）` : ''}
              </Typography.Text>{' '}
              <Typography.Text type="secondary">
                {event.on} · {S.operator} {event.operator || '—'}
              </Typography.Text>
              {event.note ? <div>{event.note}</div> : null}
            </>
          )
        }))
      ]}
    />
  )
}
