import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import {
  button,
  chooseStarting,
  confirmation,
  dialog,
  rowOf,
  type
} from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { breakTie, DISABILITY, ELDERLY, PUBLICITY, renderResults, scoredRound, YOUTH } from './seed'

describe('公示 and 立项', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('publishes the list for the period after confirming', async () => {
    const seeded = await scoredRound()
    await breakTie(seeded)
    renderResults(seeded)

    fireEvent.click(button('公示结果', await screen.findByRole('region', { name: '评审结果' })))
    const form = await dialog('公示结果')
    expect(within(form).getByDisplayValue(PUBLICITY.startsOn)).toBeTruthy()
    expect(within(form).getByDisplayValue(PUBLICITY.endsOn)).toBeTruthy()
    fireEvent.click(button('公示结果', form))
    const confirm = await confirmation('确认公示评审结果？')
    expect(within(confirm).getByText(/2 个项目拟资助，合计 90,000.00 元/)).toBeTruthy()
    fireEvent.click(button('公示结果', confirm))

    const list = await screen.findByRole('table', { name: '公示名单列表' })
    expect(screen.getByText('2026-11-16 至 2026-11-20')).toBeTruthy()
    expect(within(rowOf(list, ELDERLY)).getByText('拟资助')).toBeTruthy()
    expect(within(rowOf(list, DISABILITY)).getByText('未获资助')).toBeTruthy()
    expect((await seeded.repos.ventureRounds.get(seeded.roundId))!.status).toBe('公示中')
    const youth = (await seeded.repos.applications.get(seeded.ids[YOUTH]!))!
    expect(youth.award).toMatchObject({ rank: 2, grantFen: 3_000_000 })
  })

  it('takes the grant away on an upheld objection; 立项 creates the projects with tranches', async () => {
    const seeded = await scoredRound()
    await breakTie(seeded)
    await seeded.repos.ventureRounds.publish(seeded.roundId, PUBLICITY)
    renderResults(seeded)

    const objections = await screen.findByRole('region', { name: '公示异议' })
    fireEvent.click(button('登记异议', objections))
    let form = await dialog('登记异议')
    await chooseStarting(form, '针对', YOUTH)
    type(form, '异议人', '居民张先生')
    type(form, '异议内容', '该机构去年项目未按期结项')
    fireEvent.click(button('保存', form))

    const table = await within(objections).findByRole('table', { name: '公示异议列表' })
    await within(table).findByText('居民张先生')
    expect(button('立项')).toHaveProperty('disabled', true)
    expect(screen.getByText('立项：还有 1 条公示异议没有处理')).toBeTruthy()

    fireEvent.click(button('处理', rowOf(table, '居民张先生')))
    form = await dialog('处理异议')
    type(form, '处理意见', '经核实异议属实，撤销资助')
    fireEvent.click(within(form).getByLabelText('撤销资助'))
    fireEvent.click(button('保存', form))
    const revoke = await confirmation('确认撤销资助？')
    expect(within(revoke).getByText(new RegExp(`撤销后“${YOUTH}”的资助金额变为 0`))).toBeTruthy()
    fireEvent.click(button('撤销资助', revoke))

    const list = screen.getByRole('table', { name: '公示名单列表' })
    await waitFor(() => expect(within(rowOf(list, YOUTH)).getByText('未获资助')).toBeTruthy())
    expect(within(rowOf(list, YOUTH)).getByText('0.00')).toBeTruthy()
    expect((await seeded.repos.applications.get(seeded.ids[YOUTH]!))!.award!.grantFen).toBe(0)

    await waitFor(() => expect(button('立项')).toHaveProperty('disabled', false))
    fireEvent.click(button('立项'))
    const approve = await confirmation('确认立项？')
    expect(within(approve).getByText(/将为 1 个拟资助项目立项，资助合计 60,000.00 元/)).toBeTruthy()
    fireEvent.click(button('立项', approve))

    const projects = await screen.findByRole('table', { name: '立项项目列表' })
    const project = rowOf(projects, ELDERLY)
    expect(within(project).getByText('60,000.00')).toBeTruthy()
    expect(within(project).getByText('第 1 期 · 50% · 签约后 · 30,000.00 元')).toBeTruthy()
    expect(within(project).getByText('第 2 期 · 30% · 中期评估合格后 · 18,000.00 元')).toBeTruthy()
    expect(within(project).getByText('第 3 期 · 20% · 末期评估合格后 · 12,000.00 元')).toBeTruthy()
    expect(within(projects).queryByText(YOUTH)).toBeNull()
  })
})
