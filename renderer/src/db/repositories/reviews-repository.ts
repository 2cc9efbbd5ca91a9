/**
 * 评审: assigning experts to a round's applications and their score sheets. The conflict gate
 * is enforced here, not only in the screens: no assignment of a pair the automatic check flags,
 * no scores before "无利益冲突", none at all after "有利益冲突".
 */
import { z } from 'zod'
import type { AuditEntry } from '@shared/domain/audit'
import { RecordValidationError, zodIssues, type FieldIssue } from '@shared/domain/check'
import type { Application } from '@shared/domain/venture/application'
import { conflictFlags } from '@shared/domain/venture/conflict'
import {
  declarationSchema,
  planAssignments,
  reopenRefusal,
  reopenSchema,
  reviewProgress,
  reviewStatus,
  scoringRefusal,
  scoringSchema,
  submitIssues,
  unassignRefusal,
  type Review
} from '@shared/domain/venture/review'
import type { Reviewer } from '@shared/domain/venture/reviewer'
import { roundWorkRefusal, type VentureRound } from '@shared/domain/venture/round'
import { checkScoreSheet } from '@shared/domain/venture/scoring'
import type { ShelianDatabase } from '../schema'
import { createApplicationSteps } from './application-steps'
import { currentOperator } from './audit-log'
import type { RepositoryDeps } from './record-repository'
import { createRecordStore, refuse, type WriteResult, writeTransaction } from './record-store'

export const assignmentInputSchema = z.strictObject({
  perApplication: z
    .number({ error: '每份申报书的专家人数须为数字' })
    .int('每份申报书的专家人数须为整数')
    .min(1, '每份申报书至少安排 1 名专家')
    .max(15, '每份申报书最多安排 15 名专家'),
  reviewerIds: z.array(z.string().min(1)).min(1, '请至少选择一名评审专家')
})
export type AssignmentInput = z.input<typeof assignmentInputSchema>

export interface AssignmentOutcome {
  created: number
  /** Applications that got fewer experts than asked, and how many they got. */
  short: { applicationId: string; reviewers: number }[]
  /** Pairs left out because the automatic check flagged them. */
  flagged: { applicationId: string; reviewerId: string; flags: string[] }[]
}

export interface ReviewsRepository {
  /** Batch assignment over the round's applications through 初审, spreading the work evenly. */
  assign(roundId: string, input: AssignmentInput): Promise<AssignmentOutcome>
  /** Adds one expert to one application. */
  assignOne(applicationId: string, reviewerId: string): Promise<WriteResult<Review>>
  /** Takes an expert off an application before they have declared. */
  unassign(reviewId: string): Promise<WriteResult<Review>>
  /** 利益冲突声明; must come before any score is shown or entered. */
  declare(reviewId: string, input: unknown): Promise<WriteResult<Review>>
  /** Keeps a sheet being scored (scores may be missing, but not out of range). */
  saveScores(reviewId: string, input: unknown): Promise<WriteResult<Review>>
  /** Submits the sheet: every criterion scored, a comment given. */
  submit(reviewId: string, input: unknown): Promise<WriteResult<Review>>
  /** 退回重评: staff return a submitted sheet, with the reason. */
  reopen(reviewId: string, input: unknown): Promise<WriteResult<Review>>
  get(id: string): Promise<Review | undefined>
  listForRound(roundId: string): Promise<Review[]>
  listForApplication(applicationId: string): Promise<Review[]>
  history(id: string): Promise<AuditEntry[]>
}

const LABEL = '评审记录'
/** Applications experts may be added to; one whose review was complete is reviewed again. */
const ASSIGNABLE_APPLICATION = ['初审通过', '评审中', '已评审']
/** Applications whose sheets are being worked on (or, once complete, returned for rescoring). */
const UNDER_REVIEW = ['评审中', '已评审']

function invalid(issues: FieldIssue[]): never {
  throw new RecordValidationError(issues)
}

export function createReviewsRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): ReviewsRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const store = createRecordStore<Review>(db, { table: 'reviews', label: LABEL, now, newId })
  const step = createApplicationSteps(db, { now, newId })
  const write = <R>(body: () => Promise<R>): Promise<R> =>
    writeTransaction(
      db,
      [
        db.reviews,
        db.reviewers,
        db.applications,
        db.ventureRounds,
        db.organizations,
        db.settings,
        db.auditLog
      ],
      body
    )

  async function roundOf(roundId: string): Promise<VentureRound> {
    const round = await db.ventureRounds.get(roundId)
    if (!round) refuse('找不到这个公益创投批次')
    return round
  }

  /** The automatic flags for a pair, from the applicant organisation as stored now. */
  async function flagsFor(reviewer: Reviewer, application: Application): Promise<string[]> {
    const organization = await db.organizations.get(application.organizationId)
    if (!organization) return []
    return conflictFlags(reviewer, {
      uscc: organization.uscc,
      legalRepName: organization.legalRepName,
      name: organization.name
    })
  }

  /** The review with its round and application, refusing work outside the review stage. */
  async function inReview(reviewId: string) {
    const review = await store.existing(reviewId)
    store.inUse(review, '该专家已从这份申报书的评审中取消')
    const round = await roundOf(review.roundId)
    const stage = roundWorkRefusal(round, 'score')
    if (stage) refuse(stage)
    const application = await db.applications.get(review.applicationId)
    if (!application || !UNDER_REVIEW.includes(application.status)) refuse('这份申报书不在评审中')
    return { review, round, application }
  }

  /**
   * 完成评审 once every expert who has not withdrawn has submitted, 重新评审 when that stops
   * being so (an expert added, a sheet returned): the application's status follows its sheets.
   */
  async function settle(applicationId: string, round: VentureRound) {
    const application = await db.applications.get(applicationId)
    if (!application) return
    const sheets = await db.reviews.where('applicationId').equals(applicationId).toArray()
    const complete = reviewProgress(sheets).complete
    const action =
      application.status === '评审中' && complete
        ? 'completeReview'
        : application.status === '已评审' && !complete
          ? 'resumeReview'
          : null
    if (action === null) return
    await step(
      application,
      action,
      {},
      {
        round,
        at: now(),
        operator: await currentOperator(db),
        reviewsComplete: complete
      }
    )
  }

  /** Writes the sheet, then lets the application's status follow its sheets. */
  async function save(before: Review, after: Review, summary: string, round: VentureRound) {
    await store.change(before, after, { summary })
    await settle(after.applicationId, round)
    return { record: after, warnings: [] }
  }

  return {
    assign: (roundId, input) =>
      write(async () => {
        const parsed = assignmentInputSchema.safeParse(input)
        if (!parsed.success) invalid(zodIssues(parsed.error))
        const round = await roundOf(roundId)
        const stage = roundWorkRefusal(round, 'assign')
        if (stage) refuse(stage)
        const reviewers = (await db.reviewers.bulkGet(parsed.data.reviewerIds)).filter(
          (reviewer): reviewer is Reviewer => reviewer !== undefined && reviewer.archivedAt === null
        )
        if (reviewers.length === 0) refuse('所选评审专家不存在或已归档', 'reviewerIds')
        const applications = (await db.applications.where('roundId').equals(roundId).toArray())
          .filter((row) => row.archivedAt === null && ASSIGNABLE_APPLICATION.includes(row.status))
          .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''))
        if (applications.length === 0) refuse('还没有通过初审的申报书')
        const reviews = await db.reviews.where('roundId').equals(roundId).toArray()

        const flagged: AssignmentOutcome['flagged'] = []
        const plan = planAssignments(
          await Promise.all(
            applications.map(async (application) => {
              const mine = reviews.filter(
                (row) => row.applicationId === application.id && row.archivedAt === null
              )
              const excluded = new Set(
                mine.filter((row) => reviewStatus(row) === '回避').map((row) => row.reviewerId)
              )
              for (const reviewer of reviewers) {
                const flags = await flagsFor(reviewer, application)
                if (flags.length > 0) {
                  excluded.add(reviewer.id)
                  flagged.push({ applicationId: application.id, reviewerId: reviewer.id, flags })
                }
              }
              return {
                id: application.id,
                excluded,
                assigned: new Set(mine.map((row) => row.reviewerId))
              }
            })
          ),
          reviewers.map((reviewer) => reviewer.id),
          parsed.data.perApplication
        )
        const at = now()
        for (const pair of plan.pairs) {
          await store.add(
            {
              ...store.stamp(at),
              roundId,
              applicationId: pair.applicationId,
              reviewerId: pair.reviewerId,
              conflict: null,
              scores: {},
              comment: null,
              submittedAt: null,
              reopenings: []
            },
            '分配评审专家'
          )
        }
        for (const applicationId of new Set(plan.pairs.map((pair) => pair.applicationId))) {
          await settle(applicationId, round)
        }
        return { created: plan.pairs.length, short: plan.short, flagged }
      }),

    assignOne: (applicationId, reviewerId) =>
      write(async () => {
        const application = await db.applications.get(applicationId)
        if (!application) refuse('找不到这份申报书')
        const round = await roundOf(application.roundId)
        const stage = roundWorkRefusal(round, 'assign')
        if (stage) refuse(stage)
        if (!ASSIGNABLE_APPLICATION.includes(application.status)) {
          refuse(`状态为“${application.status}”的申报书不能分配评审专家`)
        }
        const reviewer = await db.reviewers.get(reviewerId)
        if (!reviewer || reviewer.archivedAt !== null)
          refuse('该评审专家不存在或已归档', 'reviewerId')
        const flags = await flagsFor(reviewer, application)
        if (flags.length > 0) refuse(`存在利益冲突，不能分配：${flags.join('；')}`, 'reviewerId')
        const existing = await db.reviews
          .where('applicationId')
          .equals(applicationId)
          .filter((row) => row.reviewerId === reviewerId && row.archivedAt === null)
          .first()
        if (existing) refuse(`${reviewer.name}已在这份申报书的评审专家中`, 'reviewerId')
        const review: Review = {
          ...store.stamp(now()),
          roundId: round.id,
          applicationId,
          reviewerId,
          conflict: null,
          scores: {},
          comment: null,
          submittedAt: null,
          reopenings: []
        }
        await store.add(review, '分配评审专家')
        await settle(applicationId, round)
        return { record: review, warnings: [] }
      }),

    unassign: (reviewId) =>
      write(async () => {
        const result = await store.setArchived(reviewId, true, (review) => {
          const refusal = unassignRefusal(review)
          if (refusal) refuse(refusal)
        })
        await settle(result.record.applicationId, await roundOf(result.record.roundId))
        return result
      }),

    declare: (reviewId, input) =>
      write(async () => {
        const { review: before, round, application } = await inReview(reviewId)
        if (before.conflict !== null) refuse('已经声明过，不能更改')
        const parsed = declarationSchema.safeParse(input)
        if (!parsed.success) invalid(zodIssues(parsed.error))
        if (!parsed.data.conflicted) {
          const reviewer = await db.reviewers.get(before.reviewerId)
          const flags = reviewer ? await flagsFor(reviewer, application) : []
          if (flags.length > 0) {
            refuse(`系统发现可能的利益冲突，该专家应回避：${flags.join('；')}`, 'conflicted')
          }
        }
        const at = now().toISOString()
        const after: Review = {
          ...before,
          conflict: { ...parsed.data, at },
          updatedAt: at
        }
        return save(
          before,
          after,
          parsed.data.conflicted ? '声明有利益冲突（回避）' : '声明无利益冲突',
          round
        )
      }),

    saveScores: (reviewId, input) =>
      write(async () => {
        const { review: before, round } = await inReview(reviewId)
        const gate = scoringRefusal(before)
        if (gate) refuse(gate)
        const parsed = scoringSchema.safeParse(input)
        if (!parsed.success) invalid(zodIssues(parsed.error))
        // A sheet may be kept half-filled, but what is filled in must be a valid score.
        const entered = Object.fromEntries(
          Object.entries(parsed.data.scores).filter(([, score]) => score !== null)
        )
        const known = new Set(round.criteria.map((criterion) => criterion.key))
        const issues = checkScoreSheet(entered, round.criteria).filter(
          (issue) => Object.hasOwn(entered, issue.field) || !known.has(issue.field)
        )
        if (issues.length > 0) {
          invalid(issues.map((issue) => ({ ...issue, field: `scores.${issue.field}` })))
        }
        const after: Review = {
          ...before,
          scores: parsed.data.scores,
          comment: parsed.data.comment,
          updatedAt: now().toISOString()
        }
        return save(before, after, '保存评分', round)
      }),

    submit: (reviewId, input) =>
      write(async () => {
        const { review: before, round } = await inReview(reviewId)
        const parsed = scoringSchema.safeParse(input)
        if (!parsed.success) invalid(zodIssues(parsed.error))
        const candidate: Review = { ...before, ...parsed.data }
        const issues = submitIssues(candidate, round.criteria)
        if (issues.length > 0) invalid(issues)
        const at = now().toISOString()
        return save(before, { ...candidate, submittedAt: at, updatedAt: at }, '提交评分表', round)
      }),

    reopen: (reviewId, input) =>
      write(async () => {
        const { review: before, round } = await inReview(reviewId)
        const refusal = reopenRefusal(before)
        if (refusal) refuse(refusal)
        const parsed = reopenSchema.safeParse(input)
        if (!parsed.success) invalid(zodIssues(parsed.error))
        const at = now().toISOString()
        const after: Review = {
          ...before,
          submittedAt: null,
          reopenings: [
            ...before.reopenings,
            {
              at,
              operator: await currentOperator(db),
              reason: parsed.data.reason,
              scores: before.scores,
              comment: before.comment
            }
          ],
          updatedAt: at
        }
        return save(before, after, `退回重评：${parsed.data.reason}`, round)
      }),

    get: (id) => db.reviews.get(id),
    listForRound: (roundId) => db.reviews.where('roundId').equals(roundId).toArray(),
    listForApplication: (applicationId) =>
      db.reviews.where('applicationId').equals(applicationId).toArray(),
    history: store.history
  }
}
