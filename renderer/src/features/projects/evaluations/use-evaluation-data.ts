/** A project's evaluations, live: the 评估 tab lists them and the 绩效目标表 is locked by them. */
import { useLiveQuery } from '@renderer/db/live-query'
import type { ProjectEvaluation } from '@shared/domain/evaluations/project-evaluation'
import { useRepositories } from '@renderer/db/use-repositories'

/** Every evaluation of the project, corrected versions included; undefined while loading. */
export function useProjectEvaluations(projectId: string): ProjectEvaluation[] | undefined {
  const { projectEvaluations } = useRepositories()
  return useLiveQuery(
    () => projectEvaluations.listForProject(projectId),
    [projectEvaluations, projectId]
  )
}
