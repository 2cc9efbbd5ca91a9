/**
 * What the tab shows beside the shared results: names for ids, each application's scoring
 * progress.
 */
import type { Organization } from '@shared/domain/organizations/organization'
import type { Application } from '@shared/domain/venture/application'
import type { ResultRow, RoundResults } from '@shared/domain/venture/results'
import { reviewProgress, type Review, type ReviewProgress } from '@shared/domain/venture/review'
import type { VentureRound } from '@shared/domain/venture/round'
import { RESULTS_STRINGS as S } from './strings'

export interface ResultTableRow extends ResultRow {
  title: string
  organizationName: string
  trackName: string
  progress: ReviewProgress
}

export function trackName(round: VentureRound, key: string): string {
  return round.tracks.find((track) => track.key === key)?.name ?? key
}

export function organizationName(
  applicants: ReadonlyMap<string, Organization>,
  application: Application | undefined
): string {
  return (application && applicants.get(application.organizationId)?.name) ?? S.unknownOrganization
}

export function resultTableRows(
  round: VentureRound,
  results: RoundResults,
  applications: readonly Application[],
  reviews: readonly Review[],
  applicants: ReadonlyMap<string, Organization>
): ResultTableRow[] {
  const byId = new Map(applications.map((application) => [application.id, application]))
  const reviewsOf = new Map<string, Review[]>()
  for (const review of reviews) {
    reviewsOf.set(review.applicationId, [...(reviewsOf.get(review.applicationId) ?? []), review])
  }
  return results.rows.map((row) => {
    const application = byId.get(row.applicationId)
    return {
      ...row,
      title: application?.title ?? S.unknownApplication,
      organizationName: organizationName(applicants, application),
      trackName: trackName(round, row.track),
      progress: reviewProgress(reviewsOf.get(row.applicationId) ?? [])
    }
  })
}
