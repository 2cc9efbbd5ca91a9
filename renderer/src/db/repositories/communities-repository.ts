/**
 * 社区: the shared rule (checkCommunity); a second community of the same name in the same
 * street is allowed (it happens after re-zoning) but flagged.
 */
import { z } from 'zod'
import type { FieldIssue } from '@shared/domain/check'
import {
  checkCommunity,
  communityDraftSchema,
  type Community,
  type CommunityFields
} from '@shared/domain/communities/community'
import type { ShelianDatabase } from '../schema'
import {
  createRecordRepository,
  type RecordRepository,
  type RecordRules,
  type RepositoryDeps
} from './record-repository'

export type CommunityDraft = z.input<typeof communityDraftSchema>
export type CommunitiesRepository = RecordRepository<Community, CommunityDraft>

function plural(count: number, noun: string): string {
  return `${count} ${noun}`
}

export const communityRules: RecordRules<Community, CommunityFields> = {
  table: 'communities',
  label: '社区',
  draftFields: Object.keys(communityDraftSchema.shape),
  check: (input) => checkCommunity(input),
  relatedTables: ['organizations', 'socialWorkers'],
  async crossCheck(db, fields, selfId) {
    const twin = await db.communities
      .filter(
        (community) =>
          community.id !== selfId &&
          community.name === fields.name &&
          community.subdistrict === fields.subdistrict &&
          community.district === fields.district
      )
      .first()
    return twin
      ? [
          {
            field: 'name',
            level: 'warning',
            message: `${fields.district}${fields.subdistrict}已有名为“${fields.name}”的社区，请确认不是重复录入`
          }
        ]
      : []
  },
  async referencedBy(db, record) {
    const active = <T extends { archivedAt: string | null }>(row: T) => row.archivedAt === null
    const [organizations, workers] = await Promise.all([
      db.organizations.where('communityIds').equals(record.id).filter(active).count(),
      db.socialWorkers.where('communityIds').equals(record.id).filter(active).count()
    ])
    if (organizations + workers === 0) return []
    const parts = [
      organizations > 0 ? plural(organizations, '个社会组织') : '',
      workers > 0 ? plural(workers, '名社工') : ''
    ].filter(Boolean)
    const issue: FieldIssue = {
      field: '',
      level: 'warning',
      message: `仍有 ${parts.join('和 ')}服务该社区，他们的记录会继续显示这个已归档的社区`
    }
    return [issue]
  }
}

export function createCommunitiesRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): CommunitiesRepository {
  return createRecordRepository(db, communityRules, deps)
}
