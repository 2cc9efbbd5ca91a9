import { beforeEach, describe, expect, it } from 'vitest'
import { RecordValidationError } from '@shared/domain/check'
import type { Organization, OrganizationDraft } from '@shared/domain/organizations/organization'
import type { Application } from '@shared/domain/venture/application'
import type { BudgetLine } from '@shared/domain/venture/budget'
import { newRoundDraft, type RoundFields, type VentureRound } from '@shared/domain/venture/round'
import { createRepositories, type Repositories } from '@renderer/db/repositories'
import type { CommunityDraft } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import { draftOf, freshDb, SAMPLE, sequentialIds, snapshot } from '../helpers'
import { matchRow, needRow } from '../../helpers/linkage-seed'

/** A clock that ticks a second per reading and can jump to a day (09:30 in China). */
function movableClock() {
  let at = new Date('2026-11-22T01:30:00.000Z').getTime()
  return {
    now: () => {
      const now = new Date(at)
      at += 1000
      return now
    },
    jumpTo: (day: string) => {
      at = new Date(`${day}T01:30:00.000Z`).getTime()
    }
  }
}

/** 2027 round whose call is open on 2026-11-22, pool 30万元, two tracks. */
const ROUND: RoundFields = {
  ...newRoundDraft(2027, 30_000_000),
  budgetRules: { ...newRoundDraft(2027, 30_000_000).budgetRules, perProjectCapFen: 15_000_000 },
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

/** One line of `fen` for staff. */
const lines = (fen: number): BudgetLine[] => [
  { category: '人员费', item: '项目社工', unitPriceFen: fen, quantity: 1, note: null }
]

/** Everything a submission needs, asking `requestedFen` of a budget of `totalFen`. */
function content(title: string, track: string, totalFen: number, requestedFen: number) {
  return {
    title,
    track,
    communityIds: [],
    needIds: [],
    beneficiaries: [{ type: '老年人', count: 120 }],
    problem: '社区独居老人缺少日常照护。',
    objectives: '为 120 名独居老人提供探访服务。',
    activities: [{ month: '2027-03', content: '入户探访' }],
    team: [],
    budgetLines: lines(totalFen),
    requestedFen,
    matchingFen: totalFen - requestedFen,
    contactName: '王敏',
    contactPhone: '13812345678'
  }
}

const allScores = (score: number) => ({
  scores: {
    need: score * 0.2,
    design: score * 0.25,
    capacity: score * 0.2,
    budget: score * 0.15,
    outcome: score * 0.2
  },
  comment: '项目设计合理'
})

async function organizations(repos: Repositories, count: number): Promise<Organization[]> {
  const { record: community } = await repos.communities.create(
    draftOf(SAMPLE.communities[0]!) as CommunityDraft
  )
  const registered = SAMPLE.organizations.filter(
    (o) => o.registrationStatus === '已登记' && o.rating === null
  )
  const stored: Organization[] = []
  for (const org of registered.slice(0, count)) {
    const draft = { ...(draftOf(org) as OrganizationDraft), communityIds: [community.id] }
    stored.push((await repos.organizations.create(draft)).record)
  }
  return stored
}

describe('公益创投 repositories', () => {
  let db: ShelianDatabase
  let repos: Repositories
  let clock: ReturnType<typeof movableClock>
  let orgs: Organization[]

  beforeEach(async () => {
    db = freshDb()
    clock = movableClock()
    repos = createRepositories(db, { now: clock.now, newId: sequentialIds() })
    await repos.settings.saveGeneral({ operatorName: '张晓梅', officeName: '', backupKeep: 10 })
    orgs = await organizations(repos, 4)
  })

  async function openRound(fields: RoundFields = ROUND): Promise<VentureRound> {
    const { record } = await repos.ventureRounds.create(fields)
    return (await repos.ventureRounds.perform(record.id, 'open')).record
  }

  async function submitted(
    round: VentureRound,
    org: Organization,
    body: ReturnType<typeof content>
  ): Promise<Application> {
    const { record } = await repos.applications.create({
      roundId: round.id,
      organizationId: org.id,
      ...body
    })
    return (await repos.applications.perform(record.id, 'submit', {})).record
  }

  /** Three applications screened in and assigned to `reviewers` experts each, round in 评审中. */
  async function inReview(reviewers = 3) {
    const round = await openRound()
    const apps = [
      await submitted(round, orgs[0]!, content('银龄探访', 'elderly', 20_000_000, 12_000_000)),
      await submitted(round, orgs[1]!, content('四点半课堂', 'youth', 20_000_000, 12_000_000)),
      await submitted(round, orgs[2]!, content('长者食堂', 'elderly', 20_000_000, 12_000_000))
    ]
    clock.jumpTo('2026-12-01')
    await repos.ventureRounds.perform(round.id, 'close')
    for (const app of apps) {
      await repos.applications.perform(app.id, 'screenPass', { note: '年检材料已补正' })
    }
    const experts = []
    for (let i = 0; i < reviewers; i += 1) {
      experts.push(
        (
          await repos.reviewers.create({
            name: `专家${i + 1}`,
            affiliation: `某大学${i + 1}`,
            affiliationUscc: null,
            title: '副教授',
            expertise: [],
            phone: null,
            note: null
          })
        ).record
      )
    }
    const outcome = await repos.reviews.assign(round.id, {
      perApplication: reviewers,
      reviewerIds: experts.map((expert) => expert.id)
    })
    await repos.ventureRounds.perform(round.id, 'startReview')
    return { round, apps, experts, outcome }
  }

  /** Declares no conflict and submits `score` (out of 100) on every review of `applicationId`. */
  async function scoreAll(applicationId: string, score: number) {
    for (const review of await repos.reviews.listForApplication(applicationId)) {
      await repos.reviews.declare(review.id, { conflicted: false, note: null })
      await repos.reviews.submit(review.id, allScores(score))
    }
  }

  describe('rounds', () => {
    it('creates a round in 筹备 and refuses weights that do not add up to 100, writing nothing', async () => {
      const before = await snapshot(db)
      const bad = {
        ...ROUND,
        criteria: ROUND.criteria.map((c, i) => (i === 0 ? { ...c, weight: 30 } : c))
      }
      await expect(repos.ventureRounds.create(bad)).rejects.toThrow(
        '各评审项满分合计须为 100，现为 110'
      )
      expect(await snapshot(db)).toEqual(before)
      const { record } = await repos.ventureRounds.create(ROUND)
      expect(record).toMatchObject({
        status: '筹备',
        tiebreaks: [],
        adjustments: [],
        publicity: null
      })
    })

    it('freezes the rules once the call is open but lets the dates move', async () => {
      const round = await openRound()
      await expect(
        repos.ventureRounds.update(round.id, { ...ROUND, fundPoolFen: 40_000_000 })
      ).rejects.toThrow('征集已开始，只能修改批次名称和时间安排')
      const moved = { ...ROUND.timeline, deadlineOn: '2026-12-02', screeningOn: '2026-12-04' }
      const { record } = await repos.ventureRounds.update(round.id, { ...ROUND, timeline: moved })
      expect(record.timeline.deadlineOn).toBe('2026-12-02')
    })

    it('keeps a track that drafts use while the round is prepared', async () => {
      const { record: round } = await repos.ventureRounds.create(ROUND)
      await repos.applications.create({
        roundId: round.id,
        organizationId: orgs[0]!.id,
        ...content('四点半课堂', 'youth', 20_000_000, 12_000_000)
      })
      const onlyElderly = { ...ROUND, tracks: [ROUND.tracks[0]!] }
      await expect(repos.ventureRounds.update(round.id, onlyElderly)).rejects.toThrow(
        '类别“青少年服务”已有 1 份申报书，不能删除（可以改名）'
      )
      const renamed = ROUND.tracks.map((t) =>
        t.key === 'youth' ? { ...t, name: '儿童青少年' } : t
      )
      const { record } = await repos.ventureRounds.update(round.id, { ...ROUND, tracks: renamed })
      expect(record.tracks[1]!.name).toBe('儿童青少年')
    })

    it('archives only an empty round still in 筹备', async () => {
      const { record } = await repos.ventureRounds.create(ROUND)
      expect((await repos.ventureRounds.archive(record.id)).record.archivedAt).not.toBeNull()
      const open = await openRound()
      await expect(repos.ventureRounds.archive(open.id)).rejects.toThrow('已开始征集的批次不能归档')
    })
  })

  describe('applications', () => {
    it('keeps budget problems of a draft as warnings and refuses them at submission', async () => {
      const round = await openRound()
      // 60 % of 200,000.00 元 is 120,000.00 元; 150,000.00 asked.
      const { record, warnings } = await repos.applications.create({
        roundId: round.id,
        organizationId: orgs[0]!.id,
        ...content('银龄探访', 'elderly', 20_000_000, 15_000_000)
      })
      expect(warnings.map((w) => w.message)).toContain(
        '申请金额 150,000.00 元 超过预算总额 200,000.00 元 的 60%（最多 120,000.00 元），超出 30,000.00 元'
      )
      const error = await repos.applications.perform(record.id, 'submit', {}).catch((e) => e)
      expect(error).toBeInstanceOf(RecordValidationError)
      expect((error as RecordValidationError).issues[0]).toMatchObject({ field: 'requestedFen' })
      expect((await repos.applications.get(record.id))!.status).toBe('草稿')
    })

    it('locks a submitted application and records eligibility at 初审', async () => {
      const round = await openRound()
      const app = await submitted(
        round,
        orgs[0]!,
        content('银龄探访', 'elderly', 20_000_000, 12_000_000)
      )
      await expect(repos.applications.update(app.id, { title: '改名' })).rejects.toThrow(
        '申报书已提交，内容不能再修改'
      )
      await expect(
        repos.applications.perform(app.id, 'screenPass', { note: null })
      ).rejects.toThrow('批次截止申报并进入初审后，才能作初审结论')
      clock.jumpTo('2026-12-01')
      await repos.ventureRounds.perform(round.id, 'close')
      const { record } = await repos.applications.perform(app.id, 'screenPass', { note: null })
      expect(record.status).toBe('初审通过')
      expect(record.screening).toMatchObject({
        eligible: true,
        decision: '通过',
        decidedBy: '张晓梅'
      })
    })

    it('fails the one-per-track rule for a second application of the same organisation', async () => {
      const round = await openRound()
      await submitted(round, orgs[0]!, content('银龄探访', 'elderly', 20_000_000, 12_000_000))
      const second = await submitted(
        round,
        orgs[0]!,
        content('长者学堂', 'elderly', 20_000_000, 12_000_000)
      )
      const eligibility = await repos.applications.eligibility(second.id)
      expect(eligibility.eligible).toBe(false)
      expect(eligibility.checks.find((check) => !check.passed)?.rule).toBeDefined()
      // The whole round's 初审 list, read in one go, says the same of each application.
      const all = await repos.applications.eligibilityForRound(round.id)
      expect([...all.keys()]).toHaveLength(2)
      expect(all.get(second.id)).toEqual(eligibility)
    })
  })

  describe('review', () => {
    it('spreads the experts evenly and never assigns a flagged conflict', async () => {
      const round = await openRound()
      const apps = [
        await submitted(round, orgs[0]!, content('银龄探访', 'elderly', 20_000_000, 12_000_000)),
        await submitted(round, orgs[1]!, content('四点半课堂', 'youth', 20_000_000, 12_000_000)),
        await submitted(round, orgs[2]!, content('长者食堂', 'elderly', 20_000_000, 12_000_000))
      ]
      clock.jumpTo('2026-12-01')
      await repos.ventureRounds.perform(round.id, 'close')
      for (const app of apps) {
        await repos.applications.perform(app.id, 'screenPass', { note: '年检材料已补正' })
      }
      const insider = (
        await repos.reviewers.create({
          name: '李四',
          affiliation: orgs[0]!.name,
          affiliationUscc: orgs[0]!.uscc,
          title: null,
          expertise: [],
          phone: null,
          note: null
        })
      ).record
      const others = []
      for (const name of ['专家甲', '专家乙', '专家丙', '专家丁']) {
        others.push(
          (
            await repos.reviewers.create({
              name,
              affiliation: null,
              affiliationUscc: null,
              title: null,
              expertise: [],
              phone: null,
              note: null
            })
          ).record
        )
      }
      const outcome = await repos.reviews.assign(round.id, {
        perApplication: 3,
        reviewerIds: [insider.id, ...others.map((o) => o.id)]
      })
      expect(outcome.created).toBe(9)
      expect(outcome.short).toEqual([])
      expect(outcome.flagged).toHaveLength(1)
      expect(outcome.flagged[0]).toMatchObject({
        applicationId: apps[0]!.id,
        reviewerId: insider.id
      })
      const reviews = await repos.reviews.listForRound(round.id)
      const load = new Map<string, number>()
      for (const review of reviews)
        load.set(review.reviewerId, (load.get(review.reviewerId) ?? 0) + 1)
      expect(Math.max(...load.values()) - Math.min(...load.values())).toBeLessThanOrEqual(1)
      expect(
        reviews.some((r) => r.reviewerId === insider.id && r.applicationId === apps[0]!.id)
      ).toBe(false)
      await expect(repos.reviews.assignOne(apps[0]!.id, insider.id)).rejects.toThrow(
        '存在利益冲突，不能分配'
      )
    })

    it('refuses scores before the declaration and after a declared conflict', async () => {
      const { apps } = await inReview()
      const [first, second] = await repos.reviews.listForApplication(apps[0]!.id)
      await expect(repos.reviews.saveScores(first!.id, allScores(80))).rejects.toThrow(
        '请先声明是否存在利益冲突，再查看或填写评分'
      )
      await expect(
        repos.reviews.declare(second!.id, { conflicted: true, note: null })
      ).rejects.toThrow('有利益冲突时请说明冲突情况')
      await repos.reviews.declare(second!.id, { conflicted: true, note: '曾为该机构督导' })
      await expect(repos.reviews.submit(second!.id, allScores(80))).rejects.toThrow(
        '已声明存在利益冲突并回避，不能为该申报书评分'
      )
      await repos.reviews.declare(first!.id, { conflicted: false, note: null })
      const over = { scores: { ...allScores(80).scores, need: 25 }, comment: '好' }
      const error = await repos.reviews.saveScores(first!.id, over).catch((e) => e)
      expect((error as RecordValidationError).issues).toEqual([
        { field: 'scores.need', level: 'error', message: '“需求分析”得分 25 超出满分 20' }
      ])
      const { record } = await repos.reviews.submit(first!.id, allScores(80))
      expect(record.submittedAt).not.toBeNull()
    })

    it('returns a submitted sheet for rescoring with the old sheet kept', async () => {
      const { apps } = await inReview()
      const [review] = await repos.reviews.listForApplication(apps[0]!.id)
      await repos.reviews.declare(review!.id, { conflicted: false, note: null })
      await repos.reviews.submit(review!.id, allScores(80))
      const { record } = await repos.reviews.reopen(review!.id, { reason: '误将 8 分录为 18 分' })
      expect(record.submittedAt).toBeNull()
      expect(record.reopenings[0]).toMatchObject({
        reason: '误将 8 分录为 18 分',
        operator: '张晓梅'
      })
    })
    it('completes an application’s review with its last sheet and reopens it with a returned one', async () => {
      const { apps } = await inReview()
      await scoreAll(apps[0]!.id, 90)
      expect((await repos.applications.get(apps[0]!.id))!.status).toBe('已评审')
      expect((await repos.applications.get(apps[1]!.id))!.status).toBe('评审中')

      const [sheet] = await repos.reviews.listForApplication(apps[0]!.id)
      await repos.reviews.reopen(sheet!.id, { reason: '误将 8 分录为 18 分' })
      expect((await repos.applications.get(apps[0]!.id))!.status).toBe('评审中')
      await repos.reviews.submit(sheet!.id, allScores(88))
      const done = (await repos.applications.get(apps[0]!.id))!
      expect(done.status).toBe('已评审')
      expect(done.events.map((event) => event.action).slice(-3)).toEqual([
        'completeReview',
        'resumeReview',
        'completeReview'
      ])
    })
  })

  describe('results, 公示 and 立项', () => {
    it('refuses to publish while sheets are missing', async () => {
      const { round, apps } = await inReview()
      await scoreAll(apps[0]!.id, 90)
      await expect(
        repos.ventureRounds.publish(round.id, { startsOn: '2026-12-10', endsOn: '2026-12-16' })
      ).rejects.toThrow('还有 2 份申报书的评审专家没有全部提交评分')
    })

    it('funds by rank until the pool is spent, then publishes, hears objections and approves', async () => {
      const { round, apps } = await inReview()
      await scoreAll(apps[0]!.id, 90)
      await scoreAll(apps[1]!.id, 80)
      await scoreAll(apps[2]!.id, 70)
      // Pool 300,000.00: two grants of 120,000.00 fit, the third does not.
      const results = await repos.ventureRounds.results(round.id)
      expect(results.rows.map((row) => [row.applicationId, row.rank, row.grantFen])).toEqual([
        [apps[0]!.id, 1, 12_000_000],
        [apps[1]!.id, 2, 12_000_000],
        [apps[2]!.id, 3, 0]
      ])

      // Beyond the pool by hand: refused with the amount.
      await expect(
        repos.ventureRounds.adjust(round.id, {
          applicationId: apps[2]!.id,
          grantFen: 8_000_000,
          reason: '评审会议决定部分资助'
        })
      ).rejects.toThrow('资助合计 320,000.00 元 超过资金池 300,000.00 元，超出 20,000.00 元')
      await repos.ventureRounds.adjust(round.id, {
        applicationId: apps[2]!.id,
        grantFen: 6_000_000,
        reason: '评审会议决定部分资助'
      })

      await repos.ventureRounds.publish(round.id, { startsOn: '2026-12-10', endsOn: '2026-12-16' })
      const published = await repos.applications.listForRound(round.id)
      expect(published.map((app) => [app.status, app.award?.grantFen])).toEqual([
        ['拟资助', 12_000_000],
        ['拟资助', 12_000_000],
        ['拟资助', 6_000_000]
      ])
      expect(published[2]!.award?.adjustmentReason).toBe('评审会议决定部分资助')

      clock.jumpTo('2026-12-12')
      const { record: withObjection } = await repos.ventureRounds.addObjection(round.id, {
        receivedOn: '2026-12-12',
        applicationId: apps[2]!.id,
        from: '匿名',
        content: '该机构年检不合格'
      })
      const objection = withObjection.publicity!.objections[0]!
      await expect(repos.ventureRounds.approve(round.id)).rejects.toThrow(
        '公示期至 2026-12-16 结束，期满后才能立项'
      )
      await repos.ventureRounds.answerObjection(round.id, objection.id, {
        response: '经核实，异议成立',
        outcome: '撤销资助',
        answeredOn: '2026-12-14'
      })
      expect((await repos.applications.get(apps[2]!.id))!).toMatchObject({
        status: '未获资助',
        award: { grantFen: 0 }
      })

      // A need matched to the first application before 立项 (三社联动).
      await db.needs.add(needRow('need-1', '独居老人助餐', { status: '已对接' }))
      await db.needMatches.add(
        matchRow('match-1', 'need-1', {
          target: 'application',
          projectId: null,
          applicationId: apps[0]!.id
        })
      )

      clock.jumpTo('2026-12-20')
      const { record: approved } = await repos.ventureRounds.approve(round.id)
      expect(approved.status).toBe('已立项')
      const projects = await db.projects.toArray()
      expect(projects).toHaveLength(2)
      // The need now names the project its application became, in the same transaction.
      const served = projects.find((project) => project.title === apps[0]!.title)!
      expect(await db.needs.get('need-1')).toMatchObject({
        status: '已对接',
        projectIds: [served.id]
      })
      expect(projects[0]).toMatchObject({
        channel: '公益创投',
        origin: { kind: 'venture', roundId: round.id, applicationId: apps[0]!.id },
        amountFen: 12_000_000,
        approvedOn: '2026-12-20',
        status: '待签约',
        tranches: [
          { no: 1, percent: 50, gate: 'signing', amountFen: 6_000_000 },
          { no: 2, percent: 30, gate: 'midterm', amountFen: 3_600_000 },
          { no: 3, percent: 20, gate: 'final', amountFen: 2_400_000 }
        ]
      })
      expect((await repos.applications.get(apps[0]!.id))!.status).toBe('已立项')
    })

    it('holds a tie at the funding line for the panel and funds the one it puts first', async () => {
      const pool = { ...ROUND, fundPoolFen: 20_000_000 }
      const round = await openRound(pool)
      const a = await submitted(
        round,
        orgs[0]!,
        content('银龄探访', 'elderly', 20_000_000, 12_000_000)
      )
      const b = await submitted(
        round,
        orgs[1]!,
        content('四点半课堂', 'youth', 20_000_000, 12_000_000)
      )
      clock.jumpTo('2026-12-01')
      await repos.ventureRounds.perform(round.id, 'close')
      for (const app of [a, b]) {
        await repos.applications.perform(app.id, 'screenPass', { note: '年检材料已补正' })
      }
      const { record: expert } = await repos.reviewers.create({
        name: '专家甲',
        affiliation: null,
        affiliationUscc: null,
        title: null,
        expertise: [],
        phone: null,
        note: null
      })
      await repos.reviews.assign(round.id, { perApplication: 1, reviewerIds: [expert.id] })
      await repos.ventureRounds.perform(round.id, 'startReview')
      await scoreAll(a.id, 80)
      await scoreAll(b.id, 80)
      const tied = await repos.ventureRounds.results(round.id)
      expect(tied.rows.map((row) => row.status)).toEqual(['待定（并列）', '待定（并列）'])
      const before = await snapshot(db)
      await expect(
        repos.ventureRounds.publish(round.id, { startsOn: '2026-12-10', endsOn: '2026-12-16' })
      ).rejects.toThrow('还有 2 份并列待定的申报书')
      expect(await snapshot(db)).toEqual(before)

      await repos.ventureRounds.setTiebreak(round.id, {
        order: [b.id, a.id],
        reason: '答辩表现更好'
      })
      const settled = await repos.ventureRounds.results(round.id)
      expect(settled.rows.map((row) => [row.applicationId, row.status])).toEqual([
        [b.id, '资助'],
        [a.id, '未资助']
      ])
    })
  })
})
