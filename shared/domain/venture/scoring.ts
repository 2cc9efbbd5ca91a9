/**
 * 评审: criteria with maximum scores summing to 100, score sheets, aggregation of several
 * experts' totals, ranking, and funding in rank order (DESIGN.md §1.2, domain-cn.md §5: the
 * "drop highest and lowest" rule is not confirmed for 公益创投, so the method is a round setting).
 */
import { z } from 'zod'
import type { FieldIssue } from '../check'
import { isFen, roundDiv, sumFen, yuanText, type Fen } from '../money'
import { charCount } from '../validation'

/** One review criterion; its weight is its maximum score, and the weights sum to 100. */
export interface ReviewCriterion {
  key: string
  name: string
  weight: number
}

export const AGGREGATION_METHODS = ['mean', 'trimmed-mean', 'median'] as const
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number]

export const AGGREGATION_LABELS: Readonly<Record<AggregationMethod, string>> = {
  mean: '平均分',
  'trimmed-mean': '去掉一个最高分和一个最低分后的平均分（5 人及以上）',
  median: '中位数'
}

/** Sum every round's criteria must reach: a sheet's total is on the same 100-point scale. */
export const REVIEW_WEIGHT_TOTAL = 100

/** Trimming needs this many totals; with fewer, dropping two would leave too few to trust. */
export const TRIMMED_MEAN_MIN_TOTALS = 5

/**
 * A starting point for a new round, not a rule: domain-cn.md §5 found no common national
 * criteria, so the office edits names and maxima per round (e.g. adds 创新性 or 可持续性).
 */
export const DEFAULT_REVIEW_CRITERIA: readonly ReviewCriterion[] = [
  { key: 'need', name: '需求分析', weight: 20 },
  { key: 'design', name: '项目设计', weight: 25 },
  { key: 'capacity', name: '执行能力', weight: 20 },
  { key: 'budget', name: '预算合理性', weight: 15 },
  { key: 'outcome', name: '预期成效', weight: 20 }
]

const criterionSchema = z.strictObject({
  key: z
    .string({ error: '评审项编号须为文字' })
    .trim()
    .min(1, '评审项缺少编号')
    .max(40, '评审项编号过长'),
  name: z
    .string({ error: '评审项名称须为文字' })
    .trim()
    .min(1, '请填写评审项名称')
    .refine((value) => charCount(value) <= 20, { message: '评审项名称不能超过 20 个字' }),
  weight: z
    .number({ error: '满分须为数字' })
    .int('满分须为整数')
    .min(1, '满分至少为 1')
    .max(REVIEW_WEIGHT_TOTAL, `满分不能超过 ${REVIEW_WEIGHT_TOTAL}`)
})

export const reviewCriteriaSchema = z
  .array(criterionSchema)
  .min(1, '至少要有一个评审项')
  .max(20, '最多 20 个评审项')
  .superRefine((criteria, context) => {
    const total = criteria.reduce((sum, criterion) => sum + criterion.weight, 0)
    if (total !== REVIEW_WEIGHT_TOTAL) {
      context.addIssue({
        code: 'custom',
        message: `各评审项满分合计须为 ${REVIEW_WEIGHT_TOTAL}，现为 ${total}`
      })
    }
    const names = criteria.map((criterion) => criterion.name)
    if (new Set(names).size !== names.length) {
      context.addIssue({ code: 'custom', message: '评审项名称不能重复' })
    }
    const keys = criteria.map((criterion) => criterion.key)
    if (new Set(keys).size !== keys.length) {
      context.addIssue({ code: 'custom', message: '评审项编号不能重复' })
    }
  })

/** One expert's scores, by criterion key; null until that criterion is scored. */
export type ScoreSheet = Readonly<Record<string, number | null>>

/** True when `value` has at most one decimal; the tolerance absorbs binary noise like 12.3 × 10. */
function hasAtMostOneDecimal(value: number): boolean {
  const tenths = value * 10
  return Math.abs(tenths - Math.round(tenths)) < 1e-9
}

/** Why one criterion's score cannot be submitted, or null when it can. */
function scoreProblem(score: unknown, { name, weight }: ReviewCriterion): string | null {
  if (score === null || score === undefined) return `请为“${name}”打分`
  if (typeof score !== 'number' || !Number.isFinite(score)) return `“${name}”得分须为数字`
  if (score < 0) return `“${name}”得分不能为负`
  if (score > weight) return `“${name}”得分 ${score} 超出满分 ${weight}`
  if (!hasAtMostOneDecimal(score)) return `“${name}”得分最多保留一位小数`
  return null
}

/**
 * What stops a sheet from being submitted: an unscored criterion, a score outside 0..满分, more
 * than one decimal, or a key the round does not have (a sheet made for an edited template).
 * Each issue is addressed to the criterion's key.
 */
export function checkScoreSheet(
  scores: ScoreSheet,
  criteria: readonly ReviewCriterion[]
): FieldIssue[] {
  const issues: FieldIssue[] = []
  for (const criterion of criteria) {
    const score = Object.hasOwn(scores, criterion.key) ? scores[criterion.key] : null
    const message = scoreProblem(score, criterion)
    if (message !== null) issues.push({ field: criterion.key, level: 'error', message })
  }
  const known = new Set(criteria.map((criterion) => criterion.key))
  for (const key of Object.keys(scores)) {
    if (!known.has(key)) {
      issues.push({ field: key, level: 'error', message: `不认识的评审项：${key}` })
    }
  }
  return issues
}

/**
 * The sheet's total, to one decimal, or null while any criterion is unscored (a partial total
 * would read like a low score). Summed in tenths so 0.1 + 0.2 stays 0.3. Range and decimals are
 * checkScoreSheet's business; keys the round does not have are ignored.
 */
export function sheetTotal(
  scores: ScoreSheet,
  criteria: readonly ReviewCriterion[]
): number | null {
  let tenths = 0
  for (const { key } of criteria) {
    const score = Object.hasOwn(scores, key) ? scores[key] : null
    if (typeof score !== 'number' || !Number.isFinite(score)) return null
    tenths += Math.round(score * 10)
  }
  return tenths / 10
}

/** A score in hundredths of a point, the unit every comparison and average works in. */
function hundredths(score: number): number {
  if (typeof score !== 'number' || !Number.isFinite(score)) {
    throw new RangeError(`得分须为数字：${String(score)}`)
  }
  return Math.round(score * 100)
}

export interface AggregateResult {
  /** Rounded half up to two decimals; null when there is no total yet. */
  score: number | null
  /** The totals the score was computed from, in the order given. */
  used: number[]
  /** Totals the method set aside (trimmed mean: the lowest, then the highest). */
  dropped: number[]
  /** The method actually applied: a trimmed mean with fewer than 5 totals falls back to 'mean'. */
  methodApplied: AggregationMethod
}

/**
 * Combines the experts' sheet totals into the application's score. Works in integer hundredths
 * so 85.3 + 90.1 + 80.2 averages to exactly 85.2, not 85.19999…; the median of an even count is
 * the mean of the two middle totals. Trimming drops exactly one highest and one lowest total
 * even when others tie with them, the way a panel reads "去掉一个最高分和一个最低分".
 */
export function aggregateScores(
  totals: readonly number[],
  method: AggregationMethod
): AggregateResult {
  const values = totals.map(hundredths)
  const trim = method === 'trimmed-mean' && totals.length >= TRIMMED_MEAN_MIN_TOTALS
  const methodApplied: AggregationMethod = method === 'trimmed-mean' && !trim ? 'mean' : method
  if (totals.length === 0) return { score: null, used: [], dropped: [], methodApplied }

  if (methodApplied === 'median') {
    const sorted = [...values].sort((a, b) => a - b)
    const middle = Math.floor(sorted.length / 2)
    const median =
      sorted.length % 2 === 1 ? sorted[middle]! : roundDiv(sorted[middle - 1]! + sorted[middle]!, 2)
    return { score: median / 100, used: [...totals], dropped: [], methodApplied }
  }

  let used = [...totals]
  let dropped: number[] = []
  if (trim) {
    const lowest = values.indexOf(Math.min(...values))
    // Search from the end so that when every total is equal the two dropped are distinct entries.
    const highest = values.lastIndexOf(Math.max(...values))
    used = totals.filter((_, index) => index !== lowest && index !== highest)
    dropped = [totals[lowest]!, totals[highest]!]
  }
  const sum = used.reduce((total, value) => total + hundredths(value), 0)
  return { score: roundDiv(sum, used.length) / 100, used, dropped, methodApplied }
}

/** What ranking needs of an application. */
export interface RankInput {
  id: string
  track: string
  /** The aggregated score; null while unscored. */
  score: number | null
  /**
   * Compared only between equal scores, higher first: e.g. the score on the criterion the round
   * names for ties, or the order a panel decided after a tie at the funding line (give the
   * preferred application the larger number). Missing counts below any number.
   */
  tiebreak?: number | null
}

export interface RankPosition {
  /** Overall rank, 1 first; equal applications share a rank (1, 2, 2, 4); null when unscored. */
  rank: number | null
  /** Rank among the applications of the same track, by the same rules. */
  trackRank: number | null
}

/** Negative when `a` ranks ahead of `b`, 0 when they tie. */
function compareRank(a: RankInput, b: RankInput): number {
  const byScore = hundredths(b.score!) - hundredths(a.score!)
  if (byScore !== 0) return byScore
  const left = a.tiebreak ?? null
  const right = b.tiebreak ?? null
  if (left === right) return 0
  if (left === null) return 1
  if (right === null) return -1
  return right - left
}

/** Standard competition ranks of an already sorted list: a tie takes the first free place. */
function competitionRanks(sorted: readonly RankInput[]): number[] {
  const ranks: number[] = []
  sorted.forEach((item, index) => {
    const tied = index > 0 && compareRank(sorted[index - 1]!, item) === 0
    ranks.push(tied ? ranks[index - 1]! : index + 1)
  })
  return ranks
}

/**
 * Ranks applications overall and within their track, best first. Scores compare in hundredths
 * (the precision aggregateScores gives), so float noise never splits a tie. Unscored
 * applications come last, in the order given, with no rank. The list comes back in rank order;
 * equal applications keep the order given.
 */
export function rankApplications<T extends RankInput>(items: readonly T[]): (T & RankPosition)[] {
  const scored = items.filter((item) => item.score !== null)
  // Checked up front: sort never compares a lone item, so a NaN would otherwise slip through.
  scored.forEach((item) => hundredths(item.score!))
  const sorted = [...scored].sort(compareRank)
  const overall = competitionRanks(sorted)
  const trackRanks = new Map<T, number>()
  for (const track of new Set(sorted.map((item) => item.track))) {
    const inTrack = sorted.filter((item) => item.track === track)
    competitionRanks(inTrack).forEach((rank, index) => trackRanks.set(inTrack[index]!, rank))
  }
  return [
    ...sorted.map((item, index) => ({
      ...item,
      rank: overall[index]!,
      trackRank: trackRanks.get(item)!
    })),
    ...items
      .filter((item) => item.score === null)
      .map((item) => ({ ...item, rank: null, trackRank: null }))
  ]
}

export interface FundingApplication extends RankInput {
  /** The grant the organisation asked for. */
  requestedFen: Fen
  /**
   * The most this application may receive under the round's rules (per-project cap, share of
   * its total budget), computed by the caller from budget.ts; 0 when nothing may be granted.
   */
  eligibleMaxFen: Fen
}

export interface FundingInput {
  applications: readonly FundingApplication[]
  poolFen: Fen
  /** Budget per track; null: the track draws on the pool without a limit of its own. */
  trackBudgetsFen: Readonly<Record<string, Fen | null>>
}

export interface FundingOptions {
  /**
   * Stop funding at the first application that no longer fits, leaving everything below it
   * unfunded, for rounds whose rules say the list is cut at one line. Default false.
   */
  stopAtFirstMiss?: boolean
}

export const FUNDING_STATUSES = ['资助', '未资助', '待定（并列）'] as const
export type FundingStatus = (typeof FUNDING_STATUSES)[number]

export interface FundingDecision {
  id: string
  track: string
  rank: number | null
  grantFen: Fen
  status: FundingStatus
  reason: string
}

export interface TrackFundingTotal {
  budgetFen: Fen | null
  grantedFen: Fen
  /** null when the track has no budget of its own. */
  remainingFen: Fen | null
}

export interface FundingResult {
  /** One decision per application, in rank order, unscored last. */
  decisions: FundingDecision[]
  totals: {
    poolFen: Fen
    grantedFen: Fen
    remainingFen: Fen
    fundedCount: number
    pendingCount: number
    byTrack: Record<string, TrackFundingTotal>
  }
  /**
   * False while a tie at the funding line waits for a decision: the list below it is not
   * final, so it must not be published (公示) yet.
   */
  settled: boolean
}

function assertFen(value: unknown, label: string): void {
  if (!isFen(value) || value < 0) {
    throw new RangeError(`${label}须为非负的整数分：${String(value)}`)
  }
}

/** What the application would receive if funded. */
const grantOf = (application: FundingApplication) =>
  Math.min(application.requestedFen, application.eligibleMaxFen)

/** Why the money left cannot fund `application` even on its own, or null when it can. */
function shortfall(
  application: FundingApplication,
  poolLeft: Fen,
  trackLeft: Fen | null
): string | null {
  const grant = grantOf(application)
  const amount = `${grant === application.requestedFen ? '申请' : '核定'}的 ${yuanText(grant)}`
  const reasons: string[] = []
  if (grant > poolLeft) reasons.push(`资金池剩余 ${yuanText(poolLeft)}，不足以资助${amount}`)
  if (trackLeft !== null && grant > trackLeft) {
    reasons.push(`“${application.track}”类别预算剩余 ${yuanText(trackLeft)}，不足以资助${amount}`)
  }
  return reasons.length > 0 ? reasons.join('；') : null
}

/**
 * Funds applications in score order, highest first, each with min(requested, eligibleMax),
 * while the pool and the application's track budget allow. This is the common "按得分从高到低
 * 依次资助，直至资金用完" practice (domain-cn.md §5: 昆山 allocates by quality, 常州 fixes
 * amounts after the defence).
 *
 * An application that no longer fits is skipped with the reason, and lower-ranked, smaller
 * ones may still be funded, so money is not left unspent because one large project missed;
 * `stopAtFirstMiss` cuts the list at the first miss instead. Applications that could get
 * nothing (unscored, no such track, eligible maximum 0) are not misses.
 *
 * Applications tied at the funding line (equal score and tiebreak, each fundable alone, but not
 * all together) are all '待定（并列）' and none is funded: choosing among them is the panel's
 * decision, recorded as tiebreak values before running this again. Until then nothing below
 * them is funded either, because any money given there could be the money the tie needs.
 * Tied applications that all fit are funded.
 */
export function allocateFunding(input: FundingInput, options: FundingOptions = {}): FundingResult {
  const { applications, poolFen, trackBudgetsFen } = input
  assertFen(poolFen, '资金池')
  for (const [track, budget] of Object.entries(trackBudgetsFen)) {
    if (budget !== null) assertFen(budget, `“${track}”类别预算`)
  }
  for (const application of applications) {
    assertFen(application.requestedFen, '申请金额')
    assertFen(application.eligibleMaxFen, '可资助上限')
  }

  let poolLeft = poolFen
  const trackLeft = new Map<string, Fen | null>(Object.entries(trackBudgetsFen))
  const decisions: FundingDecision[] = []
  const decide = (
    { id, track, rank }: FundingApplication & RankPosition,
    status: FundingStatus,
    reason: string,
    grantFen: Fen = 0
  ) => decisions.push({ id, track, rank, grantFen, status, reason })

  const ranked = rankApplications(applications)
  // Why nothing below this point is funded; null while funding goes on.
  let stopReason: string | null = null
  for (let index = 0; index < ranked.length;) {
    const first = ranked[index]!
    if (first.rank === null) {
      decide(first, '未资助', '尚未评审完毕，没有得分')
      index += 1
      continue
    }
    let end = index + 1
    while (end < ranked.length && ranked[end]!.rank === first.rank) end += 1
    const group = ranked.slice(index, end)
    index = end
    if (stopReason !== null) {
      for (const application of group) decide(application, '未资助', stopReason)
      continue
    }

    // Members that cannot be funded even alone are decided on their own: they compete with no
    // one, so they neither make a tie nor are held up by one.
    const candidates: (FundingApplication & RankPosition)[] = []
    let missed = false
    for (const application of group) {
      if (!trackLeft.has(application.track)) {
        decide(application, '未资助', `本批次没有“${application.track}”类别`)
        continue
      }
      if (grantOf(application) === 0) {
        decide(application, '未资助', '按本批次规则可资助金额为 0.00 元')
        continue
      }
      const reason = shortfall(application, poolLeft, trackLeft.get(application.track)!)
      if (reason === null) candidates.push(application)
      else {
        decide(application, '未资助', reason)
        missed = true
      }
    }

    const needByTrack = new Map<string, Fen>()
    for (const application of candidates) {
      const need = needByTrack.get(application.track) ?? 0
      needByTrack.set(application.track, need + grantOf(application))
    }
    const allFit =
      sumFen(candidates.map(grantOf)) <= poolLeft &&
      [...needByTrack].every(([track, need]) => {
        const left = trackLeft.get(track)!
        return left === null || need <= left
      })

    if (!allFit) {
      const score = hundredths(first.score!) / 100
      for (const application of candidates) {
        decide(
          application,
          '待定（并列）',
          `${candidates.length} 个申请并列第 ${first.rank} 名（得分 ${score}），剩余资金不足以全部资助，` +
            '请评审组人工决定（决定后填写并列次序重新计算）'
        )
      }
      stopReason = `排在待定的并列第 ${first.rank} 名之后，须先人工决定并列申请再重新计算`
      continue
    }
    for (const application of candidates) {
      const grant = grantOf(application)
      poolLeft -= grant
      const left = trackLeft.get(application.track)!
      if (left !== null) trackLeft.set(application.track, left - grant)
      const capped =
        grant < application.requestedFen
          ? `（申请 ${yuanText(application.requestedFen)}，按可资助上限核定）`
          : ''
      decide(application, '资助', `第 ${first.rank} 名，资助 ${yuanText(grant)}${capped}`, grant)
    }
    if (missed && options.stopAtFirstMiss === true) {
      stopReason = `排在第 ${first.rank} 名未获资助的申请之后，按本批次规则不再资助`
    }
  }

  const granted = (track?: string) =>
    sumFen(
      decisions
        .filter((decision) => track === undefined || decision.track === track)
        .map((decision) => decision.grantFen)
    )
  const byTrack: Record<string, TrackFundingTotal> = {}
  for (const [track, budgetFen] of Object.entries(trackBudgetsFen)) {
    const grantedFen = granted(track)
    byTrack[track] = {
      budgetFen,
      grantedFen,
      remainingFen: budgetFen === null ? null : budgetFen - grantedFen
    }
  }
  const grantedFen = granted()
  const pendingCount = decisions.filter((decision) => decision.status === '待定（并列）').length
  return {
    decisions,
    totals: {
      poolFen,
      grantedFen,
      remainingFen: poolFen - grantedFen,
      fundedCount: decisions.filter((decision) => decision.status === '资助').length,
      pendingCount,
      byTrack
    },
    settled: pendingCount === 0
  }
}
