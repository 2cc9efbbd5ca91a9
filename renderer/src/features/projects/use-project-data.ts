/**
 * Live reads of one project for its page and every tab on it: components re-render when any
 * write lands, so signing the agreement moves the header, the actions and the tabs at once.
 */
import { useLiveQuery } from '@renderer/db/live-query'
import type { AuditEntry } from '@shared/domain/audit'
import type { CatalogueItem } from '@shared/domain/catalogue/catalogue-item'
import type { Organization } from '@shared/domain/organizations/organization'
import type { DueItem } from '@shared/domain/projects/due-dates'
import type { Agreement, Amendment } from '@shared/domain/projects/agreement'
import type { Project, ProjectContext } from '@shared/domain/projects/project'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { useRepositories } from '@renderer/db/use-repositories'
import { PROJECT_DETAIL_STRINGS as S } from './project-detail-strings'

/** The project, null when there is none with this id, undefined while loading. */
export function useProject(id: string): Project | null | undefined {
  const { projects } = useRepositories()
  return useLiveQuery(async () => (await projects.get(id)) ?? null, [projects, id])
}

/** The records a project names, read once for every tab that shows them. */
export interface ProjectRelated {
  /** The 承接组织; null when it is missing from the registry. */
  organization: Organization | null
  /** Its name, or a placeholder saying it is missing. */
  organizationName: string
  /** The 购买服务目录 items of a purchase, in the project's order; empty for 公益创投. */
  catalogueItems: CatalogueItem[]
  /** The assigned team, in the project's order (missing workers left out). */
  team: SocialWorker[]
  /** The names of the 服务社区, in the project's order; a placeholder for a missing one. */
  communityNames: string[]
}

/** What `project` points at; undefined while loading. */
export function useProjectFacts(project: Project): ProjectRelated | undefined {
  const { organizations, catalogueItems, socialWorkers, communities } = useRepositories()
  const itemIds = project.purchase?.catalogueItemIds
  return useLiveQuery(async () => {
    const [organization, items, workers, served] = await Promise.all([
      organizations.get(project.organizationId),
      catalogueItems.getMany(itemIds ?? []),
      socialWorkers.getMany(project.socialWorkerIds),
      communities.getMany(project.communityIds)
    ])
    // getMany keeps the order of the ids it is given.
    const communityName = new Map(served.map((community) => [community.id, community.name]))
    return {
      organization: organization ?? null,
      organizationName: organization?.name ?? S.missingOrganization,
      catalogueItems: items,
      team: workers,
      communityNames: project.communityIds.map((id) => communityName.get(id) ?? S.missingRecord)
    }
  }, [
    organizations,
    catalogueItems,
    socialWorkers,
    communities,
    project.organizationId,
    itemIds,
    project.socialWorkerIds,
    project.communityIds
  ])
}

/** The workflow context of the project's steps (PROJECT_WORKFLOW); undefined while loading. */
export function useProjectContext(project: Project): ProjectContext | undefined {
  const { projects } = useRepositories()
  // The status is a dependency so a step taken re-reads what the next steps need.
  return useLiveQuery(() => projects.context(project.id), [projects, project.id, project.status])
}

/** The project's agreement and its amendments; undefined while loading. */
export function useProjectAgreement(
  projectId: string
): { agreement: Agreement | undefined; amendments: Amendment[] } | undefined {
  const { agreements } = useRepositories()
  return useLiveQuery(() => agreements.forProject(projectId), [agreements, projectId])
}

/** What the project has due on `today`, most urgent first; undefined while loading. */
export function useProjectDueItems(projectId: string, today: string): DueItem[] | undefined {
  const { projects } = useRepositories()
  return useLiveQuery(() => projects.dueItemsFor(projectId, today), [projects, projectId, today])
}

/** The project's audit entries, read again after each write. */
export function useProjectHistory(id: string): AuditEntry[] | undefined {
  const { projects } = useRepositories()
  return useLiveQuery(() => projects.history(id), [projects, id])
}

/** The agreement's audit entries; undefined while loading or when there is no agreement. */
export function useAgreementHistory(id: string | undefined): AuditEntry[] | undefined {
  const { agreements } = useRepositories()
  return useLiveQuery(async () => (id ? agreements.history(id) : undefined), [agreements, id])
}

/** The name of a 公益创投 project's round and the title of its application, for the links. */
export function useVentureOrigin(
  project: Project
): { roundName: string | null; applicationTitle: string | null } | undefined {
  const { ventureRounds, applications } = useRepositories()
  const origin = project.origin.kind === 'venture' ? project.origin : null
  return useLiveQuery(async () => {
    if (!origin) return { roundName: null, applicationTitle: null }
    const [round, application] = await Promise.all([
      ventureRounds.get(origin.roundId),
      applications.get(origin.applicationId)
    ])
    return { roundName: round?.name ?? null, applicationTitle: application?.title ?? null }
  }, [ventureRounds, applications, origin?.roundId, origin?.applicationId])
}
