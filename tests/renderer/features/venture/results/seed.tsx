/**
 * Seeding for the results tab tests: a 公益创投 round walked through the repositories to 评审中
 * with every score sheet submitted, on a clock that moves from the call in September to the
 * review in October. The tab itself reads the (faked) system clock, set to NOW (2026-11-22).
 *
 * Money is chosen so the funding line falls on a tie: the pool is 10 万元, 助老餐桌 (90 分) takes
 * 6 万元, and 助残 and 青少年 (80 分 each) ask 3 万元 each with 4 万元 left — each fits alone, not
 * both, so both are 待定（并列）.
 */
import { afterEach, beforeEach, vi } from 'vitest'
import { configure, fireEvent, getConfig, screen, waitFor, within } from '@testing-library/react'
import { createRepositories, type Repositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import { ResultsTab } from '@renderer/features/venture/results/results-tab'
import { useRound } from '@renderer/features/venture/use-venture-data'
import { yuan } from '@shared/domain/money'
import { newRoundDraft, type RoundDraft } from '@shared/domain/venture/round'
import { DEFAULT_REVIEW_CRITERIA } from '@shared/domain/venture/scoring'
import { generateSampleData } from '@shared/sample-data/generate'
import { NOW, TODAY } from '../../../db/helpers'
import { freshDatabase, renderApp } from '../../../helpers/render-app'

const OPERATOR = '张晓梅'

/** antd dialogs in happy-dom take seconds per step: slow, not stuck. */
export const SLOW_UI_TIMEOUT = 60_000

const sample = generateSampleData({
  today: TODAY,
  scale: { organizations: 8, communities: 4, socialWorkers: 2, incubations: 0 }
})
const ORGANIZATIONS = sample.organizations.filter(
  (o) => o.registrationStatus !== '注销' && o.archivedAt === null
)

export const ELDERLY = '长者助餐“暖心食堂”'
export const DISABILITY = '残障青年就业支持'
export const YOUTH = '青少年课后成长营'

/** The three applications: title, track, score of every sheet, budget total and request (元). */
const PLAN = [
  { title: ELDERLY, track: 'elderly', score: 90, budget: 100_000, requested: 60_000 },
  { title: DISABILITY, track: 'disability', score: 80, budget: 60_000, requested: 30_000 },
  { title: YOUTH, track: 'youth', score: 80, budget: 60_000, requested: 30_000 }
] as const

export const PUBLICITY = { startsOn: '2026-11-16', endsOn: '2026-11-20' }

function roundDraft(): RoundDraft {
  const draft = newRoundDraft(2026, yuan(100_000))
  return {
    ...draft,
    name: '2026 年度社区公益创投',
    budgetRules: { ...draft.budgetRules, perProjectCapFen: yuan(80_000) },
    aggregation: 'trimmed-mean',
    timeline: {
      callOpensOn: '2026-09-01',
      deadlineOn: '2026-09-30',
      screeningOn: '2026-10-10',
      reviewOn: '2026-10-20',
      publicityStartsOn: PUBLICITY.startsOn,
      publicityEndsOn: PUBLICITY.endsOn,
      approvalOn: '2026-11-25',
      signingOn: '2026-12-01'
    }
  }
}

/** Every criterion scored at the same share of its maximum, so the sheet totals `total`. */
function sheet(total: number): Record<string, number> {
  return Object.fromEntries(
    DEFAULT_REVIEW_CRITERIA.map((criterion) => [criterion.key, (criterion.weight * total) / 100])
  )
}

export interface SeededRound {
  db: ShelianDatabase
  repos: Repositories
  roundId: string
  /** Application ids by title. */
  ids: Record<string, string>
}

/** A fresh database with the round in 评审中 and three experts' sheets submitted for each. */
export async function roundInReview(): Promise<SeededRound> {
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
  for (const [index, plan] of PLAN.entries()) {
    const { record } = await repos.applications.create({
      roundId: round.id,
      organizationId: ORGANIZATIONS[index]!.id,
      title: plan.title,
      track: plan.track,
      communityIds: [],
      needIds: [],
      beneficiaries: [{ type: '社区居民', count: 120 }],
      problem: '社区内服务供给不足，需求集中。',
      objectives: '一年内为服务对象提供稳定的专业服务。',
      activities: [{ month: '2026-12', content: '需求调研与项目启动' }],
      team: [],
      budgetLines: [
        {
          category: '活动费',
          item: '社区活动',
          unitPriceFen: yuan(plan.budget),
          quantity: 1,
          note: null
        }
      ],
      requestedFen: yuan(plan.requested),
      matchingFen: yuan(plan.budget - plan.requested),
      contactName: '王敏',
      contactPhone: '13912345678'
    })
    await repos.applications.perform(record.id, 'submit', {})
    ids[plan.title] = record.id
  }

  at('2026-10-05T02:00:00.000Z')
  await repos.ventureRounds.perform(round.id, 'close')
  for (const id of Object.values(ids)) {
    await repos.applications.perform(id, 'screenPass', { note: '资格审查通过' })
  }
  await repos.ventureRounds.perform(round.id, 'startReview')

  at('2026-10-20T02:00:00.000Z')
  const reviewerIds: string[] = []
  for (const name of ['李文华', '周建国', '陈思远']) {
    const { record } = await repos.reviewers.create({
      name,
      affiliation: null,
      affiliationUscc: null,
      title: '副教授',
      expertise: [],
      phone: null,
      note: null
    })
    reviewerIds.push(record.id)
  }
  await repos.reviews.assign(round.id, { perApplication: 3, reviewerIds })
  for (const review of await repos.reviews.listForRound(round.id)) {
    const plan = PLAN.find((entry) => ids[entry.title] === review.applicationId)!
    await repos.reviews.declare(review.id, { conflicted: false, note: null })
    await repos.reviews.submit(review.id, {
      scores: sheet(plan.score),
      comment: '设计完整，可行。'
    })
  }
  return { db, repos, roundId: round.id, ids }
}

/** The panel's order for the tie: 青少年 before 助残. */
export async function breakTie({ repos, roundId, ids }: SeededRound) {
  await repos.ventureRounds.setTiebreak(roundId, {
    order: [ids[YOUTH], ids[DISABILITY]],
    reason: '青少年项目覆盖人数更多'
  })
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

/** The tab of the round, live, as the round page shows it. */
function RoundResults({ roundId }: { roundId: string }) {
  const round = useRound(roundId)
  return round ? <ResultsTab round={round} /> : null
}

export function renderResults({ db, roundId }: SeededRound) {
  return renderApp(<RoundResults roundId={roundId} />, { db })
}

/**
 * A button by its label, as antd renders it: a space between two characters (保 存), and an
 * icon's own name before the label.
 */
function buttonLabel(label: string): RegExp {
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

/** The table row naming `title`. */
export function rowOf(table: HTMLElement, title: string): HTMLElement {
  return within(table).getByText(title).closest('tr') as HTMLElement
}

/** Types `value` into the field labelled `label` inside `container`. */
export function type(container: HTMLElement, label: string, value: string) {
  fireEvent.change(within(container).getByLabelText(label), { target: { value } })
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
