import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { PaymentsTab } from '@renderer/features/projects/payments/payments-tab'
import { TODAY } from '../../../db/helpers'
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

const EARLIER = '2026-09-15T02:00:00.000Z'

describe('拨付', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('reviews and pays the 中期 tranche handled by someone else, recording the chain', async () => {
    const { db } = await deliveryDatabase()
    await db.projectEvaluations.add(
      finalized('evaluation-1', scores(25, 30, 25, 8), { total: 88, grade: '良好', passed: true })
    )
    await db.payments.bulkAdd(
      tranches({
        1: {
          status: '已拨付',
          paidOn: '2026-03-10',
          voucherNo: 'PZ-0301',
          approvals: [
            { step: '经办', by: '李四', at: EARLIER, note: null },
            { step: '审核', by: '张晓梅', at: EARLIER, note: null },
            { step: '拨付', by: '张晓梅', at: EARLIER, note: null }
          ]
        },
        2: { status: '可拨付', approvals: [{ step: '经办', by: '李四', at: EARLIER, note: null }] }
      })
    )
    renderTab(db, PaymentsTab)

    const table = await screen.findByRole('table', { name: '各期拨付列表' })
    const money = (label: string) => within(screen.getByLabelText(label))
    expect(money('计划').getByText('300,000.00')).toBeTruthy()
    expect(money('已拨付').getByText('150,000.00')).toBeTruthy()
    expect(money('待拨付').getByText('150,000.00')).toBeTruthy()
    expect(within(rowOf(table, '第 2 期')).getByText('提交中期财务报告后')).toBeTruthy()
    expect(within(rowOf(table, '第 2 期')).getByText('经办 李四 2026-09-15')).toBeTruthy()
    // 第 3 期 waits for its 末期 evaluation: offered, but refused with the reason.
    expect(button('转为可拨付', rowOf(table, '第 3 期'))).toHaveProperty('disabled', true)
    expect(within(rowOf(table, '第 3 期')).getByText('尚未进行末期评估')).toBeTruthy()

    fireEvent.click(button('审核', rowOf(table, '第 2 期')))
    const review = await dialog('第 2 期：审核')
    type(review, '审核意见', '中期评估良好，同意拨付')
    fireEvent.click(button('审核', review))
    await waitFor(() => expect(within(rowOf(table, '第 2 期')).getByText('已审核')).toBeTruthy())

    fireEvent.click(button('拨付', rowOf(table, '第 2 期')))
    const pay = await dialog('第 2 期：拨付')
    type(pay, '凭证号', 'PZ-0917')
    fireEvent.click(button('拨付', pay))
    const confirm = await confirmation('确认拨付第 2 期？')
    expect(within(confirm).getByText(/拨付后这一期不能再暂缓或撤回/)).toBeTruthy()
    fireEvent.click(button('拨付', confirm))

    await waitFor(async () =>
      expect(await db.payments.get('payment-2')).toMatchObject({
        status: '已拨付',
        paidOn: TODAY,
        voucherNo: 'PZ-0917'
      })
    )
    const stored = (await db.payments.get('payment-2'))!
    expect(stored.approvals.map(({ step, by, note }) => [step, by, note])).toEqual([
      ['经办', '李四', null],
      ['审核', '张晓梅', '中期评估良好，同意拨付'],
      ['拨付', '张晓梅', null]
    ])
    expect(await money('已拨付').findByText('240,000.00')).toBeTruthy()
    expect(money('待拨付').getByText('60,000.00')).toBeTruthy()
  })

  it('asks for a 追回 decision on a tranche a failed evaluation held, and refuses to resume it', async () => {
    const { db } = await deliveryDatabase()
    await db.projectEvaluations.add(
      finalized('evaluation-1', scores(10, 10, 20, 8), {
        total: 48,
        grade: '不合格',
        passed: false
      })
    )
    const holdReason = '中期评估不合格（48 分），待作追回决定'
    await db.payments.bulkAdd(
      tranches({
        2: {
          status: '暂缓',
          holdReason,
          approvals: [{ step: '暂缓', by: '张晓梅', at: EARLIER, note: holdReason }]
        }
      })
    )
    renderTab(db, PaymentsTab)

    const table = await screen.findByRole('table', { name: '各期拨付列表' })
    expect(
      screen.getByText('第 2 期（90,000.00 元）中期评估不合格（48 分），待作追回决定')
    ).toBeTruthy()
    expect(button('恢复', rowOf(table, '第 2 期'))).toHaveProperty('disabled', true)

    fireEvent.click(button('作追回决定', rowOf(table, '第 2 期')))
    const recover = await dialog('第 2 期：作追回决定')
    expect(within(recover).getByLabelText('追回金额（元）')).toHaveProperty('value', '0')
    type(recover, '追回决定理由', '中期评估不合格，停止拨付第 2 期')
    fireEvent.click(button('作追回决定', recover))
    const confirm = await confirmation('确认第 2 期的追回决定？')
    expect(within(confirm).getByText(/将停止拨付并结案/)).toBeTruthy()
    fireEvent.click(button('作追回决定', confirm))

    await waitFor(async () =>
      expect((await db.payments.get('payment-2'))!.recovery).toEqual({
        decidedOn: TODAY,
        amountFen: 0,
        reason: '中期评估不合格，停止拨付第 2 期',
        decidedBy: '张晓梅'
      })
    )
    expect(
      await within(rowOf(table, '第 2 期')).findByText(
        `${TODAY} 决定停止拨付：中期评估不合格，停止拨付第 2 期`
      )
    ).toBeTruthy()
  })

  it('explains before signing that the tranches are created at signing', async () => {
    const { db } = await deliveryDatabase(
      runningProject({ status: '待签约', startOn: null, endOn: null })
    )
    renderTab(db, PaymentsTab)

    expect(await screen.findByText('签约后生成拨付记录')).toBeTruthy()
    const plan = screen.getByRole('table', { name: '拨付计划列表' })
    expect(within(rowOf(plan, '第 2 期')).getByText('中期评估合格后')).toBeTruthy()
    expect(within(rowOf(plan, '第 2 期')).getByText('90,000.00')).toBeTruthy()
    expect(await db.payments.count()).toBe(0)
  })
})
