/**
 * 评审结果 of a round. In review: the results computed from the submitted sheets, the office's
 * adjustments and tie orders, what still stands in the way of 公示, and 公示结果. Once published:
 * the period, the published list, objections and 立项; after 立项 the projects it created.
 */
import { useMemo, useState } from 'react'
import { Alert, Button, Empty, Flex, Spin, Tooltip, Typography } from 'antd'
import { todayInChina } from '@shared/domain/dates'
import {
  roundAllows,
  ROUND_STATUSES,
  ROUND_WORKFLOW,
  type VentureRound
} from '@shared/domain/venture/round'
import { publishedFigures, type FundingFigures } from '@shared/domain/venture/results'
import { roundContext } from '@shared/domain/venture/round-context'
import { actionsFrom } from '@shared/domain/workflow'
import {
  useApplicants,
  useRoundApplications,
  useRoundResults,
  useRoundReviews
} from '../use-venture-data'
import { PublicityPanel } from './publicity-panel'
import { PublishModal } from './publish-modal'
import { resultTableRows } from './result-rows'
import { ResultsSummary } from './results-summary'
import { ResultsTable } from './results-table'
import { useDatabase } from '@renderer/db/database-context'
import { ExportReportButton } from '@renderer/features/reports/export-report'
import {
  publicityListReport,
  reviewResultsReport
} from '@renderer/features/reports/report-requests'
import { RoundProjects } from './round-projects'
import { RESULTS_STRINGS as S } from './strings'

const REVIEW_STARTS = ROUND_STATUSES.indexOf('评审中')

export function ResultsTab({ round }: { round: VentureRound }) {
  const db = useDatabase()
  const applications = useRoundApplications(round.id)
  const reviews = useRoundReviews(round.id)
  const applicants = useApplicants(applications)
  const results = useRoundResults(round, applications, reviews)
  const [publishing, setPublishing] = useState(false)

  const rows = useMemo(
    () =>
      results && applications && reviews && applicants
        ? resultTableRows(round, results, applications, reviews, applicants)
        : undefined,
    [round, results, applications, reviews, applicants]
  )

  if (ROUND_STATUSES.indexOf(round.status) < REVIEW_STARTS) {
    return (
      <Empty description={S.beforeReviewTitle}>
        <Typography.Text type="secondary">{S.beforeReview(round.status)}</Typography.Text>
      </Empty>
    )
  }
  if (!results || !applications || !applicants || !rows) return <Spin />

  const today = todayInChina()
  const context = roundContext(round, applications, reviews ?? [], today)
  const blockers = context.resultBlockers
  const inReview = roundAllows(round, 'decide')

  const figures: FundingFigures = inReview
    ? {
        grantedFen: results.grantedFen,
        fundedCount: rows.filter((row) => row.status === '资助').length,
        grantedByTrack: Object.fromEntries(
          Object.entries(results.byTrack).map(([key, track]) => [key, track.grantedFen])
        )
      }
    : publishedFigures(applications, round.tracks)
  const publish = actionsFrom(ROUND_WORKFLOW, round.status, context).find(
    (offer) => offer.action === 'publish'
  )

  return (
    <Flex vertical gap="large">
      <Flex gap="small" justify="flex-end" wrap>
        <ExportReportButton label={S.exportResults} request={reviewResultsReport(db, round.id)} />
        <ExportReportButton label={S.exportPublicity} request={publicityListReport(db, round.id)} />
      </Flex>
      <ResultsSummary round={round} figures={figures} rows={rows} />

      {inReview ? (
        <section aria-label={S.resultsTitle}>
          <Flex justify="space-between" align="center" wrap gap="middle">
            <Typography.Title level={4} style={{ margin: 0 }}>
              {S.resultsTitle}
            </Typography.Title>
            {publish ? (
              <Tooltip title={publish.refusal}>
                <Button
                  type="primary"
                  disabled={publish.refusal !== null}
                  onClick={() => setPublishing(true)}
                >
                  {S.publish}
                </Button>
              </Tooltip>
            ) : null}
          </Flex>
          {blockers.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              title={S.blockersTitle}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {blockers.map((blocker) => (
                    <li key={blocker}>{blocker}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          <div style={{ marginTop: 12 }}>
            <ResultsTable round={round} rows={rows} />
          </div>
        </section>
      ) : (
        <PublicityPanel
          round={round}
          applications={applications}
          applicants={applicants}
          context={context}
        />
      )}

      {round.status === '已立项' ? (
        <RoundProjects roundId={round.id} applicants={applicants} />
      ) : null}

      {publishing ? (
        <PublishModal
          round={round}
          fundedCount={figures.fundedCount}
          grantedFen={figures.grantedFen}
          onClose={() => setPublishing(false)}
        />
      ) : null}
    </Flex>
  )
}
