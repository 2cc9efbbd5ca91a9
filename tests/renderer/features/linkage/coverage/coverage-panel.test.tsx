import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { CoveragePanel } from '@renderer/features/linkage/coverage/coverage-panel'
import { choose, rowOf } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { renderApp } from '../../../helpers/render-app'
import { coverageDatabase } from './coverage-seed'

const gridRow = (grid: HTMLElement, name: string) =>
  within(grid).getByRole('link', { name }).closest('[role="row"]') as HTMLElement

describe('覆盖情况', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('shows each community’s figures, opening the lists behind them, and the gaps', async () => {
    const db = await coverageDatabase()
    renderApp(<CoveragePanel />, { db })

    const grid = await screen.findByRole('grid', { name: '社区覆盖矩阵' })
    const served = gridRow(grid, '华侨路社区')
    const figure = (name: string) => within(served).getByRole('link', { name })
    expect(figure('查看华侨路社区的社会组织（1）').getAttribute('href')).toBe(
      '/communities/community-1?section=organizations'
    )
    expect(figure('查看华侨路社区的社工（3）').getAttribute('href')).toBe(
      '/communities/community-1?section=socialWorkers'
    )
    expect(figure('查看华侨路社区的在办项目（1）')).toBeTruthy()
    // The resolved need is not counted.
    expect(figure('查看华侨路社区的未解决需求（1）')).toBeTruthy()
    expect(figure('查看华侨路社区的需求人数（35）')).toBeTruthy()
    const unserved = gridRow(grid, '宁海路社区')
    expect(
      within(unserved).getByRole('link', { name: '查看宁海路社区的需求人数（36）' })
    ).toBeTruthy()
    expect(within(unserved).queryByRole('link', { name: /社会组织|社工|在办项目/ })).toBeNull()

    const totals = screen.getByRole('region', { name: '合计' })
    // 2 communities; org-1, three workers and project-1 each counted once; 3 open needs of 71.
    const figures = within(totals).getAllByRole('row')[1]!
    expect(figures.textContent).toBe('2131371')

    const gaps = screen.getByRole('region', { name: '覆盖缺口' })
    expect(within(gaps).getByText('有高需求、没有在办项目的社区（提出人数 ≥ 20）')).toBeTruthy()
    const unmet = within(gaps).getByRole('table', { name: '高需求无项目的社区' })
    const loud = within(unmet).getByRole('link', { name: '青少年课后服务（30 人）' })
    expect(loud.getAttribute('href')).toBe('/linkage/needs/need-2')
    expect(within(unmet).queryByText(/楼道堆物治理/)).toBeNull()
    expect(within(unmet).queryByText('华侨路社区')).toBeNull()
    const unreached = within(gaps).getByRole('table', { name: '未覆盖的社区' })
    const row = rowOf(unreached, '宁海路社区')
    expect(within(row).getByText('无社会组织')).toBeTruthy()
    expect(within(row).getByText('无社工')).toBeTruthy()
    expect(within(unreached).queryByText('华侨路社区')).toBeNull()
  })

  it('rolls up volunteer hours per community for the chosen year', async () => {
    const db = await coverageDatabase()
    renderApp(<CoveragePanel />, { db })

    const section = await screen.findByRole('region', { name: '志愿服务（五社联动）' })
    const table = await within(section).findByRole('table', { name: '各社区志愿服务' })
    await waitFor(() => expect(rowOf(table, '华侨路社区').textContent).toBe('华侨路社区1861'))

    await choose(section, '年度', '全部年度')
    await waitFor(() => expect(rowOf(table, '华侨路社区').textContent).toBe('华侨路社区26.5102'))
    expect(within(table).getByText('合计').closest('tr')!.textContent).toBe('合计26.5102')
  })
})
