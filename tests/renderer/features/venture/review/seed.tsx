/**
 * Seeding for the 专家库, 初审, 评审 and review-day tests: a 公益创投 round walked through the
 * repositories on a clock that moves from the call in September (applications are submitted
 * inside the call window) to 初审 and review in October. The screens read the (faked) system
 * clock, set to NOW (2026-11-22).
 */
import type { ReactElement } from 'react'
import { afterEach, beforeEach, expect, vi } from 'vitest'
import { configure, fireEvent, getConfig, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { createRepositories, type Repositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import { useRound } from '@renderer/features/venture/use-venture-data'
import { yuan } from '@shared/domain/money'
import type { Organization } from '@shared/domain/organizations/organization'
import { newRoundDraft, type RoundDraft, type VentureRound } from '@shared/domain/venture/round'
import { generateSampleData } from '@shared/sample-data/generate'
import { NOW, TODAY } from '../../../db/helpers'
import { freshDatabase, renderApp } from '../../../helpers/render-app'

export { NOW, TODAY }
export const OPERATOR = '张晓梅'

/** antd dialogs in happy-dom take seconds per step: slow, not stuck. */
export const SLOW_UI_TIMEOUT = 60_000

const sample = generateSampleData({
  today: TODAY,
  scale: { organizations: 12, communities: 4, socialWorkers: 2, incubations: 0 }
})

/** Registered organisations with a clean record: every eligibility rule passes for them alone. */
export const ORGANIZATIONS: readonly Organization[] = sample.organizations.filter(
  (o) =>
    o.registrationStatus === '已登记' &&
    o.archivedAt === null &&
    o.uscc !== null &&
    !o.annualChecks.some((check) => check.conclusion === '不合格')
)

export interface PlannedApplication {
  title: string
  /** Index into ORGANIZATIONS. */
  organization: number
  track?: string
}

export interface SeededRound {
  db: ShelianDatabase
  repos: Repositories
  roundId: string
  /** Application ids by title. */
  ids: Record<string, string>
  /** Moves the seeding clock to `instant`. */
  at(instant: string): void
}

function roundDraft(): RoundDraft {
  const draft = newRoundDraft(2026, yuan(1_000_000))
  return {
    ...draft,
    name: '2026 年度社区公益创投',
    timeline: {
      callOpensOn: '2026-09-01',
      deadlineOn: '2026-09-30',
      screeningOn: '2026-10-10',
      reviewOn: '2026-10-20',
      publicityStartsOn: '2026-11-16',
      publicityEndsOn: '2026-11-20',
      approvalOn: '2026-11-25',
      signingOn: '2026-12-01'
    }
  }
}

/** A fresh database with a round closed for 初审 (初审中) and these applications submitted. */
export async function roundInScreening(plan: readonly PlannedApplication[]): Promise<SeededRound> {
  const db = freshDatabase()
  let clock = new Date('2026-08-20T02:00:00.000Z')
  const at = (instant: string) => {
    clock = new Date(instant)
  }
  const repos = createRepositories(db, {
    now: () => {
      // Each write a second later, so audit entries keep their order.
      clock = new Date(clock.getTime() + 1000)
      return clock
    }
  })
  await repos.bulkLoad(sample)
  await repos.settings.saveGeneral({
    operatorName: OPERATOR,
    officeName: '鼓楼区社会组织服务中心',
    backupKeep: 10
  })

  const { record: round } = await repos.ventureRounds.create(roundDraft())
  await repos.ventureRounds.perform(round.id, 'open')

  at('2026-09-10T02:00:00.000Z')
  const ids: Record<string, string> = {}
  for (const entry of plan) {
    const { record } = await repos.applications.create({
      roundId: round.id,
      organizationId: ORGANIZATIONS[entry.organization]!.id,
      title: entry.title,
      track: entry.track ?? 'elderly',
      communityIds: [],
      needIds: [],
      beneficiaries: [{ type: '老年人', count: 120 }],
      problem: '社区独居老人多，助餐和探访服务不足。',
      objectives: '一年内为 120 名独居老人提供每周助餐和探访。',
      activities: [{ month: '2026-12', content: '需求调研与项目启动' }],
      team: [],
      budgetLines: [
        {
          category: '活动费',
          item: '助餐服务',
          unitPriceFen: yuan(100_000),
          quantity: 1,
          note: null
        }
      ],
      requestedFen: yuan(60_000),
      matchingFen: yuan(40_000),
      contactName: '王敏',
      contactPhone: '13912345678'
    })
    await repos.applications.perform(record.id, 'submit', {})
    ids[entry.title] = record.id
  }

  at('2026-10-05T02:00:00.000Z')
  await repos.ventureRounds.perform(round.id, 'close')
  return { db, repos, roundId: round.id, ids, at }
}

/** Creates experts in the pool; ids in the order given. */
export async function addReviewers(
  repos: Repositories,
  names: readonly string[]
): Promise<string[]> {
  const ids: string[] = []
  for (const name of names) {
    const { record } = await repos.reviewers.create({
      name,
      affiliation: null,
      affiliationUscc: null,
      title: '副教授',
      expertise: ['为老服务'],
      phone: null,
      note: null
    })
    ids.push(record.id)
  }
  return ids
}

/**
 * The round taken on from 初审中: every application passed, the experts created, the round in
 * 评审中 and, when `perApplication` is given, the experts assigned.
 */
export async function roundInReview(
  plan: readonly PlannedApplication[],
  reviewerNames: readonly string[],
  perApplication?: number
): Promise<SeededRound & { reviewerIds: string[] }> {
  const seeded = await roundInScreening(plan)
  const { repos, roundId, ids } = seeded
  for (const id of Object.values(ids)) {
    await repos.applications.perform(id, 'screenPass', { note: '资格审查通过' })
  }
  await repos.ventureRounds.perform(roundId, 'startReview')
  seeded.at('2026-10-20T02:00:00.000Z')
  const reviewerIds = await addReviewers(repos, reviewerNames)
  if (perApplication !== undefined) {
    await repos.reviews.assign(roundId, { perApplication, reviewerIds })
  }
  return { ...seeded, reviewerIds }
}

/**
 * Fakes only `Date`, so IndexedDB's own timers keep running; and gives `findBy…` / `waitFor`
 * longer than their default second, which a write plus a live-query round trip can exceed when
 * the whole suite shares two cores.
 */
export function useFixedClock() {
  let asyncUtilTimeout = 0
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
    asyncUtilTimeout = getConfig().asyncUtilTimeout
    configure({ asyncUtilTimeout: 10_000 })
  })
  afterEach(() => {
    vi.useRealTimers()
    configure({ asyncUtilTimeout })
  })
}

/** A round tab, fed the live round as the round page feeds it. */
function LiveRound({ roundId, tab }: { roundId: string; tab(round: VentureRound): ReactElement }) {
  const round = useRound(roundId)
  return round ? tab(round) : null
}

export function renderRoundTab(
  { db, roundId }: Pick<SeededRound, 'db' | 'roundId'>,
  tab: (round: VentureRound) => ReactElement
) {
  return renderApp(<LiveRound roundId={roundId} tab={tab} />, { db })
}

/** Renders `page` at `route` among the venture routes it may link to. */
export function renderAt(db: ShelianDatabase, path: string, page: ReactElement, route: string) {
  return renderApp(
    <Routes>
      <Route path={path} element={page} />
      <Route path="/venture/:id" element={<div>批次页</div>} />
    </Routes>,
    { db, route }
  )
}

/**
 * A button by its label, as antd renders it: a space between two characters (保 存), and an
 * icon's own name before the label.
 */
export function buttonLabel(label: string): RegExp {
  return new RegExp(`(^|\\s)${[...label].join('\\s*')}$`)
}

export function button(name: string, container: HTMLElement = document.body) {
  return within(container).getByRole('button', { name: buttonLabel(name) })
}

/** The open antd dialog with this title. */
export async function dialog(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: '.ant-modal-title' })
  return heading.closest('.ant-modal') as HTMLElement
}

/** The open confirmation (Modal.confirm) with this title. */
export async function confirmation(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: '.ant-modal-confirm-title' })
  return heading.closest('.ant-modal') as HTMLElement
}

export const dialogGone = (title: string) =>
  waitFor(() => expect(screen.queryByText(title, { selector: '.ant-modal-title' })).toBeNull())

/** Types `value` into the field labelled `label` inside `container`. */
export function type(container: HTMLElement, label: string, value: string) {
  fireEvent.change(within(container).getByLabelText(label), { target: { value } })
}

/** The form item (label, control and messages) of the field labelled `label`. */
export function formItem(container: HTMLElement, label: string): HTMLElement {
  return within(container).getByLabelText(label).closest('.ant-form-item') as HTMLElement
}

/** Picks the option starting with `text` in the antd Select labelled `label` inside `container`. */
export async function chooseStarting(container: HTMLElement, label: string, text: string) {
  const select = within(container).getByLabelText(label)
  fireEvent.mouseDown(select)
  const item = await waitFor(() => {
    const found = [...document.querySelectorAll('.ant-select-item-option')].find((el) =>
      el.textContent?.startsWith(text)
    )
    if (!found) throw new Error(`没有以 ${text} 开头的选项`)
    return found as HTMLElement
  })
  fireEvent.click(item)
}
