import { beforeEach, describe, expect, it } from 'vitest'
import { createProjectEvaluationsRepository } from '@renderer/db/repositories/project-evaluations-repository'
import { createSettingsRepository } from '@renderer/db/repositories/settings-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import { loadProjectEvaluationReportInput } from '@renderer/features/reports/sources/project-evaluation-source'
import { DEFAULT_EVALUATION_BANDS } from '@shared/domain/evaluations/grade-bands'
import { NOW, SAMPLE, sequentialIds, tickingClock } from '../../../db/helpers'
import {
  AGREEMENT_ID,
  deliveryDatabase,
  FAILING,
  PASSING,
  PROJECT_ID,
  PROVIDER,
  STAMP,
  tranches
} from '../../../helpers/project-seed'

const MIDTERM = {
  projectId: PROJECT_ID,
  kind: '中期' as const,
  mode: '第三方评估' as const,
  year: null,
  evaluatedOn: '2026-09-01',
  evaluators: '鼓楼区社会工作协会'
}

describe('loadProjectEvaluationReportInput', () => {
  let db: ShelianDatabase
  let evaluations: ReturnType<typeof createProjectEvaluationsRepository>

  beforeEach(async () => {
    ;({ db } = await deliveryDatabase())
    await db.payments.bulkAdd(tranches())
    evaluations = createProjectEvaluationsRepository(db, {
      now: tickingClock(),
      newId: sequentialIds('evaluation')
    })
  })

  /** A 中期 evaluation with these scores, 定稿. */
  async function finalized(scores = PASSING) {
    const { record } = await evaluations.create(MIDTERM)
    await evaluations.update(record.id, { scores })
    return (await evaluations.finalize(record.id)).record
  }

  it('reads the evaluation, its project, provider and live agreement, and the office’s bands', async () => {
    const evaluation = await finalized()
    const input = await loadProjectEvaluationReportInput(db, evaluation.id)
    expect(input.evaluation).toMatchObject({
      id: evaluation.id,
      status: '定稿',
      total: 100,
      grade: '优秀'
    })
    expect(input.project).toMatchObject({ id: PROJECT_ID, title: '银龄互助探访' })
    expect(input.organization).toMatchObject({ id: PROVIDER.id, name: PROVIDER.name })
    expect(input.agreement).toMatchObject({ id: AGREEMENT_ID, number: 'GL-CT-2026-001' })
    expect(input).toMatchObject({
      corrected: null,
      correctedBy: null,
      bands: DEFAULT_EVALUATION_BANDS
    })
  })

  it('names the 公益创投 round when it is on record, and skips an archived agreement', async () => {
    await db.ventureRounds.add({
      ...SAMPLE.ventureRounds[0]!,
      id: 'round-1',
      name: '2026年度公益创投'
    })
    await db.agreements.add({
      ...(await db.agreements.get(AGREEMENT_ID))!,
      id: 'agreement-0',
      number: 'GL-CT-2026-000',
      archivedAt: '2026-02-20T02:00:00.000Z'
    })
    const evaluation = await finalized()
    const input = await loadProjectEvaluationReportInput(db, evaluation.id)
    expect(input.roundName).toBe('2026年度公益创投')
    expect(input.agreement?.id).toBe(AGREEMENT_ID)
  })

  it('leaves the round’s name blank when the round is gone', async () => {
    const evaluation = await finalized()
    expect((await loadProjectEvaluationReportInput(db, evaluation.id)).roundName).toBeNull()
  })

  it('reads the version a correction corrects, and the version that corrected it', async () => {
    const first = await finalized(FAILING)
    const { record: draft } = await evaluations.startCorrection(
      first.id,
      '服务人次统计漏算了十月的台账'
    )
    await evaluations.update(draft.id, { scores: PASSING })
    const { record: second } = await evaluations.finalize(draft.id)

    const ofFirst = await loadProjectEvaluationReportInput(db, first.id)
    expect(ofFirst.evaluation).toMatchObject({ version: 1, supersededById: second.id })
    expect(ofFirst.corrected).toBeNull()
    expect(ofFirst.correctedBy).toMatchObject({ id: second.id, version: 2 })

    const ofSecond = await loadProjectEvaluationReportInput(db, second.id)
    expect(ofSecond.evaluation).toMatchObject({
      version: 2,
      correctionReason: '服务人次统计漏算了十月的台账'
    })
    expect(ofSecond.corrected).toMatchObject({ id: first.id, version: 1 })
    expect(ofSecond.correctedBy).toBeNull()
  })

  it('reads a draft with the grade bands saved in 设置', async () => {
    const { record } = await evaluations.create(MIDTERM)
    const settings = createSettingsRepository(db, () => NOW)
    const bands = { 优秀: 95, 良好: 85, 合格: 70 }
    await settings.saveGrading({ ...(await settings.getGrading()), evaluationBands: bands })

    const input = await loadProjectEvaluationReportInput(db, record.id)
    expect(input.evaluation).toMatchObject({ id: record.id, status: '草稿', total: null })
    expect(input.bands).toEqual(bands)
  })

  it('refuses an evaluation that does not exist', async () => {
    await expect(loadProjectEvaluationReportInput(db, 'missing')).rejects.toThrow(
      '找不到该评估记录'
    )
  })

  it('says so when the evaluation’s project is not on record', async () => {
    const evaluation = await finalized()
    await db.projectEvaluations.put({ ...evaluation, projectId: 'gone', ...STAMP })
    await expect(loadProjectEvaluationReportInput(db, evaluation.id)).rejects.toThrow(
      '找不到该评估对应的项目'
    )
  })
})
