/**
 * What a round's 评审结果 and 公示名单 need, read in one transaction so the results, the
 * applications and the reviews they are computed from are the same moment's: the round, its
 * applications, its reviews, the results as the repository computes them, the applicants and the
 * experts who were assigned.
 */
import type { PublicityListReportInput } from '@shared/pdf/reports/publicity-list-report'
import type { ReviewResultsReportInput } from '@shared/pdf/reports/review-results-report'
import { createApplicationsRepository } from '@renderer/db/repositories/applications-repository'
import { createOrganizationsRepository } from '@renderer/db/repositories/organizations-repository'
import { createReviewersRepository } from '@renderer/db/repositories/reviewers-repository'
import { createReviewsRepository } from '@renderer/db/repositories/reviews-repository'
import { createVentureRoundsRepository } from '@renderer/db/repositories/venture-rounds-repository'
import type { ShelianDatabase } from '@renderer/db/schema'

/** Both builders' input: the 公示名单 reads a part of what the 评审结果 reads. */
export type RoundResultsReportInput = ReviewResultsReportInput & PublicityListReportInput

export function loadRoundResultsReportInput(
  db: ShelianDatabase,
  roundId: string
): Promise<RoundResultsReportInput> {
  const rounds = createVentureRoundsRepository(db)
  return db.transaction(
    'r',
    [db.ventureRounds, db.applications, db.reviews, db.organizations, db.reviewers],
    async () => {
      const round = await rounds.get(roundId)
      if (!round) throw new Error('找不到该公益创投批次')
      const [applications, reviews, results] = await Promise.all([
        createApplicationsRepository(db).listForRound(roundId),
        createReviewsRepository(db).listForRound(roundId),
        rounds.results(roundId)
      ])
      const [organizations, reviewers] = await Promise.all([
        createOrganizationsRepository(db).getMany([
          ...new Set(applications.map((application) => application.organizationId))
        ]),
        createReviewersRepository(db).getMany([
          ...new Set(reviews.map((review) => review.reviewerId))
        ])
      ])
      return { round, applications, reviews, results, organizations, reviewers }
    }
  )
}
