import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { OrganizationApplicationsSection } from '@renderer/features/venture/applications/organization-applications-section'
import { renderApp } from '../../../helpers/render-app'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { content, draftOf, ORGANIZATIONS } from '../seed'
import { seeded } from './seed'

describe('an organisation’s 公益创投 applications', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('lists an organisation’s applications with their round and status', async () => {
    const seed = await seeded()
    const draft = await draftOf(seed, content({ title: '四点半课堂', track: 'youth' }), 2)
    const organizationId = ORGANIZATIONS[2]!.id
    renderApp(
      <Routes>
        <Route
          path="/"
          element={<OrganizationApplicationsSection organizationId={organizationId} />}
        />
      </Routes>,
      { db: seed.db }
    )

    const section = await screen.findByRole('region', { name: '公益创投申报' })
    const row = (await within(section).findByRole('link', { name: '四点半课堂' })).closest('tr')!
    expect(row.getAttribute('data-row-key')).toBe(draft.id)
    expect(within(row).getByRole('link', { name: '2027 年度社区公益创投' })).toBeTruthy()
    expect(within(row).getByText('草稿')).toBeTruthy()
  })
})
