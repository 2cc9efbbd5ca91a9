/** Checks that ids a record points at belong to stored records, shared by the repositories. */
import type { FieldIssue } from '@shared/domain/check'
import type { Community } from '@shared/domain/communities/community'
import type { ShelianDatabase } from '../schema'

/**
 * Every id in `ids` must be a stored community (error otherwise); an archived one is allowed
 * but mentioned (warning). `what` names the field in the message, e.g. `服务社区`.
 */
export async function communityReferenceIssues(
  db: ShelianDatabase,
  ids: readonly string[],
  what: string
): Promise<FieldIssue[]> {
  if (ids.length === 0) return []
  return communityIssues(await db.communities.bulkGet([...ids]), what)
}

/**
 * communityReferenceIssues for many records at once: the communities all of them point at are
 * read in one go, and each record's issues are worked out from that.
 */
export async function communityReferenceIssuesMany(
  db: ShelianDatabase,
  idLists: readonly (readonly string[])[],
  what: string
): Promise<FieldIssue[][]> {
  const wanted = [...new Set(idLists.flat())]
  const found = new Map<string, Community>()
  for (const community of await db.communities.bulkGet(wanted)) {
    if (community) found.set(community.id, community)
  }
  return idLists.map((ids) =>
    communityIssues(
      ids.map((id) => found.get(id)),
      what
    )
  )
}

function communityIssues(found: readonly (Community | undefined)[], what: string): FieldIssue[] {
  const missing = found.filter((community) => !community).length
  const issues: FieldIssue[] = []
  if (missing > 0) {
    issues.push({
      field: 'communityIds',
      level: 'error',
      message: `${what}中有 ${missing} 个社区不存在，请重新选择`
    })
  }
  for (const community of found) {
    if (community?.archivedAt) {
      issues.push({
        field: 'communityIds',
        level: 'warning',
        message: `${what}“${community.name}”已归档`
      })
    }
  }
  return issues
}
