import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_EVALUATION_BANDS } from '@shared/domain/evaluations/grade-bands'
import { blankScores } from '@shared/domain/evaluations/scorecard'
import { DEFAULT_SCORECARD } from '@shared/domain/incubation/incubation-settings'
import type { OrganizationDraft } from '@shared/domain/organizations/organization'
import { createRepositories, type Repositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import { loadIncubationEvaluationReportInput } from '@renderer/features/reports/sources/incubation-evaluation-source'
import { draftOf, freshDb, SAMPLE, sequentialIds, tickingClock } from '../../../db/helpers'

const REGISTERED = SAMPLE.organizations.find((o) => o.registrationStatus === '已登记')!

describe('loadIncubationEvaluationReportInput', () => {
  let db: ShelianDatabase
  let repos: Repositories

  beforeEach(async () => {
    db = freshDb()
    repos = createRepositories(db, { now: tickingClock(), newId: sequentialIds() })
    await repos.settings.saveGeneral({
      operatorName: '张晓梅',
      officeName: '鼓楼街道办事处',
      backupKeep: 10
    })
  })

  /** An organisation admitted to the base on 2026-11-18, and a 出壳 evaluation of its stay. */
  async function assessed(score: number | null) {
    const organization = (
      await repos.organizations.create({
        ...(draftOf(REGISTERED) as OrganizationDraft),
        communityIds: []
      })
    ).record
    const { record: applied } = await repos.incubations.apply({
      organizationId: organization.id,
      baseName: '鼓楼区社会组织孵化基地',
      appliedOn: '2026-11-16',
      preferredMode: '实体',
      note: null
    })
    await repos.incubations.perform(applied.id, 'approve', { on: '2026-11-17', note: null })
    const { record: stay } = await repos.incubations.perform(applied.id, 'admit', {
      on: '2026-11-18',
      agreementNo: 'GL-2026-017',
      mode: '实体',
      workstation: 'A-12',
      mentor: '陈老师',
      plannedEndOn: null
    })
    const { record: evaluation } = await repos.evaluations.create({
      subjectType: 'incubation',
      subjectId: stay.id,
      kind: '出壳',
      evaluatedOn: '2026-11-20',
      evaluators: '王教授、李老师',
      dimensions: blankScores(DEFAULT_SCORECARD).map((dimension) => ({ ...dimension, score })),
      findings: '治理结构完整'
    })
    return { organization, stay, evaluation }
  }

  it('reads the evaluation, the stay it assesses and the organisation', async () => {
    const { organization, stay, evaluation } = await assessed(85)
    await repos.evaluations.finalize(evaluation.id)

    const input = await loadIncubationEvaluationReportInput(db, evaluation.id)
    expect(input.evaluation).toMatchObject({
      id: evaluation.id,
      kind: '出壳',
      status: '定稿',
      total: 85,
      grade: '良好',
      passed: true
    })
    expect(input.stay).toMatchObject({
      id: stay.id,
      status: '孵化中',
      admittedOn: '2026-11-18',
      agreementNo: 'GL-2026-017'
    })
    expect(input.organization).toMatchObject({ id: organization.id, name: REGISTERED.name })
    expect(input.bands).toEqual(DEFAULT_EVALUATION_BANDS)
  })

  it('reads a draft as it stands, with the office’s grade bands from 设置', async () => {
    const { evaluation } = await assessed(null)
    const grading = await repos.settings.getGrading()
    const bands = { 优秀: 95, 良好: 85, 合格: 70 }
    await repos.settings.saveGrading({ ...grading, evaluationBands: bands })

    const input = await loadIncubationEvaluationReportInput(db, evaluation.id)
    expect(input.evaluation).toMatchObject({ status: '草稿', total: null })
    expect(input.bands).toEqual(bands)
  })

  it('refuses an evaluation that does not exist', async () => {
    await expect(loadIncubationEvaluationReportInput(db, 'missing')).rejects.toThrow(
      '找不到该评估记录'
    )
  })

  it('says so when the evaluation’s stay is not on record', async () => {
    const { stay, evaluation } = await assessed(85)
    await db.incubations.delete(stay.id)
    await expect(loadIncubationEvaluationReportInput(db, evaluation.id)).rejects.toThrow(
      '找不到该评估对应的入驻记录'
    )
  })
})
