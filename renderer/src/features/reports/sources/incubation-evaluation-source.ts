/**
 * What the 入驻 / 中期 / 出壳评估报告 needs, read from the database: the evaluation, the stay it
 * assesses, the organisation, and the office's grade bands (a draft's provisional grade is read
 * against them). Reads only, so it can run while the user looks at the record.
 */
import type { IncubationEvaluationReportInput } from '@shared/pdf/reports/incubation-evaluation-report'
import { createSettingsRepository } from '@renderer/db/repositories/settings-repository'
import type { ShelianDatabase } from '@renderer/db/schema'

export async function loadIncubationEvaluationReportInput(
  db: ShelianDatabase,
  evaluationId: string
): Promise<IncubationEvaluationReportInput> {
  const evaluation = await db.evaluations.get(evaluationId)
  if (!evaluation) throw new Error('找不到该评估记录')
  const [stay, organization, grading] = await Promise.all([
    db.incubations.get(evaluation.subjectId),
    db.organizations.get(evaluation.organizationId),
    createSettingsRepository(db).getGrading()
  ])
  if (!stay) throw new Error('找不到该评估对应的入驻记录')
  if (!organization) throw new Error('找不到被评估的组织')
  return { evaluation, stay, organization, bands: grading.evaluationBands }
}
