/**
 * 社会组织: the shared rule (checkOrganization), plus what needs the stored records — one
 * organisation per USCC, served communities that exist, and a grade that fits the office's
 * score bands (a warning only).
 */
import type { FieldIssue } from '@shared/domain/check'
import { parseStoredGradingSettings } from '@shared/domain/evaluations/grade-bands'
import { ratingBandIssue } from '@shared/domain/organizations/rating'
import {
  checkOrganization,
  organizationDraftSchema,
  type Organization,
  type OrganizationDraft,
  type OrganizationFields
} from '@shared/domain/organizations/organization'
import type { ShelianDatabase } from '../schema'
import { communityReferenceIssues, communityReferenceIssuesMany } from './references'
import { GRADING_SETTINGS_KEY } from './settings-repository'
import {
  createRecordRepository,
  type RecordRepository,
  type RecordRules,
  type RepositoryDeps
} from './record-repository'

export type OrganizationsRepository = RecordRepository<Organization, OrganizationDraft>

/** The message when a USCC is already taken; also used by restore and bulk loading. */
export function duplicateUsccMessage(uscc: string, holder: Organization): string {
  const archived = holder.archivedAt ? '（已归档，可在归档中恢复）' : ''
  return `统一社会信用代码 ${uscc} 已被“${holder.name}”${archived}使用，同一组织不能重复录入`
}

export const organizationRules: RecordRules<Organization, OrganizationFields> = {
  table: 'organizations',
  label: '社会组织',
  draftFields: Object.keys(organizationDraftSchema.shape),
  check: checkOrganization,
  relatedTables: ['communities', 'socialWorkers'],
  async crossCheck(db, fields, selfId) {
    const issues: FieldIssue[] = []
    if (fields.uscc) {
      const holder = await db.organizations.where('uscc').equals(fields.uscc).first()
      if (holder && holder.id !== selfId) {
        issues.push({
          field: 'uscc',
          level: 'error',
          message: duplicateUsccMessage(fields.uscc, holder)
        })
      }
    }
    issues.push(...(await communityReferenceIssues(db, fields.communityIds, '服务社区')))
    const grading = parseStoredGradingSettings((await db.settings.get(GRADING_SETTINGS_KEY))?.value)
    const band = ratingBandIssue(fields.rating, grading.ratingBands)
    if (band) issues.push(band)
    return issues
  },
  async crossCheckMany(db, batch) {
    const usccs = batch.flatMap((fields) => (fields.uscc ? [fields.uscc] : []))
    const holders = new Map<string, Organization>()
    for (const holder of await db.organizations.where('uscc').anyOf(usccs).toArray()) {
      holders.set(holder.uscc!, holder)
    }
    const communities = await communityReferenceIssuesMany(
      db,
      batch.map((fields) => fields.communityIds),
      '服务社区'
    )
    const grading = parseStoredGradingSettings((await db.settings.get(GRADING_SETTINGS_KEY))?.value)
    /** The first record of the batch with each USCC: a later one is its duplicate. */
    const firstWith = new Map<string, OrganizationFields>()
    return batch.map((fields, index) => {
      const issues: FieldIssue[] = []
      if (fields.uscc) {
        const holder = holders.get(fields.uscc)
        const earlier = firstWith.get(fields.uscc)
        if (holder) {
          issues.push({
            field: 'uscc',
            level: 'error',
            message: duplicateUsccMessage(fields.uscc, holder)
          })
        } else if (earlier) {
          issues.push({
            field: 'uscc',
            level: 'error',
            message: `统一社会信用代码 ${fields.uscc} 与同批的“${earlier.name}”重复，同一组织不能重复录入`
          })
        } else {
          firstWith.set(fields.uscc, fields)
        }
      }
      issues.push(...communities[index]!)
      const band = ratingBandIssue(fields.rating, grading.ratingBands)
      if (band) issues.push(band)
      return issues
    })
  },
  async referencedBy(db, record) {
    const workers = await db.socialWorkers
      .where('employerId')
      .equals(record.id)
      .filter((worker) => worker.archivedAt === null)
      .count()
    return workers > 0
      ? [
          {
            field: '',
            level: 'warning',
            message: `仍有 ${workers} 名社工的工作单位是该组织，他们的记录会继续显示这个已归档的组织`
          }
        ]
      : []
  }
}

export function createOrganizationsRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): OrganizationsRepository {
  return createRecordRepository(db, organizationRules, deps)
}
