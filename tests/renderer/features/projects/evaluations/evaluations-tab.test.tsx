import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { EvaluationsTab } from '@renderer/features/projects/evaluations/evaluations-tab'
import { button, confirmation, dialog, rowOf, type } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import {
  deliveryDatabase,
  finalized,
  renderTab,
  runningProject,
  scores,
  tranches
} from '../../../helpers/project-seed'

const TRANCHE = '第 2 期（30%，90,000.00 元，中期评估合格后）'

/** The card titled `title`. */
async function card(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: '.ant-card-head-title' })
  return heading.closest('.ant-card') as HTMLElement
}

describe('项目评估', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('starts a 中期 evaluation, scores it with the survey’s suggestion and finalises it', async () => {
    const { db } = await deliveryDatabase()
    await db.payments.bulkAdd(tranches())
    renderTab(db, EvaluationsTab)

    fireEvent.click(await screen.findByRole('button', { name: /新建评估/ }))
    const start = await dialog('新建评估')
    type(start, '评估人', '鼓楼街道社会事务科')
    fireEvent.click(button('新建评估', start))

    const sheet = await card('中期评估 第 1 版（草稿）')
    expect(within(sheet).getByText(`本评估定稿后决定${TRANCHE}的拨付。`)).toBeTruthy()
    type(sheet, '活动场次得分', '25')
    type(sheet, '服务人次得分', '30')
    type(sheet, '服务成效得分', '20')
    await waitFor(() =>
      expect(within(sheet).getByLabelText('总分').textContent).toBe('还有 1 项未打分')
    )
    type(sheet, '调查人数', '50')
    type(sheet, '满意人数', '45')
    expect(
      await within(sheet).findByText('服务对象满意度（满分 10）：按满意率建议 9 分')
    ).toBeTruthy()
    fireEvent.click(button('采用', sheet))

    await waitFor(() =>
      expect(within(sheet).getByLabelText('总分').textContent).toBe(
        '84 分 良好（按本单位分数线：合格）'
      )
    )
    expect(
      within(sheet).getByText('按当前得分 84 分（良好），定稿后：第 2 期可转为可拨付。')
    ).toBeTruthy()
    expect(within(sheet).getByText('小计 55／60')).toBeTruthy()

    fireEvent.click(button('定稿', sheet))
    const confirm = await confirmation('确认定稿？')
    expect(within(confirm).getByText(/总分 84 分，等级“良好”。定稿后不能再修改或归档/)).toBeTruthy()
    fireEvent.click(button('定稿', confirm))

    const report = await card('中期评估 第 1 版（定稿）')
    expect(within(report).getByText(`本评估是${TRANCHE}拨付的依据。`)).toBeTruthy()
    expect(button('更正', report)).toBeTruthy()
    const [stored] = await db.projectEvaluations.toArray()
    expect(stored).toMatchObject({
      status: '定稿',
      total: 84,
      grade: '良好',
      passed: true,
      survey: { surveyed: 50, satisfied: 45 },
      evaluators: '鼓楼街道社会事务科'
    })
    expect(stored!.scores.map((row) => row.score)).toEqual([25, 30, 20, 9])
  })

  it('corrects a 定稿 evaluation only with a reason, as a new 草稿 version', async () => {
    const { db } = await deliveryDatabase()
    await db.projectEvaluations.add(
      finalized('evaluation-1', scores(10, 10, 20, 8), {
        total: 48,
        grade: '不合格',
        passed: false
      })
    )
    renderTab(db, EvaluationsTab)

    const list = await screen.findByRole('table', { name: '项目评估列表' })
    expect(within(rowOf(list, '第 1 版')).getByText('不合格')).toBeTruthy()
    fireEvent.click(button('查看', rowOf(list, '第 1 版')))
    const report = await card('中期评估 第 1 版（定稿）')
    fireEvent.click(button('更正', report))

    const form = await dialog('更正中期评估第 1 版')
    type(form, '更正原因', '漏计')
    fireEvent.click(button('更正', form))
    expect(await within(form).findByText('请说明更正原因（至少 5 个字）')).toBeTruthy()
    expect(await db.projectEvaluations.count()).toBe(1)

    type(form, '更正原因', '服务人次漏计入户探访')
    fireEvent.click(button('更正', form))

    const sheet = await card('中期评估 第 2 版（草稿）')
    expect(within(sheet).getByText('更正第 1 版：服务人次漏计入户探访')).toBeTruthy()
    expect(within(sheet).getByLabelText('服务人次得分')).toHaveProperty('value', '10.0')
    const correction = (await db.projectEvaluations.toArray()).find((row) => row.version === 2)
    expect(correction).toMatchObject({
      status: '草稿',
      supersedesId: 'evaluation-1',
      correctionReason: '服务人次漏计入户探访'
    })
    expect((await db.projectEvaluations.get('evaluation-1'))!.supersededById).toBeNull()
  })

  it('offers no new evaluation while the project has no 绩效目标表', async () => {
    const { db } = await deliveryDatabase(runningProject({ indicators: [] }))
    renderTab(db, EvaluationsTab)

    expect(await screen.findByText(/项目还没有绩效目标表/)).toBeTruthy()
    expect(screen.getByRole('button', { name: /新建评估/ })).toHaveProperty('disabled', true)
  })
})
