/**
 * The steps a workflow table offers on a record, as buttons: each refused one disabled with its
 * reason as the tooltip and, since a tooltip is easy to miss, also written under the buttons
 * (“开始服务：尚未对接执行中的项目”). What a step then does — a dialog, a confirmation — is the
 * caller's.
 */
import { Button, Space, Tooltip, Typography } from 'antd'
import type { OfferedAction } from '@shared/domain/workflow'

export interface StepButtonsProps<A extends string> {
  offered: readonly OfferedAction<A>[]
  /** The usual next step, drawn as the primary button while it can be taken. */
  primary?: (offer: OfferedAction<A>) => boolean
  /** Steps drawn in red: those that end or undo something. */
  danger?: (offer: OfferedAction<A>) => boolean
  onTake(offer: OfferedAction<A>): void
}

export function StepButtons<A extends string>({
  offered,
  primary = () => false,
  danger = () => false,
  onTake
}: StepButtonsProps<A>) {
  return (
    <>
      <Space wrap>
        {offered.map((offer) => (
          <Tooltip key={offer.action} title={offer.refusal}>
            <Button
              type={offer.refusal === null && primary(offer) ? 'primary' : 'default'}
              danger={danger(offer)}
              disabled={offer.refusal !== null}
              onClick={() => onTake(offer)}
            >
              {offer.label}
            </Button>
          </Tooltip>
        ))}
      </Space>
      {offered
        .filter((offer) => offer.refusal !== null)
        .map((offer) => (
          <Typography.Text key={offer.action} type="secondary">
            {offer.label}：{offer.refusal}
          </Typography.Text>
        ))}
    </>
  )
}
