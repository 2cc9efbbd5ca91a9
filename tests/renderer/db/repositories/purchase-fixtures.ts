/**
 * A 政府购买服务 purchase ready to be entered, for the catalogue, projects and agreements
 * repository tests: the operator in 设置, a community, a registered provider, three certified
 * social workers (two 社会工作师, one 助理), a catalogue item that may be bought and one on the
 * 102号令 negative list, all stored through the repositories; and a valid project draft for them
 * (¥300,000.01 paid 40 / 40 / 20, one year from 2026-12-01, single-source procurement).
 */
import type { CatalogueItem, CatalogueItemDraft } from '@shared/domain/catalogue/catalogue-item'
import type { Organization, OrganizationDraft } from '@shared/domain/organizations/organization'
import type { IndicatorNode } from '@shared/domain/performance/indicator'
import type { ProjectEvaluation } from '@shared/domain/evaluations/project-evaluation'
import type { Project, PurchaseProjectDraft } from '@shared/domain/projects/project'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import {
  createRepositories,
  type CommunityDraft,
  type Repositories,
  type SocialWorkerDraft
} from '@renderer/db/repositories'
import {
  createAgreementsRepository,
  type AgreementsRepository
} from '@renderer/db/repositories/agreements-repository'
import {
  createCatalogueItemsRepository,
  type CatalogueItemsRepository
} from '@renderer/db/repositories/catalogue-items-repository'
import {
  createProjectsRepository,
  type ProjectsRepository
} from '@renderer/db/repositories/projects-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import { draftOf, SAMPLE, sequentialIds, tickingClock } from '../helpers'

/** Not a round figure, so the 40 / 40 / 20 split leaves a 分 for the last tranche. */
export const CONTRACT_FEN = 30_000_001

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

/** 产出 60 (场次 40 + 人次 20), 满意度 40. */
export const INDICATORS: IndicatorNode[] = [
  node('output', null, 1, '产出指标', 60),
  node('sessions', 'output', 2, '活动场次', 40, { value: 24, unit: '场', comparison: '≥' }),
  node('people', 'output', 2, '服务人次', 20, { value: 600, unit: '人次', comparison: '≥' }),
  node('satisfaction', null, 1, '服务对象满意度', 40, { value: 90, unit: '%', comparison: '≥' })
]

function node(
  key: string,
  parentKey: string | null,
  level: 1 | 2,
  name: string,
  weight: number,
  target: IndicatorNode['target'] = null
): IndicatorNode {
  return {
    key,
    parentKey,
    level,
    name,
    weight,
    target,
    metric: null,
    actual: null,
    scoringRule: null
  }
}

export interface PurchaseWorld {
  repos: Repositories
  catalogue: CatalogueItemsRepository
  projects: ProjectsRepository
  agreements: AgreementsRepository
  communityId: string
  provider: Organization
  /** Two 社会工作师, then one 助理社会工作师. */
  workers: [SocialWorker, SocialWorker, SocialWorker]
  item: CatalogueItem
  negativeItem: CatalogueItem
  /** A valid draft naming all of the above. */
  draft: PurchaseProjectDraft
}

function worker(
  name: string,
  certLevel: SocialWorker['certLevel'],
  certNo: string,
  employerId: string,
  communityId: string
): SocialWorkerDraft {
  return {
    name,
    gender: '女',
    certLevel,
    certNo,
    registrationValidUntil: '2028-06-30',
    employerId,
    communityIds: [communityId],
    specialties: [],
    phone: null,
    idNumber: null
  }
}

/** Stores the world of a purchase and returns the repositories over `db`. */
export async function purchaseWorld(db: ShelianDatabase): Promise<PurchaseWorld> {
  const deps = { now: tickingClock(), newId: sequentialIds() }
  const repos = createRepositories(db, deps)
  const catalogue = createCatalogueItemsRepository(db, deps)
  const projects = createProjectsRepository(db, deps)
  const agreements = createAgreementsRepository(db, deps)
  await repos.settings.saveGeneral({ operatorName: '张晓梅', officeName: '', backupKeep: 10 })

  const { record: community } = await repos.communities.create(
    draftOf(SAMPLE.communities[0]!) as CommunityDraft
  )
  const registered = SAMPLE.organizations.find((o) => o.registrationStatus === '已登记')!
  const { record: provider } = await repos.organizations.create({
    ...(draftOf(registered) as OrganizationDraft),
    communityIds: [community.id]
  })
  const workers = [
    worker('李娜', '社会工作师', 'SW-2021-0001', provider.id, community.id),
    worker('王芳', '社会工作师', 'SW-2021-0002', provider.id, community.id),
    worker('赵敏', '助理社会工作师', 'ASW-2022-0003', provider.id, community.id)
  ]
  const stored: SocialWorker[] = []
  for (const draft of workers) stored.push((await repos.socialWorkers.create(draft)).record)
  const { record: item } = await catalogue.create(ITEM)
  const { record: negativeItem } = await catalogue.create(NEGATIVE_ITEM)

  const draft: PurchaseProjectDraft = {
    title: '柳城街道社区心理疏导服务',
    organizationId: provider.id,
    category: '基本公共服务',
    communityIds: [community.id],
    amountFen: CONTRACT_FEN,
    approvedOn: '2026-11-02',
    startOn: '2026-12-01',
    endOn: '2027-11-30',
    socialWorkerIds: [stored[0]!.id, stored[1]!.id],
    tranches: [
      { percent: 40, gate: 'signing' },
      { percent: 40, gate: 'midterm' },
      { percent: 20, gate: 'final' }
    ],
    indicators: INDICATORS,
    purchase: {
      purchaser: { name: '柳城街道办事处', kind: '街道办事处' },
      catalogueItemIds: [item.id],
      budgetSource: '一般公共预算',
      procurement: {
        method: '单一来源',
        fields: {
          singleSourceReason: '该组织是辖区唯一持有心理服务资质的社会组织',
          publicityOn: '2026-10-20'
        },
        bidders: [
          {
            name: provider.name,
            uscc: null,
            organizationId: provider.id,
            quotedFen: CONTRACT_FEN,
            score: null,
            qualified: true
          }
        ],
        awardedIndex: 0,
        awardedOn: '2026-10-28'
      },
      multiYearJustification: null,
      staffing: [{ level: '社会工作师', count: 2 }]
    }
  }

  return {
    repos,
    catalogue,
    projects,
    agreements,
    communityId: community.id,
    provider,
    workers: stored as PurchaseWorld['workers'],
    item,
    negativeItem,
    draft
  }
}

/** The draft of an agreement that matches `draft`'s project. */
export function agreementDraft(overrides: Record<string, unknown> = {}) {
  return {
    number: 'LC-GM-2026-007',
    title: '柳城街道社区心理疏导服务合同',
    partyA: '柳城街道办事处',
    partyB: '柳城心理服务中心',
    startOn: '2026-12-01',
    endOn: '2027-11-30',
    amountFen: CONTRACT_FEN,
    terms:
      '一、服务内容：个案心理疏导\n二、服务数量：每月 40 人次\n三、服务质量：满意度 90% 以上\n' +
      '四、资金结算方式：按拨付计划\n五、双方权利义务：见附件\n六、违约责任：按民法典',
    ...overrides
  }
}

/** A 定稿 (or 草稿) evaluation row of `project`, written straight into the table by tests. */
export function evaluationRow(
  id: string,
  project: Pick<Project, 'id' | 'organizationId' | 'indicators'>,
  fields: Partial<ProjectEvaluation> = {}
): ProjectEvaluation {
  return {
    id,
    projectId: project.id,
    organizationId: project.organizationId,
    kind: '末期',
    mode: '购买方评价',
    year: null,
    version: 1,
    supersedesId: null,
    correctionReason: null,
    supersededById: null,
    evaluatedOn: '2026-11-21',
    evaluators: '柳城街道办事处',
    indicators: project.indicators,
    scores: [],
    survey: null,
    findings: null,
    recommendations: null,
    status: '定稿',
    total: 88,
    grade: '良好',
    passed: true,
    finalizedAt: '2026-11-21T02:00:00.000Z',
    finalizedBy: '张晓梅',
    createdAt: '2026-11-21T02:00:00.000Z',
    updatedAt: '2026-11-21T02:00:00.000Z',
    archivedAt: null,
    ...fields
  }
}
