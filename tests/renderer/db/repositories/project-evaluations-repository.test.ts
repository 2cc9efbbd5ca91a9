import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_RATING_BANDS } from '@shared/domain/evaluations/grade-bands'
import { createProjectEvaluationsRepository } from '@renderer/db/repositories/project-evaluations-repository'
import { createSettingsRepository } from '@renderer/db/repositories/settings-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import {
  activity,
  deliveryDatabase,
  FAILING,
  INDICATORS,
  PASSING,
  scores,
  tranches
} from '../../helpers/project-seed'
import { expectRefused, NOW, sequentialIds, tickingClock } from '../helpers'

const MIDTERM = {
  projectId: 'project-1',
  kind: '中期' as const,
  mode: '第三方评估' as const,
  year: null,
  evaluatedOn: '2026-09-01',
  evaluators: '鼓楼区社会工作协会'
}

describe('project evaluations repository', () => {
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

  async function finalized(scoreRows = PASSING) {
    const { record } = await evaluations.create(MIDTERM)
    await evaluations.update(record.id, { scores: scoreRows })
    return (await evaluations.finalize(record.id)).record
  }

  describe('create', () => {
    it('copies the project’s tree with actuals from its live activities up to the evaluation date', async () => {
      await db.activities.bulkAdd([
        activity('a-1', { date: '2026-04-10', participants: 40 }),
        activity('a-2', { date: '2026-06-15', participants: 55 }),
        activity('a-3', { date: '2026-08-20', participants: 30, communityId: 'community-2' }),
        // Entered by mistake: does not count.
        activity('a-4', { date: '2026-07-01', archivedAt: '2026-07-02T00:00:00.000Z' }),
        // After the evaluation date: not yet known to it.
        activity('a-5', { date: '2026-10-01' })
      ])
      const { record, warnings } = await evaluations.create(MIDTERM)
      expect(warnings).toEqual([])
      expect(record).toMatchObject({
        projectId: 'project-1',
        organizationId: 'org-1',
        kind: '中期',
        mode: '第三方评估',
        version: 1,
        supersedesId: null,
        status: '草稿',
        total: null,
        survey: null
      })
      const actual = (key: string) => record.indicators.find((node) => node.key === key)!.actual
      expect(actual('sessions')).toBe(3)
      expect(actual('people')).toBe(125)
      // Leaves without an activity figure keep what was typed in on the project.
      expect(actual('effect')).toBe(3)
      expect(actual('satisfaction')).toBeNull()
      expect(record.scores).toEqual(
        ['sessions', 'people', 'effect', 'satisfaction'].map((key) => ({
          key,
          score: null,
          evidence: null
        }))
      )
      // The project's own tree is not touched.
      expect((await db.projects.get('project-1'))!.indicators).toEqual(INDICATORS)
      const [entry] = await evaluations.history(record.id)
      expect(entry).toMatchObject({
        action: 'create',
        operator: '张晓梅',
        summary: '新建中期评估（第三方评估）'
      })
    })

    it('refuses a project that is not signed, has no 绩效目标表, or is missing', async () => {
      await db.projects.update('project-1', { status: '待签约' })
      await expectRefused(db, () => evaluations.create(MIDTERM), '项目尚未签约，不能开始评估')
      await db.projects.update('project-1', { status: '执行中', indicators: [] })
      await expectRefused(
        db,
        () => evaluations.create(MIDTERM),
        '项目还没有绩效目标表，请先设置绩效目标再评估'
      )
      await expectRefused(
        db,
        () => evaluations.create({ ...MIDTERM, projectId: 'project-9' }),
        '项目不存在'
      )
    })

    it('refuses a date before the service period or in the future, and a 年度 evaluation without its year', async () => {
      await expectRefused(
        db,
        () => evaluations.create({ ...MIDTERM, evaluatedOn: '2026-02-01' }),
        '评估日期 2026-02-01 早于项目服务开始日期 2026-03-01'
      )
      await expectRefused(
        db,
        () => evaluations.create({ ...MIDTERM, evaluatedOn: '2026-12-01' }),
        '评估日期不能晚于今天'
      )
      await expectRefused(
        db,
        () => evaluations.create({ ...MIDTERM, kind: '年度' }),
        '年度评估须填写评估年度'
      )
    })

    it('warns when a draft of the same kind and mode is already open', async () => {
      await evaluations.create(MIDTERM)
      const { warnings } = await evaluations.create(MIDTERM)
      expect(warnings).toEqual([
        { field: 'kind', level: 'warning', message: '该项目已有一份第三方评估的中期评估草稿' }
      ])
    })
  })

  describe('drafts', () => {
    it('saves scores, survey and findings of a draft with an audit entry', async () => {
      const { record } = await evaluations.create(MIDTERM)
      const { record: saved } = await evaluations.update(record.id, {
        scores: scores(30, 28, null as unknown as number, 9),
        survey: { surveyed: 50, satisfied: 46 },
        findings: '活动开展规范'
      })
      expect(saved).toMatchObject({
        survey: { surveyed: 50, satisfied: 46 },
        findings: '活动开展规范'
      })
      expect(saved.scores[2]).toEqual({ key: 'effect', score: null, evidence: '服务对象访谈' })
      expect(await db.projectEvaluations.get(record.id)).toEqual(saved)
      const entries = await evaluations.history(record.id)
      expect(entries.at(-1)).toMatchObject({ action: 'update' })
      expect(Object.keys(entries.at(-1)!.changes!).sort()).toEqual(['findings', 'scores', 'survey'])
    })

    it('refuses a score above the leaf’s weight and a change of the tree', async () => {
      const { record } = await evaluations.create(MIDTERM)
      await expectRefused(
        db,
        () => evaluations.update(record.id, { scores: scores(31, 30, 30, 10) }),
        '“活动场次”得分须在 0 到 30 之间，现为 31'
      )
      await expectRefused(
        db,
        () => evaluations.update(record.id, { kind: '末期' } as never),
        '评估的项目、类型、方式、年度和指标不能修改'
      )
    })

    it('fills the actuals again from the activities recorded since', async () => {
      const { record } = await evaluations.create(MIDTERM)
      await db.activities.add(activity('a-1', { date: '2026-08-01', participants: 70 }))
      const { record: refilled } = await evaluations.refillActuals(record.id)
      expect(refilled.indicators.find((node) => node.key === 'people')!.actual).toBe(70)
      expect((await evaluations.history(record.id)).at(-1)).toMatchObject({
        summary: '按服务记录重新填写实际值'
      })
    })

    it('archives a draft but never a 定稿 evaluation', async () => {
      const { record } = await evaluations.create(MIDTERM)
      const { record: archived } = await evaluations.archive(record.id)
      expect(archived.archivedAt).not.toBeNull()
      const done = await finalized()
      await expectRefused(
        db,
        () => evaluations.archive(done.id),
        '中期评估第 1 版已于 2026-11-22 定稿，不能再修改或归档；如需更正，请新建更正版本'
      )
    })
  })

  describe('finalize', () => {
    it('fixes total, grade and pass with who and when, audited', async () => {
      const { record } = await evaluations.create(MIDTERM)
      await evaluations.update(record.id, { scores: scores(27, 26, 24, 9) })
      const { record: done, warnings } = await evaluations.finalize(record.id)
      expect(done).toMatchObject({
        status: '定稿',
        total: 86,
        grade: '良好',
        passed: true,
        finalizedBy: '张晓梅'
      })
      expect(done.finalizedAt).toBe(done.updatedAt)
      expect(await db.projectEvaluations.get(record.id)).toEqual(done)
      expect(warnings).toContainEqual({
        field: 'survey',
        level: 'warning',
        message: '有满意度指标（服务对象满意度），但没有填写满意度调查'
      })
      expect((await evaluations.history(record.id)).at(-1)).toMatchObject({
        action: 'finalize',
        summary: '中期评估第 1 版定稿（86 分，良好）'
      })
    })

    it('grades by the office’s bands in 设置', async () => {
      await createSettingsRepository(db, () => NOW).saveGrading({
        evaluationBands: { 优秀: 85, 良好: 70, 合格: 45 },
        ratingBands: DEFAULT_RATING_BANDS
      })
      const done = await finalized(FAILING)
      expect(done).toMatchObject({ total: 48, grade: '合格', passed: true })
    })

    it('refuses while a leaf is unscored, and a low score without its basis', async () => {
      const { record } = await evaluations.create(MIDTERM)
      await expectRefused(
        db,
        () => evaluations.finalize(record.id),
        '定稿前须为每项末级指标打分，还差：活动场次、服务人次、服务成效、服务对象满意度'
      )
      await evaluations.update(record.id, {
        scores: [
          ...scores(30, 30, 30, 10).slice(0, 3),
          { key: 'satisfaction', score: 2, evidence: null }
        ]
      })
      await expectRefused(
        db,
        () => evaluations.finalize(record.id),
        '“服务对象满意度”得 2 分，低于满分 10 的 60%，须写明评分依据'
      )
    })

    it('refuses to edit a 定稿 evaluation and writes nothing', async () => {
      const done = await finalized()
      const message =
        '中期评估第 1 版已于 2026-11-22 定稿，不能再修改或归档；如需更正，请新建更正版本'
      await expectRefused(db, () => evaluations.update(done.id, { findings: '补充发现' }), message)
      await expectRefused(db, () => evaluations.finalize(done.id), message)
      await expectRefused(db, () => evaluations.refillActuals(done.id), message)
    })
  })

  describe('corrections', () => {
    it('supersedes the old 定稿 version when the correction is 定稿, leaving it otherwise unchanged', async () => {
      const first = await finalized(FAILING)
      const { record: draft } = await evaluations.startCorrection(
        first.id,
        '服务人次统计漏算了十月的台账'
      )
      expect(draft).toMatchObject({
        version: 2,
        supersedesId: first.id,
        correctionReason: '服务人次统计漏算了十月的台账',
        status: '草稿',
        scores: FAILING,
        total: null
      })
      expect((await evaluations.history(draft.id))[0]).toMatchObject({
        action: 'create',
        summary: '更正中期评估第 1 版：服务人次统计漏算了十月的台账'
      })
      // Until the correction is 定稿 the first version stands.
      expect((await db.projectEvaluations.get(first.id))!.supersededById).toBeNull()

      await evaluations.update(draft.id, { scores: PASSING })
      const { record: second } = await evaluations.finalize(draft.id)
      expect(second).toMatchObject({ status: '定稿', total: 100, passed: true })

      const old = await db.projectEvaluations.get(first.id)
      expect(old).toEqual({ ...first, supersededById: second.id, updatedAt: second.finalizedAt })
      expect((await evaluations.history(first.id)).at(-1)).toMatchObject({
        action: 'update',
        operator: '张晓梅',
        summary: '第 1 版已被第 2 版更正取代',
        changes: { supersededById: [null, second.id] }
      })
      expect((await evaluations.listForProject('project-1')).map((e) => e.version)).toEqual([1, 2])
    })

    it('refuses to correct a draft, a superseded version, a short reason, or twice at once', async () => {
      const { record: draft } = await evaluations.create(MIDTERM)
      await expectRefused(
        db,
        () => evaluations.startCorrection(draft.id, '分数录错了需要改'),
        '评估尚未定稿，可以直接修改，无需更正'
      )
      const first = await finalized()
      await expectRefused(
        db,
        () => evaluations.startCorrection(first.id, '错'),
        '请说明更正原因（至少 5 个字）'
      )
      const { record: correction } = await evaluations.startCorrection(first.id, '评估人姓名写错')
      await expectRefused(
        db,
        () => evaluations.startCorrection(first.id, '另一处也写错了'),
        `第 1 版已有一份更正草稿（第 2 版），请在那份草稿上修改`
      )
      await evaluations.finalize(correction.id)
      await expectRefused(
        db,
        () => evaluations.startCorrection(first.id, '再改一次评分'),
        '第 1 版已被更正，请在最新版本上更正'
      )
    })
  })
})
