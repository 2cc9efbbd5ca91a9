/**
 * The 批次 screens as the app routes them. The tabs other screens own are stood in for: these
 * tests never open them, and they have tests of their own.
 */
import { vi } from 'vitest'
import { Route, Routes } from 'react-router'
import type { ShelianDatabase } from '@renderer/db/schema'
import { RoundDetailPage } from '@renderer/features/venture/rounds/round-detail-page'
import { VenturePage } from '@renderer/features/venture/rounds/venture-page'
import { renderApp } from '../../../helpers/render-app'

vi.mock('@renderer/features/venture/review/reviewer-pool', () => ({
  ReviewerPool: () => <div>评审专家库</div>
}))
vi.mock('@renderer/features/venture/applications/applications-tab', () => ({
  ApplicationsTab: () => <div>申报书</div>
}))
vi.mock('@renderer/features/venture/review/screening-tab', () => ({
  ScreeningTab: () => <div>初审</div>
}))
vi.mock('@renderer/features/venture/review/review-tab', () => ({
  ReviewTab: () => <div>评审</div>
}))
vi.mock('@renderer/features/venture/results/results-tab', () => ({
  ResultsTab: () => <div>结果</div>
}))

export function renderVenture(db: ShelianDatabase, route: string) {
  return renderApp(
    <Routes>
      <Route path="/venture" element={<VenturePage />} />
      <Route path="/venture/:id" element={<RoundDetailPage />} />
    </Routes>,
    { db, route }
  )
}
