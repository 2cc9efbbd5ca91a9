import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { snapshot } from '../../../db/helpers'
import { button, dialog, rowOf, type } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { breakTie, DISABILITY, ELDERLY, renderResults, scoredRound, YOUTH } from './seed'

const TIE = '还有 2 份并列待定的申报书，须先决定并列次序或人工调整'

describe('评审结果 in review', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('holds a tie at the funding line until the panel orders it, then allows 公示', async () => {
    const seeded = await scoredRound()
    renderResults(seeded)

    const table = await screen.findByRole('table', { name: '评审结果列表' })
    expect(within(rowOf(table, ELDERLY)).getByText('资助')).toBeTruthy()
    expect(within(rowOf(table, ELDERLY)).getAllByText('60,000.00').length).toBeGreaterThan(0)
    expect(within(rowOf(table, DISABILITY)).getByText('待定（并列）')).toBeTruthy()
    expect(within(rowOf(table, YOUTH)).getByText('待定（并列）')).toBeTruthy()
    expect(screen.getByText(TIE)).toBeTruthy()
    expect(button('公示结果')).toHaveProperty('disabled', true)
    // Three sheets cannot be trimmed: the round says so instead of silently averaging.
    expect(screen.getByText(/有效评分不足 5 份/)).toBeTruthy()

    fireEvent.click(button('决定并列次序', rowOf(table, DISABILITY)))
    const form = await dialog('决定并列次序')
    fireEvent.click(within(form).getByRole('button', { name: `上移 ${YOUTH}` }))
    type(form, '并列次序的依据', '青少年项目覆盖人数更多')
    fireEvent.click(button('保存', form))

    await waitFor(() => expect(within(rowOf(table, YOUTH)).getByText('资助')).toBeTruthy())
    expect(within(rowOf(table, DISABILITY)).getByText('未资助')).toBeTruthy()
    expect(
      within(rowOf(table, DISABILITY)).getByText(/资金池剩余 10,000.00 元，不足以资助/)
    ).toBeTruthy()
    expect(screen.queryByText(TIE)).toBeNull()
    expect(button('公示结果')).toHaveProperty('disabled', false)
    const round = (await seeded.repos.ventureRounds.get(seeded.roundId))!
    expect(
      [...round.tiebreaks].sort((a, b) => b.order - a.order).map((entry) => entry.applicationId)
    ).toEqual([seeded.ids[YOUTH], seeded.ids[DISABILITY]])
  })

  it('refuses an adjustment above the ceiling at the amount and writes nothing', async () => {
    const seeded = await scoredRound()
    await breakTie(seeded)
    renderResults(seeded)

    const table = await screen.findByRole('table', { name: '评审结果列表' })
    const before = await snapshot(seeded.db)
    fireEvent.click(button('人工调整', rowOf(table, ELDERLY)))
    const form = await dialog(`人工调整：${ELDERLY}`)
    type(form, '调整后的资助金额（元）', '70000')
    type(form, '调整理由', '答辩后增加服务点')
    fireEvent.click(button('保存', form))

    expect(
      await within(form).findByText(
        '70,000.00 元 超过该项目按本批次规则可资助的上限 60,000.00 元，超出 10,000.00 元'
      )
    ).toBeTruthy()
    expect(await snapshot(seeded.db)).toEqual(before)

    type(form, '调整后的资助金额（元）', '5万')
    type(form, '调整理由', '答辩后核减场地费')
    fireEvent.click(button('保存', form))

    const row = () => rowOf(table, ELDERLY)
    await waitFor(() => expect(within(row()).getByText('答辩后核减场地费')).toBeTruthy())
    expect(within(row()).getAllByText('50,000.00').length).toBe(2)
    const [adjustment] = (await seeded.repos.ventureRounds.get(seeded.roundId))!.adjustments
    expect(adjustment).toMatchObject({ grantFen: 5_000_000, reason: '答辩后核减场地费' })

    fireEvent.click(button('撤销调整', row()))
    const confirm = (await screen.findByText('撤销这项人工调整？')).closest(
      '.ant-popover'
    ) as HTMLElement
    fireEvent.click(button('撤销调整', confirm))
    await waitFor(() => expect(within(row()).queryByText('答辩后核减场地费')).toBeNull())
    expect((await seeded.repos.ventureRounds.get(seeded.roundId))!.adjustments).toEqual([])
  })
})
