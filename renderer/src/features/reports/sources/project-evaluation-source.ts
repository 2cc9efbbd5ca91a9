/**
 * What a project's 评估报告 needs, read from the database: the evaluation, its project and
 * provider, the project's live agreement (合同编号, 甲方), the 公益创投 round's name, the versions
 * it corrects and was corrected by, and the office's grade bands for a draft's provisional grade.
 */
import type { Agreement } from '@shared/domain/projects/agreement'
import type { Organization } from '@shared/domain/organizations/organization'
import type { Project } from '@shared/domain/projects/project'
import type { ProjectEvaluationReportInput } from '@shared/pdf/reports/project-evaluation-report'
import { createSettingsRepository } from '@renderer/db/repositories/settings-repository'
import type { ShelianDatabase } from '@renderer/db/schema'

/** A project with what every report about it names: provider, live agreement, round. */
export interface ProjectParties {
  project: Project
  organization: Organization
  agreement: Agreement | null
  roundName: string | null
}

/**
 * The project `projectId` and its parties. The agreement is the one not archived (a project has
 * one live agreement; an archived one was entered by mistake); the round may be gone, which only
 * leaves its name blank.
 */
export async function loadProjectParties(
  db: ShelianDatabase,
  projectId: string
): Promise<ProjectParties> {
  const project = await db.projects.get(projectId)
  if (!project) throw new Error('找不到该评估对应的项目')
  const [organization, agreements, round] = await Promise.all([
    db.organizations.get(project.organizationId),
    db.agreements.where('projectId').equals(project.id).toArray(),
    project.origin.kind === 'venture' ? db.ventureRounds.get(project.origin.roundId) : undefined
  ])
  if (!organization) throw new Error('找不到该项目的承接机构')
  return {
    project,
    organization,
    agreement: agreements.find((agreement) => agreement.archivedAt === null) ?? null,
    roundName: round?.name ?? null
  }
}

export async function loadProjectEvaluationReportInput(
  db: ShelianDatabase,
  projectEvaluationId: string
): Promise<ProjectEvaluationReportInput> {
  const evaluation = await db.projectEvaluations.get(projectEvaluationId)
  if (!evaluation) throw new Error('找不到该评估记录')
  const version = (id: string | null) =>
    id === null ? Promise.resolve(undefined) : db.projectEvaluations.get(id)
  const [parties, corrected, correctedBy, grading] = await Promise.all([
    loadProjectParties(db, evaluation.projectId),
    version(evaluation.supersedesId),
    version(evaluation.supersededById),
    createSettingsRepository(db).getGrading()
  ])
  return {
    evaluation,
    ...parties,
    corrected: corrected ?? null,
    correctedBy: correctedBy ?? null,
    bands: grading.evaluationBands
  }
}
