/**
 * 社工: the shared rule (checkSocialWorker), plus one person per certificate number, and an
 * employer and communities that exist.
 */
import { z } from 'zod'
import type { FieldIssue } from '@shared/domain/check'
import {
  checkSocialWorker,
  socialWorkerDraftSchema,
  type SocialWorker,
  type SocialWorkerFields
} from '@shared/domain/social-workers/social-worker'
import type { ShelianDatabase } from '../schema'
import { communityReferenceIssues } from './references'
import {
  createRecordRepository,
  type RecordRepository,
  type RecordRules,
  type RepositoryDeps
} from './record-repository'

export type SocialWorkerDraft = z.input<typeof socialWorkerDraftSchema>
export type SocialWorkersRepository = RecordRepository<SocialWorker, SocialWorkerDraft>

/** The message when a certificate number is already taken; also used by restore and loading. */
export function duplicateCertNoMessage(certNo: string, holder: SocialWorker): string {
  const archived = holder.archivedAt ? '（已归档，可在归档中恢复）' : ''
  return `证书编号 ${certNo} 已登记给“${holder.name}”${archived}，同一证书不能重复录入`
}

export const socialWorkerRules: RecordRules<SocialWorker, SocialWorkerFields> = {
  table: 'socialWorkers',
  label: '社工',
  draftFields: Object.keys(socialWorkerDraftSchema.shape),
  check: checkSocialWorker,
  relatedTables: ['organizations', 'communities'],
  async crossCheck(db, fields, selfId) {
    const issues: FieldIssue[] = []
    if (fields.certNo) {
      const holder = await db.socialWorkers.where('certNo').equals(fields.certNo).first()
      if (holder && holder.id !== selfId) {
        issues.push({
          field: 'certNo',
          level: 'error',
          message: duplicateCertNoMessage(fields.certNo, holder)
        })
      }
    }
    if (fields.employerId) {
      const employer = await db.organizations.get(fields.employerId)
      if (!employer) {
        issues.push({
          field: 'employerId',
          level: 'error',
          message: '所选工作单位不存在，请重新选择'
        })
      } else if (employer.archivedAt) {
        issues.push({
          field: 'employerId',
          level: 'warning',
          message: `工作单位“${employer.name}”已归档`
        })
      }
    }
    issues.push(...(await communityReferenceIssues(db, fields.communityIds, '服务社区')))
    return issues
  },
  // Nothing points at a social worker yet; project teams will (later modules).
  referencedBy: async () => []
}

export function createSocialWorkersRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): SocialWorkersRepository {
  return createRecordRepository(db, socialWorkerRules, deps)
}
