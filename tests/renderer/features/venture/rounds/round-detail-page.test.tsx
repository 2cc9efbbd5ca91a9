import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { button, buttonLabel, confirmation, drawer } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { roundOf, ventureDatabase } from '../seed'
import { renderVenture } from './seed'

describe('公益创投 round page', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('opens the call after saying what it changes, then keeps 截止申报 back while nothing is submitted', async () => {
    const { db, repos } = await ventureDatabase()
    const round = await roundOf(repos, 2027)
    renderVenture(db, `/venture/${round.id}`)

    fireEvent.click(await screen.findByRole('button', { name: '开始征集' }))
    const confirm = await confirmation('确认开始征集？')
    expect(
      within(confirm).getByText(/预算规则、申报资格、评审标准和拨付计划不能再修改/)
    ).toBeTruthy()
    expect((await repos.ventureRounds.get(round.id))!.status).toBe('筹备')
    fireEvent.click(button('开始征集', confirm))

    const close = await screen.findByRole('button', { name: '截止申报' })
    expect(close).toHaveProperty('disabled', true)
    expect(screen.getByText('截止申报：还没有已提交的申报书')).toBeTruthy()
    expect((await repos.ventureRounds.get(round.id))!.status).toBe('征集中')
    const events = screen.getByRole('region', { name: '办理经过' })
    expect(within(events).getByText('开始征集（筹备 → 征集中）')).toBeTruthy()
    // Archiving is for a round created by mistake, before the call opens.
    expect(screen.queryByRole('button', { name: buttonLabel('归档') })).toBeNull()
  })

  it('lets only the name and the dates change once the call is open', async () => {
    const { db, repos } = await ventureDatabase()
    const round = await roundOf(repos, 2027)
    await repos.ventureRounds.perform(round.id, 'open')
    renderVenture(db, `/venture/${round.id}?tab=overview`)

    fireEvent.click(await screen.findByRole('button', { name: buttonLabel('编辑') }))
    const form = await drawer(`编辑：${round.name}`)
    expect(within(form).getByText(/征集已开始/)).toBeTruthy()
    expect(within(form).getByLabelText('资金池（元）')).toHaveProperty('disabled', true)
    expect(within(form).getByLabelText('满分 1')).toHaveProperty('disabled', true)
    fireEvent.change(within(form).getByLabelText('批次名称'), {
      target: { value: '2027 年度鼓楼区公益创投' }
    })
    fireEvent.click(button('保存', form))

    await screen.findByRole('heading', { level: 3, name: '2027 年度鼓楼区公益创投' })
    expect((await repos.ventureRounds.get(round.id))!.name).toBe('2027 年度鼓楼区公益创投')
  })
})
