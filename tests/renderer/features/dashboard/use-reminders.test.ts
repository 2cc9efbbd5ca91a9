/**
 * The 待办 list read from a stored office: the projects assembled as the 到期事项 list assembles
 * them, the rounds with their page's next date, and the base's 到期提醒天数 from 设置.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_INCUBATION_SETTINGS } from '@shared/domain/incubation/incubation-settings'
import type { Incubation } from '@shared/domain/incubation/incubation'
import type { VentureRound } from '@shared/domain/venture/round'
import { loadReminders } from '@renderer/features/dashboard/use-reminders'
import { SAMPLE, TODAY } from '../../db/helpers'
import {
  deliveryDatabase,
  evaluation,
  finalized,
  PASSING,
  PROVIDER,
  STAMP,
  tranches
} from '../../helpers/project-seed'

const rows = (reminders: Awaited<ReturnType<typeof loadReminders>>) =>
  reminders.map((r) => [r.kind, r.title, r.detail, r.dueOn, r.urgency])

/** The running project (2026-03-01 – 2027-02-28) with its first tranche paid. */
async function runningOffice() {
  const office = await deliveryDatabase()
  await office.db.payments.bulkAdd(
    tranches({ 1: { status: '已拨付', paidOn: '2026-03-20', voucherNo: 'PZ-001' } })
  )
  return office
}

describe('loadReminders', () => {
  it('lists what the 到期事项 list has due, the tranches told with what they wait for', async () => {
    const { db, repos } = await runningOffice()
    const reminders = await loadReminders(db, TODAY)
    expect(rows(reminders)).toEqual([
      ['评估', '银龄互助探访：中期评估', '第 2 期拨付以此评估合格为条件', '2026-08-30', '已逾期'],
      [
        '拨付',
        '银龄互助探访：第 2 期拨付 90,000.00 元',
        '中期评估合格后方可拨付：尚未进行中期评估',
        '2026-09-30',
        '已逾期'
      ]
    ])
    const due = (await repos.projects.dueItems(TODAY)).filter((item) => item.daysLeft <= 30)
    expect(reminders.map((r) => r.dueOn)).toEqual(due.map((item) => item.dueOn))
  })

  it('keeps an evaluation due after a 自评, and drops it once the purchaser’s is final', async () => {
    const { db } = await runningOffice()
    await db.projectEvaluations.add(
      finalized('pe-self', PASSING, { total: 100, grade: '优秀', passed: true }, { mode: '自评' })
    )
    expect((await loadReminders(db, TODAY)).map((r) => r.kind)).toEqual(['评估', '拨付'])

    await db.projectEvaluations.add(
      finalized('pe-1', PASSING, { total: 100, grade: '优秀', passed: true })
    )
    expect(rows(await loadReminders(db, TODAY))).toEqual([
      [
        '拨付',
        '银龄互助探访：第 2 期拨付 90,000.00 元',
        '可转为可拨付：中期评估优秀（100 分）',
        '2026-09-30',
        '已逾期'
      ]
    ])
  })

  it('says a tranche behind a draft evaluation waits for its 定稿', async () => {
    const { db } = await runningOffice()
    await db.projectEvaluations.add(evaluation('pe-draft'))
    const tranche = (await loadReminders(db, TODAY)).find((r) => r.kind === '拨付')
    expect(tranche?.detail).toBe('中期评估合格后方可拨付：中期评估尚未定稿')
  })

  it('lists a stay’s end within the base’s own 到期提醒天数', async () => {
    const { db, repos } = await deliveryDatabase()
    await db.projects.clear()
    const resident = SAMPLE.incubations.find((stay) => stay.status === '孵化中')!
    const stay: Incubation = {
      ...resident,
      id: 'stay-1',
      organizationId: PROVIDER.id,
      plannedEndOn: '2026-12-02',
      handoverDueOn: null,
      handedOverOn: null,
      ...STAMP
    }
    await db.incubations.add(stay)
    expect(rows(await loadReminders(db, TODAY))).toEqual([
      [
        '孵化期满',
        `${PROVIDER.name}：孵化期满`,
        '孵化中，须办理续驻、出壳或退驻',
        '2026-12-02',
        '30天内'
      ]
    ])
    await repos.settings.saveIncubation({ ...DEFAULT_INCUBATION_SETTINGS, endingSoonDays: 7 })
    expect(await loadReminders(db, TODAY)).toEqual([])
  })

  it('gives a round the next date its own page shows', async () => {
    const { db } = await deliveryDatabase()
    await db.projects.clear()
    const sample = SAMPLE.ventureRounds.find((round) => round.status === '评审中')!
    const round: VentureRound = {
      ...sample,
      id: 'round-1',
      timeline: { ...sample.timeline, reviewOn: '2026-11-20', publicityStartsOn: '2026-11-27' },
      ...STAMP
    }
    await db.ventureRounds.add(round)
    expect(
      (await loadReminders(db, TODAY)).map((r) => [r.title, r.dueOn, r.urgency, r.route])
    ).toEqual([[`${round.name}：公示开始`, '2026-11-27', '7天内', '/venture/round-1?tab=review']])
  })
})
