import { beforeEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_MUTUAL_TEMPLATE,
  type MutualEvaluationDraft,
  type MutualSheetInput
} from '@shared/domain/evaluations/mutual-evaluation'
import { createMutualEvaluationsRepository } from '@renderer/db/repositories/mutual-evaluations-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import { deliveryDatabase, setOperator } from '../../helpers/project-seed'
import { expectRefused, sequentialIds, tickingClock } from '../helpers'

const DRAFT: MutualEvaluationDraft = {
  projectId: 'project-1',
  periodLabel: '2026年度',
  periodStart: '2026-03-01',
  periodEnd: '2027-02-28',
  obligations: [...DEFAULT_MUTUAL_TEMPLATE]
}

/** Every obligation scored `score`, except those in `except`. */
function sheet(
  rater: string,
  score: number,
  except: Record<string, number> = {}
): MutualSheetInput {
  return {
    rater,
    scores: DEFAULT_MUTUAL_TEMPLATE.map((obligation) => ({
      key: obligation.key,
      score: except[obligation.key] ?? score,
      comment: null
    }))
  }
}

describe('mutual evaluations repository', () => {
  let db: ShelianDatabase
  let mutual: ReturnType<typeof createMutualEvaluationsRepository>

  beforeEach(async () => {
    ;({ db } = await deliveryDatabase())
    mutual = createMutualEvaluationsRepository(db, {
      now: tickingClock(),
      newId: sequentialIds('mutual')
    })
  })

  /** Both sheets filled and submitted: the purchaser rates 不摊派合同外行政任务 18, the provider 10. */
  async function bothSubmitted() {
    const { record } = await mutual.create(DRAFT)
    await mutual.fillSheet(record.id, 'purchaser', sheet('鼓楼街道 刘主任', 18))
    await mutual.fillSheet(
      record.id,
      'provider',
      sheet('阳光社工 周站长', 17, { 'purchaser-no-extra-tasks': 10 })
    )
    await mutual.submitSheet(record.id, 'purchaser')
    await mutual.submitSheet(record.id, 'provider')
    return record.id
  }

  it('starts a 草稿 with both sheets blank, audited', async () => {
    const { record, warnings } = await mutual.create(DRAFT)
    expect(warnings).toEqual([])
    expect(record).toMatchObject({
      projectId: 'project-1',
      status: '草稿',
      periodLabel: '2026年度'
    })
    expect(record.sheets.map((s) => [s.side, s.rater, s.submittedAt])).toEqual([
      ['purchaser', '', null],
      ['provider', '', null]
    ])
    expect(record.sheets[0].scores).toHaveLength(10)
    expect(await mutual.history(record.id)).toEqual([
      expect.objectContaining({
        action: 'create',
        operator: '张晓梅',
        summary: '新建2026年度双向评估'
      })
    ])
  })

  it('refuses a project before signing, a second evaluation of the same period, a template that does not add up', async () => {
    await mutual.create(DRAFT)
    await expectRefused(db, () => mutual.create(DRAFT), '该项目已有“2026年度”的双向评估')
    const [first, ...rest] = DEFAULT_MUTUAL_TEMPLATE
    await expectRefused(
      db,
      () =>
        mutual.create({
          ...DRAFT,
          periodLabel: '2027年度',
          obligations: [{ ...first!, maxScore: 30 }, ...rest]
        }),
      '购买方各项义务满分合计 110，应为 100'
    )
    await db.projects.update('project-1', { status: '待签约' })
    await expectRefused(
      db,
      () => mutual.create({ ...DRAFT, periodLabel: '2027年度' }),
      '项目尚未签约，不能进行双向评估'
    )
  })

  it('warns about a period outside the service period', async () => {
    const { warnings } = await mutual.create({ ...DRAFT, periodEnd: '2027-03-31' })
    expect(warnings).toEqual([
      {
        field: 'periodStart',
        level: 'warning',
        message: '评估期间 2026-03-01 至 2027-03-31 超出项目服务期 2026-03-01 至 2027-02-28'
      }
    ])
  })

  it('finalizes once both sheets are submitted, with the comparison and its gaps', async () => {
    const { record } = await mutual.create(DRAFT)
    await mutual.fillSheet(record.id, 'purchaser', sheet('鼓楼街道 刘主任', 18))
    await mutual.submitSheet(record.id, 'purchaser')
    await expectRefused(db, () => mutual.finalize(record.id), '承接方的评价表尚未提交，不能定稿')

    await mutual.fillSheet(
      record.id,
      'provider',
      sheet('阳光社工 周站长', 17, { 'purchaser-no-extra-tasks': 10 })
    )
    await mutual.submitSheet(record.id, 'provider')
    await setOperator(db, '陈建国')
    const { record: done, warnings } = await mutual.finalize(record.id)
    expect(done).toMatchObject({ status: '定稿', finalizedBy: '陈建国' })
    expect(done.finalizedAt).toBe(done.updatedAt)
    expect(await db.mutualEvaluations.get(record.id)).toEqual(done)
    expect(warnings).toEqual([
      {
        field: 'sheets',
        level: 'warning',
        message: '双方评分差距较大：“不摊派合同外行政任务”自评 18、他评 10'
      }
    ])
    expect((await mutual.history(record.id)).at(-1)).toMatchObject({
      action: 'finalize',
      operator: '陈建国',
      summary: '2026年度双向评估定稿'
    })

    const comparison = (await mutual.comparison(record.id))!
    expect(comparison.rows.find((row) => row.key === 'purchaser-no-extra-tasks')).toMatchObject({
      side: 'purchaser',
      self: 18,
      other: 10,
      gap: 8,
      flagged: true
    })
    expect(comparison.totals).toEqual({
      purchaser: { maxScore: 100, self: 90, other: 78 },
      provider: { maxScore: 100, self: 85, other: 90 }
    })
    expect(await mutual.comparison('mutual-9')).toBeUndefined()
  })

  it('refuses to submit an incomplete sheet and to fill a submitted one until it is reopened', async () => {
    const { record } = await mutual.create(DRAFT)
    await mutual.fillSheet(record.id, 'provider', {
      rater: '阳光社工 周站长',
      scores: [{ key: 'provider-delivery', score: 18, comment: null }]
    })
    await expectRefused(
      db,
      () => mutual.submitSheet(record.id, 'provider'),
      '提交前须为每项义务打分，还差：按时足额拨付'
    )
    await mutual.fillSheet(record.id, 'provider', sheet('阳光社工 周站长', 17))
    const { record: submitted } = await mutual.submitSheet(record.id, 'provider')
    expect(submitted.sheets[1].submittedAt).not.toBeNull()
    await expectRefused(
      db,
      () => mutual.fillSheet(record.id, 'provider', sheet('阳光社工 周站长', 16)),
      '承接方的评价表已提交；如需修改，请先退回'
    )
    const { record: reopened } = await mutual.reopenSheet(record.id, 'provider')
    expect(reopened.sheets[1].submittedAt).toBeNull()
    expect((await mutual.history(record.id)).at(-1)).toMatchObject({
      action: 'transition',
      summary: '退回承接方评价表'
    })
    const { record: refilled } = await mutual.fillSheet(
      record.id,
      'provider',
      sheet('阳光社工 周站长', 16)
    )
    expect(refilled.sheets[1].scores[0]!.score).toBe(16)
  })

  it('refuses a score above the obligation’s maximum', async () => {
    const { record } = await mutual.create(DRAFT)
    await expectRefused(
      db,
      () => mutual.fillSheet(record.id, 'purchaser', sheet('刘主任', 21)),
      '“按时足额拨付”得分须在 0 到 20 之间，现为 21'
    )
  })

  it('edits the period and obligations of a draft, but not the obligations once a sheet is in', async () => {
    const { record } = await mutual.create(DRAFT)
    const { record: renamed } = await mutual.update(record.id, { periodLabel: '2026—2027年度' })
    expect(renamed.periodLabel).toBe('2026—2027年度')
    await mutual.fillSheet(record.id, 'purchaser', sheet('刘主任', 18))
    await mutual.submitSheet(record.id, 'purchaser')
    const [first, second, ...rest] = DEFAULT_MUTUAL_TEMPLATE
    await expectRefused(
      db,
      () =>
        mutual.update(record.id, {
          obligations: [{ ...first!, maxScore: 25 }, { ...second!, maxScore: 15 }, ...rest]
        }),
      '购买方的评价表已提交，不能再修改评估义务'
    )
  })

  it('refuses every change after 定稿 and writes nothing', async () => {
    const id = await bothSubmitted()
    const { record: done } = await mutual.finalize(id)
    const message = '2026年度双向评估已于 2026-11-22 定稿，不能再修改或归档'
    await expectRefused(db, () => mutual.fillSheet(id, 'purchaser', sheet('刘主任', 20)), message)
    await expectRefused(db, () => mutual.reopenSheet(id, 'provider'), message)
    await expectRefused(db, () => mutual.submitSheet(id, 'provider'), message)
    await expectRefused(db, () => mutual.update(id, { periodLabel: '改名' }), message)
    await expectRefused(db, () => mutual.finalize(id), message)
    await expectRefused(db, () => mutual.archive(id), message)
    expect(await db.mutualEvaluations.get(id)).toEqual(done)
  })

  it('archives and restores a draft', async () => {
    const { record } = await mutual.create(DRAFT)
    expect((await mutual.archive(record.id)).record.archivedAt).not.toBeNull()
    await expectRefused(
      db,
      () => mutual.fillSheet(record.id, 'purchaser', sheet('刘主任', 18)),
      '这条双向评估已归档，请先恢复再修改'
    )
    // A new one of the same period may be started while the old one is archived …
    const { record: second } = await mutual.create(DRAFT)
    // … and then the old one cannot come back beside it.
    await expectRefused(db, () => mutual.restore(record.id), '该项目已有“2026年度”的双向评估')
    await mutual.archive(second.id)
    expect((await mutual.restore(record.id)).record.archivedAt).toBeNull()
    expect((await mutual.listForProject('project-1')).map((e) => e.id)).toEqual([
      record.id,
      second.id
    ])
  })
})
