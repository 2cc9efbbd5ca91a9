/**
 * The stored records a dry run checks rows against, read once when the dry run starts: only the
 * tables the entity's spec reads, the office's score bands, and — for 服务记录 — the project the
 * records go into with the records it holds.
 */
import type { Repositories } from '@renderer/db/repositories'
import { todayInChina } from '@shared/domain/dates'
import type { ImportContext, ImportReads, ImportSpec } from '@shared/import/import-spec'

export async function loadImportContext(
  repositories: Repositories,
  spec: ImportSpec,
  options: { now?: Date; projectId?: string | null } = {}
): Promise<ImportContext> {
  const reads = new Set<ImportReads>(spec.reads)
  const read = <T>(table: ImportReads, list: () => Promise<T[]>): Promise<T[]> =>
    reads.has(table) ? list() : Promise.resolve([])
  const projectId = options.projectId ?? null
  const [organizations, communities, socialWorkers, needs, catalogueItems, grading, project] =
    await Promise.all([
      read('organizations', () => repositories.organizations.listAll()),
      read('communities', () => repositories.communities.listAll()),
      read('socialWorkers', () => repositories.socialWorkers.listAll()),
      read('needs', () => repositories.needs.listAll()),
      read('catalogueItems', () => repositories.catalogueItems.listAll()),
      repositories.settings.getGrading(),
      projectId ? repositories.projects.get(projectId) : Promise.resolve(undefined)
    ])
  const activities =
    project && reads.has('activities')
      ? await repositories.activities.listForProject(project.id)
      : []
  return {
    today: todayInChina(options.now ?? new Date()),
    organizations,
    communities,
    socialWorkers,
    needs,
    catalogueItems,
    project: project ?? null,
    activities,
    ratingBands: grading.ratingBands
  }
}
