/**
 * 志愿服务时长 per community (issue #7 §7): the 社区志愿者 leg of 五社联动 (domain-cn.md §8) in
 * figures, rolled up from the projects' 服务记录 (activity.ts), which is where volunteer hours
 * are recorded.
 */
import type { Activity } from '../activities/activity'
import type { Project } from '../projects/project'

/** How the screen names the row of activities no community can be assigned to (key null). */
export const UNSPECIFIED_COMMUNITY_LABEL = '未指定社区'

export interface VolunteerFigures {
  /** 志愿服务时长, hours; half hours kept exactly. */
  hours: number
  /** 志愿者人次. */
  volunteerVisits: number
  /** Activities with volunteers. */
  activities: number
}

/**
 * Volunteer figures per community, from the live (not archived) activities that had volunteers,
 * of `year` when given (by activity date). An activity counts where it took place; one recorded
 * without a community counts under its project's community when the project lists exactly one
 * — the only place it can have been — and otherwise under null ({@link
 * UNSPECIFIED_COMMUNITY_LABEL}), rather than being guessed into one or split across several.
 * Communities without volunteer activity are not listed.
 *
 * Hours are added as whole half hours, the unit they are recorded in, so the sum is exact.
 */
export function volunteerHoursByCommunity(
  activities: readonly Pick<
    Activity,
    'projectId' | 'date' | 'communityId' | 'volunteers' | 'volunteerHours' | 'archivedAt'
  >[],
  projects: readonly Pick<Project, 'id' | 'communityIds'>[],
  year?: number
): Map<string | null, VolunteerFigures> {
  const onlyCommunity = new Map<string, string>()
  for (const project of projects) {
    const communities = new Set(project.communityIds)
    if (communities.size === 1) onlyCommunity.set(project.id, [...communities][0]!)
  }
  const prefix = year === undefined ? '' : `${year}-`
  const halves = new Map<string | null, { halfHours: number; visits: number; count: number }>()
  for (const activity of activities) {
    if (activity.archivedAt !== null || activity.volunteers === 0) continue
    if (!activity.date.startsWith(prefix)) continue
    const communityId = activity.communityId ?? onlyCommunity.get(activity.projectId) ?? null
    const sums = halves.get(communityId) ?? { halfHours: 0, visits: 0, count: 0 }
    sums.halfHours += Math.round(activity.volunteerHours * 2)
    sums.visits += activity.volunteers
    sums.count += 1
    halves.set(communityId, sums)
  }
  return new Map(
    [...halves].map(([communityId, sums]) => [
      communityId,
      { hours: sums.halfHours / 2, volunteerVisits: sums.visits, activities: sums.count }
    ])
  )
}
