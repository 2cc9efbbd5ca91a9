import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { createRepositories } from '@renderer/db/repositories'
import { SocialWorkersPage } from '@renderer/features/social-workers/social-workers-page'
import { todayInChina } from '@shared/domain/dates'
import { registrationWarning } from '@shared/domain/social-workers/social-worker'
import { generateSampleData } from '@shared/sample-data/generate'
import { freshDatabase, renderApp } from '../../helpers/render-app'

describe('社工 page', () => {
  it('names the employer and flags lapsed registrations', async () => {
    const today = todayInChina()
    const sample = generateSampleData({
      today,
      scale: { organizations: 40, communities: 10, socialWorkers: 25 }
    })
    const db = freshDatabase()
    await createRepositories(db).bulkLoad(sample)
    renderApp(
      <Routes>
        <Route path="/social-workers" element={<SocialWorkersPage />} />
      </Routes>,
      { db, route: '/social-workers' }
    )
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
