import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { checkStoredActivity } from '@shared/domain/activities/activity'
import { checkCatalogueItem, purchaseRefusal } from '@shared/domain/catalogue/catalogue-item'
import type { CheckResult } from '@shared/domain/check'
import { daysBetween, type IsoDate } from '@shared/domain/dates'
import {
  checkStoredMutualEvaluation,
  mutualComparison
} from '@shared/domain/evaluations/mutual-evaluation'
import {
  checkStoredProjectEvaluation,
  currentEvaluations
} from '@shared/domain/evaluations/project-evaluation'
import { sumFen } from '@shared/domain/money'
import {
  checkStoredPayment,
  paymentAlerts,
  PAYMENT_STATUSES
} from '@shared/domain/payments/payment'
import { gateFactsOf } from '@shared/domain/payments/payment-gates'
import { PROCUREMENT_METHODS } from '@shared/domain/procurement/procurement'
import {
  checkStoredAgreement,
  checkStoredAmendment,
  missingTermHeadings
} from '@shared/domain/projects/agreement'
import { projectDueItems } from '@shared/domain/projects/due-dates'
import { checkStoredProject, type Project } from '@shared/domain/projects/project'
import { SAMPLE_CATALOGUE_ITEMS } from '@shared/sample-data/catalogue'
import {
  CITY_SCALE,
  DEMO_SCALE,
  generateSampleData,
  type SampleData
} from '@shared/sample-data/generate'

const today = '2026-11-22'
const data = generateSampleData({ today })

const BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'archivedAt', 'pinyin', 'pinyinInitials']

function draftOf(record: object): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...record }
  for (const key of BOOKKEEPING) delete rest[key]
  return rest
}

const purchases = (sample: SampleData) =>
  sample.projects.filter((project) => project.channel === '政府购买服务')
const ventures = (sample: SampleData) =>
  sample.projects.filter((project) => project.channel === '公益创投')
const of = <T extends { projectId: string }>(rows: readonly T[], project: Project) =>
  rows.filter((row) => row.projectId === project.id)

/** Every delivery row through its stored rule and against the rest of the set. */
function deliveryProblems(sample: SampleData, asOf: IsoDate): string[] {
  const problems: string[] = []
  const report = (what: string, result: CheckResult<unknown>, record: object) => {
    if (!result.ok) problems.push(`${what}: ${result.issues.map((i) => i.message).join('；')}`)
    // What the rule returns is what is stored: nothing for a restore to normalise.
    else if (!isDeepStrictEqual(result.value, draftOf(record))) problems.push(`${what}: normalised`)
    const { createdAt, updatedAt } = record as { createdAt: string; updatedAt: string }
    if (updatedAt < createdAt) problems.push(`${what}: updated before created`)
    if (updatedAt.slice(0, 10) > asOf) problems.push(`${what}: future`)
  }
  const projects = new Map(sample.projects.map((project) => [project.id, project]))
  const workers = new Set(sample.socialWorkers.map((worker) => worker.id))
  const projectOf = (what: string, row: { projectId: string }) => {
    const project = projects.get(row.projectId)
    if (!project) problems.push(`${what}: project`)
    return project
  }

  for (const item of sample.catalogueItems)
    report(`目录 ${item.name}`, checkCatalogueItem(draftOf(item)), item)
  for (const project of purchases(sample)) {
    report(`项目 ${project.title}`, checkStoredProject(draftOf(project)), project)
  }
  for (const agreement of sample.agreements) {
    const what = `协议 ${agreement.number}`
    report(what, checkStoredAgreement(draftOf(agreement)), agreement)
    const project = projectOf(what, agreement)
    if (project && agreement.amountFen !== project.amountFen) problems.push(`${what}: amount`)
    if (missingTermHeadings(agreement.terms).length > 0) problems.push(`${what}: terms`)
  }
  for (const amendment of sample.amendments) {
    report(`变更 ${amendment.id}`, checkStoredAmendment(draftOf(amendment)), amendment)
    projectOf(`变更 ${amendment.id}`, amendment)
  }
  for (const payment of sample.payments) {
    const what = `拨付 ${payment.id}`
    report(what, checkStoredPayment(draftOf(payment)), payment)
    projectOf(what, payment)
    if (payment.paidOn && payment.paidOn > asOf) problems.push(`${what}: paid later`)
  }
  for (const project of sample.projects) {
    const payments = of(sample.payments, project)
    if (payments.length > 0 && sumFen(payments.map((p) => p.amountFen)) !== project.amountFen) {
      problems.push(`项目 ${project.title}: tranches`)
    }
  }
  for (const activity of sample.activities) {
    const what = `服务记录 ${activity.id}`
    report(what, checkStoredActivity(draftOf(activity), asOf), activity)
    const project = projectOf(what, activity)
    if (!project) continue
    const end = project.terminatedOn ?? project.endOn!
    if (activity.date < project.startOn! || activity.date > end) problems.push(`${what}: period`)
    if (activity.communityId !== null && !project.communityIds.includes(activity.communityId)) {
      problems.push(`${what}: community`)
    }
    if (activity.socialWorkerIds.some((id) => !workers.has(id))) problems.push(`${what}: team`)
  }
  for (const evaluation of sample.projectEvaluations) {
    const what = `评估 ${evaluation.id}`
    report(what, checkStoredProjectEvaluation(draftOf(evaluation)), evaluation)
    const project = projectOf(what, evaluation)
    if (project && project.organizationId !== evaluation.organizationId) {
      problems.push(`${what}: organisation`)
    }
    if (evaluation.evaluatedOn > asOf) problems.push(`${what}: future`)
  }
  for (const evaluation of sample.mutualEvaluations) {
    const what = `双向评估 ${evaluation.id}`
    report(what, checkStoredMutualEvaluation(draftOf(evaluation)), evaluation)
    projectOf(what, evaluation)
  }
  return problems
}

/** What the repositories read for the project's gates. */
const gateFacts = (sample: SampleData, project: Project) =>
  gateFactsOf(of(sample.agreements, project), of(sample.projectEvaluations, project))

describe('generateSampleData: delivery', () => {
  it('produces only rows the app’s own rules accept, unchanged, pointing at the same set', () => {
    expect(deliveryProblems(data, today)).toEqual([])
  })

  it('stays valid around new year, the spring festival and national day', () => {
    for (const asOf of ['2027-01-02', '2026-02-20', '2025-10-05']) {
      const sample = generateSampleData({ today: asOf, seed: 11 })
      expect(deliveryProblems(sample, asOf), asOf).toEqual([])
      expect(
        purchases(sample)
          .map((p) => p.status)
          .sort(),
        asOf
      ).toEqual(
        purchases(data)
          .map((p) => p.status)
          .sort()
      )
    }
  })

  it('has the sample catalogue, and buys only what may be bought', () => {
    expect(data.catalogueItems.map((item) => item.name)).toEqual(
      SAMPLE_CATALOGUE_ITEMS.map((item) => item.name)
    )
    const items = new Map(data.catalogueItems.map((item) => [item.id, item]))
    for (const project of purchases(data)) {
      for (const id of project.purchase!.catalogueItemIds) {
        expect(purchaseRefusal(items.get(id)!), project.title).toBeNull()
      }
    }
  })

  it('has street-office contracts at every stage, bought by every procurement method', () => {
    const contracts = purchases(data)
    expect(contracts).toHaveLength(DEMO_SCALE.purchaseProjects)
    const count = (status: string) => contracts.filter((p) => p.status === status).length
    expect([count('待签约'), count('执行中'), count('已结项'), count('已终止')]).toEqual([
      2, 7, 2, 1
    ])
    expect(new Set(contracts.map((p) => p.purchase!.procurement.method))).toEqual(
      new Set(PROCUREMENT_METHODS)
    )
    for (const project of contracts) {
      const { purchaser } = project.purchase!
      expect(purchaser.name).toMatch(
        purchaser.kind === '街道办事处' ? /街道办事处$/ : /镇人民政府$/
      )
      expect(project.indicators.length, project.title).toBeGreaterThan(0)
      expect(project.purchase!.staffing.length, project.title).toBeGreaterThan(0)
    }
    const waiting = contracts.filter((p) => p.status === '待签约')
    expect(waiting.map((p) => of(data.agreements, p).map((a) => a.status))).toEqual([[], ['草拟']])
    expect(contracts.some((p) => p.purchase!.multiYearJustification !== null)).toBe(true)
    // Started at different points: no two running contracts started on the same day.
    const running = contracts.filter((p) => p.status === '执行中').map((p) => p.startOn)
    expect(new Set(running).size).toBe(running.length)
  })

  it('signs last year’s 公益创投 projects and runs them, with activities and payments', () => {
    const projects = ventures(data)
    expect(projects.length).toBeGreaterThan(3)
    for (const project of projects) {
      expect(project.status, project.title).toBe('执行中')
      expect(project.startOn! <= today && today <= project.endOn!, project.title).toBe(true)
      const [agreement] = of(data.agreements, project)
      expect(agreement).toMatchObject({ status: '已签订', startOn: project.startOn })
      expect(agreement!.signedOn! >= project.approvedOn).toBe(true)
      expect(of(data.activities, project).length, project.title).toBeGreaterThan(5)
      const payments = of(data.payments, project)
      expect(payments.map((p) => p.gate)).toEqual(project.tranches.map((t) => t.gate))
      expect(payments[0]!.status, project.title).toBe('已拨付')
      expect(project.socialWorkerIds.length).toBeGreaterThan(0)
      expect(project.indicators.length).toBeGreaterThan(0)
      const midterm = of(data.projectEvaluations, project).find((e) => e.kind === '中期')
      const midDue = daysBetween(project.startOn!, project.endOn!) / 2
      if (daysBetween(project.startOn!, today) > midDue + 20) {
        expect(midterm, project.title).toMatchObject({ status: '定稿', passed: true })
      }
    }
  })

  it('has payments in every status, and a 追回 of both kinds', () => {
    expect(new Set(data.payments.map((payment) => payment.status))).toEqual(
      new Set(PAYMENT_STATUSES)
    )
    const recovered = data.payments.filter((payment) => payment.status === '追回')
    expect(recovered.some((payment) => payment.recovery!.amountFen > 0)).toBe(true)
    expect(recovered.some((payment) => payment.recovery!.amountFen === 0)).toBe(true)
    const handled = data.payments.filter(
      (payment) => payment.status === '可拨付' && payment.approvals.some((a) => a.step === '经办')
    )
    expect(handled.length).toBeGreaterThan(0)
    for (const payment of data.payments.filter((p) => p.approvals.length > 0)) {
      const handler = payment.approvals.find((a) => a.step === '经办')
      const reviewer = payment.approvals.find((a) => a.step === '审核')
      if (handler && reviewer) expect(reviewer.by).not.toBe(handler.by)
    }
  })

  it('evaluates mid-term and at the end; a 不合格 holds its tranche for a 追回 decision', () => {
    const evaluations = data.projectEvaluations
    expect(evaluations.some((e) => e.kind === '中期' && e.status === '草稿')).toBe(true)
    expect(evaluations.some((e) => e.kind === '年度' && e.status === '定稿')).toBe(true)
    const failed = evaluations.filter((e) => e.status === '定稿' && e.passed === false)
    expect(failed).toHaveLength(1)
    const project = data.projects.find((p) => p.id === failed[0]!.projectId)!
    const held = of(data.payments, project).find((payment) => payment.gate === 'midterm')!
    expect(held).toMatchObject({ status: '暂缓' })
    expect(held.holdReason).toContain('中期评估不合格')
    expect(paymentAlerts(of(data.payments, project), gateFacts(data, project))).toEqual([
      expect.objectContaining({ no: held.no, kind: 'needsRecoveryDecision' })
    ])
    for (const closed of data.projects.filter((p) => p.status === '已结项')) {
      const final = currentEvaluations(of(evaluations, closed)).find((e) => e.kind === '末期')
      expect(final, closed.title).toMatchObject({ status: '定稿', passed: true })
      expect(of(data.payments, closed).every((p) => p.status === '已拨付')).toBe(true)
      expect(closed.closedOn! > closed.endOn!).toBe(true)
    }
  })

  it('corrects one evaluation with a second version that supersedes the first', () => {
    const corrections = data.projectEvaluations.filter((e) => e.version === 2)
    expect(corrections).toHaveLength(1)
    const [correction] = corrections
    const first = data.projectEvaluations.find((e) => e.id === correction!.supersedesId)!
    expect(first).toMatchObject({ version: 1, status: '定稿', supersededById: correction!.id })
    expect(correction).toMatchObject({ status: '定稿', supersededById: null })
    expect(correction!.correctionReason).toBeTruthy()
    expect(correction!.total).not.toBe(first.total)
  })

  it('has one approved 变更 of the team, applied to the project, and one waiting', () => {
    const approved = data.amendments.filter((a) => a.status === '已批准')
    const pending = data.amendments.filter((a) => a.status === '待审批')
    expect([approved.length, pending.length]).toEqual([1, 1])
    const project = data.projects.find((p) => p.id === approved[0]!.projectId)!
    expect(project.socialWorkerIds).toEqual(approved[0]!.changes.socialWorkerIds)
    expect(pending[0]!.changes.amountFen).toBeGreaterThan(
      data.projects.find((p) => p.id === pending[0]!.projectId)!.amountFen
    )
  })

  it('has a 双向评估 in 定稿 and one with one sheet submitted, showing the gaps', () => {
    const [finalized, open] = [
      data.mutualEvaluations.filter((m) => m.status === '定稿'),
      data.mutualEvaluations.filter((m) => m.status === '草稿')
    ]
    expect([finalized.length, open.length]).toEqual([1, 1])
    expect(open[0]!.sheets.filter((sheet) => sheet.submittedAt !== null)).toHaveLength(1)
    const rows = mutualComparison(finalized[0]!).rows
    expect(rows.filter((row) => row.flagged).map((row) => row.name)).toContain(
      '不摊派合同外行政任务'
    )
  })

  it('records a few hundred activities, by the project’s team, with volunteer hours', () => {
    expect(data.activities.length).toBeGreaterThan(200)
    expect(data.activities.length).toBeLessThan(600)
    expect(data.activities.some((activity) => activity.volunteerHours > 0)).toBe(true)
    expect(new Set(data.activities.map((activity) => activity.title)).size).toBeGreaterThan(40)
    for (const project of data.projects.filter((p) => p.status === '执行中')) {
      expect(of(data.activities, project).length, project.title).toBeGreaterThan(0)
    }
  })

  it('gives the list of what is due something of every kind but the contract end', () => {
    const kinds = new Set(
      data.projects.flatMap((project) =>
        projectDueItems(
          {
            project,
            agreement: of(data.agreements, project)[0] ?? null,
            payments: of(data.payments, project),
            evaluations: currentEvaluations(of(data.projectEvaluations, project))
          },
          today
        ).map((item) => item.kind)
      )
    )
    for (const kind of ['签约', '拨付', '中期评估', '末期评估'] as const) {
      expect(kinds.has(kind), kind).toBe(true)
    }
  })

  it('makes no catalogue or contracts for a scale that leaves them out', () => {
    const scale = {
      organizations: 300,
      communities: 40,
      socialWorkers: 200,
      ventureApplications: 10
    }
    const sample = generateSampleData({ today, scale })
    expect([sample.catalogueItems, purchases(sample)]).toEqual([[], []])
    expect(ventures(sample).length).toBeGreaterThan(0)
    expect(ventures(sample).every((p) => p.status === '执行中')).toBe(true)
    expect(deliveryProblems(sample, today)).toEqual([])
  })

  it('scales the contracts with the count, repeating the stages', () => {
    const scale = { organizations: 600, communities: 80, socialWorkers: 400, purchaseProjects: 30 }
    const sample = generateSampleData({ today, scale })
    expect(purchases(sample)).toHaveLength(30)
    expect(purchases(sample).filter((p) => p.status === '已终止')).toHaveLength(2)
    expect(deliveryProblems(sample, today)).toEqual([])
  })
})

describe('generateSampleData: busier projects (activityLoad, selfEvaluations)', () => {
  const registry = { organizations: 600, communities: 80, socialWorkers: 400, purchaseProjects: 24 }
  const plain = generateSampleData({ today, scale: registry })
  const density = {
    activityLoad: CITY_SCALE.activityLoad,
    selfEvaluations: CITY_SCALE.selfEvaluations
  }
  const busy = generateSampleData({ today, scale: { ...registry, ...density } })
  const self = busy.projectEvaluations.filter((evaluation) => evaluation.mode === '自评')
  const others = busy.projectEvaluations.filter((evaluation) => evaluation.mode !== '自评')

  it('produces only rows the app’s own rules accept, unchanged, pointing at the same set', () => {
    expect(deliveryProblems(busy, today)).toEqual([])
    for (const asOf of ['2027-01-02', '2026-02-20']) {
      const other = generateSampleData({
        today: asOf,
        seed: 11,
        scale: { ...registry, ...density }
      })
      expect(deliveryProblems(other, asOf), asOf).toEqual([])
    }
  })

  it('records activityLoad times the activities, against targets raised to match', () => {
    const ratio = busy.activities.length / plain.activities.length
    expect(ratio).toBeGreaterThan(density.activityLoad * 0.85)
    expect(ratio).toBeLessThan(density.activityLoad * 1.15)
    const sessions = (project: Project) =>
      project.indicators.find((node) => node.metric === 'sessions')!.target!.value
    for (const project of purchases(busy).filter(
      (p) => p.purchase!.multiYearJustification === null
    )) {
      expect(sessions(project), project.title).toBeGreaterThanOrEqual(30 * density.activityLoad)
    }
  })

  it('files the provider’s 自评 a few days before each evaluation by the purchaser or third party', () => {
    const firsts = others.filter((evaluation) => evaluation.version === 1)
    expect(self).toHaveLength(firsts.length)
    for (const evaluation of firsts) {
      const own = self.find(
        (candidate) =>
          candidate.projectId === evaluation.projectId &&
          candidate.kind === evaluation.kind &&
          candidate.year === evaluation.year
      )
      expect(own, evaluation.id).toMatchObject({ status: '定稿', passed: true })
      const lead = daysBetween(own!.evaluatedOn, evaluation.evaluatedOn)
      expect(lead, evaluation.id).toBeGreaterThanOrEqual(3)
      expect(lead, evaluation.id).toBeLessThanOrEqual(8)
      expect(own!.finalizedAt!.slice(0, 10) < evaluation.evaluatedOn, evaluation.id).toBe(true)
      expect(own!.evaluators, evaluation.id).toContain(
        busy.organizations.find((org) => org.id === evaluation.organizationId)!.name
      )
    }
  })

  it('leaves the tranches and stages where the purchaser’s evaluations put them', () => {
    const stages = (sample: SampleData) =>
      purchases(sample)
        .map((p) => p.status)
        .sort()
    const tranches = (sample: SampleData) =>
      purchases(sample)
        .flatMap((p) =>
          of(sample.payments, p).map((payment) => `${payment.gate} ${payment.status}`)
        )
        .sort()
    expect(stages(busy)).toEqual(stages(plain))
    expect(tranches(busy)).toEqual(tranches(plain))
    // Even a 中期 the purchaser fails follows a passing 自评, and still holds its tranche.
    const failed = others.filter((e) => e.status === '定稿' && e.passed === false)
    expect(failed.length).toBeGreaterThan(0)
    for (const evaluation of failed) {
      const project = busy.projects.find((p) => p.id === evaluation.projectId)!
      const held = of(busy.payments, project).find((payment) => payment.gate === 'midterm')
      expect(held?.status, project.title).toBe('暂缓')
    }
  })
})
