/** 办理经过: the draft opened, then each step as the workflow recorded it, with its reason. */
import { Timeline, Typography } from 'antd'
import { APPLICATION_WORKFLOW, type Application } from '@shared/domain/venture/application'
import { formatInstant } from './application-display'
import { APPLICATION_STRINGS as S } from './strings'

const labelOf = (action: string) =>
  APPLICATION_WORKFLOW.transitions.find((transition) => transition.action === action)?.label ??
  action

export function ApplicationEvents({ application }: { application: Application }) {
  return (
    <Timeline
      items={[
        {
          key: 'created',
          content: (
            <>
              <Typography.Text strong>{S.createdEvent}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {formatInstant(application.createdAt)}
              </Typography.Text>
            </>
          )
        },
        ...application.events.map((event, index) => ({
          key: `${index}-${event.action}`,
          content: (
            <>
              <Typography.Text strong>
                {S.eventItem(labelOf(event.action), event.from, event.to)}
              </Typography.Text>{' '}
              <Typography.Text type="secondary">
                {formatInstant(event.at)} · {S.operator} {event.operator || '—'}
              </Typography.Text>
              {event.note ? <div>{event.note}</div> : null}
            </>
          )
        }))
      ]}
    />
  )
}
