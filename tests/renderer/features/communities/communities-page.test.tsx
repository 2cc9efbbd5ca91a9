import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { createRepositories } from '@renderer/db/repositories'
import { CommunitiesPage } from '@renderer/features/communities/communities-page'
import { generateSampleData } from '@shared/sample-data/generate'
import { freshDatabase, renderApp } from '../../helpers/render-app'

const sample = generateSampleData({
  today: '2026-11-22',
  scale: { organizations: 40, communities: 12, socialWorkers: 20 }
})

describe('社区 page', () => {
  it('lists communities and shows who serves the one opened', async () => {
    const db = freshDatabase()
    await createRepositories(db).bulkLoad(sample)
    renderApp(
      <Routes>
        <Route path="/communities" element={<CommunitiesPage />} />
      </Routes>,
      { db, route: '/communities' }
    )
    await screen.findByText('共 12 条')
    const junmen = sample.communities.find((c) => c.name === '军门社区')!
    const serving = sample.organizations.filter((o) => o.communityIds.includes(junmen.id))
    fireEvent.doubleClick(screen.getByText('军门社区').closest('[role="row"]')!)
    const panel = await screen.findByRole('dialog')
    expect(within(panel).getByText(`社会组织（${serving.length}）`)).toBeTruthy()
    for (const org of serving) expect(within(panel).getByText(org.name)).toBeTruthy()
  })
})
