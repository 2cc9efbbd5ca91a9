/**
 * Seeding for the results tab tests: the shared 2026 round walked to 评审中 with every score
 * sheet submitted. The tab itself reads the (faked) system clock, set to NOW (2026-11-22).
 *
 * Money is chosen so the funding line falls on a tie: the pool is 10 万元, 助老餐桌 (90 分) takes
 * 6 万元, and 助残 and 青少年 (80 分 each) ask 3 万元 each with 4 万元 left — each fits alone, not
 * both, so both are 待定（并列）.
 */
import { ResultsTab } from '@renderer/features/venture/results/results-tab'
import { yuan } from '@shared/domain/money'
import { DEFAULT_BUDGET_RULES } from '@shared/domain/venture/budget'
import { DEFAULT_REVIEW_CRITERIA } from '@shared/domain/venture/scoring'
import { renderRoundTab, roundInReview, type SeededRound } from '../seed'
import { SEPTEMBER_CALL } from '../timelines'

export const ELDERLY = '长者助餐“暖心食堂”'
export const DISABILITY = '残障青年就业支持'
export const YOUTH = '青少年课后成长营'

/** The three applications: title, track, score of every sheet, budget total and request (元). */
const PLAN = [
  { title: ELDERLY, track: 'elderly', score: 90, budget: 100_000, requested: 60_000 },
  { title: DISABILITY, track: 'disability', score: 80, budget: 60_000, requested: 30_000 },
  { title: YOUTH, track: 'youth', score: 80, budget: 60_000, requested: 30_000 }
] as const

export const PUBLICITY = {
  startsOn: SEPTEMBER_CALL.publicityStartsOn,
  endsOn: SEPTEMBER_CALL.publicityEndsOn
}

/** Every criterion scored at the same share of its maximum, so the sheet totals `total`. */
function sheet(total: number): Record<string, number> {
  return Object.fromEntries(
    DEFAULT_REVIEW_CRITERIA.map((criterion) => [criterion.key, (criterion.weight * total) / 100])
  )
}

/** A fresh database with the round in 评审中 and three experts' sheets submitted for each. */
export async function scoredRound(): Promise<SeededRound> {
  const seeded = await roundInReview(
    PLAN.map((plan, organization) => ({
      title: plan.title,
      organization,
      track: plan.track,
      budgetLines: [
        {
          category: '活动费',
          item: '社区活动',
          unitPriceFen: yuan(plan.budget),
          quantity: 1,
          note: null
        }
      ],
      requestedFen: yuan(plan.requested),
      matchingFen: yuan(plan.budget - plan.requested)
    })),
    ['李文华', '周建国', '陈思远'],
    3,
    {
      fundPoolFen: yuan(100_000),
      budgetRules: { ...DEFAULT_BUDGET_RULES, perProjectCapFen: yuan(80_000) },
      aggregation: 'trimmed-mean'
    }
  )
  const { repos, roundId, ids } = seeded
  for (const review of await repos.reviews.listForRound(roundId)) {
    const plan = PLAN.find((entry) => ids[entry.title] === review.applicationId)!
    await repos.reviews.declare(review.id, { conflicted: false, note: null })
    await repos.reviews.submit(review.id, {
      scores: sheet(plan.score),
      comment: '设计完整，可行。'
    })
  }
  return seeded
}

/** The panel's order for the tie: 青少年 before 助残. */
export async function breakTie({ repos, roundId, ids }: SeededRound) {
  await repos.ventureRounds.setTiebreak(roundId, {
    order: [ids[YOUTH], ids[DISABILITY]],
    reason: '青少年项目覆盖人数更多'
  })
}

export function renderResults(seeded: SeededRound) {
  return renderRoundTab(seeded, (round) => <ResultsTab round={round} />)
}
