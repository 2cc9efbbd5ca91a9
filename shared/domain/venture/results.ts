/**
 * 评审结果: from the experts' submitted sheets to the list that is published (公示) and approved
 * (立项). Everything here is computed again from the stored reviews whenever it is shown, so the
 * ranking can never drift from the scores; only the office's decisions are stored on the round:
 *
 * - 并列次序 (tiebreaks): the panel's order among applications tied at the funding line;
 * - 人工调整 (adjustments): a grant set by hand, with the reason, e.g. a reduced amount agreed at
 *   the defence, or funding withheld;
 * - 公示: its dates and the objections received, each answered before 立项.
 */
import { z } from 'zod'
import type { FieldIssue } from '../check'
import type { Award } from './application'
import type { IsoDate } from '../dates'
import { fenField, isoDateField, textField } from '../fields'
import { splitFen, sumFen, yuanText, type Fen } from '../money'
import { grantCeilingFen, type BudgetLineAmount, type BudgetRules } from './budget'
import { submittedTotal, type Review } from './review'
import type { Tranche, TrancheGate, Track } from './round'
import {
  aggregateScores,
  allocateFunding,
  type AggregateResult,
  type AggregationMethod,
  type FundingStatus,
  type ReviewCriterion
} from './scoring'

/** Who decided, when: stamped on every stored decision. */
interface Stamp {
  /** ISO instant. */
  at: string
  operator: string
}

export interface Tiebreak extends Stamp {
  applicationId: string
  /** Higher goes first among equal scores. */
  order: number
  reason: string
}

export interface FundingAdjustment extends Stamp {
  applicationId: string
  /** The grant decided by hand; 0 withholds funding. */
  grantFen: Fen
  reason: string
}

export const OBJECTION_OUTCOMES = ['维持原结果', '撤销资助'] as const
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number]

/** 公示期异议: received, then answered with an outcome. */
export interface Objection {
  id: string
  receivedOn: IsoDate
  /** The application it concerns; null for the list as a whole. */
  applicationId: string | null
  /** 异议人; may be anonymous ("匿名"). */
  from: string
  content: string
  response: string | null
  outcome: ObjectionOutcome | null
  answeredOn: IsoDate | null
}

export interface Publicity {
  startsOn: IsoDate
  endsOn: IsoDate
  objections: Objection[]
}

/** What the results need of a round. */
export interface ResultsRound {
  fundPoolFen: Fen
  tracks: readonly Track[]
  budgetRules: BudgetRules
  criteria: readonly ReviewCriterion[]
  aggregation: AggregationMethod
  tiebreaks: readonly Tiebreak[]
  adjustments: readonly FundingAdjustment[]
}

/** What the results need of an application. */
export interface ResultsApplication {
  id: string
  track: string
  budgetLines: readonly BudgetLineAmount[]
  requestedFen: Fen
}

export interface ResultRow {
  applicationId: string
  track: string
  requestedFen: Fen
  /** The most the round's rules allow it (requested, cap, share of budget). */
  ceilingFen: Fen
  /** Totals of the submitted sheets, in the order the reviews were given. */
  totals: number[]
  aggregate: AggregateResult
  score: number | null
  rank: number | null
  trackRank: number | null
  /** What the rules give, before any adjustment. */
  computedFen: Fen
  computedStatus: FundingStatus
  reason: string
  adjustment: FundingAdjustment | null
  /** The grant after adjustment: what is published and approved. */
  grantFen: Fen
  status: FundingStatus
}

export interface RoundResults {
  /** In rank order, unscored last. */
  rows: ResultRow[]
  grantedFen: Fen
  remainingFen: Fen
  byTrack: Record<string, { budgetFen: Fen | null; grantedFen: Fen }>
  /** Ties at the funding line still waiting for the panel's order or an adjustment. */
  pending: number
  /** Reasons the list cannot be published yet; empty when it can. */
  blockers: string[]
}

/**
 * Scores, ranks and grants of a round's reviewed applications. `reviews` may hold any of the
 * round's reviews: only submitted, non-withdrawn sheets count.
 */
export function roundResults(
  round: ResultsRound,
  applications: readonly ResultsApplication[],
  reviews: readonly Review[]
): RoundResults {
  const totalsOf = new Map<string, number[]>()
  for (const review of reviews) {
    if (review.archivedAt !== null) continue
    const total = submittedTotal(review, round.criteria)
    if (total === null) continue
    totalsOf.set(review.applicationId, [...(totalsOf.get(review.applicationId) ?? []), total])
  }
  const tiebreakOf = new Map(round.tiebreaks.map((entry) => [entry.applicationId, entry.order]))
  const adjustmentOf = new Map(round.adjustments.map((entry) => [entry.applicationId, entry]))

  const prepared = applications.map((application) => {
    const totals = totalsOf.get(application.id) ?? []
    const aggregate = aggregateScores(totals, round.aggregation)
    return {
      application,
      totals,
      aggregate,
      ceilingFen: grantCeilingFen(
        { lines: application.budgetLines, requestedFen: application.requestedFen },
        round.budgetRules
      )
    }
  })
  const byId = new Map(prepared.map((entry) => [entry.application.id, entry]))
  // allocateFunding names the track in its reasons, so it is given the tracks' names, not keys.
  const trackNames = new Map(round.tracks.map((track) => [track.key, track.name]))
  const allocation = allocateFunding({
    applications: prepared.map(({ application, aggregate, ceilingFen }) => ({
      id: application.id,
      track: trackNames.get(application.track) ?? application.track,
      score: aggregate.score,
      tiebreak: tiebreakOf.get(application.id) ?? null,
      requestedFen: application.requestedFen,
      eligibleMaxFen: ceilingFen
    })),
    poolFen: round.fundPoolFen,
    trackBudgetsFen: Object.fromEntries(round.tracks.map((track) => [track.name, track.budgetFen]))
  })

  const ranks = new Map(
    // allocateFunding ranks too; asking it again per row would repeat the work.
    allocation.decisions.map((decision) => [decision.id, decision.rank])
  )
  const trackRanks = trackRanksOf(allocation.decisions)
  const rows: ResultRow[] = allocation.decisions.map((decision) => {
    const { application, totals, aggregate, ceilingFen } = byId.get(decision.id)!
    const adjustment = adjustmentOf.get(decision.id) ?? null
    const grantFen = adjustment ? adjustment.grantFen : decision.grantFen
    const status: FundingStatus = adjustment
      ? adjustment.grantFen > 0
        ? '资助'
        : '未资助'
      : decision.status
    return {
      applicationId: application.id,
      track: application.track,
      requestedFen: application.requestedFen,
      ceilingFen,
      totals,
      aggregate,
      score: aggregate.score,
      rank: ranks.get(decision.id) ?? null,
      trackRank: trackRanks.get(decision.id) ?? null,
      computedFen: decision.grantFen,
      computedStatus: decision.status,
      reason: decision.reason,
      adjustment,
      grantFen,
      status
    }
  })

  const grantedFen = sumFen(rows.map((row) => row.grantFen))
  const byTrack: RoundResults['byTrack'] = {}
  for (const track of round.tracks) {
    byTrack[track.key] = {
      budgetFen: track.budgetFen,
      grantedFen: sumFen(rows.filter((row) => row.track === track.key).map((row) => row.grantFen))
    }
  }
  const pending = rows.filter((row) => row.status === '待定（并列）').length
  const blockers: string[] = []
  const unscored = rows.filter((row) => row.score === null).length
  if (unscored > 0) blockers.push(`还有 ${unscored} 份申报书没有得分`)
  if (pending > 0) blockers.push(`还有 ${pending} 份并列待定的申报书，须先决定并列次序或人工调整`)
  blockers.push(...overspend(round, grantedFen, byTrack))
  return {
    rows,
    grantedFen,
    remainingFen: round.fundPoolFen - grantedFen,
    byTrack,
    pending,
    blockers
  }
}

function trackRanksOf(decisions: readonly { id: string; track: string; rank: number | null }[]) {
  // Competition ranks within each track, from the overall order allocateFunding returns.
  const result = new Map<string, number>()
  const seen = new Map<string, { count: number; lastRank: number | null; lastTrackRank: number }>()
  for (const decision of decisions) {
    if (decision.rank === null) continue
    const state = seen.get(decision.track) ?? { count: 0, lastRank: null, lastTrackRank: 0 }
    state.count += 1
    const trackRank = state.lastRank === decision.rank ? state.lastTrackRank : state.count
    state.lastRank = decision.rank
    state.lastTrackRank = trackRank
    seen.set(decision.track, state)
    result.set(decision.id, trackRank)
  }
  return result
}

function overspend(
  round: Pick<ResultsRound, 'fundPoolFen' | 'tracks'>,
  grantedFen: Fen,
  byTrack: RoundResults['byTrack']
): string[] {
  const problems: string[] = []
  if (grantedFen > round.fundPoolFen) {
    problems.push(
      `资助合计 ${yuanText(grantedFen)} 超过资金池 ${yuanText(round.fundPoolFen)}，` +
        `超出 ${yuanText(grantedFen - round.fundPoolFen)}`
    )
  }
  for (const track of round.tracks) {
    const { budgetFen, grantedFen: trackFen } = byTrack[track.key]!
    if (budgetFen !== null && trackFen > budgetFen) {
      problems.push(
        `“${track.name}”类别资助合计 ${yuanText(trackFen)} 超过类别预算 ${yuanText(budgetFen)}，` +
          `超出 ${yuanText(trackFen - budgetFen)}`
      )
    }
  }
  return problems
}

export const adjustmentInputSchema = z.strictObject({
  applicationId: z.string().min(1, '请选择申报书'),
  grantFen: fenField('调整后的资助金额'),
  reason: textField('调整理由', 500, true)
})
export type AdjustmentInput = z.output<typeof adjustmentInputSchema>

/**
 * Whether `input` may replace the grant of its application: within what the rules allow that
 * application, and — together with every other grant — within the pool and its track's budget.
 * Each message says by how much.
 */
export function adjustmentIssues(
  round: ResultsRound,
  applications: readonly ResultsApplication[],
  reviews: readonly Review[],
  input: AdjustmentInput
): FieldIssue[] {
  const before = roundResults(round, applications, reviews)
  const row = before.rows.find((candidate) => candidate.applicationId === input.applicationId)
  if (!row) return [{ field: 'applicationId', level: 'error', message: '该申报书不在评审结果中' }]
  const issues: FieldIssue[] = []
  if (input.grantFen > row.ceilingFen) {
    issues.push({
      field: 'grantFen',
      level: 'error',
      message:
        `${yuanText(input.grantFen)} 超过该项目按本批次规则可资助的上限 ${yuanText(row.ceilingFen)}，` +
        `超出 ${yuanText(input.grantFen - row.ceilingFen)}`
    })
  }
  const after = roundResults(
    {
      ...round,
      adjustments: [
        ...round.adjustments.filter((entry) => entry.applicationId !== input.applicationId),
        { ...input, at: '', operator: '' }
      ]
    },
    applications,
    reviews
  )
  for (const message of overspend(round, after.grantedFen, after.byTrack)) {
    issues.push({ field: 'grantFen', level: 'error', message })
  }
  return issues
}

export const tiebreakInputSchema = z.strictObject({
  /** The tied applications, first the one the panel prefers. */
  order: z.array(z.string().min(1)).min(2, '请至少排定两个并列的申报书'),
  reason: textField('并列次序的依据', 500, true)
})

export const publicityInputSchema = z
  .strictObject({
    startsOn: isoDateField('公示开始日期'),
    endsOn: isoDateField('公示结束日期')
  })
  .refine((value) => value.endsOn >= value.startsOn, {
    message: '公示结束日期不能早于开始日期',
    path: ['endsOn']
  })

export const objectionInputSchema = z.strictObject({
  receivedOn: isoDateField('收到日期'),
  applicationId: z.string().min(1).nullable(),
  from: textField('异议人', 40, true),
  content: textField('异议内容', 1000, true)
})

export const objectionAnswerSchema = z.strictObject({
  response: textField('处理意见', 1000, true),
  outcome: z.enum(OBJECTION_OUTCOMES, { error: '请选择处理结果' }),
  answeredOn: isoDateField('答复日期')
})

/** Why an objection cannot be recorded on `receivedOn`, or null. */
export function objectionDateRefusal(publicity: Publicity, receivedOn: IsoDate): string | null {
  if (receivedOn < publicity.startsOn) {
    return `收到日期 ${receivedOn} 早于公示开始日期 ${publicity.startsOn}`
  }
  return null
}

/** Why the round cannot be approved (立项) on `today`, or null when it can. */
export function approvalRefusal(publicity: Publicity | null, today: IsoDate): string | null {
  if (publicity === null) return '评审结果尚未公示'
  if (today <= publicity.endsOn) return `公示期至 ${publicity.endsOn} 结束，期满后才能立项`
  const open = publicity.objections.filter((objection) => objection.outcome === null).length
  if (open > 0) return `还有 ${open} 条公示异议没有处理`
  return null
}

/** The money of a list: granted in all, how many funded, granted per track key. */
export interface FundingFigures {
  grantedFen: Fen
  fundedCount: number
  grantedByTrack: Record<string, Fen>
}

/**
 * The figures of the list as published: each application's stored award, not the results
 * computed again, so a grant revoked after an objection counts as 0 and a later change to the
 * reviews cannot change what went out.
 */
export function publishedFigures(
  applications: readonly { track: string; archivedAt: string | null; award: Award | null }[],
  tracks: readonly Pick<Track, 'key'>[]
): FundingFigures {
  const awarded = applications.filter(
    (application) => application.archivedAt === null && application.award !== null
  )
  const grantOf = (rows: typeof awarded) => sumFen(rows.map((row) => row.award!.grantFen))
  return {
    grantedFen: grantOf(awarded),
    fundedCount: awarded.filter((row) => row.award!.grantFen > 0).length,
    grantedByTrack: Object.fromEntries(
      tracks.map((track) => [track.key, grantOf(awarded.filter((row) => row.track === track.key))])
    )
  }
}

/** What the published list says of an awarded application. */
export type PublishedResult = '资助' | '撤销资助' | '未资助'

/** The 撤销资助 step of an application whose grant an upheld objection withdrew, if any. */
export function revocationOf<E extends { action: string }>(application: {
  events: readonly E[]
}): E | undefined {
  return application.events.findLast((event) => event.action === 'revoke')
}

/** 资助, or why not: withdrawn after an objection, or never granted. */
export function publishedResult(application: {
  award: Pick<Award, 'grantFen'>
  events: readonly { action: string }[]
}): PublishedResult {
  if (application.award.grantFen > 0) return '资助'
  return revocationOf(application) ? '撤销资助' : '未资助'
}

/**
 * The applications with an award, as the published list orders them: by the award's rank,
 * unranked last; equal ranks keep the order the computed results give them, so the list reads
 * the way it did in review. The 评审结果 report and the round's Excel 台账 both list this way.
 */
export function inPublishedOrder<A extends { id: string; award: Pick<Award, 'rank'> | null }>(
  applications: readonly A[],
  results: { rows: readonly Pick<ResultRow, 'applicationId'>[] }
): (A & { award: NonNullable<A['award']> })[] {
  const order = new Map(results.rows.map((row, index) => [row.applicationId, index]))
  const position = (application: A) => order.get(application.id) ?? order.size
  const rankOf = (application: A) => application.award!.rank ?? Number.MAX_SAFE_INTEGER
  return applications
    .filter(
      (application): application is A & { award: NonNullable<A['award']> } =>
        application.award !== null
    )
    .sort((a, b) => rankOf(a) - rankOf(b) || position(a) - position(b))
}

/** One tranche of a grant with its amount. */
export interface PlannedTranche {
  /** 1-based. */
  no: number
  percent: number
  gate: TrancheGate
  amountFen: Fen
}

/**
 * Splits `amountFen` by the tranche percentages in whole 分: every tranche but the last is its
 * share rounded down, and the last takes what is left, so the tranches always add up to the grant.
 */
export function planTranches(amountFen: Fen, tranches: readonly Tranche[]): PlannedTranche[] {
  const amounts = splitFen(
    amountFen,
    tranches.map((tranche) => tranche.percent),
    100
  )
  return tranches.map((tranche, index) => ({
    no: index + 1,
    percent: tranche.percent,
    gate: tranche.gate,
    amountFen: amounts[index]!
  }))
}
