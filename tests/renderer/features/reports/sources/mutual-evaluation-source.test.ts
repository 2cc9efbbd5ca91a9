import { beforeEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_MUTUAL_TEMPLATE,
  type MutualSheetInput
} from '@shared/domain/evaluations/mutual-evaluation'
import { createMutualEvaluationsRepository } from '@renderer/db/repositories/mutual-evaluations-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import { loadMutualEvaluationReportInput } from '@renderer/features/reports/sources/mutual-evaluation-source'
import { sequentialIds, tickingClock } from '../../../db/helpers'
import { AGREEMENT_ID, deliveryDatabase, PROJECT_ID, PROVIDER } from '../../../helpers/project-seed'

/** Every obligation scored `score`, one explained. */
function sheet(rater: string, score: number): MutualSheetInput {
  return {
    rater,
    scores: DEFAULT_MUTUAL_TEMPLATE.map((obligation) => ({
      key: obligation.key,
      score,
      comment: obligation.key === 'purchaser-funding' ? '第二期拨付延迟两周' : null
    }))
  }
}

describe('loadMutualEvaluationReportInput', () => {
  let db: ShelianDatabase
  let mutual: ReturnType<typeof createMutualEvaluationsRepository>

  beforeEach(async () => {
    ;({ db } = await deliveryDatabase())
    mutual = createMutualEvaluationsRepository(db, {
      now: tickingClock(),
      newId: sequentialIds('mutual')
    })
  })

  async function started() {
    const { record } = await mutual.create({
      projectId: PROJECT_ID,
      periodLabel: '2026年度',
      periodStart: '2026-03-01',
      periodEnd: '2027-02-28',
      obligations: [...DEFAULT_MUTUAL_TEMPLATE]
    })
    return record.id
  }

  it('reads the evaluation with both sheets, its project, provider and agreement', async () => {
    const id = await started()
    await mutual.fillSheet(id, 'purchaser', sheet('鼓楼街道 刘主任', 18))
    await mutual.fillSheet(id, 'provider', sheet('阳光社工 周站长', 17))
    await mutual.submitSheet(id, 'purchaser')
    await mutual.submitSheet(id, 'provider')
    await mutual.finalize(id)

    const input = await loadMutualEvaluationReportInput(db, id)
    expect(input.evaluation).toMatchObject({ id, status: '定稿', periodLabel: '2026年度' })
    expect(input.evaluation.sheets.map((s) => [s.side, s.rater, s.scores[0]])).toEqual([
      [
        'purchaser',
        '鼓楼街道 刘主任',
        { key: 'purchaser-funding', score: 18, comment: '第二期拨付延迟两周' }
      ],
      [
        'provider',
        '阳光社工 周站长',
        { key: 'purchaser-funding', score: 17, comment: '第二期拨付延迟两周' }
      ]
    ])
    expect(input.project).toMatchObject({ id: PROJECT_ID })
    expect(input.organization).toMatchObject({ id: PROVIDER.id, name: PROVIDER.name })
    expect(input.agreement).toMatchObject({ id: AGREEMENT_ID })
    expect(input.roundName).toBeNull()
  })

  it('reads a draft whose sheets are still being filled', async () => {
    const id = await started()
    const input = await loadMutualEvaluationReportInput(db, id)
    expect(input.evaluation.status).toBe('草稿')
    expect(input.evaluation.sheets.map((s) => s.submittedAt)).toEqual([null, null])
  })

  it('refuses an evaluation that does not exist', async () => {
    await expect(loadMutualEvaluationReportInput(db, 'missing')).rejects.toThrow(
      '找不到该双向评估记录'
    )
  })
})
