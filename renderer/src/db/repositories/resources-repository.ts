/**
 * 资源清单 (issue #7 §4, §7): the shared rule (checkResource), plus an organisation behind the
 * resource that exists and is in use, communities that exist, and a warning when a resource
 * still named by active matches is archived. A generic named-record repository, like the
 * service catalogue.
 */
import type { FieldIssue } from '@shared/domain/check'
import { activeMatches } from '@shared/domain/linkage/need-match'
import type { Resource } from '@shared/domain/linkage/resource'
import {
  checkResource,
  resourceDraftSchema,
  type ResourceDraft,
  type ResourceFields
} from '@shared/domain/linkage/resource-rules'
import type { ShelianDatabase } from '../schema'
import {
  createRecordRepository,
  type RecordRepository,
  type RecordRules,
  type RepositoryDeps
} from './record-repository'
import { communityReferenceIssues } from './references'

export type ResourcesRepository = RecordRepository<Resource, ResourceDraft>

const quotedNames = (names: readonly string[]) => names.map((name) => `“${name}”`).join('、')

async function organizationIssues(
  db: ShelianDatabase,
  fields: ResourceFields,
  selfId: string | null
): Promise<FieldIssue[]> {
  if (fields.organizationId === null) return []
  const organization = await db.organizations.get(fields.organizationId)
  if (!organization) {
    return [{ field: 'organizationId', level: 'error', message: '所选社会组织不存在，请重新选择' }]
  }
  if (organization.archivedAt === null) return []
  // A resource already naming an organisation archived since stays editable; naming one anew
  // is refused.
  const stored = selfId === null ? undefined : await db.resources.get(selfId)
  const kept = stored?.organizationId === organization.id
  return [
    {
      field: 'organizationId',
      level: kept ? 'warning' : 'error',
      message: kept
        ? `提供资源的社会组织“${organization.name}”已归档`
        : `社会组织“${organization.name}”已归档，不能作为资源提供方`
    }
  ]
}

export const resourceRules: RecordRules<Resource, ResourceFields> = {
  table: 'resources',
  label: '资源',
  draftFields: Object.keys(resourceDraftSchema.shape),
  check: checkResource,
  relatedTables: ['organizations', 'communities', 'needMatches', 'needs'],
  async crossCheck(db, fields, selfId) {
    return [
      ...(await organizationIssues(db, fields, selfId)),
      ...(await communityReferenceIssues(db, fields.communityIds, '面向社区'))
    ]
  },
  async referencedBy(db, record) {
    // Matches are not indexed by resource; archiving is rare, so one pass over them is fine.
    const naming = activeMatches(
      await db.needMatches.filter((match) => match.resourceIds.includes(record.id)).toArray()
    )
    if (naming.length === 0) return []
    const needs = await db.needs.bulkGet([...new Set(naming.map((match) => match.needId))])
    const names = needs.flatMap((need) => (need ? [need.name] : []))
    return [
      {
        field: '',
        level: 'warning',
        message: `仍有 ${naming.length} 条有效对接使用了该资源（需求${quotedNames(names)}）。这些对接不受影响，新的对接不能再选用该资源`
      }
    ]
  }
}

export function createResourcesRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): ResourcesRepository {
  return createRecordRepository(db, resourceRules, deps)
}
