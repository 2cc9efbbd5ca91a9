/**
 * Live reads of the 公益创投 tables for every screen of the feature: components re-render when
 * any write lands, so a submitted score sheet moves the progress and the results at once.
 */
import { useMemo } from 'react'
import { useLiveQuery } from '@renderer/db/live-query'
import type { Organization } from '@shared/domain/organizations/organization'
import { REVIEWED_STATUSES, type Application } from '@shared/domain/venture/application'
import { roundResults, type RoundResults } from '@shared/domain/venture/results'
import type { Review } from '@shared/domain/venture/review'
import type { Reviewer } from '@shared/domain/venture/reviewer'
import type { VentureRound } from '@shared/domain/venture/round'
import { useOrganizationsOf } from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'

export function useRounds(): VentureRound[] | undefined {
  const { ventureRounds } = useRepositories()
  return useLiveQuery(() => ventureRounds.listAll(), [ventureRounds])
}

/** The round, null when there is none with this id, undefined while loading. */
export function useRound(id: string): VentureRound | null | undefined {
  const { ventureRounds } = useRepositories()
  return useLiveQuery(async () => (await ventureRounds.get(id)) ?? null, [ventureRounds, id])
}

export function useRoundApplications(roundId: string): Application[] | undefined {
  const { applications } = useRepositories()
  return useLiveQuery(() => applications.listForRound(roundId), [applications, roundId])
}

/** The application, null when there is none with this id, undefined while loading. */
export function useApplication(id: string): Application | null | undefined {
  const { applications } = useRepositories()
  return useLiveQuery(async () => (await applications.get(id)) ?? null, [applications, id])
}

export function useOrganizationApplications(organizationId: string): Application[] | undefined {
  const { applications } = useRepositories()
  return useLiveQuery(
    () => applications.listForOrganization(organizationId),
    [applications, organizationId]
  )
}

export function useRoundReviews(roundId: string): Review[] | undefined {
  const { reviews } = useRepositories()
  return useLiveQuery(() => reviews.listForRound(roundId), [reviews, roundId])
}

export function useReviewers(): Reviewer[] | undefined {
  const { reviewers } = useRepositories()
  return useLiveQuery(() => reviewers.listAll(), [reviewers])
}

/** The applicants of these applications, by id (only those, not the whole registry). */
export function useApplicants(
  applications: readonly Application[] | undefined
): Map<string, Organization> | undefined {
  return useOrganizationsOf(applications)
}

/** The round's results computed from what is stored now; undefined while loading. */
export function useRoundResults(
  round: VentureRound | null | undefined,
  applications: readonly Application[] | undefined,
  reviews: readonly Review[] | undefined
): RoundResults | undefined {
  return useMemo(() => {
    if (!round || !applications || !reviews) return undefined
    const reviewed = applications.filter(
      (row) => row.archivedAt === null && REVIEWED_STATUSES.includes(row.status)
    )
    return roundResults(round, reviewed, reviews)
  }, [round, applications, reviews])
}
