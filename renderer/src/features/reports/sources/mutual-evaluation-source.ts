/**
 * What the 双向评估报告 needs, read from the database: the evaluation with both sheets, and its
 * project with the provider, the live agreement and the round (see {@link loadProjectParties}).
 */
import type { MutualEvaluationReportInput } from '@shared/pdf/reports/mutual-evaluation-report'
import type { ShelianDatabase } from '@renderer/db/schema'
import { loadProjectParties } from './project-evaluation-source'

export async function loadMutualEvaluationReportInput(
  db: ShelianDatabase,
  mutualEvaluationId: string
): Promise<MutualEvaluationReportInput> {
  const evaluation = await db.mutualEvaluations.get(mutualEvaluationId)
  if (!evaluation) throw new Error('找不到该双向评估记录')
  return { evaluation, ...(await loadProjectParties(db, evaluation.projectId)) }
}
