/**
 * A signed, running project for the 拨付, 评估 and 双向评估 tabs, written straight into Dexie:
 * ¥300,000 in three tranches (50 % on signing, 30 % after a passing 中期, 20 % after a passing
 * 末期), a 绩效目标表 of four leaves, the signed agreement, and the tab rendered over the
 * project as stored, the way the project page hands it down. The operator in 设置 is 张晓梅.
 */
import type { ComponentType } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { ShelianDatabase } from '@renderer/db/schema'
import {
  blankIndicatorScores,
  type IndicatorScore,
  type ProjectEvaluation
} from '@shared/domain/evaluations/project-evaluation'
import { draftPayments, type Payment } from '@shared/domain/payments/payment'
import type { IndicatorNode } from '@shared/domain/performance/indicator'
import type { Project } from '@shared/domain/projects/project'
import { NOW } from '../../../db/helpers'
import { officeDatabase } from '../../../helpers/office-database'
import { renderApp } from '../../../helpers/render-app'

export const STAMP = {
  createdAt: '2026-03-01T01:30:00.000Z',
  updatedAt: '2026-03-01T01:30:00.000Z',
  archivedAt: null
}

export const PROJECT_ID = 'project-1'
export const CONTRACT_FEN = 30_000_000

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

/** 产出 60 (场次 30 + 人次 30), 服务成效 30, 服务对象满意度 10: four leaves. */
export const INDICATORS: IndicatorNode[] = [
  node('output', null, 1, '产出指标', 60),
  node('sessions', 'output', 2, '活动场次', 30, {
    target: { value: 24, unit: '场', comparison: '≥' },
    metric: 'sessions',
    actual: 18
  }),
  node('people', 'output', 2, '服务人次', 30, {
    target: { value: 600, unit: '人次', comparison: '≥' },
    metric: 'participants',
    actual: 640
  }),
  node('effect', null, 1, '服务成效', 30),
  node('satisfaction', null, 1, '服务对象满意度', 10)
]

/** The office's database with a 执行中 project (or as `project` changes it) and its agreement. */
export async function deliveryDatabase(project: Partial<Project> = {}) {
  const { db, repos } = await officeDatabase({ officeName: '鼓楼街道办事处', now: () => NOW })
  await db.projects.add({
    id: PROJECT_ID,
    channel: '公益创投',
    origin: { kind: 'venture', roundId: 'round-1', applicationId: 'application-1' },
    organizationId: 'org-1',
    title: '银龄互助探访',
    category: '为老服务',
    communityIds: [],
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
    socialWorkerIds: [],
    purchase: null,
    closedOn: null,
    terminatedOn: null,
    terminationReason: null,
    ...STAMP,
    ...project
  })
  if ((project.status ?? '执行中') !== '待签约') {
    await db.agreements.add({
      id: 'agreement-1',
      projectId: PROJECT_ID,
      number: 'GL-CT-2026-001',
      title: '银龄互助探访项目协议',
      partyA: '鼓楼街道办事处',
      partyB: '鼓楼区阳光社会工作服务中心',
      signedOn: '2026-02-25',
      startOn: '2026-03-01',
      endOn: '2027-02-28',
      amountFen: CONTRACT_FEN,
      terms: '一、服务内容：入户探访',
      status: '已签订',
      signedBy: '张晓梅',
      ...STAMP
    })
  }
  return { db, repos }
}

/** The project's three tranches in 计划, `payment-1` … `payment-3`, each changed by `patches`. */
export function tranches(patches: Record<number, Partial<Payment>> = {}): Payment[] {
  return draftPayments(PROJECT_ID, CONTRACT_FEN, [
    { percent: 50, gate: 'signing', dueOn: '2026-03-15', condition: null },
    { percent: 30, gate: 'midterm', dueOn: '2026-09-30', condition: '提交中期财务报告后' },
    { percent: 20, gate: 'final', dueOn: '2027-03-31', condition: null }
  ]).map((draft) => ({ ...draft, id: `payment-${draft.no}`, ...STAMP, ...patches[draft.no] }))
}

/** Scores per leaf (场次, 人次, 成效, 满意度), each with its basis. */
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

/** A 中期 evaluation by the purchaser, a blank 草稿 unless `patch` says otherwise. */
export function evaluation(id: string, patch: Partial<ProjectEvaluation> = {}): ProjectEvaluation {
  return {
    id,
    projectId: PROJECT_ID,
    organizationId: 'org-1',
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

/** The same evaluation 定稿 with `total` as its result. */
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
    finalizedBy: '张晓梅',
    ...patch
  })
}

/** `Tab` over the project as stored. */
export function renderTab(db: ShelianDatabase, Tab: ComponentType<{ project: Project }>) {
  function LiveTab() {
    const project = useLiveQuery(() => db.projects.get(PROJECT_ID), [])
    return project ? <Tab project={project} /> : null
  }
  return renderApp(<LiveTab />, { db })
}
