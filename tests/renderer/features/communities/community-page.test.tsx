import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import type { ShelianDatabase } from '@renderer/db/schema'
import { CommunityPage } from '@renderer/features/communities/community-page'
import { rowOf } from '../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'
import { PROVIDER } from '../../helpers/project-seed'
import { renderApp } from '../../helpers/render-app'
import { coverageDatabase } from '../linkage/coverage/coverage-seed'

function renderCommunity(db: ShelianDatabase, id: string) {
  return renderApp(
    <Routes>
      <Route path="/communities/:id" element={<CommunityPage />} />
    </Routes>,
    { db, route: `/communities/${id}` }
  )
}

describe('community page', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('lists everything linked to the community and draws a node for each', async () => {
    const db = await coverageDatabase()
    await db.socialWorkers.update('worker-3', { registrationValidUntil: '2026-10-31' })
    renderCommunity(db, 'community-1')

    expect(await screen.findByRole('heading', { name: '华侨路社区', level: 3 })).toBeTruthy()
    const region = (name: RegExp) => screen.getByRole('region', { name })

    const organizations = region(/^服务本社区的社会组织（1）/)
    expect(within(organizations).getByRole('link', { name: PROVIDER.name })).toBeTruthy()

    const workers = within(region(/^服务本社区的社工（3）/)).getByRole('table')
    // worker-1 is on the running project; worker-3's registration lapsed last month.
    expect(rowOf(workers, '李娜').lastElementChild!.textContent).toBe('1')
    expect(rowOf(workers, '王芳').lastElementChild!.textContent).toBe('0')
    expect(within(rowOf(workers, '赵敏')).getByText('已过期')).toBeTruthy()

    const projects = region(/^在本社区的项目（1）/)
    const project = rowOf(within(projects).getByRole('table'), '银龄互助探访')
    expect(within(project).getByText('执行中')).toBeTruthy()
    expect(within(project).getByText('300,000.00')).toBeTruthy()
    expect(await within(project).findByRole('link', { name: PROVIDER.name })).toBeTruthy()
    expect(within(rowOf(workers, '李娜')).getByRole('link', { name: PROVIDER.name })).toBeTruthy()

    // Open needs only, most residents first; the resolved 路灯维修 stays off the list.
    const needs = region(/^未解决的需求（1）/)
    const need = within(needs).getByRole('link', { name: '独居老人助餐' })
    expect(need.getAttribute('href')).toBe('/linkage/needs/need-1')
    expect(within(needs).queryByText('路灯维修')).toBeNull()

    const resources = region(/^提供给本社区的资源（2）/)
    expect(within(rowOf(resources, '大学生助老志愿队')).getByText('社区志愿者')).toBeTruthy()
    expect(within(region(/^志愿服务/)).getByText('26.5')).toBeTruthy()

    const graph = screen.getByRole('group', { name: '社区联动图' })
    const nodes = graph.querySelectorAll('[data-node-id]')
    expect([...nodes].map((node) => node.getAttribute('data-node-id')).sort()).toEqual([
      'community:community-1',
      'need:need-1',
      'need:need-4',
      `organization:${PROVIDER.id}`,
      'project:project-1',
      'resource:resource-1',
      'resource:resource-2',
      'socialWorker:worker-1',
      'socialWorker:worker-2',
      'socialWorker:worker-3'
    ])
    expect(within(graph).getByRole('link', { name: /^项目：银龄互助探访（/ })).toBeTruthy()
    // Social workers and resources open their record in their lists.
    expect(within(graph).getByRole('link', { name: /^社会工作者：李娜（/ })).toBeTruthy()
    expect(within(graph).getAllByRole('link', { name: /^资源：/ })).toHaveLength(2)
    const community = within(graph).getByRole('button', { name: /^社区：/ })
    fireEvent.click(community)
    await waitFor(() => expect(community.getAttribute('aria-pressed')).toBe('true'))
    const text = screen.getByRole('region', { name: '联动关系（文字版）' })
    expect(within(text).getByText(`${PROVIDER.name} 承接 银龄互助探访`)).toBeTruthy()
    expect(within(text).getByText('银龄互助探访 回应 独居老人助餐')).toBeTruthy()
  })

  it('says so when the community does not exist', async () => {
    const db = await coverageDatabase()
    renderCommunity(db, 'community-x')
    expect(await screen.findByText('找不到这个社区')).toBeTruthy()
  })
})
