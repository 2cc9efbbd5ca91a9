import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { createRepositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import { SocialWorkersPage } from '@renderer/features/social-workers/social-workers-page'
import { todayInChina } from '@shared/domain/dates'
import { registrationWarning } from '@shared/domain/social-workers/social-worker'
import { generateSampleData } from '@shared/sample-data/generate'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'
import { deliveryDatabase } from '../../helpers/project-seed'
import { freshDatabase, renderApp } from '../../helpers/render-app'

const renderWorkers = (db: ShelianDatabase) =>
  renderApp(
    <Routes>
      <Route path="/social-workers" element={<SocialWorkersPage />} />
    </Routes>,
    { db, route: '/social-workers' }
  )

describe('社工 page', () => {
  it('names the employer and flags lapsed registrations', async () => {
    const today = todayInChina()
    const sample = generateSampleData({
      today,
      scale: { organizations: 40, communities: 10, socialWorkers: 25 }
    })
    const db = freshDatabase()
    await createRepositories(db).bulkLoad(sample)
    renderWorkers(db)
    await screen.findByText('共 25 条')
    const grid = screen.getByRole('grid', { name: '社工列表' })
    const employed = sample.socialWorkers.find((w) => w.employerId)!
    const employer = sample.organizations.find((o) => o.id === employed.employerId)!
    expect(within(grid).getAllByText(employer.name).length).toBeGreaterThan(0)
    const lapsed = sample.socialWorkers.find((w) => registrationWarning(w, today) === '已过期')!
    fireEvent.change(screen.getByPlaceholderText(/搜索姓名/), { target: { value: lapsed.certNo } })
    await waitFor(() => expect(screen.getByText(/筛选出 1 \/ 25 条/)).toBeTruthy())
    expect(within(grid).getByText('已过期')).toBeTruthy()
  })
})

describe('社工 page: workload and re-registration', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('counts each worker’s running projects and finds who must re-register', async () => {
    const { db } = await deliveryDatabase()
    // Today is 2026-11-22: 王芳's registration ends within 90 days, 赵敏's has ended.
    await db.socialWorkers.update('worker-2', { registrationValidUntil: '2027-01-15' })
    await db.socialWorkers.update('worker-3', { registrationValidUntil: '2026-10-31' })
    renderWorkers(db)

    await screen.findByText('共 3 条')
    const grid = screen.getByRole('grid', { name: '社工列表' })
    const row = (name: string) =>
      within(grid).getByText(name).closest('[role="row"]') as HTMLElement
    // 李娜 is on the running project's team; the others are not on any.
    expect(within(row('李娜')).getByText('1')).toBeTruthy()
    expect(within(row('王芳')).getByText('0')).toBeTruthy()
    expect(within(row('王芳')).getByText('即将到期')).toBeTruthy()
    expect(within(row('赵敏')).getByText('已过期')).toBeTruthy()

    fireEvent.click(screen.getByRole('checkbox', { name: '只看登记到期（2）' }))
    await screen.findByText('共 2 条')
    expect(within(grid).queryByText('李娜')).toBeNull()
    expect(within(grid).getByText('王芳')).toBeTruthy()
    expect(within(grid).getByText('赵敏')).toBeTruthy()
  })
})
