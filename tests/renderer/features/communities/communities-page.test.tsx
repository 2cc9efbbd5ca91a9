import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { createRepositories } from '@renderer/db/repositories'
import { CommunitiesPage } from '@renderer/features/communities/communities-page'
import { CommunityPage } from '@renderer/features/communities/community-page'
import { generateSampleData } from '@shared/sample-data/generate'
import { SLOW_UI_TIMEOUT } from '../../helpers/fixed-clock'
import { freshDatabase, renderApp } from '../../helpers/render-app'

const sample = generateSampleData({
  today: '2026-11-22',
  scale: { organizations: 40, communities: 12, socialWorkers: 20 }
})

describe('社区 page', { timeout: SLOW_UI_TIMEOUT }, () => {
  it('lists communities and opens the page of one, with who serves it', async () => {
    const db = freshDatabase()
    await createRepositories(db).bulkLoad(sample)
    renderApp(
      <Routes>
        <Route path="/communities" element={<CommunitiesPage />} />
        <Route path="/communities/:id" element={<CommunityPage />} />
      </Routes>,
      { db, route: '/communities' }
    )
    await screen.findByText('共 12 条')
    const junmen = sample.communities.find((c) => c.name === '军门社区')!
    const serving = sample.organizations.filter(
      (o) => o.communityIds.includes(junmen.id) && o.registrationStatus !== '注销'
    )
    fireEvent.doubleClick(screen.getByText('军门社区').closest('[role="row"]')!)

    expect(await screen.findByRole('heading', { name: '军门社区', level: 3 })).toBeTruthy()
    const section = screen.getByRole('region', {
      name: `服务本社区的社会组织（${serving.length}）`
    })
    for (const org of serving) expect(within(section).getByText(org.name)).toBeTruthy()
  })
})
