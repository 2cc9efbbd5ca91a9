/** Checks that ids a record points at belong to stored records, shared by the repositories. */
import type { FieldIssue } from '@shared/domain/check'
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
  const found = await db.communities.bulkGet([...ids])
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
