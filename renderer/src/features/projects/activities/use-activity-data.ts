/** A project's 服务记录, live: the 服务记录 tab lists them and the 绩效目标表 takes its actuals from them. */
import { useLiveQuery } from '@renderer/db/live-query'
import type { Activity } from '@shared/domain/activities/activity'
import { useRepositories } from '@renderer/db/use-repositories'

/** Every activity of the project, archived ones included; undefined while loading. */
export function useProjectActivities(projectId: string): Activity[] | undefined {
  const { activities } = useRepositories()
  return useLiveQuery(() => activities.listForProject(projectId), [activities, projectId])
}
