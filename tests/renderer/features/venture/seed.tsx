/**
 * Seeding shared by the 公益创投 screen tests: a small sample registry, the operator set, rounds
 * and applications written through the repositories, and a round walked to 初审 or 评审 on a
 * clock that moves from the call in September (applications are submitted inside the call window)
 * to 初审 and review in October. The screens read the (faked) system clock, set to NOW
 * (2026-11-22).
 */
import type { ReactElement } from 'react'
import { Route, Routes } from 'react-router'
import type { Repositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import { useRound } from '@renderer/features/venture/use-venture-data'
import { yuan } from '@shared/domain/money'
import type { Organization } from '@shared/domain/organizations/organization'
import type { ApplicationContent } from '@shared/domain/venture/application'
import { newRoundDraft, type RoundDraft, type VentureRound } from '@shared/domain/venture/round'
import { generateSampleData } from '@shared/sample-data/generate'
import { NOW, TODAY } from '../../db/helpers'
import { officeDatabase } from '../../helpers/office-database'
import { renderApp } from '../../helpers/render-app'
import { SEPTEMBER_CALL } from './timelines'

const sample = generateSampleData({
  today: TODAY,
  scale: { organizations: 8, communities: 4, socialWorkers: 4, incubations: 0 }
})

/** Registered organisations with a clean record: every eligibility rule passes for them alone. */
export const ORGANIZATIONS: readonly Organization[] = sample.organizations.filter(
  (o) =>
    o.registrationStatus === '已登记' &&
    o.archivedAt === null &&
    o.uscc !== null &&
    !o.annualChecks.some((check) => check.conclusion === '不合格')
)
export const SOCIAL_WORKERS = sample.socialWorkers

/** A fresh database with the sample registry and the operator set; `now` stamps every write. */
export function ventureDatabase(now: () => Date = () => NOW) {
  return officeDatabase({ officeName: '鼓楼区社会组织服务中心', now, registry: sample })
}

/** A round of `year` on the default rules with a 100万元 pool, changed by `patch`. */
export async function roundOf(repos: Repositories, year: number, patch: Partial<RoundDraft> = {}) {
  const { record } = await repos.ventureRounds.create({
    ...newRoundDraft(year, yuan(1_000_000)),
    ...patch
  })
  return record
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

export interface SeededRound {
  db: ShelianDatabase
  repos: Repositories
  roundId: string
  /** Application ids by title. */
  ids: Record<string, string>
  /** Moves the seeding clock to `instant`. */
  at(instant: string): void
}

/** A 草稿 of ORGANIZATIONS[organization] in the round, with `body`. */
export async function draftOf(
  { repos, roundId }: Pick<SeededRound, 'repos' | 'roundId'>,
  body: ApplicationContent,
  organization = 0
) {
  const { record } = await repos.applications.create({
    roundId,
    organizationId: ORGANIZATIONS[organization]!.id,
    ...body
  })
  return record
}

/** An application of `content()` changed by the fields given. */
export interface PlannedApplication extends Partial<ApplicationContent> {
  title: string
  /** Index into ORGANIZATIONS. */
  organization: number
}

/**
 * A fresh database with a 2026 round on SEPTEMBER_CALL (its rules changed by `rules`) closed for
 * 初审 (初审中), and these applications submitted.
 */
export async function roundInScreening(
  plan: readonly PlannedApplication[],
  rules: Partial<RoundDraft> = {}
): Promise<SeededRound> {
  let clock = new Date('2026-08-20T02:00:00.000Z')
  const at = (instant: string) => {
    clock = new Date(instant)
  }
  const { db, repos } = await ventureDatabase(() => {
    // Each write a second later, so audit entries keep their order.
    clock = new Date(clock.getTime() + 1000)
    return clock
  })
  const { id: roundId } = await roundOf(repos, 2026, {
    name: '2026 年度社区公益创投',
    timeline: SEPTEMBER_CALL,
    ...rules
  })
  await repos.ventureRounds.perform(roundId, 'open')

  at('2026-09-10T02:00:00.000Z')
  const ids: Record<string, string> = {}
  for (const { organization, ...fields } of plan) {
    const draft = await draftOf({ repos, roundId }, content(fields), organization)
    await repos.applications.perform(draft.id, 'submit', {})
    ids[fields.title] = draft.id
  }

  at('2026-10-05T02:00:00.000Z')
  await repos.ventureRounds.perform(roundId, 'close')
  return { db, repos, roundId, ids, at }
}

/**
 * The round taken on from 初审中: every application passed, experts of these names created (ids
 * in the order given), the round in 评审中 and, when `perApplication` is given, the experts
 * assigned.
 */
export async function roundInReview(
  plan: readonly PlannedApplication[],
  reviewerNames: readonly string[],
  perApplication?: number,
  rules: Partial<RoundDraft> = {}
): Promise<SeededRound & { reviewerIds: string[] }> {
  const seeded = await roundInScreening(plan, rules)
  const { repos, roundId, ids } = seeded
  for (const id of Object.values(ids)) {
    await repos.applications.perform(id, 'screenPass', { note: '资格审查通过' })
  }
  await repos.ventureRounds.perform(roundId, 'startReview')
  seeded.at('2026-10-20T02:00:00.000Z')
  const reviewerIds: string[] = []
  for (const name of reviewerNames) {
    const { record } = await repos.reviewers.create({
      name,
      affiliation: null,
      affiliationUscc: null,
      title: '副教授',
      expertise: ['为老服务'],
      phone: null,
      note: null
    })
    reviewerIds.push(record.id)
  }
  if (perApplication !== undefined) {
    await repos.reviews.assign(roundId, { perApplication, reviewerIds })
  }
  return { ...seeded, reviewerIds }
}

/** A round tab, fed the live round as the round page feeds it. */
export function LiveRound({
  roundId,
  tab
}: {
  roundId: string
  tab(round: VentureRound): ReactElement
}) {
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
