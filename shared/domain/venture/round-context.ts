/**
 * What the round's workflow guards look at, built once from the stored applications and reviews,
 * so the buttons a screen offers and the repository that performs the step judge the same facts.
 */
import type { IsoDate } from '../dates'
import { REVIEWED_STATUSES, SCREENED_IN_STATUSES, type Application } from './application'
import { approvalRefusal, roundResults } from './results'
import { reviewProgress, type Review } from './review'
import type { RoundContext, VentureRound } from './round'

/**
 * The guard context of `round` on `today`. `applications` and `reviews` are the round's, archived
 * ones included (they are left out here). The results blockers are only worked out while the
 * round is 评审中, the one stage whose step (公示结果) needs them.
 */
export function roundContext(
  round: VentureRound,
  applications: readonly Application[],
  reviews: readonly Review[],
  today: IsoDate
): RoundContext {
  const rows = applications.filter((row) => row.archivedAt === null)
  const reviewed = rows.filter((row) => REVIEWED_STATUSES.includes(row.status))
  let resultBlockers: string[] = []
  if (round.status === '评审中') {
    const unfinished = reviewed.filter(
      (row) => !reviewProgress(reviews.filter((review) => review.applicationId === row.id)).complete
    ).length
    resultBlockers = [
      ...(unfinished > 0 ? [`还有 ${unfinished} 份申报书的评审专家没有全部提交评分`] : []),
      ...roundResults(round, reviewed, reviews).blockers
    ]
  }
  return {
    today,
    submitted: rows.filter((row) => row.submittedAt !== null && row.status !== '已撤回').length,
    screenedIn: rows.filter((row) => SCREENED_IN_STATUSES.includes(row.status)).length,
    unscreened: rows.filter((row) => row.status === '已提交').length,
    resultBlockers,
    approvalRefusal: approvalRefusal(round.publicity, today)
  }
}
