import { describe, expect, it } from 'vitest'
import type { IsoDate } from '@shared/domain/dates'
import { checkStoredProject } from '@shared/domain/projects/project'
import {
  APPLICATION_STATUSES,
  applicationDraftSchema,
  checkApplicationDraft,
  checkStoredApplication,
  submissionIssues,
  type Application
} from '@shared/domain/venture/application'
import { checkBudget } from '@shared/domain/venture/budget'
import { conflictFlags } from '@shared/domain/venture/conflict'
import { checkEligibility } from '@shared/domain/venture/eligibility'
import { planTranches, roundResults } from '@shared/domain/venture/results'
import { checkStoredReview, reviewStatus, REVIEW_STATUSES } from '@shared/domain/venture/review'
import { checkReviewer } from '@shared/domain/venture/reviewer'
import { checkStoredRound, type VentureRound } from '@shared/domain/venture/round'
import { checkScoreSheet } from '@shared/domain/venture/scoring'
import { sumFen } from '@shared/domain/money'
import { DEMO_SCALE, generateSampleData, type SampleData } from '@shared/sample-data/generate'
import { pinyinKeys } from '@shared/text/pinyin'

const today = '2026-11-22'
const data = generateSampleData({ today })

const DRAFT_FIELDS = Object.keys(applicationDraftSchema.shape)
const BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'archivedAt', 'pinyin', 'pinyinInitials']

function draftOf(record: object): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...record }
  for (const key of BOOKKEEPING) delete rest[key]
  return rest
}

/** The rounds in the order generated: last year's, this year's, next year's. */
function rounds(sample: SampleData) {
  const [last, current, next] = sample.ventureRounds
  return { last: last!, current: current!, next: next! }
}

const inRound = (sample: SampleData, round: VentureRound) =>
  sample.applications.filter((application) => application.roundId === round.id)

/** Applications that went through 初审 and were not withdrawn afterwards: what is ranked. */
const ranked = (applications: readonly Application[]) =>
  applications.filter(
    (application) => application.screening?.decision === '通过' && application.status !== '已撤回'
  )

/** Every 公益创投 row through the app's own rules; returns the problems found. */
function ventureProblems(sample: SampleData, asOf: IsoDate): string[] {
  const problems: string[] = []
  const report = (what: string, result: { ok: boolean }, record: object, value?: unknown) => {
    if (!result.ok) problems.push(`${what}: ${JSON.stringify(result)}`)
    // What the rule returns is what is stored: nothing for a restore to normalise.
    else if (value !== undefined) {
      const stored = draftOf(record)
      if (JSON.stringify(value) !== JSON.stringify(stored)) problems.push(`${what}: normalised`)
    }
  }
  const ids = (rows: readonly { id: string }[]) => new Set(rows.map((row) => row.id))
  const organizations = new Map(sample.organizations.map((org) => [org.id, org]))
  const communities = ids(sample.communities)
  const workers = ids(sample.socialWorkers)
  const experts = new Map(sample.reviewers.map((expert) => [expert.id, expert]))
  const roundsById = new Map(sample.ventureRounds.map((round) => [round.id, round]))
  const applications = new Map(
    sample.applications.map((application) => [application.id, application])
  )
  const late = (instant: string | null | undefined) =>
    instant != null && instant.slice(0, 10) > asOf

  for (const expert of sample.reviewers) {
    const result = checkReviewer(draftOf(expert))
    report(`专家 ${expert.name}`, result, expert, result.ok ? result.value : undefined)
    if (result.ok && result.warnings.length > 0) problems.push(`专家 ${expert.name} warns`)
    if (expert.pinyin !== pinyinKeys(expert.name).pinyin)
      problems.push(`专家 ${expert.name}: pinyin`)
    if (late(expert.createdAt)) problems.push(`专家 ${expert.name}: future`)
  }
  for (const round of sample.ventureRounds) {
    const result = checkStoredRound(draftOf(round))
    report(`批次 ${round.name}`, result, round, result.ok ? result.value : undefined)
    round.events.forEach((event, i) => {
      const before = round.events[i - 1]
      if (before && event.at < before.at) problems.push(`批次 ${round.name}: events out of order`)
      if (late(event.at)) problems.push(`批次 ${round.name}: future event`)
    })
    if (round.updatedAt !== (round.events.at(-1)?.at ?? round.createdAt)) {
      problems.push(`批次 ${round.name}: updatedAt`)
    }
  }
  for (const application of sample.applications) {
    const what = `申报书 ${application.title}`
    const result = checkStoredApplication(draftOf(application))
    report(what, result, application, result.ok ? result.value : undefined)
    const round = roundsById.get(application.roundId)
    if (!round) {
      problems.push(`${what}: round`)
      continue
    }
    const draft = checkApplicationDraft(
      Object.fromEntries(
        DRAFT_FIELDS.map((field) => [field, application[field as keyof Application]])
      ),
      round,
      asOf
    )
    if (!draft.ok) problems.push(`${what}: ${JSON.stringify(draft.issues)}`)
    if (!organizations.has(application.organizationId)) problems.push(`${what}: organisation`)
    if (application.communityIds.some((id) => !communities.has(id)))
      problems.push(`${what}: community`)
    if (application.team.some((member) => !workers.has(member.socialWorkerId))) {
      problems.push(`${what}: team`)
    }
    // Whatever was submitted met the rules on the day it was.
    if (application.submittedAt !== null) {
      const issues = submissionIssues(application, round, application.submittedAt.slice(0, 10))
      if (issues.length > 0) problems.push(`${what}: submitted with ${JSON.stringify(issues)}`)
    }
    application.events.forEach((event, i) => {
      const before = application.events[i - 1]
      if (event.from !== (before?.to ?? '草稿')) problems.push(`${what}: events chain`)
      if (before && event.at < before.at) problems.push(`${what}: events out of order`)
      if (late(event.at)) problems.push(`${what}: future event`)
    })
    if (application.updatedAt !== (application.events.at(-1)?.at ?? application.createdAt)) {
      problems.push(`${what}: updatedAt`)
    }
  }
  const pairs = new Set<string>()
  for (const review of sample.reviews) {
    const what = `评审 ${review.id}`
    const result = checkStoredReview(draftOf(review))
    report(what, result, review, result.ok ? result.value : undefined)
    const application = applications.get(review.applicationId)
    const round = roundsById.get(review.roundId)
    const expert = experts.get(review.reviewerId)
    if (!application || !round || !expert || application.roundId !== round.id) {
      problems.push(`${what}: references`)
      continue
    }
    const pair = `${review.applicationId} ${review.reviewerId}`
    if (pairs.has(pair)) problems.push(`${what}: assigned twice`)
    pairs.add(pair)
    const org = organizations.get(application.organizationId)!
    if (conflictFlags(expert, org).length > 0) problems.push(`${what}: flagged expert assigned`)
    if (
      reviewStatus(review) === '已提交' &&
      checkScoreSheet(review.scores, round.criteria).length
    ) {
      problems.push(`${what}: sheet`)
    }
    for (const instant of [review.createdAt, review.conflict?.at, review.submittedAt]) {
      if (late(instant)) problems.push(`${what}: future`)
    }
    if (review.conflict && review.conflict.at < review.createdAt) problems.push(`${what}: order`)
  }
  // The 政府购买服务 contracts are delivery's (delivery.test.ts).
  for (const project of sample.projects.filter((row) => row.channel === '公益创投')) {
    const what = `项目 ${project.title}`
    const result = checkStoredProject(draftOf(project))
    report(what, result, project, result.ok ? result.value : undefined)
    const { origin } = project
    const application = origin.kind === 'venture' ? applications.get(origin.applicationId) : null
    if (
      origin.kind !== 'venture' ||
      !application ||
      application.status !== '已立项' ||
      application.roundId !== origin.roundId ||
      application.organizationId !== project.organizationId
    ) {
      problems.push(`${what}: origin`)
    }
    if (late(project.createdAt)) problems.push(`${what}: future`)
  }
  return problems
}

describe('generateSampleData: 公益创投', () => {
  const { last, current, next } = rounds(data)
  const statuses = (round: VentureRound) => new Set(inRound(data, round).map((a) => a.status))
  const reviewsOf = (round: VentureRound) => data.reviews.filter((r) => r.roundId === round.id)

  it('produces only rows the app’s own rules accept, pointing at records of the same set', () => {
    expect(ventureProblems(data, today)).toEqual([])
  })

  it('stays valid around new year, the spring festival and national day', () => {
    for (const asOf of ['2027-01-02', '2026-02-20', '2025-10-05']) {
      const sample = generateSampleData({ today: asOf, seed: 11 })
      expect(ventureProblems(sample, asOf), asOf).toEqual([])
      expect(
        sample.ventureRounds.map((round) => round.status),
        asOf
      ).toEqual(['已立项', '评审中', '征集中'])
    }
  })

  it('has a pool of about 15 experts, some working for applicants, whom the check keeps off', () => {
    expect(data.reviewers).toHaveLength(15)
    const insiders = data.reviewers.filter((expert) => expert.affiliationUscc !== null)
    expect(insiders.length).toBeGreaterThanOrEqual(2)
    const usccs = new Set(data.organizations.map((org) => org.uscc))
    for (const expert of insiders) expect(usccs.has(expert.affiliationUscc)).toBe(true)
    // Their organisations apply this year, so assigning experts shows a flag.
    const applicants = new Set(inRound(data, current).map((a) => a.organizationId))
    const flagged = data.organizations.filter(
      (org) =>
        applicants.has(org.id) && insiders.some((expert) => conflictFlags(expert, org).length > 0)
    )
    expect(flagged.length).toBeGreaterThan(0)
    expect(data.reviewers.some((expert) => expert.affiliation === null)).toBe(true)
  })

  it('runs three rounds: last year’s 立项, this year’s in review, next year’s collecting now', () => {
    const year = Number(today.slice(0, 4))
    expect([last.year, current.year, next.year]).toEqual([year - 1, year, year + 1])
    expect([last.status, current.status, next.status]).toEqual(['已立项', '评审中', '征集中'])
    expect(next.timeline.callOpensOn <= today && today <= next.timeline.deadlineOn).toBe(true)
    expect(current.timeline.deadlineOn < today).toBe(true)
    expect(last.timeline.signingOn < today).toBe(true)
    expect(last.events.map((event) => event.action)).toEqual([
      'open',
      'close',
      'startReview',
      'publish',
      'approve'
    ])
    expect(current.events.map((event) => event.action)).toEqual(['open', 'close', 'startReview'])
    expect(next.events.map((event) => event.action)).toEqual(['open'])
    for (const round of [current, next]) {
      expect([round.tiebreaks, round.adjustments, round.publicity]).toEqual([[], [], null])
    }
    for (const round of data.ventureRounds) {
      const count = inRound(data, round).length
      expect(count).toBeGreaterThanOrEqual(12)
      expect(count).toBeLessThanOrEqual(20)
      expect(new Set(inRound(data, round).map((a) => a.organizationId)).size).toBe(count)
    }
  })

  it('leaves last year’s applications at their final states', () => {
    expect(statuses(last)).toEqual(new Set(['已立项', '未获资助', '初审未通过', '已撤回']))
    const withdrawnFrom = inRound(data, last)
      .filter((a) => a.status === '已撤回')
      .map((a) => a.events.at(-1)!.from)
    expect(new Set(withdrawnFrom)).toEqual(new Set(['草稿', '已提交', '初审通过']))
  })

  it('has this year’s applications in review, plus those screened out or withdrawn', () => {
    expect(statuses(current)).toEqual(new Set(['评审中', '已评审', '初审未通过', '已撤回']))
    const byStatus = new Set(reviewsOf(current).map(reviewStatus))
    expect(byStatus).toEqual(new Set(REVIEW_STATUSES))
    for (const application of inRound(data, current)) {
      const sheets = reviewsOf(current).filter((r) => r.applicationId === application.id)
      const open = sheets.filter((r) => ['待声明', '评分中'].includes(reviewStatus(r)))
      if (application.status === '评审中') expect(open.length).toBeGreaterThan(0)
      if (application.status === '已评审') expect(open).toEqual([])
      if (!['评审中', '已评审'].includes(application.status)) expect(sheets).toEqual([])
    }
  })

  it('has next year’s 草稿, some half-finished or returned, and 已提交 applications', () => {
    expect(statuses(next)).toEqual(new Set(['草稿', '已提交']))
    const drafts = inRound(data, next).filter((a) => a.status === '草稿')
    expect(drafts.some((a) => a.budgetLines.length === 0)).toBe(true)
    expect(drafts.some((a) => a.events.at(-1)?.action === 'reopen')).toBe(true)
    expect(reviewsOf(next)).toEqual([])
  })

  it('covers every application status but 初审通过 and 拟资助, which only last a moment', () => {
    const seen = new Set(data.applications.map((a) => a.status))
    expect(APPLICATION_STATUSES.filter((status) => !seen.has(status))).toEqual([
      '初审通过',
      '拟资助'
    ])
  })

  it('decides 初审 on the round’s eligibility rules as they applied that day', () => {
    const evaluations = data.evaluations.filter((e) => e.status === '定稿' && e.passed === false)
    const screened = data.applications.filter((a) => a.screening !== null)
    expect(screened.some((a) => a.screening!.decision === '不通过')).toBe(true)
    for (const application of screened) {
      const round = data.ventureRounds.find((r) => r.id === application.roundId)!
      const organization = data.organizations.find((o) => o.id === application.organizationId)!
      const on = application.screening!.decidedAt!.slice(0, 10)
      const eligibility = checkEligibility(
        {
          organization,
          failedEvaluations: evaluations
            .filter((e) => e.organizationId === organization.id && e.evaluatedOn <= on)
            .map((e) => ({ on: e.evaluatedOn, what: `${e.kind}评估` })),
          otherApplications: [],
          track: application.track
        },
        round.eligibility,
        on
      )
      expect(application.screening).toMatchObject(eligibility)
      expect(application.screening!.decision).toBe(eligibility.eligible ? '通过' : '不通过')
    }
  })

  it('keeps every complete budget within the round’s money rules', () => {
    const complete = data.applications.filter((a) => a.budgetLines.length > 0)
    expect(complete.length).toBeGreaterThan(data.applications.length * 0.8)
    for (const application of complete) {
      const round = data.ventureRounds.find((r) => r.id === application.roundId)!
      const plan = {
        lines: application.budgetLines,
        requestedFen: application.requestedFen,
        matchingFen: application.matchingFen
      }
      expect(checkBudget(plan, round.budgetRules), application.title).toEqual([])
    }
    expect(new Set(data.applications.map((a) => a.track))).toEqual(
      new Set(last.tracks.map((track) => track.key))
    )
  })

  it('reviews every ranked application of last year with five submitted sheets', () => {
    const reviews = reviewsOf(last)
    expect(reviews.some((r) => reviewStatus(r) === '回避' && r.conflict!.note)).toBe(true)
    for (const application of inRound(data, last)) {
      const sheets = reviews.filter((r) => r.applicationId === application.id)
      const submitted = sheets.filter((r) => reviewStatus(r) === '已提交')
      if (ranked([application]).length === 0) expect(sheets).toEqual([])
      else {
        expect(submitted, application.title).toHaveLength(5)
        expect(sheets.length - submitted.length).toBeLessThanOrEqual(1)
      }
    }
  })

  it('publishes last year’s results exactly as roundResults computes them', () => {
    const applications = ranked(inRound(data, last))
    const results = roundResults(last, applications, reviewsOf(last))
    expect(results.blockers).toEqual([])
    expect(results.grantedFen).toBeLessThanOrEqual(last.fundPoolFen)
    const funded = results.rows.filter((row) => row.grantFen > 0)
    expect(funded.length).toBeGreaterThan(0)
    expect(funded.length).toBeLessThan(results.rows.length)
    expect(last.adjustments).toHaveLength(1)
    for (const row of results.rows) {
      const application = applications.find((a) => a.id === row.applicationId)!
      expect(application.award).toEqual({
        score: row.score,
        rank: row.rank,
        trackRank: row.trackRank,
        grantFen: row.grantFen,
        reason: row.reason,
        adjustmentReason: row.adjustment?.reason ?? null
      })
      expect(application.status).toBe(row.grantFen > 0 ? '已立项' : '未获资助')
    }
    const objections = last.publicity!.objections
    expect(objections.length).toBeGreaterThan(0)
    expect(objections.every((objection) => objection.outcome !== null)).toBe(true)
    expect(objections.every((objection) => objection.receivedOn >= last.publicity!.startsOn)).toBe(
      true
    )
  })

  it(
    'has the panel put a tie at the funding line in order when there is one',
    { timeout: 30_000 },
    () => {
      // Equal trimmed means at the line are rare: look for a seed that has one, in a small set.
      const scale = {
        organizations: 150,
        communities: 40,
        socialWorkers: 80,
        ventureApplications: 16
      }
      const asOf = '2026-06-30'
      let sample: SampleData | null = null
      for (let seed = 1; seed <= 400 && !sample; seed += 1) {
        const candidate = generateSampleData({ today: asOf, seed, scale })
        if (rounds(candidate).last.tiebreaks.length > 0) sample = candidate
      }
      expect(sample).not.toBeNull()
      expect(ventureProblems(sample!, asOf)).toEqual([])
      const round = rounds(sample!).last
      expect(round.tiebreaks.length).toBeGreaterThanOrEqual(2)
      const applications = ranked(inRound(sample!, round))
      const reviews = sample!.reviews.filter((review) => review.roundId === round.id)
      const untied = roundResults(
        { ...round, tiebreaks: [], adjustments: [] },
        applications,
        reviews
      )
      expect(untied.pending).toBe(round.tiebreaks.length)
      const settled = roundResults(round, applications, reviews)
      expect(settled.blockers).toEqual([])
      for (const row of settled.rows) {
        const application = applications.find((a) => a.id === row.applicationId)!
        expect(application.award!.grantFen).toBe(row.grantFen)
      }
    }
  )

  it('creates a project for each funded application with the round’s tranche plan', () => {
    const funded = inRound(data, last).filter((a) => a.status === '已立项')
    const applicationOf = ({ origin }: (typeof data.projects)[number]) =>
      origin.kind === 'venture' ? origin.applicationId : null
    const projects = data.projects.filter((project) => project.channel === '公益创投')
    expect(projects.map(applicationOf).sort()).toEqual(funded.map((a) => a.id).sort())
    const approvedOn = last.events.at(-1)!.at.slice(0, 10)
    for (const project of projects) {
      const application = funded.find((a) => a.id === applicationOf(project))!
      expect(project.amountFen).toBe(application.award!.grantFen)
      expect(sumFen(project.tranches.map((tranche) => tranche.amountFen))).toBe(project.amountFen)
      expect(project.tranches).toEqual(planTranches(project.amountFen, last.tranches))
      expect(project).toMatchObject({
        channel: '公益创投',
        origin: { kind: 'venture', roundId: last.id },
        organizationId: application.organizationId,
        title: application.title,
        matchingFen: application.matchingFen,
        approvedOn,
        // Signed since and under way (delivery.test.ts).
        status: '执行中'
      })
      expect(project.category).toBe(last.tracks.find((t) => t.key === application.track)!.name)
    }
  })

  it('makes no 公益创投 rows for a scale that leaves them out, and scales with the count', () => {
    const scale = { organizations: 60, communities: 20, socialWorkers: 40 }
    const none = generateSampleData({ today, scale })
    expect([
      none.reviewers,
      none.ventureRounds,
      none.applications,
      none.reviews,
      none.projects,
      none.agreements
    ]).toEqual([[], [], [], [], [], []])
    const larger = generateSampleData({
      today,
      scale: { ...scale, organizations: 400, socialWorkers: 200, ventureApplications: 60 }
    })
    expect(ventureProblems(larger, today)).toEqual([])
    expect(larger.applications.length).toBe(180)
    expect(DEMO_SCALE.ventureApplications).toBe(16)
  })
})
