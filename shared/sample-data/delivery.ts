/**
 * Sample delivery of both channels (issue #6 item 10): the 购买服务目录, street offices'
 * 政府购买服务 contracts at every stage, and last year's 公益创投 projects signed and under way —
 *
 * - 待签约: one just entered after its procurement, one with its contract drafted;
 * - 执行中 at different points: just signed (first tranche 可拨付), first tranche 已审核, paid and
 *   working (one with an approved 变更 of its team), 中期 being scored, 中期 passed (one corrected
 *   by a second version, its second tranche 经办), 中期 不合格 (second tranche 暂缓, waiting for a
 *   追回 decision), near the end with a 变更 of the amount waiting for approval;
 * - 已结项 after a passing 末期 with every tranche paid (one a two-year contract with its 年度
 *   evaluations), 已终止 with the paid tranche partly clawed back and the rest stopped (追回);
 * - 双向评估 of two contracts, one 定稿 and one with the provider's sheet submitted.
 *
 * Each contract is bought from a catalogue item by one of the procurement methods, with the
 * fields that method needs, its bidders and award, a team that meets its staffing requirement
 * and a 绩效目标表 from a template. Like the venture rounds, everything is played through the
 * app's own pure functions with each step's date as "today": checkPurchaseProject,
 * PROJECT_WORKFLOW, checkAgreementDraft and signAgreement, checkAmendment and
 * AMENDMENT_WORKFLOW, draftPayments, applyPaymentStep and paymentAfterGate, checkActivity,
 * the project-evaluation and 双向评估 steps. A step the app would refuse throws, so the sample
 * data never shows a state the app could not have reached.
 */
import { activityTotals, checkActivity, type Activity } from '../domain/activities/activity'
import { checkCatalogueItem, type CatalogueItem } from '../domain/catalogue/catalogue-item'
import type { CheckResult } from '../domain/check'
import type { Community } from '../domain/communities/community'
import { addDays, daysBetween, type IsoDate } from '../domain/dates'
import { DEFAULT_EVALUATION_BANDS } from '../domain/evaluations/grade-bands'
import {
  checkMutualEvaluationDraft,
  DEFAULT_MUTUAL_TEMPLATE,
  draftMutualEvaluation,
  fillMutualSheet,
  finalizeMutualEvaluation,
  submitMutualSheet,
  type MutualEvaluation,
  type MutualSide
} from '../domain/evaluations/mutual-evaluation'
import {
  blankIndicatorScores,
  checkProjectEvaluationDraft,
  draftProjectEvaluation,
  finalizeProjectEvaluation,
  isSatisfactionIndicator,
  LOW_SCORE_PERCENT,
  satisfactionSuggestions,
  startCorrection,
  supersede,
  type EvaluationMode,
  type IndicatorScore,
  type ProjectEvaluation,
  type ProjectEvaluationKind,
  type SatisfactionSurvey
} from '../domain/evaluations/project-evaluation'
import { amountInWords, sumFen, yuan, yuanText, type Fen } from '../domain/money'
import type { Organization } from '../domain/organizations/organization'
import {
  applyPaymentStep,
  draftPayments,
  paymentAfterGate,
  type Payment,
  type PaymentAction
} from '../domain/payments/payment'
import { gateFactsOf } from '../domain/payments/payment-gates'
import { leafIndicators, type IndicatorNode } from '../domain/performance/indicator'
import { fillActuals, instantiateTemplate } from '../domain/performance/indicator-tree'
import { PERFORMANCE_TEMPLATES } from '../domain/performance/templates'
import { periodEndOn } from '../domain/procurement/contract-period'
import {
  PROCUREMENT_METHOD_RULES,
  type Bidder,
  type ProcurementMethod
} from '../domain/procurement/procurement'
import type { StaffingRequirement } from '../domain/procurement/staffing'
import {
  AMENDMENT_WORKFLOW,
  checkAgreementDraft,
  checkAmendment,
  draftAgreement,
  draftAmendment,
  effectiveAgreement,
  signAgreement,
  type Agreement,
  type Amendment,
  type AmendmentDraft
} from '../domain/projects/agreement'
import { evaluationSchedule, plannedTrancheDueOn } from '../domain/projects/due-dates'
import {
  checkPurchaseProject,
  newPurchaseProject,
  PROJECT_WORKFLOW,
  projectContext,
  type BudgetSource,
  type Project,
  type ProjectAction,
  type PurchaseProjectDraft
} from '../domain/projects/project'
import type { CertLevel, SocialWorker } from '../domain/social-workers/social-worker'
import type { Application } from '../domain/venture/application'
import type { Tranche, TrancheGate } from '../domain/venture/round'
import { checkTransition } from '../domain/workflow'
import { pinyinKeys } from '../text/pinyin'
import { SAMPLE_CATALOGUE_ITEMS } from './catalogue'
import { instantOn, personName, weighted } from './common'
import { SAMPLE_DISTRICTS } from './places'
import type { Random } from './random'

export interface SampleDelivery {
  catalogueItems: CatalogueItem[]
  /** Last year's 公益创投 projects, now signed and under way, then the purchase contracts. */
  projects: Project[]
  agreements: Agreement[]
  amendments: Amendment[]
  payments: Payment[]
  activities: Activity[]
  projectEvaluations: ProjectEvaluation[]
  mutualEvaluations: MutualEvaluation[]
}

/** The registry and the 公益创投 projects delivery starts from. */
export interface DeliveryRegistry {
  organizations: readonly Organization[]
  communities: readonly Community[]
  socialWorkers: readonly SocialWorker[]
  /** The projects 立项 created, 待签约. */
  projects: readonly Project[]
  /** The applications they came from (their team, communities and planned activities). */
  applications: readonly Application[]
}

/** How busy the projects are and who evaluates them (SampleScale's knobs of the same names). */
export interface DeliveryOptions {
  /** The 服务活动 a project plans a year, as a multiple of the usual; 1 when left out. */
  activityLoad?: number
  /** Whether the provider's 单位自评 comes before each evaluation; no when left out. */
  selfEvaluations?: boolean
}

/** How far a tranche gets once its gate is met. */
type TrancheTarget = '计划' | '可拨付' | '经办' | '已审核' | '已拨付'
const TRANCHE_TARGETS: readonly TrancheTarget[] = ['计划', '可拨付', '经办', '已审核', '已拨付']

/** What happens to one contract, from its procurement to today. */
interface Story {
  /** Days from the service start to today; negative: it starts later (not yet signed). */
  elapsed: number
  months: 12 | 24
  plan: readonly Tranche[]
  method: ProcurementMethod
  mode: EvaluationMode
  signed: boolean
  /** 待签约 with the contract drafted. */
  drafted?: boolean
  tranches: Partial<Record<TrancheGate, TrancheTarget>>
  midterm: 'none' | 'draft' | 'pass' | 'fail' | 'corrected'
  final: 'none' | 'pass'
  close?: boolean
  /** Terminated this many days after the start. */
  terminateAfter?: number
  teamChange?: boolean
  pendingAmount?: boolean
  mutual?: 'final' | 'oneSheet'
  template: 'common-framework-2020' | 'self-evaluation'
}

const PLAN_40_40_20: readonly Tranche[] = [
  { percent: 40, gate: 'signing' },
  { percent: 40, gate: 'midterm' },
  { percent: 20, gate: 'final' }
]
const PLAN_30_40_30: readonly Tranche[] = [
  { percent: 30, gate: 'signing' },
  { percent: 40, gate: 'midterm' },
  { percent: 30, gate: 'final' }
]

/** Half a twelve-month period, in days: where the 中期 falls. */
const MID = 182

/** The twelve contracts of one street-office cycle, in the order the list above gives them. */
const PURCHASE_STORIES: readonly Story[] = [
  {
    elapsed: -18,
    months: 12,
    plan: PLAN_40_40_20,
    method: '单一来源',
    mode: '购买方评价',
    signed: false,
    tranches: {},
    midterm: 'none',
    final: 'none',
    template: 'common-framework-2020'
  },
  {
    elapsed: -9,
    months: 12,
    plan: PLAN_30_40_30,
    method: '询价',
    mode: '购买方评价',
    signed: false,
    drafted: true,
    tranches: {},
    midterm: 'none',
    final: 'none',
    template: 'self-evaluation'
  },
  {
    elapsed: 12,
    months: 12,
    plan: PLAN_40_40_20,
    method: '公开招标',
    mode: '购买方评价',
    signed: true,
    tranches: { signing: '可拨付' },
    midterm: 'none',
    final: 'none',
    template: 'common-framework-2020'
  },
  {
    elapsed: 35,
    months: 12,
    plan: PLAN_30_40_30,
    method: '竞争性磋商',
    mode: '购买方评价',
    signed: true,
    tranches: { signing: '已审核' },
    midterm: 'none',
    final: 'none',
    template: 'common-framework-2020'
  },
  {
    elapsed: 100,
    months: 12,
    plan: PLAN_40_40_20,
    method: '竞争性谈判',
    mode: '购买方评价',
    signed: true,
    tranches: { signing: '已拨付' },
    midterm: 'none',
    final: 'none',
    teamChange: true,
    template: 'common-framework-2020'
  },
  {
    elapsed: MID + 8,
    months: 12,
    plan: PLAN_40_40_20,
    method: '邀请招标',
    mode: '购买方评价',
    signed: true,
    tranches: { signing: '已拨付' },
    midterm: 'draft',
    final: 'none',
    template: 'self-evaluation'
  },
  {
    elapsed: MID + 40,
    months: 12,
    plan: PLAN_40_40_20,
    method: '公开招标',
    mode: '第三方评估',
    signed: true,
    tranches: { signing: '已拨付', midterm: '经办' },
    midterm: 'corrected',
    final: 'none',
    mutual: 'oneSheet',
    template: 'common-framework-2020'
  },
  {
    elapsed: MID + 45,
    months: 12,
    plan: PLAN_30_40_30,
    method: '竞争性磋商',
    mode: '购买方评价',
    signed: true,
    tranches: { signing: '已拨付' },
    midterm: 'fail',
    final: 'none',
    template: 'common-framework-2020'
  },
  {
    elapsed: 320,
    months: 12,
    plan: PLAN_40_40_20,
    method: '框架协议',
    mode: '购买方评价',
    signed: true,
    tranches: { signing: '已拨付', midterm: '已拨付' },
    midterm: 'pass',
    final: 'none',
    pendingAmount: true,
    template: 'self-evaluation'
  },
  {
    elapsed: 365 + 60,
    months: 12,
    plan: PLAN_40_40_20,
    method: '公开招标',
    mode: '第三方评估',
    signed: true,
    tranches: { signing: '已拨付', midterm: '已拨付', final: '已拨付' },
    midterm: 'pass',
    final: 'pass',
    close: true,
    mutual: 'final',
    template: 'common-framework-2020'
  },
  {
    elapsed: 730 + 90,
    months: 24,
    plan: PLAN_30_40_30,
    method: '竞争性磋商',
    mode: '第三方评估',
    signed: true,
    tranches: { signing: '已拨付', midterm: '已拨付', final: '已拨付' },
    midterm: 'pass',
    final: 'pass',
    close: true,
    template: 'common-framework-2020'
  },
  {
    elapsed: 150,
    months: 12,
    plan: PLAN_40_40_20,
    method: '询价',
    mode: '购买方评价',
    signed: true,
    tranches: { signing: '已拨付' },
    midterm: 'none',
    final: 'none',
    terminateAfter: 125,
    template: 'self-evaluation'
  }
]

/** What a street office buys: the catalogue items by name, and what the activities are called. */
interface Theme {
  title: string
  category: string
  items: readonly string[]
  activities: readonly string[]
}

const THEMES: readonly Theme[] = [
  {
    title: '居家养老上门服务项目',
    category: '为老服务',
    items: ['居家养老上门服务', '高龄独居老人探访关爱'],
    activities: [
      '独居老人入户探访',
      '助浴助洁上门服务',
      '老年人健康讲座',
      '智能手机使用课堂',
      '陪同就医服务',
      '老年人防诈骗宣传',
      '集体生日会暨邻里茶话会',
      '失能老人家属照护培训',
      '重阳节敬老活动'
    ]
  },
  {
    title: '矛盾纠纷多元化解服务项目',
    category: '矛盾调解',
    items: ['矛盾纠纷化解', '婚姻家庭纠纷调解'],
    activities: [
      '邻里纠纷调解',
      '物业纠纷协商会',
      '婚姻家庭纠纷调解个案',
      '法律知识进社区宣传',
      '调解员业务培训',
      '矛盾纠纷排查走访',
      '“法律明白人”培训',
      '调解案件回访'
    ]
  },
  {
    title: '社区心理健康服务项目',
    category: '心理健康',
    items: ['心理疏导', '社区健康教育'],
    activities: [
      '个案心理疏导',
      '心理健康讲座',
      '亲子沟通工作坊',
      '减压团体辅导',
      '青少年情绪管理小组',
      '居民心理健康筛查',
      '心理援助站开放日'
    ]
  },
  {
    title: '青少年成长护航服务项目',
    category: '青少年服务',
    items: ['青少年课后托管', '困境儿童关爱保护'],
    activities: [
      '四点半课堂课后托管',
      '困境儿童家访',
      '暑期安全教育',
      '青少年成长小组',
      '亲子阅读活动',
      '儿童议事会',
      '防溺水安全宣讲'
    ]
  },
  {
    title: '院落自治与社区营造项目',
    category: '社区治理',
    items: ['社区议事协商引导', '小区院落自治培育', '邻里互助与社区营造'],
    activities: [
      '院落议事会',
      '居民公约讨论会',
      '楼栋长能力培训',
      '邻里节活动',
      '公共空间微更新共建',
      '志愿者招募与培训',
      '院落自管小组例会'
    ]
  },
  {
    title: '社区矫正与安置帮教服务项目',
    category: '矫正帮教',
    items: ['社区矫正对象帮教', '安置帮教服务', '禁毒宣传'],
    activities: [
      '社区矫正对象个案访谈',
      '集中教育学习',
      '公益劳动组织',
      '就业技能培训',
      '禁毒宣传进社区',
      '家属支持小组',
      '安置帮教对象走访'
    ]
  },
  {
    title: '残疾人社区康复服务项目',
    category: '助残服务',
    items: ['残疾人康复训练', '残疾人日间托养'],
    activities: [
      '康复训练小组',
      '残疾人家庭探访',
      '手工技能培训',
      '社区融合游园会',
      '照护者喘息服务',
      '无障碍设施巡查',
      '康复知识讲座'
    ]
  },
  {
    title: '社区社会组织培育项目',
    category: '社会组织培育',
    items: ['社区社会组织孵化培育', '志愿服务组织培育'],
    activities: [
      '社区社会组织能力建设培训',
      '备案登记辅导',
      '公益项目设计工作坊',
      '志愿服务队组建',
      '社区社会组织交流会',
      '财务管理培训',
      '督导走访'
    ]
  }
]

/** Things every project does besides its own service. */
const COMMON_ACTIVITIES = ['项目启动会', '服务对象需求调研', '志愿者培训', '项目督导会']

const ACTIVITY_NOTES = [
  '附签到表和活动照片',
  '因天气原因改在社区活动室举行',
  '联合社区卫生服务中心开展',
  '部分服务对象由网格员转介'
]

const BUDGET_SOURCES: ReadonlyArray<readonly [BudgetSource, number]> = [
  ['一般公共预算', 0.7],
  ['福彩公益金', 0.15],
  ['上级补助', 0.15]
]

const SINGLE_SOURCE_REASONS = [
  '该服务与原合同服务范围一致，服务对象固定，更换承接主体将影响服务连续性',
  '该机构为本辖区唯一具备社区矫正帮教专业资质和经验的社会工作服务机构'
]

const MULTI_YEAR_REASON =
  '预算已列入街道两年财政规划，服务内容相对固定、连续性强，价格稳定（102号令第二十四条）'

const TRANCHE_CONDITIONS: Readonly<Record<TrancheGate, string | null>> = {
  signing: null,
  midterm: '提交中期服务报告和中期财务报告后',
  final: '提交结项报告和专项审计报告后'
}

const EVIDENCE = [
  '查阅服务台账、签到表和活动照片',
  '抽查服务对象电话回访',
  '实地走访服务点并访谈社区工作人员',
  '查阅财务凭证和预算执行表'
]
const LOW_EVIDENCE = [
  '服务台账中签到表、活动照片缺失较多，无法证实服务量',
  '抽查回访 10 名服务对象，4 人表示未接受过该项服务',
  '财务凭证与预算科目不符，存在列支与项目无关的支出',
  '服务方案未按需求评估调整，个案记录缺少过程记录和成效评估'
]
const PASS_FINDINGS = [
  '项目按合同推进，服务记录完整，服务对象反馈良好，资金使用基本规范。',
  '服务量达到进度要求，专业方法运用恰当，社区和居民认可度较高。'
]
const PASS_RECOMMENDATIONS = [
  '进一步完善服务对象前后测记录，加强成效评估。',
  '加强志愿者骨干培育，探索服务的可持续机制。'
]
const SELF_FINDINGS = [
  '本项目按合同推进，服务量达到进度要求，服务对象反馈良好，经费按预算执行。',
  '项目团队稳定，服务记录完整，专业方法运用得当，社区认可度逐步提高。'
]
const SELF_RECOMMENDATIONS = [
  '下阶段加强服务对象前后测，完善成效记录。',
  '进一步发动志愿者骨干参与服务，提升服务的可持续性。'
]
const FAIL_FINDINGS =
  '服务场次和服务人次明显低于进度要求，部分服务记录缺少签到表和照片，资金使用台账不完整。'
const FAIL_RECOMMENDATIONS =
  '限期一个月整改：补齐台账资料，制定后半程服务计划，整改后申请复评；整改前暂缓拨付第二期经费。'

const CORRECTION_REASON = '“服务对象满意度”误按满分计，应按满意度调查的满意率计分'

const TERMINATION_REASON =
  '承接机构主要负责人和项目社工相继离职，无法按合同继续提供服务，经双方协商解除合同'

const EVALUATION_CENTRES = ['明德', '启航', '同心', '致远']

/** 记账凭证 numbers: 记-YYYYMM-0001. */
const VOUCHER_PREFIX = '记'

function unwrap<T>(result: CheckResult<T>, what: string): T {
  if (!result.ok) {
    throw new Error(
      `示例数据生成失败（${what}）：${result.issues.map((i) => i.message).join('；')}`
    )
  }
  return result.value
}

const RANK: Readonly<Record<CertLevel, number>> = {
  未持证: 0,
  助理社会工作师: 1,
  社会工作师: 2,
  高级社会工作师: 3
}

const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b)

/** `rows` by `key`, each group in the order of `rows`. */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const row of rows) {
    const group = groups.get(key(row))
    if (group) group.push(row)
    else groups.set(key(row), [row])
  }
  return groups
}

/** One project as it is played, with everything that hangs off it. */
interface Play {
  project: Project
  org: Organization
  /** 甲方 as the agreement names it. */
  partyA: string
  mode: EvaluationMode
  evaluators: string
  titles: readonly string[]
  /** 服务活动 a year the project plans. */
  annualSessions: number
  /** The team from each date on, for the activities' social workers. */
  teamHistory: { from: IsoDate; ids: string[] }[]
  agreement: Agreement | null
  amendments: Amendment[]
  payments: Payment[]
  activities: Activity[]
  evaluations: ProjectEvaluation[]
  mutual: MutualEvaluation[]
}

/**
 * The catalogue, `purchaseCount` contracts (the twelve stories, repeated), and last year's
 * 公益创投 projects signed and under way. The catalogue comes with the contracts: none when
 * `purchaseCount` is 0.
 */
export function generateDelivery(
  random: Random,
  registry: DeliveryRegistry,
  purchaseCount: number,
  today: IsoDate,
  options: DeliveryOptions = {}
): SampleDelivery {
  const activityLoad = options.activityLoad ?? 1
  const selfEvaluations = options.selfEvaluations ?? false
  const clerk = personName(random)
  let reviewer = personName(random)
  while (reviewer === clerk) reviewer = personName(random)
  const upToToday = (day: IsoDate) => minDate(day, today)
  const communities = new Map(registry.communities.map((community) => [community.id, community]))
  const workers = new Map(registry.socialWorkers.map((worker) => [worker.id, worker]))
  const organizations = new Map(registry.organizations.map((org) => [org.id, org]))
  // Looked up once per contract: a city's thousands of contracts would scan them each time.
  const bySubdistrict = groupBy(registry.communities, (community) => community.subdistrict)
  const byEmployer = groupBy(registry.socialWorkers, (worker) => worker.employerId)
  const district = SAMPLE_DISTRICTS[0]!
  let voucherSerial = 0
  let agreementSerial = 0

  const bidderPool = registry.organizations.filter(
    (org) =>
      org.legalForm === '社会服务机构' &&
      org.registrationStatus === '已登记' &&
      org.archivedAt === null &&
      org.uscc !== null
  )
  const catalogueItems = purchaseCount > 0 ? catalogue() : []
  const itemsByName = new Map(catalogueItems.map((item) => [item.name, item]))
  const plays: Play[] = []
  for (const project of registry.projects) {
    if (project.channel !== '公益创投' || project.status !== '待签约') continue
    plays.push(venture(project))
  }
  // One provider per contract while they last, then round again.
  const pool = providers()
  for (let serial = 0; serial < purchaseCount && pool.length > 0; serial += 1) {
    const story = PURCHASE_STORIES[serial % PURCHASE_STORIES.length]!
    plays.push(purchase(story, serial, pool[serial % pool.length]!))
  }

  const played = new Map(plays.map((play) => [play.project.id, play.project]))
  return {
    catalogueItems,
    projects: [
      ...registry.projects.map((project) => played.get(project.id) ?? project),
      ...plays.filter((play) => play.project.channel === '政府购买服务').map((play) => play.project)
    ],
    agreements: plays.flatMap((play) => (play.agreement ? [play.agreement] : [])),
    amendments: plays.flatMap((play) => play.amendments),
    payments: plays.flatMap((play) => play.payments),
    activities: plays.flatMap((play) => play.activities),
    projectEvaluations: plays.flatMap((play) => play.evaluations),
    mutualEvaluations: plays.flatMap((play) => play.mutual)
  }

  function catalogue(): CatalogueItem[] {
    const since = addDays(today, -random.int(900, 1000))
    return SAMPLE_CATALOGUE_ITEMS.map((draft) => {
      const fields = unwrap(checkCatalogueItem(draft), `目录事项 ${draft.name}`)
      const createdAt = instantOn(random, addDays(since, random.int(0, 20)))
      return {
        id: random.uuid(),
        ...fields,
        ...pinyinKeys(fields.name),
        createdAt,
        updatedAt: createdAt,
        archivedAt: null
      }
    })
  }

  /** An instant on `day` later than `after` (a record's last change), for its next step. */
  function instantAfter(day: IsoDate, after: string | null): string {
    const instant = instantOn(random, day)
    if (after === null || instant > after) return instant
    return new Date(Date.parse(after) + random.int(1, 30) * 60_000).toISOString()
  }

  /**
   * Registered service organisations with certified social workers whose registration is valid,
   * those with a team of two or more first: who can take on a contract.
   */
  function providers(): { org: Organization; team: SocialWorker[] }[] {
    const certified = new Map<string, SocialWorker[]>()
    for (const worker of registry.socialWorkers) {
      if (worker.employerId === null || worker.archivedAt !== null) continue
      if (worker.certLevel === '未持证' || (worker.registrationValidUntil ?? '') <= today) continue
      certified.set(worker.employerId, [...(certified.get(worker.employerId) ?? []), worker])
    }
    const candidates = registry.organizations
      .filter(
        (org) =>
          org.legalForm === '社会服务机构' &&
          org.registrationStatus === '已登记' &&
          org.archivedAt === null &&
          org.uscc !== null &&
          certified.has(org.id)
      )
      .map((org) => ({ org, team: certified.get(org.id)! }))
    const shuffled = random.sample(candidates, candidates.length)
    return [
      ...shuffled.filter((candidate) => candidate.team.length >= 2),
      ...shuffled.filter((candidate) => candidate.team.length < 2)
    ]
  }

  function teamOn(play: Play, day: IsoDate): string[] {
    let ids: string[] = []
    for (const entry of play.teamHistory) if (entry.from <= day) ids = entry.ids
    return ids
  }

  function touchProject(play: Play, day: IsoDate, patch: Partial<Project>) {
    play.project = {
      ...play.project,
      ...patch,
      updatedAt: instantAfter(day, play.project.updatedAt)
    }
  }

  function projectStep(
    play: Play,
    action: ProjectAction,
    day: IsoDate,
    terminationReason: string | null = null
  ) {
    const { project, agreement } = play
    const check = checkTransition(
      PROJECT_WORKFLOW,
      project.status,
      action,
      projectContext({
        agreement,
        evaluations: play.evaluations.filter(
          (evaluation) => evaluation.supersededById === null && evaluation.archivedAt === null
        ),
        payments: play.payments,
        terminationReason
      })
    )
    if (!check.ok) {
      throw new Error(`示例数据生成失败（${project.title}：${action}）：${check.message}`)
    }
    const patch: Partial<Project> = { status: check.to }
    if (action === 'sign')
      Object.assign(patch, { startOn: agreement!.startOn, endOn: agreement!.endOn })
    if (action === 'close') patch.closedOn = day
    if (action === 'terminate') Object.assign(patch, { terminatedOn: day, terminationReason })
    touchProject(play, day, patch)
  }

  function contractTerms(play: Play, startOn: IsoDate, endOn: IsoDate): string {
    const { project } = play
    const places = project.communityIds
      .map((id) => communities.get(id)?.name)
      .filter((name) => name !== undefined)
      .join('、')
    const plan = project.tranches
      .map(
        (tranche) =>
          `第 ${tranche.no} 期 ${tranche.percent}%（${yuanText(tranche.amountFen)}），${{ signing: '合同签订后拨付', midterm: '中期评估合格后拨付', final: '末期评估合格后拨付' }[tranche.gate]}`
      )
      .join('；')
    return [
      `一、服务内容：${project.title}，服务地点为${places || '辖区各社区'}，服务期限 ${startOn} 至 ${endOn}。`,
      `二、服务数量：服务期内开展服务活动不少于 ${play.annualSessions} 场，具体见绩效目标表。`,
      '三、服务质量：按照《社会工作服务项目绩效评估指南》（MZ/T 059-2014）和本合同绩效目标表执行，服务对象满意度不低于 90%。',
      `四、资金结算方式：合同金额 ${yuanText(project.amountFen)}（${amountInWords(project.amountFen)}），分期拨付：${plan}。`,
      '五、双方权利义务：甲方按约定拨付经费，协调场地和社区资源，不向乙方摊派合同外行政任务；乙方按约定配备人员、提供服务，专款专用，不得转包。',
      '六、违约责任：乙方未按约定提供服务或评估不合格的，甲方有权暂缓拨付、追回已拨付资金直至解除合同；甲方无故拖欠经费的，应承担相应责任。'
    ].join('\n')
  }

  function draftContract(play: Play, day: IsoDate, startOn: IsoDate, endOn: IsoDate) {
    const { project } = play
    agreementSerial += 1
    const venture = project.channel === '公益创投'
    const year = Number(project.approvedOn.slice(0, 4))
    const input = {
      number: `${venture ? 'GYCT' : 'GMFW'}-${year}-${String(agreementSerial).padStart(3, '0')}`,
      title: `${project.title}${venture ? '资助协议' : '服务合同'}`,
      partyA: play.partyA,
      partyB: play.org.name,
      startOn,
      endOn,
      amountFen: project.amountFen,
      terms: contractTerms(play, startOn, endOn)
    }
    const fields = unwrap(checkAgreementDraft(input, project), `${project.title} 的协议`)
    const createdAt = instantAfter(day, null)
    play.agreement = {
      id: random.uuid(),
      ...draftAgreement(fields, project.id),
      createdAt,
      updatedAt: createdAt,
      archivedAt: null
    }
  }

  /** Signs the agreement: the project starts and its tranches are planned, dated by its schedule. */
  function sign(play: Play, signedOn: IsoDate) {
    const agreement = play.agreement!
    const signed = signAgreement(agreement, signedOn, clerk, signedOn)
    const value = unwrap(signed, `${play.project.title} 签约`)
    if (signed.ok && signed.warnings.length > 0) {
      throw new Error(
        `示例数据生成失败（${play.project.title} 签约）：${signed.warnings[0]!.message}`
      )
    }
    play.agreement = { ...value, updatedAt: instantAfter(signedOn, agreement.updatedAt) }
    projectStep(play, 'sign', signedOn)
    const { project } = play
    const specs = project.tranches.map((tranche) => ({
      percent: tranche.percent,
      gate: tranche.gate,
      dueOn: plannedTrancheDueOn(tranche.gate, {
        signedOn,
        startOn: project.startOn!,
        endOn: project.endOn!
      }),
      condition: TRANCHE_CONDITIONS[tranche.gate]
    }))
    const createdAt = play.project.updatedAt
    play.payments = draftPayments(project.id, project.amountFen, specs).map((draft) => ({
      id: random.uuid(),
      ...draft,
      createdAt,
      updatedAt: createdAt,
      archivedAt: null
    }))
  }

  /** What the repositories read for the gates (payments/payment-gates.ts). */
  function gateFacts(play: Play) {
    return gateFactsOf(play.agreement ? [play.agreement] : [], play.evaluations)
  }

  /** What the repositories do when an evaluation is finalised or corrected. */
  function refreshGates(play: Play, stamp: { at: string; operator: string }) {
    const facts = gateFacts(play)
    play.payments = play.payments.map((payment) => {
      const review = paymentAfterGate(payment, facts, stamp)
      return review.changed ? { ...review.payment, updatedAt: stamp.at } : payment
    })
  }

  function paymentStep(
    play: Play,
    no: number,
    action: PaymentAction,
    input: unknown,
    day: IsoDate,
    by: string
  ) {
    const index = play.payments.findIndex((payment) => payment.no === no)
    const payment = play.payments[index]!
    const at = instantAfter(day, payment.updatedAt)
    const next = unwrap(
      applyPaymentStep(payment, action, input, gateFacts(play), by, at, play.project),
      `${play.project.title} 第 ${no} 期：${action}`
    )
    play.payments[index] = { ...next, updatedAt: at }
  }

  /** Takes the tranches of `gate` from 计划 as far as `target`, a few days a step from `from`. */
  function advance(play: Play, gate: TrancheGate, target: TrancheTarget, from: IsoDate) {
    const goal = TRANCHE_TARGETS.indexOf(target)
    for (const payment of play.payments.filter((candidate) => candidate.gate === gate)) {
      let day = upToToday(from)
      const next = (low: number, high: number) =>
        (day = upToToday(addDays(day, random.int(low, high))))
      if (goal >= 1) paymentStep(play, payment.no, 'release', {}, day, clerk)
      if (goal >= 2) {
        next(1, 3)
        paymentStep(play, payment.no, 'handle', { note: null }, day, clerk)
      }
      if (goal >= 3) {
        next(1, 3)
        paymentStep(play, payment.no, 'approve', { note: '同意拨付' }, day, reviewer)
      }
      if (goal >= 4) {
        next(2, 5)
        voucherSerial += 1
        const voucherNo = `${VOUCHER_PREFIX}-${day.slice(0, 7).replace('-', '')}-${String(voucherSerial).padStart(4, '0')}`
        paymentStep(play, payment.no, 'pay', { paidOn: day, voucherNo, note: null }, day, clerk)
      }
    }
  }

  /** 服务记录 from `from` to `to`, about `annualSessions` a year, by the team of the day. */
  function recordActivities(play: Play, from: IsoDate, to: IsoDate) {
    const end = upToToday(to)
    if (end < from) return
    const span = daysBetween(from, end) + 1
    const count = Math.round((span / 365) * play.annualSessions * (0.9 + random.next() * 0.25))
    const days = Array.from({ length: count }, () => addDays(from, random.int(0, span - 1))).sort()
    const { project } = play
    const period = { startOn: project.startOn, endOn: project.endOn }
    for (const date of days) {
      const team = teamOn(play, date)
      const volunteers = random.chance(0.55) ? random.int(1, 8) : 0
      const draft = {
        projectId: project.id,
        date,
        communityId:
          project.communityIds.length > 0 && random.chance(0.92)
            ? random.pick(project.communityIds)
            : null,
        title: random.chance(0.12) ? random.pick(COMMON_ACTIVITIES) : random.pick(play.titles),
        participants: random.int(6, 48),
        volunteers,
        volunteerHours: volunteers === 0 ? 0 : volunteers * random.pick([1, 1.5, 2, 2.5, 3]),
        socialWorkerIds: random.sample(team, random.int(1, Math.max(1, Math.min(2, team.length)))),
        note: random.chance(0.12) ? random.pick(ACTIVITY_NOTES) : null
      }
      const entered = upToToday(addDays(date, random.int(0, 3)))
      const checked = checkActivity(draft, entered, period)
      const fields = unwrap(checked, `${project.title} 的服务记录`)
      const createdAt = instantOn(random, entered)
      play.activities.push({
        id: random.uuid(),
        ...fields,
        createdAt,
        updatedAt: createdAt,
        archivedAt: null
      })
    }
  }

  /** Scores for every leaf around `level` of its weight (the first few only when `partial`). */
  function scoreLeaves(
    indicators: readonly IndicatorNode[],
    level: number,
    survey: SatisfactionSurvey,
    partial = false
  ): IndicatorScore[] {
    const suggested = new Map(
      satisfactionSuggestions(indicators, survey).map((row) => [row.key, row.score])
    )
    const leaves = leafIndicators(indicators)
    const scored = partial ? random.int(2, Math.max(2, leaves.length - 3)) : leaves.length
    return leaves.map((leaf, index) => {
      if (index >= scored) return { key: leaf.key, score: null, evidence: null }
      const share = Math.min(1, Math.max(0.3, level + (random.next() - 0.5) * 0.12))
      const score = suggested.get(leaf.key) ?? Math.round(leaf.weight * share * 2) / 2
      const low = score * 100 < leaf.weight * LOW_SCORE_PERCENT
      const evidence = low
        ? random.pick(LOW_EVIDENCE)
        : isSatisfactionIndicator(leaf)
          ? `满意度调查：调查 ${survey.surveyed} 人，满意 ${survey.satisfied} 人`
          : random.chance(0.5)
            ? random.pick(EVIDENCE)
            : null
      return { key: leaf.key, score, evidence }
    })
  }

  /**
   * A new evaluation as the repository starts it (the project's 绩效目标表 with actuals from its
   * activities so far), scored around `level`; 定稿 on `finalizeOn` when given, which refreshes
   * the payment gates. By `play.mode` unless `options.mode` says otherwise; with
   * `selfEvaluations`, the provider's 自评 of the same kind comes first, 定稿 a few days earlier
   * and a little kinder to the project (a 自评 never opens a gate, so the gates are unchanged).
   */
  function evaluate(
    play: Play,
    kind: ProjectEvaluationKind,
    evaluatedOn: IsoDate,
    level: number,
    options: { finalizeOn?: IsoDate; partial?: boolean; year?: number; mode?: EvaluationMode } = {}
  ): ProjectEvaluation {
    const { project } = play
    const mode = options.mode ?? play.mode
    const self = mode === '自评'
    if (selfEvaluations && !self) {
      const selfOn = addDays(evaluatedOn, -random.int(3, 8))
      evaluate(play, kind, selfOn, Math.min(0.95, Math.max(level, 0.66) + 0.04), {
        finalizeOn: addDays(selfOn, random.int(1, 2)),
        year: options.year,
        mode: '自评'
      })
    }
    const totals = activityTotals(
      play.activities.filter((activity) => activity.date <= evaluatedOn)
    )
    const indicators = fillActuals(project.indicators, totals)
    const fields = unwrap(
      checkProjectEvaluationDraft(
        {
          projectId: project.id,
          kind,
          mode,
          year: kind === '年度' ? (options.year ?? null) : null,
          evaluatedOn,
          evaluators: self
            ? `${play.org.name}（填报人：${play.org.contactName}）`
            : play.evaluators,
          indicators,
          scores: blankIndicatorScores(indicators),
          survey: null,
          findings: null,
          recommendations: null
        },
        evaluatedOn
      ),
      `${project.title} ${kind}评估`
    )
    const createdAt = instantAfter(evaluatedOn, null)
    const surveyed = random.int(30, 60)
    const rate = level >= 0.6 ? 0.86 + random.next() * 0.12 : 0.62 + random.next() * 0.1
    const survey = { surveyed, satisfied: Math.round(surveyed * rate) }
    const passing = level >= 0.6
    let evaluation: ProjectEvaluation = {
      id: random.uuid(),
      ...draftProjectEvaluation(fields, project.organizationId),
      createdAt,
      updatedAt: createdAt,
      archivedAt: null
    }
    evaluation = {
      ...evaluation,
      scores: scoreLeaves(evaluation.indicators, level, survey, options.partial),
      survey,
      findings: options.partial
        ? null
        : passing
          ? random.pick(self ? SELF_FINDINGS : PASS_FINDINGS)
          : FAIL_FINDINGS,
      recommendations: options.partial
        ? null
        : passing
          ? random.pick(self ? SELF_RECOMMENDATIONS : PASS_RECOMMENDATIONS)
          : FAIL_RECOMMENDATIONS,
      updatedAt: instantAfter(evaluatedOn, createdAt)
    }
    play.evaluations.push(evaluation)
    if (options.finalizeOn) {
      evaluation = finalize(play, evaluation, options.finalizeOn)
      if (evaluation.passed !== passing) {
        throw new Error(
          `示例数据生成失败（${project.title} ${kind}评估）：${evaluation.total} 分，${evaluation.grade}`
        )
      }
      refreshGates(play, { at: evaluation.finalizedAt!, operator: reviewer })
    }
    return evaluation
  }

  function replaceEvaluation(play: Play, evaluation: ProjectEvaluation) {
    play.evaluations = play.evaluations.map((held) =>
      held.id === evaluation.id ? evaluation : held
    )
  }

  function finalize(play: Play, evaluation: ProjectEvaluation, day: IsoDate): ProjectEvaluation {
    const at = instantAfter(upToToday(day), evaluation.updatedAt)
    const done = unwrap(
      finalizeProjectEvaluation(evaluation, DEFAULT_EVALUATION_BANDS, at, reviewer),
      `${play.project.title} ${evaluation.kind}评估定稿`
    )
    const stored = { ...done, updatedAt: at }
    replaceEvaluation(play, stored)
    return stored
  }

  /**
   * A 中期 scored with the satisfaction indicator at full marks by mistake, corrected by a second
   * version scored from the survey: both 定稿, the first superseded.
   */
  function correctedMidterm(play: Play, evaluatedOn: IsoDate, finalizeOn: IsoDate): IsoDate {
    const first = evaluate(play, '中期', evaluatedOn, 0.86)
    const satisfaction = leafIndicators(first.indicators).filter(isSatisfactionIndicator)
    const wrong = {
      ...first,
      scores: first.scores.map((row) => {
        const leaf = satisfaction.find((node) => node.key === row.key)
        return leaf ? { ...row, score: leaf.weight } : row
      })
    }
    replaceEvaluation(play, wrong)
    const v1 = finalize(play, wrong, finalizeOn)
    refreshGates(play, { at: v1.finalizedAt!, operator: reviewer })

    const correctedOn = upToToday(addDays(finalizeOn, random.int(6, 10)))
    const started = unwrap(startCorrection(v1, CORRECTION_REASON), `${play.project.title} 更正`)
    const createdAt = instantAfter(correctedOn, null)
    const draft: ProjectEvaluation = {
      id: random.uuid(),
      ...started,
      scores: first.scores.map((row) => ({ ...row })),
      createdAt,
      updatedAt: createdAt,
      archivedAt: null
    }
    play.evaluations.push(draft)
    const v2 = finalize(play, draft, correctedOn)
    const marked = unwrap(supersede(v1, v2), `${play.project.title} 更正`)
    replaceEvaluation(play, { ...marked, updatedAt: v2.finalizedAt! })
    refreshGates(play, { at: v2.finalizedAt!, operator: reviewer })
    return correctedOn
  }

  /** Sheets scored by each side: own obligations a little higher than the other side sees them. */
  function mutualSheet(
    obligations: MutualEvaluation['obligations'],
    side: MutualSide,
    base: ReadonlyMap<string, number>
  ) {
    return obligations.map((obligation) => {
      const truth = base.get(obligation.key)!
      const own = obligation.side === side
      // The provider feels the extra tasks more than the office admits to giving them.
      const extraTasks = obligation.key === 'purchaser-no-extra-tasks'
      const score = extraTasks
        ? side === 'provider'
          ? 12
          : 19
        : Math.min(obligation.maxScore, Math.max(10, truth + (own ? 1 : -random.int(0, 1))))
      return {
        key: obligation.key,
        score,
        comment:
          extraTasks && side === 'provider'
            ? '街道多次临时要求协助迎检、填报表格，占用社工服务时间约 15%'
            : null
      }
    })
  }

  function mutualEvaluation(play: Play, stage: 'final' | 'oneSheet', day: IsoDate) {
    const { project } = play
    const [startYear, endYear] = [project.startOn!.slice(0, 4), project.endOn!.slice(0, 4)]
    const fields = unwrap(
      checkMutualEvaluationDraft({
        projectId: project.id,
        periodLabel: startYear === endYear ? `${startYear}年度` : `${startYear}—${endYear}合同期`,
        periodStart: project.startOn,
        periodEnd: project.endOn,
        obligations: DEFAULT_MUTUAL_TEMPLATE.map((obligation) => ({ ...obligation }))
      }),
      `${project.title} 双向评估`
    )
    let on = upToToday(day)
    const createdAt = instantAfter(on, null)
    let evaluation: MutualEvaluation = {
      id: random.uuid(),
      ...draftMutualEvaluation(fields),
      createdAt,
      updatedAt: createdAt,
      archivedAt: null
    }
    const base = new Map(
      evaluation.obligations.map((obligation) => [obligation.key, random.int(15, 19)])
    )
    const raters: Record<MutualSide, string> = {
      purchaser: reviewer,
      provider: play.org.contactName
    }
    const sides: MutualSide[] = stage === 'final' ? ['provider', 'purchaser'] : ['provider']
    for (const side of sides) {
      on = upToToday(addDays(on, random.int(1, 3)))
      const filled = unwrap(
        fillMutualSheet(evaluation, side, {
          rater: raters[side],
          scores: mutualSheet(evaluation.obligations, side, base)
        }),
        `${project.title} 双向评估`
      )
      const at = instantAfter(on, evaluation.updatedAt)
      evaluation = {
        ...unwrap(submitMutualSheet(filled, side, at), `${project.title} 双向评估`),
        updatedAt: at
      }
    }
    if (stage === 'final') {
      on = upToToday(addDays(on, random.int(2, 5)))
      const at = instantAfter(on, evaluation.updatedAt)
      evaluation = {
        ...unwrap(finalizeMutualEvaluation(evaluation, at, reviewer), `${project.title} 双向评估`),
        updatedAt: at
      }
    }
    play.mutual.push(evaluation)
  }

  function amendment(play: Play, requestedOn: IsoDate, draft: Omit<AmendmentDraft, 'requestedOn'>) {
    const agreement = play.agreement!
    const basis = {
      effective: effectiveAgreement(agreement, play.amendments),
      socialWorkerIds: play.project.socialWorkerIds,
      paidFen: sumFen(
        play.payments
          .filter((payment) => payment.paidOn !== null)
          .map((payment) => payment.amountFen)
      ),
      multiYearJustification: play.project.purchase?.multiYearJustification ?? null
    }
    const fields = unwrap(
      checkAmendment({ ...draft, requestedOn }, agreement, basis),
      `${play.project.title} 变更`
    )
    const createdAt = instantAfter(requestedOn, null)
    const record: Amendment = {
      id: random.uuid(),
      ...draftAmendment(fields, agreement, play.amendments.length + 1),
      createdAt,
      updatedAt: createdAt,
      archivedAt: null
    }
    play.amendments.push(record)
    return record
  }

  /** 批准 a team change: the project's team follows, as the agreements repository applies it. */
  function approveTeamChange(play: Play, record: Amendment, decidedOn: IsoDate) {
    const check = checkTransition(AMENDMENT_WORKFLOW, record.status, 'approve', {
      changeErrors: [],
      decisionNote: null
    })
    if (!check.ok) throw new Error(`示例数据生成失败（变更）：${check.message}`)
    const at = instantAfter(decidedOn, record.updatedAt)
    const decided: Amendment = {
      ...record,
      status: check.to,
      decidedOn,
      decidedBy: reviewer,
      decisionNote: '同意变更，新任社工已到岗并完成交接',
      updatedAt: at
    }
    play.amendments = play.amendments.map((held) => (held.id === record.id ? decided : held))
    const team = record.changes.socialWorkerIds!
    touchProject(play, decidedOn, { socialWorkerIds: team })
    play.teamHistory.push({ from: decidedOn, ids: team })
  }

  /**
   * Everything after signing, in order: activities, the first tranche, the 中期 and its
   * tranche, the 年度 and 末期 evaluations, the last tranche, 双向评估, closing or termination.
   */
  function deliver(play: Play, story: Story) {
    const { project } = play
    const startOn = project.startOn!
    const endOn = project.endOn!
    const signedOn = play.agreement!.signedOn!
    const schedule = evaluationSchedule(startOn, endOn)
    const midDue = schedule.find((due) => due.kind === '中期')!.dueOn
    const finalDue = schedule.find((due) => due.kind === '末期')!.dueOn
    const terminatedOn =
      story.terminateAfter === undefined ? null : addDays(startOn, story.terminateAfter)

    if (story.teamChange) {
      const requestedOn = addDays(startOn, random.int(55, 65))
      const team = project.socialWorkerIds
      const leaving = workers.get(team[team.length - 1]!)!
      const replacement =
        byEmployer
          .get(project.organizationId)
          ?.find(
            (worker) =>
              !team.includes(worker.id) &&
              RANK[worker.certLevel] >= RANK[leaving.certLevel] &&
              (worker.registrationValidUntil ?? '') > today
          ) ??
        registry.socialWorkers.find(
          (worker) =>
            !team.includes(worker.id) &&
            worker.archivedAt === null &&
            RANK[worker.certLevel] >= RANK[leaving.certLevel] &&
            (worker.registrationValidUntil ?? '') > today
        )
      if (replacement) {
        const record = amendment(play, requestedOn, {
          reason: `原项目社工${leaving.name}离职，由${replacement.name}接任`,
          changes: { socialWorkerIds: [...team.slice(0, -1), replacement.id] }
        })
        approveTeamChange(play, record, addDays(requestedOn, random.int(3, 8)))
      }
    }

    recordActivities(play, startOn, terminatedOn ?? endOn)
    advance(play, 'signing', story.tranches.signing ?? '计划', addDays(signedOn, random.int(2, 6)))

    let midDoneOn: IsoDate | null = null
    const midOn = addDays(midDue, random.int(-4, 4))
    if (story.midterm === 'draft') {
      evaluate(play, '中期', upToToday(midOn), 0.85, { partial: true })
    } else if (story.midterm === 'pass') {
      midDoneOn = addDays(midOn, random.int(3, 7))
      evaluate(play, '中期', midOn, 0.8 + random.next() * 0.12, { finalizeOn: midDoneOn })
    } else if (story.midterm === 'fail') {
      evaluate(play, '中期', midOn, 0.48, { finalizeOn: addDays(midOn, random.int(3, 7)) })
    } else if (story.midterm === 'corrected') {
      midDoneOn = correctedMidterm(play, midOn, addDays(midOn, random.int(3, 5)))
    }
    if (midDoneOn && story.tranches.midterm) {
      advance(play, 'midterm', story.tranches.midterm, addDays(midDoneOn, random.int(2, 5)))
    }

    for (const due of schedule.filter((item) => item.kind === '年度')) {
      const on = addDays(due.dueOn, random.int(10, 20))
      if (on > today) continue
      evaluate(play, '年度', on, 0.82 + random.next() * 0.1, {
        finalizeOn: addDays(on, random.int(3, 6)),
        year: due.year!
      })
    }

    if (story.final === 'pass') {
      const finalOn = addDays(finalDue, random.int(-3, 3))
      const doneOn = addDays(finalOn, random.int(3, 6))
      evaluate(play, '末期', finalOn, 0.82 + random.next() * 0.12, { finalizeOn: doneOn })
      if (story.tranches.final) {
        advance(play, 'final', story.tranches.final, addDays(doneOn, random.int(2, 4)))
      }
    }

    if (story.mutual === 'final') {
      mutualEvaluation(play, 'final', addDays(endOn, random.int(2, 5)))
    } else if (story.mutual === 'oneSheet') {
      mutualEvaluation(play, 'oneSheet', addDays(today, -random.int(4, 8)))
    }

    if (story.pendingAmount) {
      const wan = yuan(10_000)
      const amountFen = Math.ceil((project.amountFen * 1.12) / wan) * wan
      amendment(play, addDays(today, -random.int(3, 8)), {
        reason: '服务对象增加，追加高龄独居老人探访 40 户，相应增加合同金额',
        changes: { amountFen }
      })
    }

    if (story.close) {
      const lastPaid = play.payments.reduce(
        (latest, payment) => (payment.paidOn && payment.paidOn > latest ? payment.paidOn : latest),
        endOn
      )
      projectStep(play, 'close', upToToday(addDays(lastPaid, random.int(5, 15))))
    }

    if (terminatedOn) {
      projectStep(play, 'terminate', terminatedOn, TERMINATION_REASON)
      let day = addDays(terminatedOn, random.int(3, 7))
      const served = daysBetween(startOn, terminatedOn) / daysBetween(startOn, endOn)
      for (const payment of play.payments) {
        if (payment.status === '已拨付') {
          const owed = Math.floor((payment.amountFen - project.amountFen * served) / yuan(100))
          if (owed <= 0) continue
          paymentStep(
            play,
            payment.no,
            'recover',
            {
              decidedOn: day,
              amountFen: Math.min(payment.amountFen, owed * yuan(100)),
              reason: '合同提前解除，按未履行的服务期追回已拨付经费'
            },
            day,
            reviewer
          )
        } else {
          paymentStep(play, payment.no, 'hold', { reason: '合同已解除，停止拨付' }, day, reviewer)
          day = upToToday(addDays(day, random.int(0, 2)))
          paymentStep(
            play,
            payment.no,
            'recover',
            { decidedOn: day, amountFen: 0, reason: '合同已解除，本期停止拨付' },
            day,
            reviewer
          )
        }
      }
    }
  }

  /** The 绩效目标表 from `templateKey`, with the activity figures' targets for `sessions`. */
  function indicatorsFor(templateKey: string, sessions: number): IndicatorNode[] {
    const template = PERFORMANCE_TEMPLATES.find((candidate) => candidate.key === templateKey)!
    const round = (value: number, step: number) => Math.max(step, Math.round(value / step) * step)
    const targets: Record<string, number> = {
      sessions,
      participants: round(sessions * 20, 50),
      volunteers: round(sessions * 2, 10),
      volunteerHours: round(sessions * 5, 10),
      communities: 1
    }
    return instantiateTemplate(template, () => random.uuid()).map((node) =>
      node.metric && node.target
        ? { ...node, target: { ...node.target, value: targets[node.metric]! } }
        : node
    )
  }

  /**
   * Last year's funded project, played from 待签约: team and 绩效目标表 set, the 资助协议
   * drafted and signed, and delivered up to today — at a point that depends on how long ago
   * 立项 was, so around new year they are young and in late autumn near their end.
   */
  function venture(project: Project): Play {
    const origin = project.origin.kind === 'venture' ? project.origin : null
    const application = registry.applications.find((row) => row.id === origin?.applicationId)
    const org = organizations.get(project.organizationId)!
    const sessions = Math.round(random.int(14, 24) * activityLoad)
    const team = application?.team.map((member) => member.socialWorkerId) ?? []
    // What the application planned, but the closing meeting: that comes at the end.
    const planned = (application?.activities ?? [])
      .map((activity) => activity.content)
      .filter((content) => !/总结|成果/.test(content))
    const play: Play = {
      project,
      org,
      partyA: `${district.district}民政局`,
      mode: '第三方评估',
      evaluators: `${district.city}${random.pick(EVALUATION_CENTRES)}社会工作评估中心（评估组：${personName(random)}、${personName(random)}）`,
      titles: planned.length > 0 ? planned : COMMON_ACTIVITIES,
      annualSessions: sessions,
      teamHistory: [],
      agreement: null,
      amendments: [],
      payments: [],
      activities: [],
      evaluations: [],
      mutual: []
    }
    const setUp = addDays(project.approvedOn, random.int(2, 6))
    touchProject(play, setUp, {
      socialWorkerIds: team,
      indicators: indicatorsFor('venture-project', sessions)
    })

    const latest = daysBetween(addDays(project.approvedOn, 15), today)
    const high = Math.min(345, latest)
    const low = Math.min(high, Math.max(40, Math.min(latest - 200, 240)))
    const elapsed = random.int(low, high)
    const startOn = addDays(today, -elapsed)
    const endOn = periodEndOn(startOn, 12)
    const signedOn = addDays(startOn, -random.int(1, 6))
    play.teamHistory.push({ from: startOn, ids: team })
    draftContract(play, addDays(setUp, random.int(1, daysBetween(setUp, signedOn))), startOn, endOn)
    sign(play, signedOn)
    const midDue = evaluationSchedule(startOn, endOn).find((due) => due.kind === '中期')!.dueOn
    const midterm = daysBetween(midDue, today) > 14 ? 'pass' : 'none'
    deliver(play, {
      elapsed,
      months: 12,
      plan: project.tranches,
      method: '公开招标',
      mode: play.mode,
      signed: true,
      tranches: {
        signing: elapsed > 30 ? '已拨付' : '已审核',
        midterm: daysBetween(midDue, today) > 40 ? '已拨付' : '可拨付'
      },
      midterm,
      final: 'none',
      template: 'common-framework-2020'
    })
    return play
  }

  /** `count` other registered service organisations, to bid against `provider`. */
  function competitors(provider: Organization, count: number): Organization[] {
    const chosen = new Set<Organization>()
    for (let tries = 0; chosen.size < count && tries < count * 20; tries += 1) {
      const org = random.pick(bidderPool)
      if (org.id !== provider.id) chosen.add(org)
    }
    return [...chosen]
  }

  /** The bidders and award of `method`, the provider winning at `amountFen`. */
  function procurement(
    method: ProcurementMethod,
    provider: Organization,
    amountFen: Fen,
    approvedOn: IsoDate,
    serial: number
  ) {
    const rule = PROCUREMENT_METHOD_RULES[method]
    const year = approvedOn.slice(0, 4)
    const number = `${district.code}${year}${String(serial + 1).padStart(4, '0')}`
    let day = addDays(approvedOn, random.int(3, 8))
    const later = (low: number, high: number) => (day = addDays(day, random.int(low, high)))
    const fields: Record<string, string> = {}
    if (method === '公开招标') {
      fields.announcementNo = `GK${number}`
      fields.noticeOn = day
      fields.openingOn = later(21, 26)
    } else if (method === '邀请招标') {
      fields.invitationOn = day
      fields.openingOn = later(21, 25)
    } else if (method === '竞争性谈判') {
      fields.announcementNo = `TP${number}`
      fields.noticeOn = day
      fields.negotiationOn = later(5, 8)
    } else if (method === '竞争性磋商') {
      fields.announcementNo = `CS${number}`
      fields.noticeOn = day
      fields.consultationOn = later(11, 14)
    } else if (method === '单一来源') {
      fields.singleSourceReason = random.pick(SINGLE_SOURCE_REASONS)
      fields.publicityOn = day
      later(4, 6)
    } else if (method === '询价') {
      fields.noticeOn = day
      fields.quoteDeadlineOn = later(4, 6)
    } else {
      fields.agreementNo = `KJXY-${Number(year) - 1}-${String(random.int(1, 20)).padStart(2, '0')}`
      fields.entryValidUntil = addDays(approvedOn, random.int(300, 400))
    }
    const awardedOn = later(1, 4)

    const count =
      rule.maxBidders === 1
        ? 0
        : rule.awardBasis === 'negotiated'
          ? random.int(1, 2)
          : random.int(2, 4)
    const winnerScore = random.int(84, 93)
    const bidder = (org: Organization, winner: boolean): Bidder => ({
      name: org.name,
      uscc: org.uscc,
      organizationId: org.id,
      quotedFen: winner
        ? amountFen
        : rule.awardBasis === 'negotiated'
          ? null
          : amountFen + yuan(random.int(2, 30) * 1000),
      score:
        rule.awardBasis === 'score'
          ? winner
            ? winnerScore
            : random.int(66, winnerScore - 2)
          : null,
      qualified: true
    })
    const bidders = random.sample(
      [bidder(provider, true), ...competitors(provider, count).map((org) => bidder(org, false))],
      count + 1
    )
    return {
      procurement: {
        method,
        fields,
        bidders,
        awardedIndex: bidders.findIndex((row) => row.organizationId === provider.id),
        awardedOn
      },
      awardedOn
    }
  }

  /** One contract of a street office, played from its procurement to today as `story` says. */
  function purchase(
    story: Story,
    serial: number,
    provider: { org: Organization; team: SocialWorker[] }
  ): Play {
    const { org } = provider
    const theme = THEMES[serial % THEMES.length]!
    const local = bySubdistrict.get(org.subdistrict) ?? []
    const served = random.sample(
      local.length > 0 ? local : registry.communities,
      random.int(1, Math.min(3, Math.max(1, local.length)))
    )
    const team = random.sample(provider.team, Math.min(3, provider.team.length))
    const senior = team.some((worker) => RANK[worker.certLevel] >= 2) ? 1 : 0
    const staffing: StaffingRequirement = [
      ...(senior ? [{ level: '社会工作师' as const, count: 1 }] : []),
      ...(team.length > senior
        ? [{ level: '助理社会工作师' as const, count: team.length - senior }]
        : [])
    ]
    const jitter = story.signed && !story.close ? random.int(-4, 4) : 0
    const elapsed = story.elapsed + jitter
    const startOn = addDays(today, -elapsed)
    const endOn = periodEndOn(startOn, story.months)
    // Unsigned: bought quickly (单一来源, 询价); the drafted one a little past the 30 days a
    // project is expected to sign in, so the list of what is due shows it.
    const approvedOn = story.signed
      ? addDays(startOn, -random.int(55, 70))
      : addDays(today, story.drafted ? -random.int(34, 40) : -random.int(20, 24))
    const amountFen = yuan(random.int(15, 48) * 10_000 * (story.months / 12))
    const { procurement: bought, awardedOn } = procurement(
      story.method,
      org,
      amountFen,
      approvedOn,
      serial
    )
    const createdOn = addDays(awardedOn, random.int(1, 3))
    const sessions = Math.round((random.int(30, 44) * activityLoad * story.months) / 12)
    // A 街道 buys through its 办事处; a town (太仓's 镇) through its government.
    const town = org.subdistrict.endsWith('镇')
    const purchaser = `${org.district}${org.subdistrict}${town ? '人民政府' : '办事处'}`
    const draft: PurchaseProjectDraft = {
      title: `${org.subdistrict}${theme.title}`,
      organizationId: org.id,
      category: theme.category,
      communityIds: served.map((community) => community.id),
      amountFen,
      approvedOn,
      startOn,
      endOn,
      socialWorkerIds: team.map((worker) => worker.id),
      tranches: story.plan.map((tranche) => ({ ...tranche })),
      indicators: indicatorsFor(story.template, sessions),
      purchase: {
        purchaser: { name: purchaser, kind: town ? '其他' : '街道办事处' },
        catalogueItemIds: theme.items.map((name) => itemsByName.get(name)!.id),
        budgetSource: weighted(random, BUDGET_SOURCES),
        procurement: bought,
        multiYearJustification: story.months > 12 ? MULTI_YEAR_REASON : null,
        staffing
      }
    }
    const checked = checkPurchaseProject(draft, {
      items: catalogueItems,
      provider: org,
      team,
      today: createdOn
    })
    const fields = unwrap(checked, draft.title)
    if (checked.ok && checked.warnings.length > 0) {
      throw new Error(`示例数据生成失败（${draft.title}）：${checked.warnings[0]!.message}`)
    }
    const createdAt = instantOn(random, createdOn)
    const project: Project = {
      id: random.uuid(),
      ...newPurchaseProject(fields),
      createdAt,
      updatedAt: createdAt,
      archivedAt: null
    }
    const play: Play = {
      project,
      org,
      partyA: purchaser,
      mode: story.mode,
      evaluators:
        story.mode === '第三方评估'
          ? `${district.city}${random.pick(EVALUATION_CENTRES)}社会工作评估中心（评估组：${personName(random)}、${personName(random)}）`
          : `${purchaser}（${reviewer}、${clerk}）`,
      titles: theme.activities,
      annualSessions: Math.round((sessions * 12) / story.months),
      teamHistory: [{ from: startOn, ids: project.socialWorkerIds }],
      agreement: null,
      amendments: [],
      payments: [],
      activities: [],
      evaluations: [],
      mutual: []
    }
    if (story.signed || story.drafted) {
      const draftedOn = story.signed
        ? addDays(createdOn, random.int(1, 3))
        : upToToday(addDays(createdOn, random.int(1, 2)))
      draftContract(play, draftedOn, startOn, endOn)
    }
    if (story.signed) {
      sign(play, addDays(startOn, -random.int(1, 4)))
      deliver(play, story)
    }
    return play
  }
}
