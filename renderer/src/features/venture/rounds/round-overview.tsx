/**
 * 概况: the round's rules as applicants and reviewers are held to them, its timeline with the
 * stage it is in, the stage steps taken and the audit trail.
 */
import { Descriptions, Flex, Steps, Timeline, Typography } from 'antd'
import type { DescriptionsProps } from 'antd'
import { RecordHistory } from '@renderer/components/record-panel'
import { todayInChina } from '@shared/domain/dates'
import { formatWanYuan, yuanText } from '@shared/domain/money'
import {
  ROUND_WORKFLOW,
  TIMELINE_STEPS,
  TRANCHE_GATE_LABELS,
  type VentureRound
} from '@shared/domain/venture/round'
import { AGGREGATION_LABELS } from '@shared/domain/venture/scoring'
import { nextStep } from '@shared/domain/venture/round-progress'
import { ROUND_FIELD_LABELS, ROUND_STRINGS as S } from './strings'
import { useRoundHistory } from './use-round-data'

const actionLabel = (action: string) =>
  ROUND_WORKFLOW.transitions.find((transition) => transition.action === action)?.label ?? action

const yesNo = (value: boolean) => (value ? S.yes : S.no)

/** A list inside a description cell, one entry a line. */
function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <Flex vertical>
      {lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </Flex>
  )
}

function ruleItems(round: VentureRound): DescriptionsProps['items'] {
  const { budgetRules, eligibility } = round
  return [
    {
      key: 'fundPool',
      label: S.fundPool,
      children: `${yuanText(round.fundPoolFen)}（${formatWanYuan(round.fundPoolFen)} ${S.wanYuan}）`
    },
    {
      key: 'tracks',
      label: S.tracksTitle,
      children: (
        <Lines
          lines={round.tracks.map(
            (track) =>
              `${track.name}：${track.budgetFen === null ? S.noTrackBudget : yuanText(track.budgetFen)}`
          )}
        />
      )
    },
    { key: 'cap', label: S.perProjectCap, children: yuanText(budgetRules.perProjectCapFen) },
    {
      key: 'share',
      label: S.maxGrantShare,
      children: S.percent(budgetRules.maxGrantSharePercent)
    },
    {
      key: 'matching',
      label: S.minMatchingShare,
      children:
        budgetRules.minMatchingSharePercent === null
          ? S.noMatchingRule
          : S.percent(budgetRules.minMatchingSharePercent)
    },
    {
      key: 'caps',
      label: S.categoryCaps,
      children:
        budgetRules.categoryCaps.length === 0
          ? S.noCategoryCaps
          : budgetRules.categoryCaps
              .map((cap) => `${cap.category} ≤ ${S.percent(cap.maxSharePercent)}`)
              .join('、')
    },
    { key: 'allowFiled', label: S.allowFiled, children: yesNo(eligibility.allowFiled) },
    {
      key: 'record',
      label: S.noFailedEvaluationYears,
      children:
        eligibility.noFailedEvaluationYears === 0
          ? S.notChecked
          : S.years(eligibility.noFailedEvaluationYears)
    },
    { key: 'rating', label: S.minRating, children: eligibility.minRating ?? S.noMinRating },
    {
      key: 'onePerTrack',
      label: S.onePerOrganizationPerTrack,
      children: yesNo(eligibility.onePerOrganizationPerTrack)
    },
    {
      key: 'criteria',
      label: S.criteriaTitle,
      children: (
        <Lines
          lines={round.criteria.map(
            (criterion) => `${criterion.name} ${S.points(criterion.weight)}`
          )}
        />
      )
    },
    { key: 'aggregation', label: S.aggregation, children: AGGREGATION_LABELS[round.aggregation] },
    {
      key: 'tranches',
      label: S.tranchesTitle,
      span: 2,
      children: (
        <Lines
          lines={round.tranches.map((tranche, index) =>
            S.trancheItem(index + 1, tranche.percent, TRANCHE_GATE_LABELS[tranche.gate])
          )}
        />
      )
    }
  ]
}

export function RoundOverview({ round }: { round: VentureRound }) {
  const history = useRoundHistory(round.id)
  const next = nextStep(round, todayInChina())

  return (
    <Flex vertical gap="large">
      <section aria-label={S.timelineTitle}>
        <Typography.Title level={4}>{S.timelineTitle}</Typography.Title>
        <Steps
          size="small"
          titlePlacement="vertical"
          current={next?.index ?? TIMELINE_STEPS.length}
          items={TIMELINE_STEPS.map(([step, label]) => ({
            title: label,
            content:
              next?.step === step && next.overdue ? (
                <Typography.Text type="danger">
                  {round.timeline[step]}（{S.overdue}）
                </Typography.Text>
              ) : (
                round.timeline[step]
              )
          }))}
        />
      </section>

      <section aria-label={S.rulesTitle}>
        <Typography.Title level={4}>{S.rulesTitle}</Typography.Title>
        <Descriptions column={2} bordered size="small" items={ruleItems(round)} />
      </section>

      <Flex gap="large" wrap align="flex-start">
        <section aria-label={S.eventsTitle} style={{ flex: '1 1 320px' }}>
          <Typography.Title level={4}>{S.eventsTitle}</Typography.Title>
          {round.events.length === 0 ? (
            <Typography.Text type="secondary">{S.eventsEmpty}</Typography.Text>
          ) : (
            <Timeline
              items={round.events.map((event, index) => ({
                key: `${index}-${event.action}`,
                content: (
                  <>
                    <Typography.Text strong>
                      {S.eventItem(actionLabel(event.action), event.from, event.to)}
                    </Typography.Text>{' '}
                    <Typography.Text type="secondary">
                      {todayInChina(new Date(event.at))} · {S.operator} {event.operator || '—'}
                    </Typography.Text>
                  </>
                )
              }))}
            />
          )}
        </section>
        <section aria-label={S.historyTitle} style={{ flex: '1 1 320px' }}>
          <Typography.Title level={4}>{S.historyTitle}</Typography.Title>
          <RecordHistory entries={history} fieldLabels={ROUND_FIELD_LABELS} />
        </section>
      </Flex>
    </Flex>
  )
}
