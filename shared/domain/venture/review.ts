/**
 * 评审: one expert's review of one application (DESIGN.md §3 `reviews`, §4 "a reviewer declares
 * no conflict before seeing scores or scoring").
 *
 * A review exists from the moment the expert is assigned. Its life is:
 *
 *   待声明 ──无利益冲突──▶ 评分中 ──提交──▶ 已提交
 *      └────有利益冲突──▶ 回避            ◀──退回重评── (staff, with a reason)
 *
 * Scores can only be entered, and other experts' scores only shown, after "无利益冲突". An
 * assignment the automatic check flags (conflict.ts) is never made, so a flagged pair does not
 * reach the declaration at all.
 */
import { z } from 'zod'
import { checkRecord, type CheckResult, type FieldIssue } from '../check'
import { optionalTextField, textField } from '../fields'
import type { ArchivableRecord } from '../records'
import { checkScoreSheet, sheetTotal, type ReviewCriterion, type ScoreSheet } from './scoring'

/** The expert's statement, made before anything of the application's scores is shown. */
export interface ConflictDeclaration {
  /** true: 有利益冲突, the expert withdraws (回避) from this application. */
  conflicted: boolean
  /** What the conflict is; required when `conflicted`. */
  note: string | null
  /** ISO instant. */
  at: string
}

/** A sheet returned for rescoring: kept so the change of score is on record. */
export interface Reopening {
  at: string
  operator: string
  reason: string
  /** The sheet as it stood when it was returned. */
  scores: ScoreSheet
  comment: string | null
}

export interface Review extends ArchivableRecord {
  roundId: string
  applicationId: string
  reviewerId: string
  /** null until the expert has declared. */
  conflict: ConflictDeclaration | null
  /** By criterion key; null or missing until scored. */
  scores: ScoreSheet
  /** 评审意见. */
  comment: string | null
  /** ISO instant the sheet was submitted; null while it is being scored. */
  submittedAt: string | null
  reopenings: Reopening[]
}

export const REVIEW_STATUSES = ['待声明', '回避', '评分中', '已提交'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export function reviewStatus(review: Pick<Review, 'conflict' | 'submittedAt'>): ReviewStatus {
  if (review.conflict === null) return '待声明'
  if (review.conflict.conflicted) return '回避'
  return review.submittedAt === null ? '评分中' : '已提交'
}

/** Whether the expert may see the application's scores: only after declaring no conflict. */
export function mayViewScores(review: Pick<Review, 'conflict'>): boolean {
  return review.conflict !== null && !review.conflict.conflicted
}

export const declarationSchema = z
  .strictObject({
    conflicted: z.boolean({ error: '请选择是否存在利益冲突' }),
    note: optionalTextField('利益冲突说明', 500)
  })
  .refine((value) => !value.conflicted || value.note !== null, {
    message: '有利益冲突时请说明冲突情况',
    path: ['note']
  })

export const scoringSchema = z.strictObject({
  scores: z.record(z.string(), z.number({ error: '得分须为数字' }).nullable()),
  comment: optionalTextField('评审意见', 1000)
})

export const reopenSchema = z.strictObject({ reason: textField('退回重评的原因', 500, true) })

/** Why the expert cannot work on the sheet now, or null when they can. */
export function scoringRefusal(review: Pick<Review, 'conflict' | 'submittedAt'>): string | null {
  switch (reviewStatus(review)) {
    case '待声明':
      return '请先声明是否存在利益冲突，再查看或填写评分'
    case '回避':
      return '已声明存在利益冲突并回避，不能为该申报书评分'
    case '已提交':
      return '评分表已提交；如需修改，请由工作人员退回重评'
    default:
      return null
  }
}

/**
 * What stops a sheet from being submitted: the gate, then every criterion scored within its
 * maximum. A comment is required too: a bare number cannot be explained to the applicant or in
 * an objection during 公示.
 */
export function submitIssues(
  review: Pick<Review, 'conflict' | 'submittedAt' | 'scores' | 'comment'>,
  criteria: readonly ReviewCriterion[]
): FieldIssue[] {
  const refusal = scoringRefusal(review)
  if (refusal !== null) return [{ field: '', level: 'error', message: refusal }]
  const issues = checkScoreSheet(review.scores, criteria).map((issue) => ({
    ...issue,
    field: `scores.${issue.field}`
  }))
  if (!review.comment?.trim())
    issues.push({ field: 'comment', level: 'error', message: '请填写评审意见' })
  return issues
}

/** Why staff cannot take the expert off the application: once declared, the record stays. */
export function unassignRefusal(review: Pick<Review, 'conflict' | 'submittedAt'>): string | null {
  return reviewStatus(review) === '待声明' ? null : '专家已作出利益冲突声明，不能再取消分配'
}

/** Why staff cannot return the sheet for rescoring: only a submitted sheet goes back. */
export function reopenRefusal(review: Pick<Review, 'conflict' | 'submittedAt'>): string | null {
  return reviewStatus(review) === '已提交' ? null : '只有已提交的评分表才能退回重评'
}

/** The sheet's total when submitted; null otherwise (a draft total is never counted). */
export function submittedTotal(
  review: Pick<Review, 'conflict' | 'submittedAt' | 'scores'>,
  criteria: readonly ReviewCriterion[]
): number | null {
  return reviewStatus(review) === '已提交' ? sheetTotal(review.scores, criteria) : null
}

/** Scoring progress of one application. */
export interface ReviewProgress {
  assigned: number
  undeclared: number
  recused: number
  scoring: number
  submitted: number
  /** Every expert who has not withdrawn has submitted, and at least one has. */
  complete: boolean
}

export function reviewProgress(
  reviews: readonly Pick<Review, 'conflict' | 'submittedAt' | 'archivedAt'>[]
): ReviewProgress {
  const counts = { 待声明: 0, 回避: 0, 评分中: 0, 已提交: 0 }
  const active = reviews.filter((review) => review.archivedAt === null)
  for (const review of active) counts[reviewStatus(review)] += 1
  return {
    assigned: active.length,
    undeclared: counts.待声明,
    recused: counts.回避,
    scoring: counts.评分中,
    submitted: counts.已提交,
    complete: counts.已提交 > 0 && counts.待声明 === 0 && counts.评分中 === 0
  }
}

/** One application to assign, with the experts who may not review it (flagged conflicts). */
export interface AssignmentApplication {
  id: string
  /** Experts the automatic check flags, or who declared a conflict before. */
  excluded: ReadonlySet<string>
  /** Experts already assigned (kept; they count towards the per-application number). */
  assigned: ReadonlySet<string>
}

export interface AssignmentPlan {
  /** New pairs to create. */
  pairs: { applicationId: string; reviewerId: string }[]
  /** Applications that could not get `perApplication` experts, with how many they got. */
  short: { applicationId: string; reviewers: number }[]
}

/**
 * Batch assignment: every application gets `perApplication` experts, spreading the work so no
 * expert has more than one application more than another. Applications are taken in the order
 * given; for each, the experts with the fewest applications so far are chosen (ties in the
 * pool's order, so the plan is deterministic). Existing assignments are kept and counted.
 */
export function planAssignments(
  applications: readonly AssignmentApplication[],
  reviewerIds: readonly string[],
  perApplication: number
): AssignmentPlan {
  const load = new Map(reviewerIds.map((id) => [id, 0]))
  for (const application of applications) {
    for (const id of application.assigned) {
      if (load.has(id)) load.set(id, load.get(id)! + 1)
    }
  }
  const order = new Map(reviewerIds.map((id, index) => [id, index]))
  const pairs: AssignmentPlan['pairs'] = []
  const short: AssignmentPlan['short'] = []
  for (const application of applications) {
    const wanted = perApplication - application.assigned.size
    const candidates = reviewerIds
      .filter((id) => !application.assigned.has(id) && !application.excluded.has(id))
      .sort((a, b) => load.get(a)! - load.get(b)! || order.get(a)! - order.get(b)!)
      .slice(0, Math.max(0, wanted))
    for (const reviewerId of candidates) {
      pairs.push({ applicationId: application.id, reviewerId })
      load.set(reviewerId, load.get(reviewerId)! + 1)
    }
    const total = application.assigned.size + candidates.length
    if (total < perApplication) short.push({ applicationId: application.id, reviewers: total })
  }
  return { pairs, short }
}

// Stored reviews. The import sits with the rules that need it, so everything above stays as it was.

const storedSheetSchema = z.record(
  z.string(),
  z.number({ error: '得分须为数字' }).min(0, '得分不能为负').nullable()
)

/**
 * The stored shape of a review, for checking rows from outside the app (a backup being
 * restored, sample data). The sheet is held to the round's criteria where the round is known
 * (check-tables.ts); here only what the review itself must show.
 */
export const storedReviewSchema = z.strictObject({
  roundId: z.string().min(1, '缺少公益创投批次'),
  applicationId: z.string().min(1, '缺少申报书'),
  reviewerId: z.string().min(1, '缺少评审专家'),
  conflict: z
    .strictObject({
      conflicted: z.boolean({ error: '利益冲突声明有误' }),
      note: z.string().nullable(),
      at: z.string().min(1, '利益冲突声明缺少时间')
    })
    .nullable(),
  scores: storedSheetSchema,
  comment: z.string().nullable(),
  submittedAt: z.string().min(1).nullable(),
  reopenings: z.array(
    z.strictObject({
      at: z.string().min(1, '退回重评记录缺少时间'),
      operator: z.string(),
      reason: z.string().min(1, '退回重评记录缺少原因'),
      scores: storedSheetSchema,
      comment: z.string().nullable()
    })
  )
})

/** The fields a stored review carries besides the bookkeeping ones. */
export const REVIEW_FIELDS = Object.keys(storedReviewSchema.shape)

/**
 * Shape, then the gate: a conflict is explained, scores exist only after "无利益冲突", and a
 * submitted sheet was declared free of conflict, is fully scored and has its comment.
 */
export function checkStoredReview(
  input: unknown
): CheckResult<z.output<typeof storedReviewSchema>> {
  return checkRecord(storedReviewSchema, input, (review) => {
    const issues: FieldIssue[] = []
    const error = (field: string, message: string) =>
      issues.push({ field, level: 'error', message })
    const { conflict } = review
    const scored = Object.values(review.scores).some((score) => score !== null)

    if (conflict?.conflicted && !conflict.note?.trim()) {
      error('conflict.note', '声明有利益冲突的评审记录缺少冲突说明')
    }
    if (!mayViewScores(review) && scored) {
      error(
        'scores',
        conflict === null
          ? '尚未声明利益冲突的评审记录不应有评分'
          : '已声明利益冲突并回避的评审记录不应有评分'
      )
    }
    if (review.submittedAt !== null) {
      if (!mayViewScores(review)) {
        error('submittedAt', '已提交的评分表须有“无利益冲突”的声明')
      } else {
        if (Object.values(review.scores).some((score) => score === null)) {
          error('scores', '已提交的评分表还有未打分的评审项')
        }
        if (!review.comment?.trim()) error('comment', '已提交的评分表缺少评审意见')
        if (Date.parse(review.submittedAt) < Date.parse(conflict!.at)) {
          error('submittedAt', '评分表的提交时间早于利益冲突声明的时间')
        }
      }
    }
    return { value: review, issues }
  })
}
