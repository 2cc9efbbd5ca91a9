/**
 * Workload: how many projects a social worker — or an organisation — is delivering now
 * (issue #7 §2 "workload = active projects"). Matching weighs it (matching.ts).
 *
 * Only 执行中 counts. A 待签约 project has a team on paper but no service yet, so it does not
 * load anyone; it does count as a community's coverage (coverage.ts), where the question is
 * whether work has been awarded there, not who is busy.
 */
import type { Project } from '../projects/project'

type CountedProject = Pick<Project, 'status' | 'archivedAt'>

/** The one status that loads a worker or an organisation. */
export const WORKLOAD_STATUS = '执行中'

function isLoading(project: CountedProject): boolean {
  return project.archivedAt === null && project.status === WORKLOAD_STATUS
}

function countBy<P extends CountedProject>(
  projects: readonly P[],
  keys: (project: P) => readonly string[]
): Map<string, number> {
  const counts = new Map<string, number>()
  for (const project of projects) {
    if (!isLoading(project)) continue
    for (const key of new Set(keys(project))) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Social worker id → number of 执行中 projects whose team names them; idle workers are absent. */
export function workloadByWorker(
  projects: readonly Pick<Project, 'status' | 'archivedAt' | 'socialWorkerIds'>[]
): Map<string, number> {
  return countBy(projects, (project) => project.socialWorkerIds)
}

/** Organisation id → number of 执行中 projects it delivers (承接); idle ones are absent. */
export function workloadByOrganization(
  projects: readonly Pick<Project, 'status' | 'archivedAt' | 'organizationId'>[]
): Map<string, number> {
  return countBy(projects, (project) => [project.organizationId])
}
