import { describe, expect, it } from 'vitest'
import { checkCommunity } from '@shared/domain/communities/community'
import {
  addDays,
  addYears,
  createWorkCalendar,
  daysBetween,
  type IsoDate
} from '@shared/domain/dates'
import {
  checkStoredEvaluation,
  evaluationTrend,
  type Evaluation
} from '@shared/domain/evaluations/evaluation'
import { DEFAULT_RATING_BANDS } from '@shared/domain/evaluations/grade-bands'
import { incubationBoard } from '@shared/domain/incubation/board'
import {
  checkStoredIncubation,
  INCUBATION_STATUSES,
  OPEN_INCUBATION_STATUSES
} from '@shared/domain/incubation/incubation'
import { DEFAULT_INCUBATION_SETTINGS } from '@shared/domain/incubation/incubation-settings'
import { hasPassingGraduationAssessment } from '@shared/domain/incubation/incubation-workflow'
import { checkIncubationService, SERVICE_TYPES } from '@shared/domain/incubation/service-log'
import { checkOrganization } from '@shared/domain/organizations/organization'
import { ratingBandIssue, ratingState } from '@shared/domain/organizations/rating'
import { checkSocialWorker } from '@shared/domain/social-workers/social-worker'
import {
  CITY_SCALE,
  DEMO_SCALE,
  generateSampleData,
  type SampleData
} from '@shared/sample-data/generate'
import { pinyinKeys } from '@shared/text/pinyin'

const today = '2026-11-22'
const data = generateSampleData({ today })

const BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'archivedAt', 'pinyin', 'pinyinInitials']

function draftOf(record: object, also: string[] = []) {
  const rest: Record<string, unknown> = { ...record }
  for (const key of [...BOOKKEEPING, ...also]) delete rest[key]
  return rest
}

/** Every incubation record through the app's own rules; returns the problems found. */
function incubationProblems(sample: SampleData, asOf: IsoDate): string[] {
  const problems: string[] = []
  const orgs = new Map(sample.organizations.map((org) => [org.id, org]))
  const stays = new Map(sample.incubations.map((stay) => [stay.id, stay]))
  const calendar = createWorkCalendar()
  const { reviewWorkingDays, handoverWorkingDays } = DEFAULT_INCUBATION_SETTINGS
  for (const stay of sample.incubations) {
    const result = checkStoredIncubation(draftOf(stay))
    if (!result.ok) problems.push(`入驻 ${stay.id}: ${JSON.stringify(result.issues)}`)
    else if (result.warnings.length > 0) problems.push(`入驻 ${stay.id} warns`)
    const org = orgs.get(stay.organizationId)
    if (!org || org.registrationStatus === '注销') problems.push(`入驻 ${stay.id}: organisation`)
    const dates = [stay.appliedOn, stay.reviewedOn, stay.admittedOn, stay.endedOn]
    if (dates.some((date) => date !== null && date > asOf)) problems.push(`入驻 ${stay.id}: future`)
    if (stay.handedOverOn && stay.handedOverOn > asOf) problems.push(`入驻 ${stay.id}: handover`)
    // Deadlines as the official working-day calendar gives them.
    if (stay.reviewDueOn !== calendar.addWorkingDays(stay.appliedOn, reviewWorkingDays)) {
      problems.push(`入驻 ${stay.id}: 初核期限 ${stay.reviewDueOn}`)
    }
    const handoverDue =
      stay.mode === '实体' && stay.endedOn
        ? calendar.addWorkingDays(stay.endedOn, handoverWorkingDays)
        : null
    if (stay.handoverDueOn !== handoverDue) {
      problems.push(`入驻 ${stay.id}: 场地交还期限 ${stay.handoverDueOn}`)
    }
  }
  for (const service of sample.incubationServices) {
    const stay = stays.get(service.incubationId)
    if (!stay) {
      problems.push(`服务 ${service.id}: no stay`)
      continue
    }
    const result = checkIncubationService(draftOf(service, ['organizationId']), stay, asOf)
    if (!result.ok) problems.push(`服务 ${service.id}: ${JSON.stringify(result.issues)}`)
    else if (result.warnings.length > 0) problems.push(`服务 ${service.id} warns`)
    if (service.organizationId !== stay.organizationId) problems.push(`服务 ${service.id}: org`)
  }
  for (const evaluation of sample.evaluations) {
    const result = checkStoredEvaluation(draftOf(evaluation))
    if (!result.ok) problems.push(`评估 ${evaluation.id}: ${JSON.stringify(result.issues)}`)
    const stay = stays.get(evaluation.subjectId)
    if (evaluation.subjectType !== 'incubation' || !stay) {
      problems.push(`评估 ${evaluation.id}: subject`)
    } else if (evaluation.organizationId !== stay.organizationId) {
      problems.push(`评估 ${evaluation.id}: org`)
    }
    if (evaluation.evaluatedOn > asOf) problems.push(`评估 ${evaluation.id}: future`)
  }
  return problems
}

describe('generateSampleData', () => {
  it('makes the demo scale by default', () => {
    expect(data.organizations).toHaveLength(DEMO_SCALE.organizations)
    expect(data.communities).toHaveLength(DEMO_SCALE.communities)
    expect(data.socialWorkers).toHaveLength(DEMO_SCALE.socialWorkers)
    expect(data.incubations).toHaveLength(DEMO_SCALE.incubations)
    expect(data.applications).toHaveLength(3 * DEMO_SCALE.ventureApplications)
    expect(data.projects.filter((p) => p.channel === '政府购买服务')).toHaveLength(
      DEMO_SCALE.purchaseProjects
    )
    expect(data.needs).toHaveLength(DEMO_SCALE.needs)
    expect(data.resources).toHaveLength(DEMO_SCALE.resources)
  })

  it('makes no stays for a scale that leaves them out', () => {
    const scale = { organizations: 30, communities: 10, socialWorkers: 0 }
    const sample = generateSampleData({ today, scale })
    expect([sample.incubations, sample.incubationServices, sample.evaluations]).toEqual([
      [],
      [],
      []
    ])
  })

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateSampleData({ today })).toEqual(data)
    const other = generateSampleData({ today, seed: 7 })
    expect(other.organizations[0]!.name).not.toBe(data.organizations[0]!.name)
    expect(other.incubations.map((stay) => stay.appliedOn)).not.toEqual(
      data.incubations.map((stay) => stay.appliedOn)
    )
  })

  it('includes the communities named in the seed articles', () => {
    const names = data.communities.map((c) => c.name)
    expect(names).toEqual(
      expect.arrayContaining(['军门社区', '南街社区', '永宁路社区', '黉门街社区'])
    )
  })

  it('produces only records the app’s own rules accept', () => {
    for (const org of data.organizations) {
      const result = checkOrganization(draftOf(org), today)
      expect(result.ok ? [] : result.issues, org.name).toEqual([])
      expect(result.ok && result.warnings, org.name).toEqual([])
    }
    for (const community of data.communities) {
      expect(checkCommunity(draftOf(community)).ok, community.name).toBe(true)
    }
    for (const worker of data.socialWorkers) {
      const result = checkSocialWorker(draftOf(worker), today)
      expect(result.ok ? [] : result.issues, worker.name).toEqual([])
    }
  })

  it('keeps identifiers unique and references pointing at real records', () => {
    const usccs = data.organizations.flatMap((o) => (o.uscc ? [o.uscc] : []))
    expect(new Set(usccs).size).toBe(usccs.length)
    const names = data.organizations.map((o) => o.name)
    expect(new Set(names).size).toBe(names.length)
    const certNos = data.socialWorkers.flatMap((w) => (w.certNo ? [w.certNo] : []))
    expect(new Set(certNos).size).toBe(certNos.length)
    const ids = new Set([...data.communities, ...data.organizations].map((r) => r.id))
    for (const org of data.organizations)
      for (const id of org.communityIds) expect(ids.has(id)).toBe(true)
    for (const worker of data.socialWorkers) {
      if (worker.employerId) expect(ids.has(worker.employerId)).toBe(true)
      for (const id of worker.communityIds) expect(ids.has(id)).toBe(true)
    }
  })

  it('stores the pinyin keys of every name', () => {
    for (const org of data.organizations.slice(0, 20)) {
      expect({ pinyin: org.pinyin, pinyinInitials: org.pinyinInitials }).toEqual(
        pinyinKeys(org.name)
      )
    }
  })

  it('covers every registration status and legal form, with some ratings and expiries', () => {
    expect(new Set(data.organizations.map((o) => o.registrationStatus))).toEqual(
      new Set(['筹备', '备案', '已登记', '注销'])
    )
    expect(data.organizations.some((o) => o.rating)).toBe(true)
    expect(
      data.socialWorkers.some((w) => w.registrationValidUntil && w.registrationValidUntil < today)
    ).toBe(true)
  })

  it('records whether each annual check was a 年检 or a 年报', () => {
    const checks = data.organizations.flatMap((o) => o.annualChecks)
    expect(checks.length).toBeGreaterThan(0)
    expect(new Set(checks.map((check) => check.mode))).toEqual(new Set(['年检', '年报']))
    expect(checks.filter((check) => check.mode === '年检').length).toBeGreaterThan(
      checks.length / 2
    )
  })

  it('grades ratings by the default bands, some valid, some expiring and some expired', () => {
    const rated = data.organizations.filter((o) => o.rating)
    for (const org of rated) {
      expect(ratingBandIssue(org.rating, DEFAULT_RATING_BANDS), org.name).toBeNull()
      expect(org.rating!.ratedOn >= addYears(org.establishedOn!, 2), org.name).toBe(true)
    }
    const states = rated.map((o) => ratingState(o.rating, today).state)
    expect(new Set(states)).toEqual(new Set(['valid', 'expiring', 'expired']))
    expect(states.filter((state) => state === 'valid').length).toBeGreaterThan(rated.length / 2)
  })
})

describe('generateSampleData: incubation', () => {
  const stays = data.incubations
  const board = incubationBoard(stays, today, DEFAULT_INCUBATION_SETTINGS.endingSoonDays)
  const byStatus = (status: string) => stays.filter((stay) => stay.status === status)

  it('produces only stays, services and assessments the app’s own rules accept', () => {
    expect(incubationProblems(data, today)).toEqual([])
  })

  it('stays valid around new year, the spring festival and national day', () => {
    for (const asOf of ['2027-01-02', '2026-02-20', '2025-10-05']) {
      const sample = generateSampleData({ today: asOf, seed: 11 })
      expect(incubationProblems(sample, asOf), asOf).toEqual([])
      expect(new Set(sample.incubations.map((stay) => stay.status)), asOf).toEqual(
        new Set(INCUBATION_STATUSES)
      )
    }
  })

  it('has every status, and something on every list of the board', () => {
    expect(new Set(stays.map((stay) => stay.status))).toEqual(new Set(INCUBATION_STATUSES))
    expect(board.overdueReviews.length).toBeGreaterThan(0)
    expect(byStatus('待初核').some((stay) => stay.reviewDueOn >= today)).toBe(true)
    const soon = addDays(today, 30)
    expect(
      byStatus('孵化中').some((stay) => stay.plannedEndOn! >= today && stay.plannedEndOn! <= soon)
    ).toBe(true)
    expect(board.graduatedThisYear.length).toBeGreaterThan(0)
    expect(board.overdueHandovers.some((stay) => stay.status === '出壳')).toBe(true)
    expect(byStatus('出壳').some((stay) => stay.handedOverOn !== null)).toBe(true)
    const exitedOnSite = byStatus('退驻').filter((stay) => stay.mode === '实体')
    expect(exitedOnSite.some((stay) => stay.handedOverOn === null)).toBe(true)
    expect(board.overdueHandovers.some((stay) => stay.status === '退驻')).toBe(true)
    expect(byStatus('续驻').every((stay) => stay.extensions.length > 0)).toBe(true)
  })

  it('keeps at most one open stay per organisation', () => {
    const open = stays.filter((stay) => OPEN_INCUBATION_STATUSES.includes(stay.status))
    const orgs = open.map((stay) => stay.organizationId)
    expect(new Set(orgs).size).toBe(orgs.length)
  })

  it('reaches each status through the workflow, step by step', () => {
    for (const stay of stays) {
      expect(stay.events[0]?.from ?? '待初核').toBe('待初核')
      expect(stay.events.at(-1)?.to ?? '待初核').toBe(stay.status)
      stay.events.forEach((event, i) => {
        if (i > 0) expect(event.from).toBe(stay.events[i - 1]!.to)
        if (i > 0) expect(event.on >= stay.events[i - 1]!.on).toBe(true)
        expect(event.operator).not.toBe('')
      })
      expect(stay.updatedAt >= stay.createdAt).toBe(true)
      expect(stay.archivedAt).toBeNull()
    }
  })

  it('graduates only with a 定稿, passing 出壳 assessment made before 出壳', () => {
    for (const stay of byStatus('出壳')) {
      const assessments = data.evaluations.filter(
        (e) => e.subjectId === stay.id && e.evaluatedOn <= stay.endedOn!
      )
      expect(hasPassingGraduationAssessment(assessments), stay.id).toBe(true)
    }
  })

  it('logs 3–15 services per admitted stay, of every type, within the stay', () => {
    expect(new Set(data.incubationServices.map((s) => s.type))).toEqual(new Set(SERVICE_TYPES))
    for (const stay of stays.filter((s) => s.admittedOn)) {
      const services = data.incubationServices.filter((s) => s.incubationId === stay.id)
      expect(services.length).toBeGreaterThanOrEqual(3)
      expect(services.length).toBeLessThanOrEqual(15)
      for (const service of services) {
        if (stay.mode === '虚拟') expect(['场地', '工位']).not.toContain(service.type)
      }
    }
    for (const service of data.incubationServices) {
      if (service.type === '小额资助') {
        expect(service.amountFen).toBeGreaterThanOrEqual(2000_00)
        expect(service.amountFen).toBeLessThanOrEqual(20000_00)
      } else {
        expect(service.amountFen).toBeNull()
        expect(service.hours).toBeGreaterThan(0)
      }
    }
    const noService = stays.filter((s) => s.status === '不予入驻' || s.status === '待初核')
    for (const stay of noService) {
      expect(data.incubationServices.some((s) => s.incubationId === stay.id)).toBe(false)
    }
  })

  it('assesses stays over time, so organisations have trends, with a few drafts', () => {
    expect(new Set(data.evaluations.map((e) => e.kind))).toEqual(new Set(['入驻', '中期', '出壳']))
    expect(data.evaluations.some((e) => e.status === '草稿')).toBe(true)
    expect(data.evaluations.some((e) => e.status === '定稿' && e.passed === false)).toBe(true)
    const byOrg = new Map<string, Evaluation[]>()
    for (const e of data.evaluations)
      byOrg.set(e.organizationId, [...(byOrg.get(e.organizationId) ?? []), e])
    const lengths = [...byOrg.values()].map((list) => evaluationTrend(list).length)
    expect(lengths.filter((n) => n >= 2).length).toBeGreaterThan(10)
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(3)
  })

  it('gives every record its own id', () => {
    const ids = [
      ...data.communities,
      ...data.organizations,
      ...data.socialWorkers,
      ...data.incubations,
      ...data.incubationServices,
      ...data.evaluations,
      ...data.reviewers,
      ...data.ventureRounds,
      ...data.applications,
      ...data.reviews,
      ...data.projects,
      ...data.catalogueItems,
      ...data.agreements,
      ...data.amendments,
      ...data.payments,
      ...data.activities,
      ...data.projectEvaluations,
      ...data.mutualEvaluations,
      ...data.resources,
      ...data.needs,
      ...data.needMatches
    ].map((record) => record.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('generateSampleData: quarterly assessments (assessmentEveryMonths)', () => {
  const registry = { organizations: 500, communities: 40, socialWorkers: 0, incubations: 120 }
  const scale = { ...registry, assessmentEveryMonths: CITY_SCALE.assessmentEveryMonths }
  const sample = generateSampleData({ today, scale })
  const assessmentsOf = (of: SampleData, stayId: string) =>
    of.evaluations
      .filter((evaluation) => evaluation.subjectId === stayId)
      .sort((a, b) => a.evaluatedOn.localeCompare(b.evaluatedOn))

  it('produces only stays, services and assessments the app’s own rules accept', () => {
    expect(incubationProblems(sample, today)).toEqual([])
    for (const asOf of ['2027-01-02', '2026-02-20']) {
      const other = generateSampleData({ today: asOf, seed: 11, scale })
      expect(incubationProblems(other, asOf), asOf).toEqual([])
    }
  })

  it('assesses every admitted stay about each quarter, from admission to its end', () => {
    const admitted = sample.incubations.filter((stay) => stay.admittedOn !== null)
    expect(admitted.length).toBeGreaterThan(50)
    for (const stay of admitted) {
      const end = stay.endedOn ?? today
      const days = [...assessmentsOf(sample, stay.id).map((e) => e.evaluatedOn), end]
      expect(days[0]! <= stay.admittedOn!, stay.id).toBe(true)
      for (let i = 1; i < days.length; i += 1) {
        expect(daysBetween(days[i - 1]!, days[i]!), `${stay.id} ${days[i]}`).toBeLessThan(130)
      }
    }
  })

  it('assesses far more often than a base with one 中期, and still graduates on 出壳', () => {
    const plain = generateSampleData({ today, scale: registry })
    const perStay = (of: SampleData) =>
      of.evaluations.length / of.incubations.filter((stay) => stay.admittedOn).length
    expect(perStay(sample)).toBeGreaterThan(1.5 * perStay(plain))
    for (const stay of sample.incubations.filter((s) => s.status === '出壳')) {
      const before = assessmentsOf(sample, stay.id).filter((e) => e.evaluatedOn <= stay.endedOn!)
      expect(hasPassingGraduationAssessment(before), stay.id).toBe(true)
    }
  })

  it('is deterministic for a seed', () => {
    expect(generateSampleData({ today, scale })).toEqual(sample)
  })
})
