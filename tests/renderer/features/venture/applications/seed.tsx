/**
 * Seeding for the 申报书 screens: a few organisations and social workers from the sample data,
 * the operator set, a 2027 round whose call is open on TODAY, and applications written through
 * the repositories on a clock that ticks from NOW. The pages read the (faked) system clock.
 */
import { afterEach, beforeEach, vi } from 'vitest'
import { configure, fireEvent, getConfig, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { createRepositories, type Repositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import { ApplicationPage } from '@renderer/features/venture/applications/application-page'
import { ApplicationPrintPage } from '@renderer/features/venture/applications/application-print-page'
import { ApplicationsTab } from '@renderer/features/venture/applications/applications-tab'
import { useRound } from '@renderer/features/venture/use-venture-data'
import { yuan } from '@shared/domain/money'
import type { ApplicationContent } from '@shared/domain/venture/application'
import { newRoundDraft, type RoundDraft, type VentureRound } from '@shared/domain/venture/round'
import { generateSampleData } from '@shared/sample-data/generate'
import { NOW, TODAY, tickingClock } from '../../../db/helpers'
import { freshDatabase, renderApp } from '../../../helpers/render-app'
import { useParams } from 'react-router'

export { NOW, TODAY }
export const OPERATOR = '张晓梅'

/** antd dialogs in happy-dom take seconds per step: slow, not stuck. */
export const SLOW_UI_TIMEOUT = 60_000

const sample = generateSampleData({
  today: TODAY,
  scale: { organizations: 8, communities: 4, socialWorkers: 4, incubations: 0 }
})

/** Organisations that may apply. */
export const ORGANIZATIONS = sample.organizations.filter(
  (o) => o.registrationStatus !== '注销' && o.archivedAt === null
)
export const SOCIAL_WORKERS = sample.socialWorkers

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

/** The 2027 round: call open 2026-11-01 to 2026-11-30, grants up to 60 % of the budget. */
export const ROUND: RoundDraft = {
  ...newRoundDraft(2027, yuan(1_000_000)),
  name: '2027 年度社区公益创投',
  tracks: [
    { key: 'elderly', name: '为老服务', budgetFen: null },
    { key: 'youth', name: '青少年服务', budgetFen: null }
  ],
  timeline: {
    callOpensOn: '2026-11-01',
    deadlineOn: '2026-11-30',
    screeningOn: '2026-12-03',
    reviewOn: '2026-12-08',
    publicityStartsOn: '2026-12-10',
    publicityEndsOn: '2026-12-16',
    approvalOn: '2026-12-20',
    signingOn: '2027-01-05'
  }
}

/** A complete application: a budget of 100,000 元 asking 60,000 元. */
export function content(patch: Partial<ApplicationContent> = {}): ApplicationContent {
  return {
    title: '银龄互助探访',
    track: 'elderly',
    communityIds: [],
    needIds: [],
    beneficiaries: [{ type: '独居老人', count: 120 }],
    problem: '社区独居老人多，日常探访不足。',
    objectives: '一年内为 120 名独居老人提供每周探访。',
    activities: [{ month: '2027-02', content: '入户探访' }],
    team: [{ socialWorkerId: SOCIAL_WORKERS[0]!.id, role: '项目负责人' }],
    budgetLines: [
      { category: '人员费', item: '项目社工', unitPriceFen: yuan(5_000), quantity: 12, note: null },
      { category: '活动费', item: '探访物资', unitPriceFen: yuan(400), quantity: 100, note: null }
    ],
    requestedFen: yuan(60_000),
    matchingFen: yuan(40_000),
    contactName: '王敏',
    contactPhone: '13812345678',
    ...patch
  }
}

export interface Seeded {
  db: ShelianDatabase
  repos: Repositories
  round: VentureRound
}

/** A database with the sample registry and ROUND, open for applications (or still in 筹备). */
export async function seeded(open = true): Promise<Seeded> {
  const db = freshDatabase()
  const repos = createRepositories(db, { now: tickingClock() })
  await repos.bulkLoad(sample)
  await repos.settings.saveGeneral({
    operatorName: OPERATOR,
    officeName: '鼓楼区社会组织服务中心',
    backupKeep: 10
  })
  const { record } = await repos.ventureRounds.create(ROUND)
  const round = open ? (await repos.ventureRounds.perform(record.id, 'open')).record : record
  return { db, repos, round }
}

/** A 草稿 of ORGANIZATIONS[index] with `body`. */
export async function draftOf(seed: Seeded, body: ApplicationContent, index = 0) {
  const { record } = await seed.repos.applications.create({
    roundId: seed.round.id,
    organizationId: ORGANIZATIONS[index]!.id,
    ...body
  })
  return record
}

export function renderApplications(db: ShelianDatabase, route: string) {
  return renderApp(
    <Routes>
      <Route path="/venture/:id" element={<RoundTab />} />
      <Route path="/venture/applications/:id" element={<ApplicationPage />} />
      <Route path="/venture/applications/:id/print" element={<ApplicationPrintPage />} />
    </Routes>,
    { db, route }
  )
}

/** Stands in for the round's page, which shows the tab among others. */
function RoundTab() {
  const { id = '' } = useParams()
  const round = useRound(id)
  return round ? <ApplicationsTab round={round} /> : null
}

/**
 * A button by its label, as antd renders it: a space between two characters (保 存), and an
 * icon's own name (plus) before the label.
 */
export function buttonLabel(label: string): RegExp {
  return new RegExp(`(^|\\s)${[...label].join('\\s*')}$`)
}

export function button(name: string, container: HTMLElement = document.body) {
  return within(container).getByRole('button', { name: buttonLabel(name) })
}

/** The open antd dialog (or confirmation, which carries its title twice) with this title. */
export async function dialog(title: string): Promise<HTMLElement> {
  const [heading] = await screen.findAllByText(title, {
    selector: '.ant-modal-title, .ant-modal-confirm-title'
  })
  return heading!.closest('.ant-modal') as HTMLElement
}

/** Picks `option` in the antd Select labelled `label` inside `container`. */
export async function choose(container: HTMLElement, label: string, option: string) {
  const select = within(container).getByLabelText(label)
  fireEvent.mouseDown(select)
  const item = await waitFor(() => {
    const found = [...document.querySelectorAll('.ant-select-item-option')].find(
      (el) => el.textContent === option
    )
    if (!found) throw new Error(`没有选项 ${option}`)
    return found as HTMLElement
  })
  fireEvent.click(item)
}
