/**
 * 资金概况: pool, granted and remaining, each track against its budget, the number funded, and
 * how the scores were combined (with the applications a trimmed mean could not trim).
 */
import { Card, Col, Flex, Progress, Row, Statistic, Typography } from 'antd'
import { formatWanYuan, yuanText, type Fen } from '@shared/domain/money'
import type { FundingFigures } from '@shared/domain/venture/results'
import type { VentureRound } from '@shared/domain/venture/round'
import { AGGREGATION_LABELS } from '@shared/domain/venture/scoring'
import type { ResultTableRow } from './result-rows'
import { RESULTS_STRINGS as S } from './strings'

/** The money as it stands: the computed results in review, the published list afterwards. */
export function ResultsSummary({
  round,
  figures,
  rows
}: {
  round: VentureRound
  figures: FundingFigures
  /** The computed rows, for the applications whose trimmed mean fell back to the mean. */
  rows: readonly ResultTableRow[]
}) {
  const money = (title: string, fen: Fen) => (
    <Col flex="1 0 160px">
      <Card size="small">
        <Statistic title={title} value={formatWanYuan(fen)} suffix={S.wanYuan} />
        <Typography.Text type="secondary">{yuanText(fen)}</Typography.Text>
      </Card>
    </Col>
  )
  const fallback =
    round.aggregation === 'trimmed-mean'
      ? rows.filter(
          (row) => row.totals.length > 0 && row.aggregate.methodApplied !== 'trimmed-mean'
        )
      : []

  return (
    <section aria-label={S.summaryTitle}>
      <Typography.Title level={4}>{S.summaryTitle}</Typography.Title>
      <Row gutter={[12, 12]}>
        {money(S.poolLabel, round.fundPoolFen)}
        {money(S.grantedLabel, figures.grantedFen)}
        {money(S.remainingLabel, round.fundPoolFen - figures.grantedFen)}
        <Col flex="1 0 160px">
          <Card size="small">
            <Statistic title={S.fundedLabel} value={S.fundedCount(figures.fundedCount)} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        {round.tracks.map((track) => {
          const granted = figures.grantedByTrack[track.key] ?? 0
          return (
            <Col key={track.key} flex="1 0 200px">
              <Card size="small" title={track.name} aria-label={track.name}>
                <Flex vertical gap={4}>
                  <Typography.Text>{S.trackGranted(formatWanYuan(granted))}</Typography.Text>
                  <Typography.Text type="secondary">
                    {track.budgetFen === null
                      ? S.noTrackBudget
                      : S.trackBudget(formatWanYuan(track.budgetFen))}
                  </Typography.Text>
                  {track.budgetFen === null ? null : (
                    <Progress
                      percent={Math.round((granted / track.budgetFen) * 100)}
                      status={granted > track.budgetFen ? 'exception' : 'normal'}
                      size="small"
                    />
                  )}
                </Flex>
              </Card>
            </Col>
          )
        })}
      </Row>
      <Flex vertical gap={4} style={{ marginTop: 12 }}>
        <Typography.Text>
          {S.aggregationLabel}：{AGGREGATION_LABELS[round.aggregation]}
        </Typography.Text>
        {fallback.length > 0 ? (
          <Typography.Text type="secondary">
            {S.trimmedFallback(fallback.map((row) => `“${row.title}”`).join('、'))}
          </Typography.Text>
        ) : null}
      </Flex>
    </section>
  )
}
