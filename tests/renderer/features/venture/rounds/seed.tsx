/**
 * Seeding for the 批次 screens: the operator set and rounds created through the repository on
 * a fixed clock; the pages read the (faked) system clock, set to the same instant. The tabs other
 * screens own are stood in for: these tests never open them, and they have tests of their own.
 */
import { afterEach, beforeEach, vi } from 'vitest'
import { configure, getConfig, screen, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { createRepositories, type Repositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import { RoundDetailPage } from '@renderer/features/venture/rounds/round-detail-page'
import { VenturePage } from '@renderer/features/venture/rounds/venture-page'
import { newRoundDraft, type RoundDraft } from '@shared/domain/venture/round'
import { NOW, TODAY } from '../../../db/helpers'
import { freshDatabase, renderApp } from '../../../helpers/render-app'

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

export { NOW, TODAY }
export const OPERATOR = '张晓梅'

/** antd drawers and dialogs in happy-dom take seconds per step: slow, not stuck. */
export const SLOW_UI_TIMEOUT = 30_000

/** Fakes only `Date`, so IndexedDB's timers keep running; gives `findBy…` five seconds. */
export function useFixedClock() {
  let asyncUtilTimeout = 0
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
    asyncUtilTimeout = getConfig().asyncUtilTimeout
    configure({ asyncUtilTimeout: 5000 })
  })
  afterEach(() => {
    vi.useRealTimers()
    configure({ asyncUtilTimeout })
  })
}

export async function seededDatabase(): Promise<{ db: ShelianDatabase; repos: Repositories }> {
  const db = freshDatabase()
  const repos = createRepositories(db, { now: () => NOW })
  await repos.settings.saveGeneral({
    operatorName: OPERATOR,
    officeName: '鼓楼区社会组织服务中心',
    backupKeep: 10
  })
  return { db, repos }
}

/** A round of `year` on the default rules with a 100万元 pool, changed by `patch`. */
export async function roundOf(repos: Repositories, year: number, patch: Partial<RoundDraft> = {}) {
  const { record } = await repos.ventureRounds.create({
    ...newRoundDraft(year, 100_000_000),
    ...patch
  })
  return record
}

export function renderVenture(db: ShelianDatabase, route: string) {
  return renderApp(
    <Routes>
      <Route path="/venture" element={<VenturePage />} />
      <Route path="/venture/:id" element={<RoundDetailPage />} />
    </Routes>,
    { db, route }
  )
}

/** A button by its label: antd spaces two-character labels (保 存) and puts icon names first. */
export function buttonLabel(label: string): RegExp {
  return new RegExp(`(^|\\s)${[...label].join('\\s*')}$`)
}

export function button(name: string, container: HTMLElement = document.body) {
  return within(container).getByRole('button', { name: buttonLabel(name) })
}

/** The open drawer with this title. */
export async function drawer(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: '.ant-drawer-title' })
  return heading.closest('.ant-drawer') as HTMLElement
}

/** The open confirmation with this title. */
export async function confirmation(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: '.ant-modal-confirm-title' })
  return heading.closest('.ant-modal') as HTMLElement
}
