/**
 * What a project's 结项报告 needs, read in one transaction: the project, its provider, its live
 * agreement, the communities it serves, and everything that hangs off it — tranches, 服务记录,
 * evaluations and 双向评估 — as the project page reads them.
 */
import type { ClosingReportInput } from '@shared/pdf/reports/closing-report'
import { createActivitiesRepository } from '@renderer/db/repositories/activities-repository'
import { createAgreementsRepository } from '@renderer/db/repositories/agreements-repository'
import { createCommunitiesRepository } from '@renderer/db/repositories/communities-repository'
import { createMutualEvaluationsRepository } from '@renderer/db/repositories/mutual-evaluations-repository'
import { createOrganizationsRepository } from '@renderer/db/repositories/organizations-repository'
import { createPaymentsRepository } from '@renderer/db/repositories/payments-repository'
import { createProjectEvaluationsRepository } from '@renderer/db/repositories/project-evaluations-repository'
import { createProjectsRepository } from '@renderer/db/repositories/projects-repository'
import type { ShelianDatabase } from '@renderer/db/schema'

export function loadClosingReportInput(
  db: ShelianDatabase,
  projectId: string
): Promise<ClosingReportInput> {
  return db.transaction(
    'r',
    [
      db.projects,
      db.organizations,
      db.communities,
      db.agreements,
      db.amendments,
      db.payments,
      db.activities,
      db.projectEvaluations,
      db.mutualEvaluations
    ],
    async () => {
      const project = await createProjectsRepository(db).get(projectId)
      if (!project) throw new Error('找不到该项目')
      const [organization, communities, live, payments, activities, evaluations, mutual] =
        await Promise.all([
          createOrganizationsRepository(db).get(project.organizationId),
          createCommunitiesRepository(db).getMany(project.communityIds),
          createAgreementsRepository(db).forProject(projectId),
          createPaymentsRepository(db).listForProject(projectId),
          createActivitiesRepository(db).listForProject(projectId),
          createProjectEvaluationsRepository(db).listForProject(projectId),
          createMutualEvaluationsRepository(db).listForProject(projectId)
        ])
      if (!organization) throw new Error('找不到该项目的承接组织')
      return {
        project,
        organization,
        agreement: live.agreement ?? null,
        communities,
        payments,
        activities,
        evaluations,
        mutualEvaluations: mutual
      }
    }
  )
}
