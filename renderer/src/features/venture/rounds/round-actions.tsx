/**
 * The stage steps the round's workflow offers now that belong on the round's page: 开始征集,
 * 截止申报, 开始评审 (公示 and 立项 are taken in the results tab). A step whose guard refuses is
 * shown disabled with the reason; each asks first and says what it changes, because none can be
 * undone.
 */
import { App, Button, Flex, Typography } from 'antd'
import { useRepositories } from '@renderer/db/use-repositories'
import { daysBetween, todayInChina } from '@shared/domain/dates'
import type { Application } from '@shared/domain/venture/application'
import { roundContext } from '@shared/domain/venture/round-context'
import {
  ROUND_WORKFLOW,
  type RoundAction,
  type TimelineStep,
  type VentureRound
} from '@shared/domain/venture/round'
import { actionsFrom } from '@shared/domain/workflow'
import { errorText } from '@shared/text/error-text'
import { ROUND_STRINGS as S, STAGE_CONFIRMATIONS } from './strings'
import { StepButtons } from '@renderer/components/step-buttons'

type StageAction = Extract<RoundAction, 'open' | 'close' | 'startReview'>
const STAGE_ACTIONS: readonly RoundAction[] = ['open', 'close', 'startReview']
const isStage = (action: RoundAction): action is StageAction => STAGE_ACTIONS.includes(action)

/** The date each stage step is planned for: taking it earlier is allowed, and said so first. */
const PLANNED_ON: Readonly<Record<StageAction, TimelineStep>> = {
  open: 'callOpensOn',
  close: 'deadlineOn',
  startReview: 'reviewOn'
}

export interface RoundActionsProps {
  round: VentureRound
  applications: readonly Application[]
  /** Shows the results tab, where 公示结果 and 立项 are taken. */
  onOpenResults(): void
}

export function RoundActions({ round, applications, onOpenResults }: RoundActionsProps) {
  const { ventureRounds } = useRepositories()
  const { message, modal } = App.useApp()
  const today = todayInChina()
  const all = actionsFrom(
    ROUND_WORKFLOW,
    round.status,
    roundContext(round, applications, [], today)
  )
  const offered = all.filter((offer) => isStage(offer.action))
  // Their guards need the results, which the results tab computes and explains.
  const inResults = all.filter((offer) => !isStage(offer.action))
  if (all.length === 0) return null

  const take = async (action: StageAction, label: string) => {
    const plannedOn = round.timeline[PLANNED_ON[action]]
    const confirmed = await modal.confirm({
      title: S.confirmStage(label),
      content: (
        <Flex vertical gap="small">
          <span>{STAGE_CONFIRMATIONS[action]}</span>
          {today < plannedOn ? (
            <Typography.Text type="warning">
              {S.earlyStage(label, plannedOn, daysBetween(today, plannedOn))}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
      okText: label,
      cancelText: S.cancel
    })
    if (!confirmed) return
    try {
      await ventureRounds.perform(round.id, action)
      message.success(S.stageDone(label))
    } catch (error) {
      message.error(`${S.stageFailed}${errorText(error)}`)
    }
  }

  return (
    <Flex vertical gap="small">
      {offered.length > 0 ? (
        <StepButtons
          offered={offered}
          primary={() => true}
          onTake={(offer) => isStage(offer.action) && void take(offer.action, offer.label)}
        />
      ) : null}
      {inResults.map((offer) => (
        <Typography.Text key={offer.action} type="secondary">
          {S.inResultsTab(offer.label)}
          <Button type="link" size="small" onClick={onOpenResults}>
            {S.openResults}
          </Button>
        </Typography.Text>
      ))}
    </Flex>
  )
}
