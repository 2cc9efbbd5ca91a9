/**
 * Delivery records for the repository tests of issue #6, written straight into Dexie (the
 * projects and agreements repositories are tested on their own): a running 政府购买服务 project
 * with its 绩效目标表, its signed agreement and its three tranches (50 / 30 / 20, gated on
 * signing, 中期 and 末期), plus a community, two social workers and the operator in 设置.
 */
import type { Activity } from '@shared/domain/activities/activity'
import type { Community } from '@shared/domain/communities/community'
import type { IndicatorScore } from '@shared/domain/evaluations/project-evaluation'
import { draftPayments, type Payment } from '@shared/domain/payments/payment'
import type { IndicatorNode } from '@shared/domain/performance/indicator'
import type { Agreement } from '@shared/domain/projects/agreement'
import type { Project } from '@shared/domain/projects/project'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { createSettingsRepository } from '@renderer/db/repositories/settings-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import { NOW } from '../helpers'

/** A clock that ticks a second per reading and can jump to a day (09:30 in China). */
export function movableClock(start = NOW) {
  let at = start.getTime()
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

export const STAMP = {
  createdAt: '2026-02-20T01:30:00.000Z',
  updatedAt: '2026-02-20T01:30:00.000Z',
  archivedAt: null
}

const leaf = (
  key: string,
  parentKey: string | null,
  level: 1 | 2,
  name: string,
  weight: number,
  extra: Partial<IndicatorNode> = {}
): IndicatorNode => ({
  key,
  parentKey,
  level,
  name,
  weight,
  target: null,
  metric: null,
  actual: null,
  scoringRule: null,
  ...extra
})

/** 产出 60 (场次 30 + 人次 30, both from activities), 效益 30, 满意度 10: four leaves. */
export const INDICATORS: IndicatorNode[] = [
  leaf('output', null, 1, '产出指标', 60),
  leaf('sessions', 'output', 2, '活动场次', 30, {
    target: { value: 24, unit: '场', comparison: '≥' },
    metric: 'sessions'
  }),
  leaf('people', 'output', 2, '服务人次', 30, {
    target: { value: 600, unit: '人次', comparison: '≥' },
    metric: 'participants'
  }),
  leaf('effect', null, 1, '服务成效', 30, { actual: 3 }),
  leaf('satisfaction', null, 1, '服务对象满意度', 10, {
    target: { value: 90, unit: '%', comparison: '≥' }
  })
]

/** Scores adding up to `total` as given per leaf, with evidence on every one. */
export function scores(
  sessions: number,
  people: number,
  effect: number,
  satisfaction: number
): IndicatorScore[] {
  return [
    { key: 'sessions', score: sessions, evidence: '查阅活动台账' },
    { key: 'people', score: people, evidence: '查阅签到表' },
    { key: 'effect', score: effect, evidence: '服务对象访谈' },
    { key: 'satisfaction', score: satisfaction, evidence: '满意度问卷' }
  ]
}

/** 100 points: 优秀. */
export const PASSING = scores(30, 30, 30, 10)
/** 48 points: 不合格. */
export const FAILING = scores(10, 10, 20, 8)

export const CONTRACT_FEN = 30_000_000

export interface DeliveryFixture {
  project: Project
  agreement: Agreement
  payments: Payment[]
  communityId: string
  otherCommunityId: string
  workerIds: [string, string]
}

/**
 * Writes the operator, two communities, two social workers, a 执行中 project
 * (2026-03-01 – 2027-02-28, ¥300,000, serving the first community with the first worker), its
 * signed agreement and its tranches in 计划. `overrides` changes the project row.
 */
export async function seedDelivery(
  db: ShelianDatabase,
  overrides: Partial<Project> = {}
): Promise<DeliveryFixture> {
  await createSettingsRepository(db, () => NOW).saveGeneral({
    operatorName: '张晓梅',
    officeName: '',
    backupKeep: 10
  })
  const community = (id: string, name: string): Community => ({
    id,
    name,
    subdistrict: '鼓楼街道',
    district: '鼓楼区',
    divisionCode: null,
    households: 3000,
    population: 8000,
    grids: 10,
    pinyin: '',
    pinyinInitials: '',
    ...STAMP
  })
  await db.communities.bulkAdd([
    community('community-1', '华侨路社区'),
    community('community-2', '宁海路社区')
  ])
  const worker = (id: string, name: string): SocialWorker => ({
    id,
    name,
    gender: '女',
    certLevel: '社会工作师',
    certNo: null,
    registrationValidUntil: null,
    employerId: 'org-1',
    communityIds: ['community-1'],
    specialties: [],
    phone: null,
    idNumber: null,
    pinyin: '',
    pinyinInitials: '',
    ...STAMP
  })
  await db.socialWorkers.bulkAdd([worker('worker-1', '李娜'), worker('worker-2', '王芳')])

  const project: Project = {
    id: 'project-1',
    channel: '政府购买服务',
    origin: { kind: 'purchase' },
    organizationId: 'org-1',
    title: '华侨路社区为老服务项目',
    category: '社区养老',
    communityIds: ['community-1'],
    amountFen: CONTRACT_FEN,
    matchingFen: 0,
    tranches: [
      { no: 1, percent: 50, gate: 'signing', amountFen: 15_000_000 },
      { no: 2, percent: 30, gate: 'midterm', amountFen: 9_000_000 },
      { no: 3, percent: 20, gate: 'final', amountFen: 6_000_000 }
    ],
    approvedOn: '2026-02-10',
    status: '执行中',
    startOn: '2026-03-01',
    endOn: '2027-02-28',
    indicators: INDICATORS,
    socialWorkerIds: ['worker-1'],
    purchase: null,
    closedOn: null,
    terminatedOn: null,
    terminationReason: null,
    ...STAMP,
    ...overrides
  }
  await db.projects.add(project)

  const agreement: Agreement = {
    id: 'agreement-1',
    projectId: project.id,
    number: 'GL-GM-2026-001',
    title: '华侨路社区为老服务项目合同',
    partyA: '鼓楼街道办事处',
    partyB: '鼓楼区阳光社会工作服务中心',
    signedOn: '2026-02-25',
    startOn: '2026-03-01',
    endOn: '2027-02-28',
    amountFen: CONTRACT_FEN,
    terms: '一、服务内容……',
    status: '已签订',
    signedBy: '张晓梅',
    ...STAMP
  }
  await db.agreements.add(agreement)

  const payments: Payment[] = draftPayments(project.id, CONTRACT_FEN, [
    { percent: 50, gate: 'signing', dueOn: '2026-03-15', condition: null },
    { percent: 30, gate: 'midterm', dueOn: '2026-09-30', condition: null },
    { percent: 20, gate: 'final', dueOn: '2027-03-31', condition: null }
  ]).map((draft) => ({ ...draft, id: `payment-${draft.no}`, ...STAMP }))
  await db.payments.bulkAdd(payments)

  return {
    project,
    agreement,
    payments,
    communityId: 'community-1',
    otherCommunityId: 'community-2',
    workerIds: ['worker-1', 'worker-2']
  }
}

/** A stored activity of `project-1`. */
export function activityRow(id: string, fields: Partial<Activity> = {}): Activity {
  return {
    id,
    projectId: 'project-1',
    date: '2026-05-10',
    communityId: 'community-1',
    title: '长者健康讲座',
    participants: 40,
    volunteers: 4,
    volunteerHours: 8,
    socialWorkerIds: ['worker-1'],
    note: null,
    ...STAMP,
    ...fields
  }
}

/** Changes the operator named in 设置. */
export async function setOperator(db: ShelianDatabase, operatorName: string): Promise<void> {
  await createSettingsRepository(db, () => NOW).saveGeneral({
    operatorName,
    officeName: '',
    backupKeep: 10
  })
}
