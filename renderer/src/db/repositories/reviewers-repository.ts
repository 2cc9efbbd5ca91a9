/**
 * 评审专家库: the shared rule (checkReviewer), a warning for a second expert of the same name at
 * the same unit, and a warning when an archived expert still has sheets to finish.
 */
import type { FieldIssue } from '@shared/domain/check'
import { reviewStatus } from '@shared/domain/venture/review'
import {
  checkReviewer,
  reviewerDraftSchema,
  type Reviewer,
  type ReviewerDraft,
  type ReviewerFields
} from '@shared/domain/venture/reviewer'
import type { ShelianDatabase } from '../schema'
import {
  createRecordRepository,
  type RecordRepository,
  type RecordRules,
  type RepositoryDeps
} from './record-repository'

export type ReviewersRepository = RecordRepository<Reviewer, ReviewerDraft>

export const reviewerRules: RecordRules<Reviewer, ReviewerFields> = {
  table: 'reviewers',
  label: '评审专家',
  draftFields: Object.keys(reviewerDraftSchema.shape),
  check: (input) => checkReviewer(input),
  relatedTables: ['reviews'],
  async crossCheck(db, fields, selfId) {
    const twin = await db.reviewers
      .filter(
        (reviewer) =>
          reviewer.id !== selfId &&
          reviewer.name === fields.name &&
          reviewer.affiliation === fields.affiliation
      )
      .first()
    if (!twin) return []
    const unit = fields.affiliation ? `“${fields.affiliation}”的` : ''
    return [
      {
        field: 'name',
        level: 'warning',
        message: `专家库中已有${unit}“${fields.name}”，请确认不是重复录入`
      }
    ]
  },
  async referencedBy(db, record) {
    const open = await db.reviews
      .where('reviewerId')
      .equals(record.id)
      .filter((review) => {
        const status = reviewStatus(review)
        return review.archivedAt === null && (status === '待声明' || status === '评分中')
      })
      .count()
    if (open === 0) return []
    const issue: FieldIssue = {
      field: '',
      level: 'warning',
      message: `该专家还有 ${open} 份评分未完成，归档后仍留在评审安排中，可在评审页取消分配`
    }
    return [issue]
  }
}

export function createReviewersRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): ReviewersRepository {
  return createRecordRepository(db, reviewerRules, deps)
}
