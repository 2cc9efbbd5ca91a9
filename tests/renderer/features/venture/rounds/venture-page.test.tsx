import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { snapshot } from '../../../db/helpers'
import { button, drawer } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { roundOf, ventureDatabase } from '../seed'
import { renderVenture } from './seed'

describe('公益创投 rounds list', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('creates a round through the form and opens it', async () => {
    const { db, repos } = await ventureDatabase()
    renderVenture(db, '/venture')

    await screen.findByText(/还没有公益创投批次/)
    expect(button('复制上年批次')).toHaveProperty('disabled', true)
    fireEvent.click(button('新建批次'))
    const form = await drawer('新建批次')
    expect(within(form).getByLabelText('批次名称')).toHaveProperty('value', '2026 年度公益创投')
    fireEvent.change(within(form).getByLabelText('资金池（元）'), { target: { value: '200万' } })
    fireEvent.click(button('添加类别', form))
    fireEvent.change(await within(form).findByLabelText('类别名称 6'), {
      target: { value: '社区文化' }
    })
    fireEvent.change(within(form).getByLabelText('类别预算（元） 6'), {
      target: { value: '300000' }
    })
    fireEvent.click(button('保存', form))

    expect(await screen.findByRole('heading', { level: 3, name: '2026 年度公益创投' })).toBeTruthy()
    const [round] = await repos.ventureRounds.listAll()
    expect(round).toMatchObject({ year: 2026, fundPoolFen: 200_000_000, status: '筹备' })
    expect(round!.tracks.at(-1)).toEqual({
      key: 'track-1',
      name: '社区文化',
      budgetFen: 30_000_000
    })
    expect(screen.getByText(/资金池 200\.00 万元/)).toBeTruthy()
  })

  it("copies last year's round with its rules, a year on", async () => {
    const { db, repos } = await ventureDatabase()
    const last = await roundOf(repos, 2025, {
      name: '2025 年度鼓楼区公益创投',
      budgetRules: {
        perProjectCapFen: 20_000_000,
        maxGrantSharePercent: 70,
        minMatchingSharePercent: null,
        categoryCaps: [{ category: '管理费', maxSharePercent: 10 }]
      }
    })
    renderVenture(db, '/venture')

    const grid = await screen.findByRole('grid', { name: '批次列表' })
    expect(await within(grid).findByText('2025 年度鼓楼区公益创投')).toBeTruthy()
    expect(within(grid).getByText('开始征集 2025-03-01（已过）')).toBeTruthy()
    fireEvent.click(button('复制上年批次'))
    const form = await drawer('复制上年批次：2026 年度')
    expect(within(form).getByLabelText('批次名称')).toHaveProperty(
      'value',
      '2026 年度鼓楼区公益创投'
    )
    expect(within(form).getByLabelText('单个项目上限（元）')).toHaveProperty('value', '200000.00')
    fireEvent.click(button('保存', form))

    await screen.findByRole('heading', { level: 3, name: '2026 年度鼓楼区公益创投' })
    const copy = (await repos.ventureRounds.listAll()).find((round) => round.id !== last.id)!
    expect(copy).toMatchObject({
      year: 2026,
      status: '筹备',
      budgetRules: last.budgetRules,
      tracks: last.tracks,
      criteria: last.criteria,
      tranches: last.tranches
    })
    expect(copy.timeline.callOpensOn).toBe('2026-03-01')
    expect(copy.timeline.signingOn).toBe('2026-06-01')
  })

  it('refuses criteria weights that do not add up to 100, at the criteria, writing nothing', async () => {
    const { db } = await ventureDatabase()
    renderVenture(db, '/venture')

    fireEvent.click(await screen.findByRole('button', { name: /新建批次/ }))
    const form = await drawer('新建批次')
    fireEvent.change(within(form).getByLabelText('资金池（元）'), { target: { value: '1000000' } })
    fireEvent.change(within(form).getByLabelText('满分 1'), { target: { value: '25' } })
    expect(await within(form).findByText('满分合计 105 / 100')).toBeTruthy()
    const before = await snapshot(db)
    fireEvent.click(button('保存', form))

    const message = await within(form).findByText('各评审项满分合计须为 100，现为 105')
    // Under the criteria list, not in the alert above the form.
    expect(message.closest('.ant-form-item-explain')).toBeTruthy()
    expect(message.closest('.ant-alert')).toBeNull()
    expect(await snapshot(db)).toEqual(before)
  })
})
