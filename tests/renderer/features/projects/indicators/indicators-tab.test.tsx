import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { IndicatorsTab } from '@renderer/features/projects/indicators/indicators-tab'
import type { ProjectEvaluation } from '@shared/domain/evaluations/project-evaluation'
import { PERFORMANCE_TEMPLATES } from '@shared/domain/performance/templates'
import { button } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import {
  activity,
  deliveryDatabase,
  PROJECT_ID,
  renderTab,
  runningProject
} from '../../../helpers/project-seed'

const VENTURE = PERFORMANCE_TEMPLATES.find((template) => template.key === 'venture-project')!

const table = () => screen.getByRole('table', { name: '绩效目标表' })

/**
 * The control named `label`. The editor draws a dozen inputs per indicator, and a
 * testing-library search of them all takes seconds in happy-dom; the name is looked up directly.
 */
function labelled(label: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[aria-label="${label}"]`)
  if (!found) throw new Error(`没有名为 ${label} 的控件`)
  return found
}

const toolbar = () => labelled('绩效目标表操作')

describe('a project’s 绩效目标表 tab', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('starts from a template, flags weights that do not add up, and saves the tree', async () => {
    const { db } = await deliveryDatabase(runningProject({ indicators: [] }))
    await db.activities.bulkAdd([activity('a-1'), activity('a-2', { date: '2026-05-16' })])
    renderTab(db, IndicatorsTab)

    const card = await screen.findByRole('region', { name: VENTURE.name })
    expect(within(card).getByText(`依据：${VENTURE.source}`)).toBeTruthy()
    fireEvent.click(button('使用此模板', card))

    const weight = await waitFor(() => labelled('权重：活动场次'))
    fireEvent.change(weight, { target: { value: '10' } })
    const issue = '“服务数量”下级权重合计 20，应为 15'
    await waitFor(() => expect(screen.getAllByText(issue)).toHaveLength(2))
    expect(screen.getByText('还有 1 处问题，改正后才能保存')).toBeTruthy()
    expect(button('保存', toolbar())).toHaveProperty('disabled', true)

    // Removing a branch says that what is under it goes too; turned down, nothing moves.
    fireEvent.click(labelled('删除：服务数量'))
    await screen.findByText('其下 3 项下级指标也会一并删除。保存后才生效。')
    fireEvent.click(button('取消', document.querySelector('.ant-popconfirm') as HTMLElement))

    fireEvent.change(weight, { target: { value: '5' } })
    await waitFor(() => expect(screen.queryByText(issue)).toBeNull())
    fireEvent.click(button('保存', toolbar()))

    await screen.findByText('绩效目标表已保存')
    const stored = (await db.projects.get(PROJECT_ID))!.indicators
    expect(stored.map((node) => node.name)).toEqual(VENTURE.indicators.map((node) => node.name))
    expect(stored.some((node) => node.key === 'service.volume.sessions')).toBe(false)

    // Two activities against a target of 24 sessions; the name is also the data source's. The
    // contract runs to 2027-02-28, so the target is still being worked towards.
    const sessions = within(table()).getAllByText('活动场次')[0]!.closest('tr') as HTMLElement
    expect(within(sessions).getByText('≥ 24 场')).toBeTruthy()
    expect(within(sessions).getByText('2')).toBeTruthy()
    expect(within(sessions).getByText('8.3%')).toBeTruthy()
    expect(within(sessions).getByText('进行中')).toBeTruthy()
    const quality = within(table()).getByText('服务质量').closest('tr') as HTMLElement
    expect(within(quality).getByText('手填')).toBeTruthy()
  })

  it('reads a target not reached as 未达成 once the service period is over', async () => {
    const ended = runningProject({
      indicators: [...VENTURE.indicators],
      startOn: '2025-09-01',
      endOn: '2026-08-31'
    })
    const { db } = await deliveryDatabase(ended)
    await db.activities.bulkAdd([activity('a-1'), activity('a-2', { date: '2026-05-16' })])
    renderTab(db, IndicatorsTab)

    await screen.findByRole('table', { name: '绩效目标表' })
    const sessions = within(table()).getAllByText('活动场次')[0]!.closest('tr') as HTMLElement
    expect(within(sessions).getByText('8.3%')).toBeTruthy()
    expect(within(sessions).getByText('未达成')).toBeTruthy()
    expect(within(sessions).queryByText('进行中')).toBeNull()
  })

  it('is read-only, saying why, once an evaluation against it is 定稿', async () => {
    const { db } = await deliveryDatabase(runningProject({ indicators: [...VENTURE.indicators] }))
    await db.projectEvaluations.add({
      id: 'evaluation-1',
      projectId: PROJECT_ID,
      kind: '中期',
      status: '定稿',
      archivedAt: null
    } as ProjectEvaluation)
    renderTab(db, IndicatorsTab)

    const message = '已有定稿的中期评估，绩效目标表不能再修改（评估按定稿时的绩效目标表打分）'
    expect(await screen.findByText(message)).toBeTruthy()
    expect(screen.getByRole('button', { name: '编辑绩效目标表' })).toHaveProperty('disabled', true)
    expect(within(table()).getByText('项目管理')).toBeTruthy()
  })
})
