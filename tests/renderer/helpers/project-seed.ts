/**
 * Seeding shared by the project tests, repositories and screens alike. `projectDatabase` is one
 * office (鼓楼街道办事处, operator 张晓梅) with one registry under fixed ids: the provider org-1 (a
 * registered organisation of the sample data), two communities, three certified social workers
 * and a catalogue of three items, one on the 102号令 negative list. The builders compose on it:
 * - `purchaseDraft`, `agreementDraft`: a valid 政府购买服务 and its agreement, for the
 *   repositories to store;
 * - `runningProject`, `pendingPurchase`: project rows written straight into Dexie, so a project
 *   can be in any state a test needs; `deliveryDatabase` stores one with its signed agreement;
 * - `tranches`, `evaluation` / `finalized` / `scores`, `activity`: what hangs off the running
 *   project, as rows;
 * - `renderTab`, `renderProject`: the screens over them.
 */
import { createElement, type ComponentType } from 'react'
import { Route, Routes } from 'react-router'
import { useLiveQuery } from '@renderer/db/live-query'
import { createSettingsRepository } from '@renderer/db/repositories/settings-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import { ProjectDetailPage } from '@renderer/features/projects/project-detail-page'
import type { Activity } from '@shared/domain/activities/activity'
import type { CatalogueItem, CatalogueItemDraft } from '@shared/domain/catalogue/catalogue-item'
import type { Community } from '@shared/domain/communities/community'
import {
  blankIndicatorScores,
  type IndicatorScore,
  type ProjectEvaluation
} from '@shared/domain/evaluations/project-evaluation'
import { yuan, type Fen } from '@shared/domain/money'
import type { Organization } from '@shared/domain/organizations/organization'
import { draftPayments, type Payment } from '@shared/domain/payments/payment'
import type { IndicatorNode } from '@shared/domain/performance/indicator'
import type { Agreement } from '@shared/domain/projects/agreement'
import type { Project, PurchaseProjectDraft } from '@shared/domain/projects/project'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { planTranches } from '@shared/domain/venture/results'
import { DEFAULT_TRANCHES } from '@shared/domain/venture/round'
import { pinyinKeys } from '@shared/text/pinyin'
import { NOW, SAMPLE } from '../db/helpers'
import { OPERATOR, officeDatabase } from './office-database'
import { renderApp } from './render-app'

const OFFICE = '鼓楼街道办事处'

/** The stamps of every row written straight into Dexie. */
export const STAMP = {
  createdAt: '2026-03-01T01:30:00.000Z',
  updatedAt: '2026-03-01T01:30:00.000Z',
  archivedAt: null
}

// ---- The registry ----

const community = (id: string, name: string): Community => ({
  id,
  name,
  subdistrict: '鼓楼街道',
  district: '鼓楼区',
  divisionCode: null,
  households: 3000,
  population: 8000,
  grids: 10,
  ...pinyinKeys(name),
  ...STAMP
})

const COMMUNITIES = [
  community('community-1', '华侨路社区'),
  community('community-2', '宁海路社区')
] as const

const registered = SAMPLE.organizations.find((o) => o.registrationStatus === '已登记')!

/** The provider of every project here, serving the first community. */
export const PROVIDER: Organization = {
  ...registered,
  id: 'org-1',
  communityIds: ['community-1'],
  ...STAMP
}

const worker = (
  id: string,
  name: string,
  certLevel: SocialWorker['certLevel'],
  certNo: string
): SocialWorker => ({
  id,
  name,
  gender: '女',
  certLevel,
  certNo,
  registrationValidUntil: '2028-06-30',
  employerId: PROVIDER.id,
  communityIds: ['community-1'],
  specialties: [],
  phone: null,
  idNumber: null,
  ...pinyinKeys(name),
  ...STAMP
})

/** PROVIDER's staff: two 社会工作师, then one 助理社会工作师. */
export const WORKERS = [
  worker('worker-1', '李娜', '社会工作师', 'SW-2021-0001'),
  worker('worker-2', '王芳', '社会工作师', 'SW-2021-0002'),
  worker('worker-3', '赵敏', '助理社会工作师', 'ASW-2022-0003')
] as const

export const ITEM: CatalogueItemDraft = {
  name: '心理疏导',
  code: 'ML-02',
  list: '政府购买服务指导目录',
  category: '基本公共服务',
  description: '由持证社工为居民提供个案心理疏导',
  unit: '人次',
  typicalPriceFen: 20_000,
  negativeListKey: null,
  note: null
}

export const NEGATIVE_ITEM: CatalogueItemDraft = {
  name: '街道编外人员劳务派遣',
  code: 'ML-90',
  list: '政府购买服务指导目录',
  category: '政府履职所需辅助性事项',
  description: '为街道办事处派遣窗口工作人员',
  unit: '人',
  typicalPriceFen: null,
  negativeListKey: 'ownStaffing',
  note: null
}

const stored = (id: string, draft: CatalogueItemDraft): CatalogueItem => ({
  ...draft,
  id,
  ...pinyinKeys(draft.name),
  ...STAMP
})

/** The catalogue as stored: ITEM, NEGATIVE_ITEM, and the item the 待签约 purchase buys. */
export const CATALOGUE = {
  item: stored('item-1', ITEM),
  negativeItem: stored('item-2', NEGATIVE_ITEM),
  elderly: stored('item-elderly', {
    ...ITEM,
    name: '社区居家养老服务',
    code: 'GL-03-01',
    description: '为辖区独居、高龄老人提供探访、助餐和精神慰藉',
    typicalPriceFen: yuan(60)
  })
}

/** A fresh database with the office, its operator and the registry; `now` stamps every write. */
export async function projectDatabase(now: () => Date = () => NOW) {
  const { db, repos } = await officeDatabase({ officeName: OFFICE, now })
  await repos.bulkLoad({
    communities: COMMUNITIES,
    organizations: [PROVIDER],
    socialWorkers: WORKERS,
    catalogueItems: Object.values(CATALOGUE)
  })
  return { db, repos }
}

/** Changes the operator named in 设置. */
export async function setOperator(db: ShelianDatabase, operatorName: string): Promise<void> {
  await createSettingsRepository(db, () => NOW).saveGeneral({
    operatorName,
    officeName: OFFICE,
    backupKeep: 10
  })
}

// ---- The 绩效目标表 ----

const node = (
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

/**
 * 产出 60 (场次 30 + 人次 30, both counted from activities), 服务成效 30 (an actual of 3 typed
 * in), 服务对象满意度 10: four leaves.
 */
export const INDICATORS: IndicatorNode[] = [
  node('output', null, 1, '产出指标', 60),
  node('sessions', 'output', 2, '活动场次', 30, {
    target: { value: 24, unit: '场', comparison: '≥' },
    metric: 'sessions'
  }),
  node('people', 'output', 2, '服务人次', 30, {
    target: { value: 600, unit: '人次', comparison: '≥' },
    metric: 'participants'
  }),
  node('effect', null, 1, '服务成效', 30, { actual: 3 }),
  node('satisfaction', null, 1, '服务对象满意度', 10, {
    target: { value: 90, unit: '%', comparison: '≥' }
  })
]

// ---- Purchases ----

export const PURCHASER = '柳城街道办事处'

/** Not a round figure, so the draft's 40 / 40 / 20 split leaves a 分 for the last tranche. */
export const DRAFT_FEN = 30_000_001

const bidder = (
  name: string,
  organizationId: string | null,
  quotedFen: Fen,
  score: number | null
) => ({
  name,
  uscc: null,
  organizationId,
  quotedFen,
  score,
  qualified: true
})

/**
 * A valid purchase of ITEM from PROVIDER by PURCHASER, staffed by the two 社会工作师:
 * ¥300,000.01 paid 40 / 40 / 20, one year from 2026-12-01, single-source procurement; `patch`
 * changes it.
 */
export function purchaseDraft(patch: Partial<PurchaseProjectDraft> = {}): PurchaseProjectDraft {
  return {
    title: '柳城街道社区心理疏导服务',
    organizationId: PROVIDER.id,
    category: '基本公共服务',
    communityIds: ['community-1'],
    amountFen: DRAFT_FEN,
    approvedOn: '2026-11-02',
    startOn: '2026-12-01',
    endOn: '2027-11-30',
    socialWorkerIds: ['worker-1', 'worker-2'],
    tranches: [
      { percent: 40, gate: 'signing' },
      { percent: 40, gate: 'midterm' },
      { percent: 20, gate: 'final' }
    ],
    indicators: INDICATORS,
    purchase: {
      purchaser: { name: PURCHASER, kind: '街道办事处' },
      catalogueItemIds: [CATALOGUE.item.id],
      budgetSource: '一般公共预算',
      procurement: {
        method: '单一来源',
        fields: {
          singleSourceReason: '该组织是辖区唯一持有心理服务资质的社会组织',
          publicityOn: '2026-10-20'
        },
        bidders: [bidder(PROVIDER.name, PROVIDER.id, DRAFT_FEN, null)],
        awardedIndex: 0,
        awardedOn: '2026-10-28'
      },
      multiYearJustification: null,
      staffing: [{ level: '社会工作师', count: 2 }]
    },
    ...patch
  }
}

/** The draft of an agreement that matches `purchaseDraft()`. */
export function agreementDraft(overrides: Record<string, unknown> = {}) {
  return {
    number: 'LC-GM-2026-007',
    title: '柳城街道社区心理疏导服务合同',
    partyA: PURCHASER,
    partyB: '柳城心理服务中心',
    startOn: '2026-12-01',
    endOn: '2027-11-30',
    amountFen: DRAFT_FEN,
    terms:
      '一、服务内容：个案心理疏导\n二、服务数量：每月 40 人次\n三、服务质量：满意度 90% 以上\n' +
      '四、资金结算方式：按拨付计划\n五、双方权利义务：见附件\n六、违约责任：按民法典',
    ...overrides
  }
}

// ---- Projects as stored ----

export const PROJECT_ID = 'project-1'
export const AGREEMENT_ID = 'agreement-1'
const CONTRACT_FEN = 30_000_000

/**
 * The running project: a 执行中 公益创投 project of PROVIDER, ¥300,000 for 2026-03-01 – 2027-02-28
 * in three tranches (50 % on signing, 30 % after 中期, 20 % after 末期), on INDICATORS, serving
 * the first community with the first worker; `patch` changes it.
 */
export function runningProject(patch: Partial<Project> = {}): Project {
  return {
    id: PROJECT_ID,
    channel: '公益创投',
    origin: { kind: 'venture', roundId: 'round-1', applicationId: 'application-1' },
    organizationId: PROVIDER.id,
    title: '银龄互助探访',
    category: '为老服务',
    communityIds: ['community-1'],
    amountFen: CONTRACT_FEN,
    matchingFen: 0,
    tranches: planTranches(CONTRACT_FEN, DEFAULT_TRANCHES),
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
    ...patch
  }
}

/** The agreement of `project`, signed on 2026-02-25 on the running project's terms. */
const signedAgreement = (project: Project): Agreement => ({
  id: AGREEMENT_ID,
  projectId: project.id,
  number: 'GL-CT-2026-001',
  title: '银龄互助探访项目协议',
  partyA: OFFICE,
  partyB: '鼓楼区阳光社会工作服务中心',
  signedOn: '2026-02-25',
  startOn: '2026-03-01',
  endOn: '2027-02-28',
  amountFen: CONTRACT_FEN,
  terms: '一、服务内容：入户探访',
  status: '已签订',
  signedBy: OPERATOR,
  ...STAMP
})

/** `projectDatabase()` with `project` stored and, unless it is 待签约, its signed agreement. */
export async function deliveryDatabase(project: Project = runningProject()) {
  const { db, repos } = await projectDatabase()
  await db.projects.add(project)
  if (project.status !== '待签约') await db.agreements.add(signedAgreement(project))
  return { db, repos, project }
}

export const PENDING_FEN = yuan(180_000)

/**
 * A 待签约 purchase by PURCHASER of 180,000 元 for a year from 2026-12-01, paid 50 / 50, won by
 * PROVIDER in a 竞争性磋商 of three, asking two staff of any level while one (worker-1) is
 * assigned; `patch` changes it.
 */
export function pendingPurchase(patch: Partial<Project> = {}): Project {
  return runningProject({
    id: 'project-purchase',
    channel: '政府购买服务',
    origin: { kind: 'purchase' },
    title: '柳城社区居家养老服务',
    category: '社区养老',
    communityIds: [],
    amountFen: PENDING_FEN,
    tranches: planTranches(PENDING_FEN, [
      { percent: 50, gate: 'signing' },
      { percent: 50, gate: 'final' }
    ]),
    approvedOn: '2026-11-01',
    status: '待签约',
    startOn: '2026-12-01',
    endOn: '2027-11-30',
    indicators: [],
    purchase: {
      ...purchaseDraft().purchase,
      catalogueItemIds: [CATALOGUE.elderly.id],
      procurement: {
        method: '竞争性磋商',
        fields: {
          announcementNo: 'GLCG-2026-018',
          noticeOn: '2026-10-01',
          consultationOn: '2026-10-15'
        },
        bidders: [
          bidder(PROVIDER.name, PROVIDER.id, PENDING_FEN, 92),
          bidder('福州市乐龄社会工作服务中心', null, PENDING_FEN, 85),
          bidder('鼓楼区康宁养老服务中心', null, PENDING_FEN, 80)
        ],
        awardedIndex: 0,
        awardedOn: '2026-10-20'
      },
      staffing: [{ level: '未持证', count: 2 }]
    },
    ...patch
  })
}

// ---- What hangs off the running project ----

/** Its three tranches in 计划, `payment-1` … `payment-3`, each changed by `patches`. */
export function tranches(patches: Record<number, Partial<Payment>> = {}): Payment[] {
  return draftPayments(PROJECT_ID, CONTRACT_FEN, [
    { percent: 50, gate: 'signing', dueOn: '2026-03-15', condition: null },
    { percent: 30, gate: 'midterm', dueOn: '2026-09-30', condition: '提交中期财务报告后' },
    { percent: 20, gate: 'final', dueOn: '2027-03-31', condition: null }
  ]).map((draft) => ({ ...draft, id: `payment-${draft.no}`, ...STAMP, ...patches[draft.no] }))
}

/** Scores per leaf of INDICATORS (场次, 人次, 成效, 满意度), each with its basis. */
export function scores(
  sessions: number | null,
  people: number | null,
  effect: number | null,
  satisfaction: number | null
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

/** A 中期 evaluation by the purchaser, a blank 草稿 unless `patch` says otherwise. */
export function evaluation(id: string, patch: Partial<ProjectEvaluation> = {}): ProjectEvaluation {
  return {
    id,
    projectId: PROJECT_ID,
    organizationId: PROVIDER.id,
    kind: '中期',
    mode: '购买方评价',
    year: null,
    version: 1,
    supersedesId: null,
    correctionReason: null,
    supersededById: null,
    evaluatedOn: '2026-09-10',
    evaluators: '鼓楼街道社会事务科',
    indicators: INDICATORS,
    scores: blankIndicatorScores(INDICATORS),
    survey: null,
    findings: null,
    recommendations: null,
    status: '草稿',
    total: null,
    grade: null,
    passed: null,
    finalizedAt: null,
    finalizedBy: null,
    ...STAMP,
    ...patch
  }
}

/** The same evaluation 定稿 with these scores and this result. */
export function finalized(
  id: string,
  itemScores: IndicatorScore[],
  result: Pick<ProjectEvaluation, 'total' | 'grade' | 'passed'>,
  patch: Partial<ProjectEvaluation> = {}
): ProjectEvaluation {
  return evaluation(id, {
    scores: itemScores,
    status: '定稿',
    ...result,
    finalizedAt: '2026-09-12T02:00:00.000Z',
    finalizedBy: OPERATOR,
    ...patch
  })
}

/** An activity in the first community with the first worker. */
export function activity(id: string, patch: Partial<Activity> = {}): Activity {
  return {
    id,
    projectId: PROJECT_ID,
    date: '2026-04-18',
    communityId: 'community-1',
    title: '重阳节敬老活动',
    participants: 40,
    volunteers: 6,
    volunteerHours: 18,
    socialWorkerIds: ['worker-1'],
    note: null,
    ...STAMP,
    ...patch
  }
}

// ---- The screens ----

/** `Tab` over the running project as stored, as the project page hands it down. */
export function renderTab(db: ShelianDatabase, Tab: ComponentType<{ project: Project }>) {
  function LiveTab() {
    const project = useLiveQuery(() => db.projects.get(PROJECT_ID), [])
    return project ? createElement(Tab, { project }) : null
  }
  return renderApp(createElement(LiveTab), { db })
}

/** The project page at `route`. */
export function renderProject(db: ShelianDatabase, route: string) {
  const page = createElement(Route, {
    path: '/projects/:id',
    element: createElement(ProjectDetailPage)
  })
  return renderApp(createElement(Routes, null, page), { db, route })
}
