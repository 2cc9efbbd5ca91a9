/**
 * 三社联动 read-only views (issue #7 §6, §7): the coverage matrix and its gaps, everything linked
 * to one community, social workers' workload, and volunteer hours per community. The figures
 * are the domain's (coverage.ts, volunteer-hours.ts, workload.ts, need.ts `rankNeeds`); here
 * each table is read once — narrowed by an index where one fits — and indexed in memory, so a
 * city register (15 000 organisations, 1 000 communities, 100 000 activities) is one pass. Reads
 * only touch Dexie, so they work inside `useLiveQuery`.
 */
import type { Activity } from '@shared/domain/activities/activity'
import type { Community } from '@shared/domain/communities/community'
import {
  coverageGaps,
  coverageMatrix,
  layoutGraph,
  linkageGraph,
  type CoverageGaps,
  type CoverageMatrix,
  type GraphLayout
} from '@shared/domain/linkage/coverage'
import { rankNeeds, type Need, type RankedNeed } from '@shared/domain/linkage/need'
import { activeMatches } from '@shared/domain/linkage/need-match'
import type { Resource } from '@shared/domain/linkage/resource'
import {
  UNSPECIFIED_COMMUNITY_LABEL,
  volunteerHoursByCommunity,
  type VolunteerFigures
} from '@shared/domain/linkage/volunteer-hours'
import type { Organization } from '@shared/domain/organizations/organization'
import type { Project } from '@shared/domain/projects/project'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { workloadByWorker } from '@shared/domain/social-workers/workload'
import { compareZh } from '@shared/text/collator'
import type { ShelianDatabase } from '../schema'
import { projectsOfApplications } from './needs-repository'

/** One row of the 五社联动 volunteer roll-up; `communityId` null is 未指定社区. */
export type VolunteerHoursRow = { communityId: string | null; name: string } & VolunteerFigures

/** A social worker serving the community, with their 执行中 project count (workload.ts). */
export interface ServingWorker {
  worker: SocialWorker
  workload: number
}

/** Everything linked to one community, for its detail page and graph. */
export interface CommunityLinks {
  /** Null when no such community is stored; every list is then empty. */
  community: Community | null
  /** Organisations listing it among the communities they serve: in use, not 注销. */
  organizations: Organization[]
  /** Social workers listing it, in use, each with their workload. */
  socialWorkers: ServingWorker[]
  /**
   * Projects delivered in it (listing it) or answering one of its needs, any status, not
   * archived; newest 立项 first.
   */
  projects: Project[]
  /** Its open needs ranked by demand (need.ts `rankNeeds`). */
  needs: RankedNeed<Need>[]
  /** Its resolved needs, neither archived nor merged; most recently updated first. */
  resolvedNeeds: Need[]
  /** Resources offered to it by name, in use (available or not: see isResourceAvailable). */
  resources: Resource[]
  /** Volunteer figures of the activities counted for it, all years; zeros when none. */
  volunteerHours: VolunteerFigures
  /** linkageGraph + layoutGraph. */
  graph: GraphLayout
}

export interface LinkageReads {
  /**
   * coverageMatrix + coverageGaps over the whole database (archived excluded); `highDemandMin`
   * is the 高需求 threshold (need.ts HIGH_DEMAND_MIN_RAISED_BY by default). No figure depends on
   * the date.
   */
  coverage(highDemandMin?: number): Promise<{ matrix: CoverageMatrix; gaps: CoverageGaps }>
  /** Everything linked to one community for its detail page and graph. */
  community(communityId: string): Promise<CommunityLinks>
  /** Active (执行中) project count per social worker (workload.ts); idle workers are absent. */
  workload(): Promise<Map<string, number>>
  /**
   * Volunteer hours per community for a year (all years when null), most hours first, the
   * 未指定社区 row last; communities without volunteer activity are not listed.
   */
  volunteerHours(year: number | null): Promise<VolunteerHoursRow[]>
}

const NO_VOLUNTEERS: VolunteerFigures = { hours: 0, volunteerVisits: 0, activities: 0 }

const byPinyin = <T extends { pinyin: string; id: string }>(a: T, b: T) =>
  a.pinyin.localeCompare(b.pinyin) || a.id.localeCompare(b.id)

const present = <T>(rows: readonly (T | undefined)[]): T[] =>
  rows.flatMap((row) => (row === undefined ? [] : [row]))

function emptyLinks(): CommunityLinks {
  return {
    community: null,
    organizations: [],
    socialWorkers: [],
    projects: [],
    needs: [],
    resolvedNeeds: [],
    resources: [],
    volunteerHours: NO_VOLUNTEERS,
    graph: layoutGraph({ nodes: [], edges: [] })
  }
}

export function createLinkageReads(db: ShelianDatabase): LinkageReads {
  /**
   * The activities counted for `communityId`: those held there, and those recorded without a
   * community on a project whose only community it is (volunteer-hours.ts).
   */
  async function communityActivities(
    communityId: string,
    onlyHere: readonly string[]
  ): Promise<Activity[]> {
    const [held, unplaced] = await Promise.all([
      db.activities.where('communityId').equals(communityId).toArray(),
      onlyHere.length === 0
        ? []
        : db.activities
            .where('projectId')
            .anyOf([...onlyHere])
            .filter((activity) => activity.communityId === null)
            .toArray()
    ])
    return [...held, ...unplaced]
  }

  /**
   * `needs` with the projects 立项 since from the draft applications they are matched to added
   * to their `projectIds` (stored when the need was last written), so the page and the graph
   * show what serves each need now.
   */
  async function withApplicationProjects(needs: Need[]): Promise<Need[]> {
    if (needs.length === 0) return needs
    const matches = await db.needMatches
      .where('needId')
      .anyOf(needs.map((need) => need.id))
      .toArray()
    const live = activeMatches(matches).filter((match) => match.target === 'application')
    const projects = await projectsOfApplications(db, live)
    if (projects.size === 0) return needs
    const added = new Map<string, string[]>()
    for (const match of live) {
      const projectId = projects.get(match.applicationId!)
      if (projectId) added.set(match.needId, [...(added.get(match.needId) ?? []), projectId])
    }
    return needs.map((need) =>
      added.has(need.id)
        ? { ...need, projectIds: [...new Set([...need.projectIds, ...added.get(need.id)!])] }
        : need
    )
  }

  return {
    coverage: (highDemandMin) =>
      db.transaction(
        'r',
        [db.communities, db.organizations, db.socialWorkers, db.projects, db.needs],
        async () => {
          const [communities, organizations, socialWorkers, projects, needs] = await Promise.all([
            db.communities.toArray(),
            db.organizations.toArray(),
            db.socialWorkers.toArray(),
            db.projects.toArray(),
            db.needs.toArray()
          ])
          const data = { communities, organizations, socialWorkers, projects, needs }
          return { matrix: coverageMatrix(data), gaps: coverageGaps(data, highDemandMin) }
        }
      ),

    community: (communityId) =>
      db.transaction(
        'r',
        [
          db.communities,
          db.organizations,
          db.socialWorkers,
          db.projects,
          db.needs,
          db.resources,
          db.activities,
          db.needMatches,
          db.applications
        ],
        async () => {
          const community = await db.communities.get(communityId)
          if (!community) return emptyLinks()
          const [servingOrgs, servingWorkers, stored, offered, allProjects] = await Promise.all([
            db.organizations.where('communityIds').equals(communityId).toArray(),
            db.socialWorkers.where('communityIds').equals(communityId).toArray(),
            db.needs.where('communityId').equals(communityId).toArray(),
            db.resources.where('communityIds').equals(communityId).toArray(),
            // Projects are not indexed by community; 2 000 of them are one read.
            db.projects.toArray()
          ])

          const needs = await withApplicationProjects(stored)
          const answered = new Set(
            needs.filter((need) => need.archivedAt === null).flatMap((need) => need.projectIds)
          )
          const projects = allProjects.filter(
            (project) =>
              project.archivedAt === null &&
              (project.communityIds.includes(communityId) || answered.has(project.id))
          )
          const onlyHere = allProjects
            .filter((project) => {
              const ids = new Set(project.communityIds)
              return ids.size === 1 && ids.has(communityId)
            })
            .map((project) => project.id)

          // What the graph draws beyond the community's own lists: the projects' teams and
          // organisations, the workers' employers, the resources' organisations.
          const workers = new Map(servingWorkers.map((worker) => [worker.id, worker]))
          const teamIds = projects.flatMap((project) => project.socialWorkerIds)
          const missingWorkers = [...new Set(teamIds)].filter((id) => !workers.has(id))
          for (const worker of present(await db.socialWorkers.bulkGet(missingWorkers))) {
            workers.set(worker.id, worker)
          }
          const organizations = new Map(servingOrgs.map((org) => [org.id, org]))
          const pointedAt = [
            ...projects.map((project) => project.organizationId),
            ...[...workers.values()].map((worker) => worker.employerId),
            ...offered.map((resource) => resource.organizationId)
          ].filter((id): id is string => id !== null && !organizations.has(id))
          for (const org of present(await db.organizations.bulkGet([...new Set(pointedAt)]))) {
            organizations.set(org.id, org)
          }

          const graph = linkageGraph(communityId, {
            communities: [community],
            organizations: [...organizations.values()],
            socialWorkers: [...workers.values()],
            projects,
            needs: needs.filter((need) => need.mergedIntoId === null),
            resources: offered
          })

          const workload = workloadByWorker(allProjects)
          const activities = await communityActivities(communityId, onlyHere)
          const volunteers = volunteerHoursByCommunity(activities, allProjects).get(communityId)

          return {
            community,
            organizations: servingOrgs
              .filter((org) => org.archivedAt === null && org.registrationStatus !== '注销')
              .sort(byPinyin),
            socialWorkers: servingWorkers
              .filter((worker) => worker.archivedAt === null)
              .sort(byPinyin)
              .map((worker) => ({ worker, workload: workload.get(worker.id) ?? 0 })),
            projects: projects.sort(
              (a, b) => b.approvedOn.localeCompare(a.approvedOn) || a.id.localeCompare(b.id)
            ),
            needs: rankNeeds(needs),
            resolvedNeeds: needs
              .filter(
                (need) =>
                  need.status === '已解决' && need.archivedAt === null && need.mergedIntoId === null
              )
              .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
            resources: offered.filter((resource) => resource.archivedAt === null).sort(byPinyin),
            volunteerHours: volunteers ?? NO_VOLUNTEERS,
            graph: layoutGraph(graph)
          }
        }
      ),

    workload: async () => workloadByWorker(await db.projects.toArray()),

    volunteerHours: (year) =>
      db.transaction('r', [db.activities, db.projects, db.communities], async () => {
        const [activities, projects, communities] = await Promise.all([
          db.activities.toArray(),
          db.projects.toArray(),
          db.communities.toArray()
        ])
        const names = new Map(communities.map((community) => [community.id, community.name]))
        const figures = volunteerHoursByCommunity(activities, projects, year ?? undefined)
        return [...figures]
          .map(([communityId, sums]): VolunteerHoursRow => ({
            communityId,
            name:
              communityId === null
                ? UNSPECIFIED_COMMUNITY_LABEL
                : (names.get(communityId) ?? communityId),
            ...sums
          }))
          .sort(
            (a, b) =>
              Number(a.communityId === null) - Number(b.communityId === null) ||
              b.hours - a.hours ||
              compareZh(a.name, b.name)
          )
      })
  }
}
