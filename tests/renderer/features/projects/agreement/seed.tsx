/**
 * Seeding shared by the project page and its 协议与变更 tab: the 公益创投 registry and office,
 * one catalogue item, and projects written straight into Dexie (so a project can be in any state
 * the tests need, a staffing gap included) and read by the page as the app routes it. The tabs
 * other screens own are stood in for: these tests never open them, and they have tests of their own.
 */
import { vi } from 'vitest'
import { Route, Routes } from 'react-router'
import type { ShelianDatabase } from '@renderer/db/schema'
import { ProjectDetailPage } from '@renderer/features/projects/project-detail-page'
import type { CatalogueItem } from '@shared/domain/catalogue/catalogue-item'
import { yuan } from '@shared/domain/money'
import type { Project } from '@shared/domain/projects/project'
import { planTranches } from '@shared/domain/venture/results'
import { NOW } from '../../../db/helpers'
import { renderApp } from '../../../helpers/render-app'
import { ORGANIZATIONS, SOCIAL_WORKERS } from '../../venture/seed'

vi.mock('@renderer/features/projects/indicators/indicators-tab', () => ({
  IndicatorsTab: () => <div>绩效目标</div>
}))
vi.mock('@renderer/features/projects/activities/activities-tab', () => ({
  ActivitiesTab: () => <div>服务记录</div>
}))
vi.mock('@renderer/features/projects/payments/payments-tab', () => ({
  PaymentsTab: () => <div>拨付</div>
}))
vi.mock('@renderer/features/projects/evaluations/evaluations-tab', () => ({
  EvaluationsTab: () => <div>评估</div>
}))
vi.mock('@renderer/features/projects/mutual/mutual-evaluations-tab', () => ({
  MutualEvaluationsTab: () => <div>双向评估</div>
}))

export const PROVIDER = ORGANIZATIONS[0]!
export const WORKER = SOCIAL_WORKERS.find((worker) => worker.archivedAt === null)!
export const OTHER_WORKER = SOCIAL_WORKERS.find(
  (worker) => worker.archivedAt === null && worker.id !== WORKER.id
)!
export const PURCHASER = '鼓楼区军门街道办事处'
export const CONTRACT_FEN = yuan(180_000)

const stamp = { createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), archivedAt: null }

const ITEM: CatalogueItem = {
  id: 'item-elderly',
  name: '社区居家养老服务',
  pinyin: 'shequjujiayanglaofuwu',
  pinyinInitials: 'sqjjylfw',
  code: 'GL-03-01',
  list: '政府购买服务指导目录',
  category: '基本公共服务',
  description: '为辖区独居、高龄老人提供探访、助餐和精神慰藉',
  unit: '人次',
  typicalPriceFen: yuan(60),
  negativeListKey: null,
  note: null,
  ...stamp
}

/**
 * A 待签约 purchase of 180,000 元 for a year from 2026-12-01, won by PROVIDER in a 竞争性磋商 of
 * three, asking two staff of any level while one (WORKER) is assigned; `patch` changes it.
 */
export async function seedPurchaseProject(
  db: ShelianDatabase,
  patch: Partial<Project> = {}
): Promise<Project> {
  await db.catalogueItems.put(ITEM)
  const project: Project = {
    id: 'project-purchase',
    channel: '政府购买服务',
    origin: { kind: 'purchase' },
    organizationId: PROVIDER.id,
    title: '军门社区居家养老服务',
    category: '社区养老',
    communityIds: [],
    amountFen: CONTRACT_FEN,
    matchingFen: 0,
    tranches: planTranches(CONTRACT_FEN, [
      { percent: 50, gate: 'signing' },
      { percent: 50, gate: 'final' }
    ]),
    approvedOn: '2026-11-01',
    status: '待签约',
    startOn: '2026-12-01',
    endOn: '2027-11-30',
    indicators: [],
    socialWorkerIds: [WORKER.id],
    purchase: {
      purchaser: { name: PURCHASER, kind: '街道办事处' },
      catalogueItemIds: [ITEM.id],
      budgetSource: '一般公共预算',
      procurement: {
        method: '竞争性磋商',
        fields: {
          announcementNo: 'GLCG-2026-018',
          noticeOn: '2026-10-01',
          consultationOn: '2026-10-15'
        },
        bidders: [
          bidder(PROVIDER.name, PROVIDER.id, 92),
          bidder('福州市乐龄社会工作服务中心', null, 85),
          bidder('鼓楼区康宁养老服务中心', null, 80)
        ],
        awardedIndex: 0,
        awardedOn: '2026-10-20'
      },
      multiYearJustification: null,
      staffing: [{ level: '未持证', count: 2 }]
    },
    closedOn: null,
    terminatedOn: null,
    terminationReason: null,
    ...stamp,
    ...patch
  }
  await db.projects.put(project)
  return project
}

function bidder(name: string, organizationId: string | null, score: number) {
  return {
    name,
    uscc: null,
    organizationId,
    quotedFen: CONTRACT_FEN,
    score,
    qualified: true
  }
}

/** Renders the project page at `route`. */
export function renderProject(db: ShelianDatabase, route: string) {
  return renderApp(
    <Routes>
      <Route path="/projects/:id" element={<ProjectDetailPage />} />
    </Routes>,
    { db, route }
  )
}
