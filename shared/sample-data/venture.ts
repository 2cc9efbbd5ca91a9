/**
 * Sample 公益创投 data: the expert pool and three rounds of the office's yearly venture fund —
 *
 * - last year's, 已立项: every application at a final state (已立项, 未获资助, 初审未通过,
 *   已撤回), five submitted score sheets per reviewed application (an occasional 回避 replaced
 *   by another expert), the published results with a tie decided and a grant reduced by hand, an
 *   answered 公示 objection, and a 项目 with its tranche plan for every funded application;
 * - this year's, 评审中: applications in review with sheets submitted, being scored and not yet
 *   declared, a few whose review is complete, and those that fell at 初审 or were withdrawn;
 * - next year's, 征集中: the call open around today, with 草稿 (some half-finished, one returned
 *   for changes) and 已提交 applications.
 *
 * Like the incubation stays, everything is played through the app's own pure functions with each
 * step's date as "today": the round checks and ROUND_WORKFLOW's guards, checkApplicationDraft,
 * openApplication and performApplicationAction, checkEligibility at 初审, the conflict flags and
 * planAssignments for the experts, and roundResults for the published list. A step the app
 * would refuse throws, so the sample data never shows a state the app could not have reached.
 * Some experts work for sample organisations (with their USCC), so the conflict check has
 * something to flag.
 */
import type { CheckResult } from '../domain/check'
import type { Community } from '../domain/communities/community'
import { addDays, daysBetween, type IsoDate } from '../domain/dates'
import type { Evaluation } from '../domain/evaluations/evaluation'
import { yuan, type Fen } from '../domain/money'
import type { Organization } from '../domain/organizations/organization'
import type { Project } from '../domain/projects/project'
import type { SocialWorker } from '../domain/social-workers/social-worker'
import { checkTransition } from '../domain/workflow'
import {
  checkApplicationDraft,
  openApplication,
  performApplicationAction,
  type Application,
  type ApplicationAction,
  type ApplicationDraft,
  type Award,
  type Beneficiary,
  type PlannedActivity,
  type TeamMember
} from '../domain/venture/application'
import { budgetTotals, checkBudget, type BudgetLine } from '../domain/venture/budget'
import { conflictFlags } from '../domain/venture/conflict'
import { checkEligibility, type Eligibility } from '../domain/venture/eligibility'
import {
  adjustmentIssues,
  approvalRefusal,
  planTranches,
  roundResults,
  type FundingAdjustment,
  type Publicity,
  type RoundResults,
  type Tiebreak
} from '../domain/venture/results'
import { planAssignments, reviewProgress, type Review } from '../domain/venture/review'
import { checkReviewer, type Reviewer } from '../domain/venture/reviewer'
import {
  checkRound,
  copyRound,
  newRoundDraft,
  ROUND_WORKFLOW,
  type RoundAction,
  type RoundContext,
  type RoundFields,
  type Timeline,
  type VentureRound
} from '../domain/venture/round'
import type { ReviewCriterion, ScoreSheet } from '../domain/venture/scoring'
import { pinyinKeys } from '../text/pinyin'
import { instantOn, personName, weighted } from './common'
import type { Random } from './random'

export interface SampleVenture {
  reviewers: Reviewer[]
  ventureRounds: VentureRound[]
  applications: Application[]
  reviews: Review[]
  projects: Project[]
}

/** The registry the applications draw on. */
export interface VentureRegistry {
  organizations: readonly Organization[]
  communities: readonly Community[]
  socialWorkers: readonly SocialWorker[]
  /** 定稿 assessments that did not pass bar an organisation at 初审 (eligibility.ts). */
  evaluations: readonly Evaluation[]
}

/** What happens to one application. */
type Fate =
  /** Last year: reviewed, then funded or not as the results say. */
  | 'reviewed'
  /** This year: every sheet in, 完成评审 done. */
  | 'reviewDone'
  /** This year: sheets submitted, being scored and not yet declared. */
  | 'inReview'
  | 'screenFail'
  | 'withdrawDraft'
  | 'withdrawSubmitted'
  | 'withdrawScreened'
  /** Next year: a 草稿, complete or half-finished, or returned for changes after submitting. */
  | 'draft'
  | 'draftIncomplete'
  | 'reopened'
  | 'submitted'

type Mix = ReadonlyArray<readonly [Fate, number]>

/** Each round's spread of fates, most important first (a very small round takes the first few). */
const LAST_MIX: Mix = [
  ['reviewed', 0.7],
  ['screenFail', 0.12],
  ['withdrawSubmitted', 0.06],
  ['withdrawScreened', 0.06],
  ['withdrawDraft', 0.06]
]
const CURRENT_MIX: Mix = [
  ['inReview', 0.5],
  ['reviewDone', 0.2],
  ['screenFail', 0.12],
  ['withdrawSubmitted', 0.06],
  ['withdrawScreened', 0.06],
  ['withdrawDraft', 0.06]
]
const NEXT_MIX: Mix = [
  ['submitted', 0.5],
  ['draft', 0.3],
  ['draftIncomplete', 0.15],
  ['reopened', 0.05]
]

/** Fates that go through a passed 初审, and so need an eligible organisation. */
const SCREENED_IN: readonly Fate[] = ['reviewed', 'reviewDone', 'inReview', 'withdrawScreened']
/** Fates decided at 初审 at all. */
const SCREENED: readonly Fate[] = [...SCREENED_IN, 'screenFail']

/** Experts per application (five, so the trimmed mean drops one highest and one lowest). */
const PER_APPLICATION = 5

/** How often each track is applied to. */
const TRACK_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['elderly', 0.3],
  ['youth', 0.22],
  ['governance', 0.2],
  ['disability', 0.14],
  ['environment', 0.14]
]

/** Tracks with a budget of their own, as a share of the pool in percent; the rest share it. */
const TRACK_BUDGET_PERCENT: Readonly<Record<string, number>> = { elderly: 30, environment: 15 }

interface TrackText {
  titles: readonly string[]
  beneficiaries: ReadonlyArray<readonly [string, number, number]>
  /** What the project answers, and what it sets out to do about it, pair by pair. */
  problems: readonly ((community: string) => string)[]
  objectives: readonly string[]
  activities: readonly string[]
  activityItem: string
  supplyItem: string
}

const TRACK_TEXT: Readonly<Record<string, TrackText>> = {
  elderly: {
    titles: [
      '「银龄守护」独居老人关爱项目',
      '「时间银行」互助养老服务项目',
      '高龄老人居家安全改造计划',
      '「乐龄课堂」老年人智能手机培训项目',
      '失能老人家庭照护者支持计划',
      '「邻里饭桌」社区助餐服务项目',
      '认知症友好社区建设项目'
    ],
    beneficiaries: [
      ['独居老人', 20, 80],
      ['高龄老人', 30, 150],
      ['老年人家属', 20, 60],
      ['低龄老年志愿者', 15, 40]
    ],
    problems: [
      (c) =>
        `${c}60 岁以上老年人占常住人口近三成，独居、空巢老人比例逐年上升。走访发现，部分老人日常缺少照应，突发疾病时难以及时求助，精神慰藉需求也较为突出。`,
      (c) =>
        `${c}老旧小区多，高龄老人居家跌倒风险高；子女多在外地工作，老人对智能手机、线上挂号等数字化服务普遍不适应，生活便利受到影响。`
    ],
    objectives: [
      '建立独居老人定期探访和紧急联络机制，培育一支稳定的低龄老人互助志愿者队伍，提升老人生活质量和安全感。',
      '为社区高龄老人提供居家安全评估和适老化改造指导，开展数字技能培训，帮助老人跨越“数字鸿沟”。'
    ],
    activities: [
      '开展社区老年人需求摸底调研，建立服务档案',
      '招募培训低龄老人互助志愿者',
      '组织独居老人定期上门探访',
      '举办智能手机使用课堂',
      '开展居家安全评估与适老化改造指导',
      '举办重阳节敬老主题活动',
      '组织老年人健康讲座与义诊',
      '召开项目总结分享会'
    ],
    activityItem: '助老活动组织费',
    supplyItem: '助老服务物资包'
  },
  disability: {
    titles: [
      '「阳光家园」残障人士社区康复项目',
      '心智障碍青年就业辅导计划',
      '「同行」残障儿童家庭喘息服务项目',
      '社区无障碍环境倡导与改造项目',
      '残障人士手工技能培训与展销项目'
    ],
    beneficiaries: [
      ['残障人士', 15, 60],
      ['残障儿童家庭', 10, 40],
      ['心智障碍青年', 8, 25]
    ],
    problems: [
      (c) =>
        `${c}持证残障人士中，多数居家生活，社区康复资源不足，参与社区活动的机会少，家庭照护压力大。`,
      (c) =>
        `${c}心智障碍青年毕业后缺少就业支持，长期居家导致社会交往能力退化，家长普遍担忧其未来生活。`
    ],
    objectives: [
      '为社区残障人士提供康复训练和社会融合活动，减轻家庭照护负担，推动社区无障碍环境建设。',
      '通过职业技能培训和支持性就业辅导，帮助心智障碍青年获得实习或就业机会。'
    ],
    activities: [
      '开展残障人士家庭需求评估',
      '组织社区康复训练小组',
      '举办残障人士手工技能培训',
      '为照护家庭提供喘息服务',
      '组织社区融合游园活动',
      '对接爱心企业开展就业见习',
      '开展无障碍设施社区巡查倡导',
      '召开项目总结分享会'
    ],
    activityItem: '康复及融合活动组织费',
    supplyItem: '康复训练及手工材料'
  },
  youth: {
    titles: [
      '「四点半课堂」课后托管服务项目',
      '流动儿童社会融入支持计划',
      '青少年心理健康同伴支持项目',
      '「小小议事员」儿童参与社区治理项目',
      '困境青少年成长陪伴计划'
    ],
    beneficiaries: [
      ['中小学生', 40, 150],
      ['流动儿童', 20, 80],
      ['困境青少年', 10, 30],
      ['学生家长', 20, 80]
    ],
    problems: [
      (c) =>
        `${c}双职工家庭和流动人口家庭较多，放学后至家长下班前的时段儿童无人看护，课业辅导和安全问题突出。`,
      (c) => `${c}部分青少年面临学业压力和亲子沟通困难，社区缺少专业的心理支持和同伴交流平台。`
    ],
    objectives: [
      '为社区儿童提供安全的课后托管和学业辅导，培养良好学习习惯，减轻家长负担。',
      '建立青少年同伴支持小组，提升青少年情绪管理和人际交往能力，改善亲子关系。'
    ],
    activities: [
      '开展青少年及家庭需求调研',
      '开设四点半课堂课后托管',
      '组织青少年成长小组活动',
      '举办亲子沟通工作坊',
      '开展暑期安全教育与夏令营',
      '组织儿童议事会参与社区议题',
      '招募培训大学生志愿者',
      '召开项目成果展示会'
    ],
    activityItem: '课程及成长小组活动费',
    supplyItem: '学习及活动用品'
  },
  governance: {
    titles: [
      '「楼道议事会」居民自治培育项目',
      '老旧小区加装电梯协商议事项目',
      '社区志愿服务积分体系建设项目',
      '「邻里守望」楼栋长能力建设项目',
      '社区公共空间微更新参与式设计项目'
    ],
    beneficiaries: [
      ['社区居民', 100, 600],
      ['楼栋长及居民骨干', 15, 50],
      ['社区志愿者', 20, 80]
    ],
    problems: [
      (c) =>
        `${c}老旧小区物业管理缺位，公共事务长期无人牵头，居民参与社区事务的渠道少、积极性不高。`,
      (c) => `${c}加装电梯、停车管理等公共议题分歧较大，缺少规范的协商议事程序，矛盾容易激化。`
    ],
    objectives: [
      '培育楼道议事会和居民骨干，建立“有事好商量”的协商议事机制，提升居民自治能力。',
      '建立社区志愿服务积分体系，激励居民参与社区公共事务，营造共建共治共享氛围。'
    ],
    activities: [
      '开展社区公共议题调研',
      '组建楼道议事会并开展议事规则培训',
      '召开居民协商议事会',
      '开展楼栋长能力建设培训',
      '推行志愿服务积分兑换',
      '组织公共空间微更新参与式设计',
      '举办邻里节活动',
      '召开项目总结评议会'
    ],
    activityItem: '议事协商会议组织费',
    supplyItem: '议事会物资及文具'
  },
  environment: {
    titles: [
      '垃圾分类「绿色账户」推广项目',
      '「家庭阳台」社区微菜园项目',
      '社区河道守护志愿行动',
      '「旧物新生」社区循环市集项目',
      '低碳家庭创建行动'
    ],
    beneficiaries: [
      ['社区居民', 150, 800],
      ['环保志愿者', 20, 60],
      ['社区家庭', 50, 200]
    ],
    problems: [
      (c) => `${c}垃圾分类投放准确率不高，居民分类知识和习惯仍需培养，厨余垃圾混投现象较为普遍。`,
      (c) =>
        `${c}居民环保意识逐步增强，但缺少参与渠道，闲置物品浪费、公共绿地缺乏维护等问题较突出。`
    ],
    objectives: [
      '通过绿色账户积分激励和入户宣传，提高垃圾分类投放准确率，培育社区环保志愿者队伍。',
      '组织居民参与社区微菜园和循环市集，倡导低碳生活方式，改善社区环境。'
    ],
    activities: [
      '开展垃圾分类现状调研',
      '招募培训环保志愿者',
      '开展垃圾分类入户宣传',
      '组织旧物交换循环市集',
      '开展社区微菜园共建活动',
      '组织河道巡护志愿行动',
      '评选低碳示范家庭',
      '召开项目总结分享会'
    ],
    activityItem: '环保宣传活动组织费',
    supplyItem: '分类垃圾桶及环保物资'
  }
}

/** Where a track's key is not one of the defaults (it always is here), fall back to these. */
const FALLBACK_TEXT = TRACK_TEXT.governance!

const TEAM_ROLES = ['项目负责人', '项目社工', '督导', '项目助理'] as const

const WITHDRAW_REASONS = [
  '机构负责人变动，暂无力执行项目',
  '项目已获得其他渠道资金支持',
  '项目合作社区调整，申报内容需重新设计',
  '机构人手不足，决定暂缓申报'
]
const REOPEN_REASONS = [
  '预算明细与项目活动不对应，请补充后重新提交',
  '服务对象人数与需求分析不一致'
]
const SCREEN_PASS_NOTES = ['材料齐全，符合申报条件', '资格审查通过', null]

const RECUSAL_NOTES = [
  '曾为该机构开展督导培训，申请回避',
  '与该机构负责人为亲属关系',
  '本人担任该机构理事',
  '近两年曾为该机构提供财务咨询服务'
]
const REOPEN_REVIEW_REASONS = [
  '评审意见与“预算合理性”得分不一致，请核对后重新提交',
  '漏看了申报书附件中的配套资金证明，请重新评分'
]
const COMMENTS: Readonly<Record<'high' | 'mid' | 'low', readonly string[]>> = {
  high: [
    '需求分析扎实，活动设计与目标衔接紧密，团队有同类项目经验，建议资助。',
    '项目创新性强，社区参与度高，成效指标清晰可测。',
    '预算编制合理，配套资金落实，执行计划可行。'
  ],
  mid: [
    '项目设计基本合理，建议细化成效指标和评估方式。',
    '需求调研较充分，但活动安排偏多，建议聚焦重点服务。',
    '团队能力尚可，建议加强专业督导和志愿者培训。'
  ],
  low: [
    '需求调研不足，目标与活动关联性不强。',
    '预算中人员费占比偏高，部分支出缺少测算依据。',
    '执行团队经验不足，项目可持续性有待加强。'
  ]
}

const OBJECTION = {
  content: '对本单位项目的评审得分有异议，认为“需求分析”一项评分偏低，申请复核。',
  response: '经评审组复核各专家评分表，评分程序符合规定，评分依据充分，维持原评审结果。'
}

interface ReviewerUnit {
  affiliation: string | null
  titles: readonly string[]
  expertise: readonly string[]
}

/** Where the pool's experts work; null: an independent expert. */
const REVIEWER_UNITS: readonly ReviewerUnit[] = [
  {
    affiliation: '市委党校公共管理教研部',
    titles: ['教授', '副教授'],
    expertise: ['社区治理', '项目管理']
  },
  {
    affiliation: '城市职业技术学院社会工作系',
    titles: ['副教授', '讲师'],
    expertise: ['社会工作督导', '青少年服务', '为老服务']
  },
  {
    affiliation: '市社会工作协会',
    titles: ['高级社会工作师', '副秘书长'],
    expertise: ['社会工作督导', '助残服务']
  },
  { affiliation: '市慈善总会', titles: ['项目部部长'], expertise: ['项目管理', '公益慈善'] },
  { affiliation: '信诚会计师事务所', titles: ['注册会计师'], expertise: ['财务管理'] },
  { affiliation: '明正律师事务所', titles: ['律师'], expertise: ['法律'] },
  { affiliation: '市环境科学学会', titles: ['高级工程师'], expertise: ['环境保护'] },
  { affiliation: '区残疾人联合会', titles: ['康复指导员'], expertise: ['助残服务'] },
  {
    affiliation: null,
    titles: ['高级社会工作师', '资深督导'],
    expertise: ['社会工作督导', '为老服务']
  }
]
const REVIEWER_NOTES = ['仅可参加周末评审', '退休前任区民政局社会组织科科长', '可参加现场答辩评审']
const CATEGORY_EXPERTISE: Readonly<Record<string, string>> = {
  为老服务: '为老服务',
  助残服务: '助残服务',
  青少年服务: '青少年服务',
  社区治理: '社区治理',
  环境保护: '环境保护'
}

function unwrap<T>(result: CheckResult<T>, what: string): T {
  if (!result.ok) {
    throw new Error(
      `示例数据生成失败（${what}）：${result.issues.map((i) => i.message).join('；')}`
    )
  }
  return result.value
}

function mobile(random: Random): string {
  return `1${random.pick(['3', '5', '7', '8', '9'])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`
}

/** A day from `from` to `to` (or `from` when `to` is earlier). */
function dayBetween(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  return to <= from ? from : addDays(from, random.int(0, daysBetween(from, to)))
}

/** `YYYY-MM` `count` months after `month`. */
function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The fates of `count` applications: the mix, each at least once when there is room. */
function fates(count: number, mix: Mix): Fate[] {
  if (count < mix.length) return mix.slice(0, count).map(([fate]) => fate)
  const quotas = mix.map(([fate, share]) => [fate, Math.max(1, Math.round(count * share))] as const)
  const counts = new Map(quotas)
  let total = quotas.reduce((sum, [, n]) => sum + n, 0)
  while (total > count) {
    const [largest] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!
    counts.set(largest, counts.get(largest)! - 1)
    total -= 1
  }
  counts.set(mix[0]![0], counts.get(mix[0]![0])! + count - total)
  return [...counts.entries()].flatMap(([fate, n]) => Array.from({ length: n }, () => fate))
}

/** A round's timeline from day offsets around `today`, in TIMELINE_STEPS order. */
function timelineAround(today: IsoDate, offsets: readonly number[]): Timeline {
  const [open, deadline, screening, review, pubStart, pubEnd, approval, signing] = offsets.map(
    (days) => addDays(today, days)
  ) as [IsoDate, IsoDate, IsoDate, IsoDate, IsoDate, IsoDate, IsoDate, IsoDate]
  return {
    callOpensOn: open,
    deadlineOn: deadline,
    screeningOn: screening,
    reviewOn: review,
    publicityStartsOn: pubStart,
    publicityEndsOn: pubEnd,
    approvalOn: approval,
    signingOn: signing
  }
}

/** The pool and the track budgets that go with it, in whole 万元. */
function withPool(fields: RoundFields, poolFen: Fen): RoundFields {
  const wan = yuan(10_000)
  const pool = Math.max(wan, Math.floor(poolFen / wan) * wan)
  return {
    ...fields,
    fundPoolFen: pool,
    tracks: fields.tracks.map((track) => {
      const percent = TRACK_BUDGET_PERCENT[track.key]
      return {
        ...track,
        budgetFen: percent ? Math.floor((pool * percent) / 100 / wan) * wan : null
      }
    })
  }
}

interface Planned {
  fate: Fate
  org: Organization
  /** 初审 date, for the fates that reach it. */
  screenedOn: IsoDate | null
  eligibility: Eligibility | null
  application: Application | null
  /** How good the proposal is, 0–1: where the experts' scores centre. */
  quality: number
}

interface RoundState {
  round: VentureRound
  planned: Planned[]
}

/**
 * Three rounds of `perRound` applications each (fewer when the registry runs out of suitable
 * organisations), the expert pool, the reviews and last year's projects. Nothing when
 * `perRound` is 0.
 */
export function generateVenture(
  random: Random,
  registry: VentureRegistry,
  perRound: number,
  today: IsoDate
): SampleVenture {
  const result: SampleVenture = {
    reviewers: [],
    ventureRounds: [],
    applications: [],
    reviews: [],
    projects: []
  }
  if (perRound <= 0) return result

  const year = Number(today.slice(0, 4))
  const staff = [personName(random), personName(random)]
  const operator = () => random.pick(staff)
  const communities = new Map(registry.communities.map((community) => [community.id, community]))
  const workersByEmployer = new Map<string, SocialWorker[]>()
  const workersByCommunity = new Map<string, SocialWorker[]>()
  for (const worker of registry.socialWorkers) {
    if (worker.archivedAt !== null) continue
    if (worker.employerId) {
      workersByEmployer.set(worker.employerId, [
        ...(workersByEmployer.get(worker.employerId) ?? []),
        worker
      ])
    }
    for (const id of worker.communityIds) {
      workersByCommunity.set(id, [...(workersByCommunity.get(id) ?? []), worker])
    }
  }
  const failedEvaluations = new Map<string, { on: IsoDate; what: string }[]>()
  for (const evaluation of registry.evaluations) {
    if (evaluation.archivedAt !== null || evaluation.status !== '定稿') continue
    if (evaluation.passed !== false) continue
    failedEvaluations.set(evaluation.organizationId, [
      ...(failedEvaluations.get(evaluation.organizationId) ?? []),
      { on: evaluation.evaluatedOn, what: `${evaluation.kind}评估` }
    ])
  }
  const live = registry.organizations.filter(
    (org) => org.registrationStatus !== '注销' && org.archivedAt === null
  )

  // The rules: last year's round as an office would set it up, copied forward each year.
  const base = newRoundDraft(year - 1, yuan(10_000))
  const lastRules: RoundFields = {
    ...base,
    name: `${year - 1} 年度社区公益创投`,
    budgetRules: {
      ...base.budgetRules,
      perProjectCapFen: yuan(150_000),
      categoryCaps: [{ category: '管理费', maxSharePercent: 10 }]
    },
    aggregation: 'trimmed-mean'
  }
  const currentRules: RoundFields = {
    ...copyRound(lastRules, year),
    timeline: timelineAround(today, [-80, -50, -38, 6, 18, 24, 32, 45])
  }
  const nextRules: RoundFields = {
    ...copyRound(currentRules, year + 1),
    timeline: timelineAround(today, [-14, 21, 30, 45, 58, 64, 72, 85])
  }

  const last = plan(lastRules, fates(perRound, LAST_MIX))
  const current = plan(currentRules, fates(perRound, CURRENT_MIX))
  const next = plan(nextRules, fates(perRound, NEXT_MIX))

  // Last year's pool funds about three in five of what the reviewed applications ask for (and
  // at least one project at the cap); it grows by a tenth.
  const asked = last
    .filter((entry) => entry.fate === 'reviewed')
    .reduce((sum, entry) => sum + entry.application!.requestedFen, 0)
  const lastPool = Math.max(lastRules.budgetRules.perProjectCapFen, Math.floor(asked * 0.6))
  const rounds: [RoundFields, Planned[], Fen][] = [
    [lastRules, last, lastPool],
    [currentRules, current, lastPool * 1.1],
    [nextRules, next, lastPool * 1.1]
  ]

  result.reviewers = reviewers(lastRules.timeline.callOpensOn, last, current)

  const states: RoundState[] = rounds.map(([rules, planned, poolFen]) => {
    const fields = unwrap(checkRound(withPool(rules, poolFen)), rules.name)
    const createdAt = instantOn(random, addDays(fields.timeline.callOpensOn, -random.int(10, 30)))
    const round: VentureRound = {
      id: random.uuid(),
      ...fields,
      status: ROUND_WORKFLOW.initial,
      tiebreaks: [],
      adjustments: [],
      publicity: null,
      events: [],
      createdAt,
      updatedAt: createdAt,
      archivedAt: null
    }
    return { round, planned }
  })

  for (const state of states) {
    play(state)
    result.ventureRounds.push(state.round)
    result.applications.push(...state.planned.map((entry) => entry.application!))
  }
  return result

  /**
   * Picks an organisation, a track and the content for each fate. Organisations apply once per
   * round; whoever must pass 初审 is eligible on the day it is decided, whoever fails it is not.
   */
  function plan(rules: RoundFields, roundFates: Fate[]): Planned[] {
    const pool = random.sample(live, live.length)
    const used = new Set<string>()
    const titles = new Set<string>()
    const closeDay = addDays(rules.timeline.deadlineOn, 1)
    const planned: Planned[] = []
    // Every track once (as far as the round reaches), then as often as offices see them.
    const deck = random.sample(
      rules.tracks.map((track) => track.key),
      rules.tracks.length
    )
    for (const fate of random.sample(roundFates, roundFates.length)) {
      const track = deck.shift() ?? weighted(random, TRACK_WEIGHTS)
      const screenedOn = SCREENED.includes(fate)
        ? dayBetween(random, closeDay, rules.timeline.screeningOn)
        : null
      let chosen: { org: Organization; eligibility: Eligibility | null } | null = null
      for (const org of pool) {
        if (used.has(org.id)) continue
        if (org.establishedOn && org.establishedOn > rules.timeline.callOpensOn) continue
        if (screenedOn === null) {
          chosen = { org, eligibility: null }
          break
        }
        const eligibility = checkEligibility(
          {
            organization: org,
            failedEvaluations: (failedEvaluations.get(org.id) ?? []).filter(
              (evaluation) => evaluation.on <= screenedOn
            ),
            otherApplications: [],
            track
          },
          rules.eligibility,
          screenedOn
        )
        if (eligibility.eligible === (fate !== 'screenFail')) {
          chosen = { org, eligibility }
          break
        }
      }
      if (!chosen) continue
      used.add(chosen.org.id)
      const draft = content(rules, chosen.org, track, fate !== 'draftIncomplete', titles)
      const createdDay = dayBetween(
        random,
        rules.timeline.callOpensOn,
        minDate(addDays(rules.timeline.deadlineOn, -6), addDays(today, -5))
      )
      const checked = unwrap(
        checkApplicationDraft(draft, rules, createdDay),
        `${chosen.org.name} 的申报书`
      )
      const createdAt = instantOn(random, createdDay, 2, 4)
      planned.push({
        fate,
        org: chosen.org,
        screenedOn,
        eligibility: chosen.eligibility,
        quality: 0.55 + random.next() * 0.38,
        application: {
          id: random.uuid(),
          ...openApplication(checked),
          createdAt,
          updatedAt: createdAt,
          archivedAt: null
        }
      })
    }
    return planned
  }

  function content(
    rules: RoundFields,
    org: Organization,
    track: string,
    complete: boolean,
    titles: Set<string>
  ): ApplicationDraft {
    const text = TRACK_TEXT[track] ?? FALLBACK_TEXT
    const served = random.sample(
      org.communityIds,
      random.int(1, Math.min(2, org.communityIds.length))
    )
    const home = communities.get(served[0]!)?.name ?? ''
    let title = ''
    for (const template of random.sample(text.titles, text.titles.length)) {
      if (!titles.has(`${home}${template}`)) {
        title = `${home}${template}`
        break
      }
    }
    if (title === '') title = `${org.name.slice(0, 30)}${random.pick(text.titles)}`
    titles.add(title)

    const beneficiaries: Beneficiary[] = random
      .sample(text.beneficiaries, random.int(1, Math.min(3, text.beneficiaries.length)))
      .map(([type, low, high]) => ({ type, count: random.int(low, high) }))

    // Monthly activities from the month after signing, within the round's year and the next.
    const first = addMonths(rules.timeline.signingOn.slice(0, 7), 1)
    const start = first < `${rules.year}-01` ? `${rules.year}-01` : first
    const activities: PlannedActivity[] = []
    // The survey first and the closing meeting last; a few of the steps between, in plan order.
    const middle = text.activities.slice(1, -1)
    const steps = random
      .sample(middle, random.int(4, 6))
      .sort((a, b) => middle.indexOf(a) - middle.indexOf(b))
    const plannedSteps = [text.activities[0]!, ...steps, text.activities.at(-1)!]
    let month = start
    for (const step of plannedSteps) {
      if (month > `${rules.year + 1}-12`) break
      activities.push({ month, content: step })
      month = addMonths(month, random.int(1, 2))
    }

    const nearby = served.flatMap((id) => workersByCommunity.get(id) ?? [])
    const candidates = workersByEmployer.get(org.id) ?? []
    const workers = random.sample(
      candidates.length > 0 ? candidates : nearby.length > 0 ? nearby : registry.socialWorkers,
      random.int(1, 3)
    )
    const team: TeamMember[] = [...new Set(workers)].map((worker, index) => ({
      socialWorkerId: worker.id,
      role: TEAM_ROLES[Math.min(index, TEAM_ROLES.length - 1)]!
    }))

    const focus = random.int(0, text.problems.length - 1)
    const money = complete
      ? budget(rules, text)
      : { budgetLines: [] as BudgetLine[], requestedFen: 0, matchingFen: 0 }
    return {
      // The round gets its id once every round's rules are settled (see play).
      roundId: 'planned',
      organizationId: org.id,
      title,
      track,
      communityIds: served,
      needIds: [],
      beneficiaries,
      problem: text.problems[focus]!(home),
      objectives: text.objectives[focus]!,
      activities: complete ? activities : [],
      team,
      ...money,
      contactName: org.contactName,
      contactPhone: org.contactPhone ?? org.legalRepPhone
    }
  }

  /** Lines priced the way a budget table is, asking 45–60 % of the total, within the cap. */
  function budget(rules: RoundFields, text: TrackText) {
    const size = random.pick([1, 1.5, 2, 3])
    const lines: BudgetLine[] = [
      {
        category: '人员费',
        item: '项目社工补贴',
        unitPriceFen: yuan(random.pick([2500, 3000, 3500])),
        quantity: random.int(6, 10) * size,
        note: '按人月计'
      },
      {
        category: '人员费',
        item: '专业督导费',
        unitPriceFen: yuan(random.pick([500, 800])),
        quantity: random.int(6, 12),
        note: null
      },
      {
        category: '活动费',
        item: text.activityItem,
        unitPriceFen: yuan(random.int(8, 20) * 100),
        quantity: Math.round(random.int(6, 12) * size),
        note: '按场次计'
      },
      {
        category: '物资费',
        item: text.supplyItem,
        unitPriceFen: yuan(random.int(3, 15) * 10),
        quantity: Math.round(random.int(5, 20) * 10 * size),
        note: null
      },
      {
        category: '宣传费',
        item: '宣传折页及展板制作',
        unitPriceFen: yuan(random.int(15, 40) * 100),
        quantity: 1,
        note: null
      }
    ]
    if (random.chance(0.5)) {
      lines.push({
        category: '交通费',
        item: '志愿者交通补贴',
        unitPriceFen: yuan(random.pick([20, 30, 50])),
        quantity: random.int(5, 15) * 10,
        note: '按人次计'
      })
    }
    if (random.chance(0.3)) {
      lines.push({
        category: '场地费',
        item: '活动场地租用',
        unitPriceFen: yuan(random.int(3, 8) * 100),
        quantity: random.int(4, 10),
        note: null
      })
    }
    const others = budgetTotals(lines).totalFen
    lines.push({
      category: '管理费',
      item: '项目管理费',
      unitPriceFen: Math.round((others * random.int(5, 8)) / 100 / 100) * 100,
      quantity: 1,
      note: null
    })
    const totalFen = budgetTotals(lines).totalFen
    const thousand = yuan(1000)
    const requestedFen = Math.min(
      rules.budgetRules.perProjectCapFen,
      Math.floor((totalFen * random.int(45, 60)) / 100 / thousand) * thousand
    )
    const plan = { lines, requestedFen, matchingFen: totalFen - requestedFen }
    const issues = checkBudget(plan, rules.budgetRules)
    if (issues.length > 0) {
      throw new Error(`示例数据生成失败（预算）：${issues.map((i) => i.message).join('；')}`)
    }
    return { budgetLines: lines, requestedFen, matchingFen: plan.matchingFen }
  }

  /**
   * The pool: experts from fixed kinds of workplace, plus a few who work for organisations
   * that apply (with the organisation's USCC), whom the conflict check keeps off those
   * applications.
   */
  function reviewers(
    before: IsoDate,
    lastYear: readonly Planned[],
    thisYear: readonly Planned[]
  ): Reviewer[] {
    const count = Math.min(80, Math.max(7, Math.round(perRound * 0.95)))
    const insiders = (entries: readonly Planned[]) =>
      entries
        .filter((entry) => SCREENED_IN.includes(entry.fate) && entry.org.uscc !== null)
        .map((entry) => entry.org)
    // At least one works for an organisation in this year's review, where assigning shows it.
    const [first] = random.sample(insiders(thisYear), 1)
    const others = [...new Set([...insiders(lastYear), ...insiders(thisYear)])].filter(
      (org) => org !== first
    )
    const affiliated = [
      ...(first ? [first] : []),
      ...random.sample(others, Math.max(1, Math.round(count * 0.2)) - (first ? 1 : 0))
    ]
    const pool: Reviewer[] = []
    // The insiders at random places in the pool, not all at its head.
    const order = random.sample(
      Array.from({ length: count }, (_, index) => index),
      count
    )
    for (const index of order) {
      const insider = index < affiliated.length ? affiliated[index]! : null
      const unit = REVIEWER_UNITS[index % REVIEWER_UNITS.length]!
      const expertise = insider
        ? [CATEGORY_EXPERTISE[insider.category] ?? '社会工作督导', '项目管理']
        : random.sample(unit.expertise, random.int(1, unit.expertise.length))
      const draft = {
        name: personName(random),
        affiliation: insider ? insider.name : unit.affiliation,
        affiliationUscc: insider ? insider.uscc : null,
        title: insider ? random.pick(['项目总监', '督导', '副主任']) : random.pick(unit.titles),
        expertise: [...new Set(expertise)],
        phone: random.chance(0.9) ? mobile(random) : null,
        note: insider
          ? '所在机构参与公益创投申报，评审时须回避本机构项目'
          : random.chance(0.3)
            ? random.pick(REVIEWER_NOTES)
            : null
      }
      const fields = unwrap(checkReviewer(draft), `评审专家 ${draft.name}`)
      const createdAt = instantOn(random, addDays(before, -random.int(20, 200)))
      pool.push({
        id: random.uuid(),
        ...fields,
        ...pinyinKeys(fields.name),
        createdAt,
        updatedAt: createdAt,
        archivedAt: null
      })
    }
    return pool
  }

  /** Takes one step of the round's workflow at `at`. */
  function roundStep(
    round: VentureRound,
    action: RoundAction,
    context: Partial<RoundContext>,
    at: string
  ): void {
    const check = checkTransition(ROUND_WORKFLOW, round.status, action, {
      today: at.slice(0, 10),
      submitted: 0,
      screenedIn: 0,
      unscreened: 0,
      resultBlockers: [],
      approvalRefusal: null,
      ...context
    })
    if (!check.ok) throw new Error(`示例数据生成失败（${round.name}：${action}）：${check.message}`)
    round.events.push({ action, from: round.status, to: check.to, at, operator: operator() })
    round.status = check.to
    round.updatedAt = at
  }

  /** Takes `action` on the planned application on `day`, at `at`. */
  function act(
    round: VentureRound,
    entry: Planned,
    action: ApplicationAction,
    input: unknown,
    at: string,
    extra: { eligibility?: Eligibility | null; reviewsComplete?: boolean; award?: Award } = {}
  ): void {
    const application = entry.application!
    const next = unwrap(
      performApplicationAction(application, action, input, {
        round,
        today: at.slice(0, 10),
        eligibility: extra.eligibility ?? null,
        reviewsComplete: extra.reviewsComplete ?? false,
        award: extra.award,
        at,
        operator: operator()
      }),
      `${application.title}：${action}`
    )
    entry.application = { ...next, updatedAt: at }
  }

  function play({ round, planned }: RoundState): void {
    const { timeline } = round
    // Fix the ids first: the applications were planned before the round existed.
    for (const entry of planned) entry.application = { ...entry.application!, roundId: round.id }
    const collecting = round === states[2]!.round

    roundStep(round, 'open', {}, instantOn(random, timeline.callOpensOn, 1, 1))
    const submitBy = minDate(timeline.deadlineOn, today)
    for (const entry of planned) {
      const created = entry.application!.createdAt.slice(0, 10)
      if (entry.fate === 'draft' || entry.fate === 'draftIncomplete') continue
      if (entry.fate === 'withdrawDraft') {
        act(
          round,
          entry,
          'withdraw',
          { reason: random.pick(WITHDRAW_REASONS) },
          at(created, submitBy, 5, 8)
        )
        continue
      }
      const submitted = at(addDays(created, 1), addDays(submitBy, -2), 5, 8)
      act(round, entry, 'submit', {}, submitted)
      if (entry.fate === 'reopened') {
        act(
          round,
          entry,
          'reopen',
          { reason: random.pick(REOPEN_REASONS) },
          at(addDays(submitted.slice(0, 10), 1), submitBy, 2, 8)
        )
      } else if (entry.fate === 'withdrawSubmitted') {
        act(
          round,
          entry,
          'withdraw',
          { reason: random.pick(WITHDRAW_REASONS) },
          at(addDays(submitted.slice(0, 10), 1), submitBy, 5, 8)
        )
      }
    }
    if (collecting) return

    const closeDay = addDays(timeline.deadlineOn, 1)
    roundStep(
      round,
      'close',
      { submitted: planned.filter((entry) => entry.application!.status === '已提交').length },
      instantOn(random, closeDay, 1, 1)
    )
    for (const entry of planned) {
      if (entry.screenedOn === null) continue
      const decided = instantOn(random, entry.screenedOn, 2, 5)
      if (entry.fate === 'screenFail') {
        const failed = entry.eligibility!.checks.filter((check) => !check.passed)
        act(
          round,
          entry,
          'screenFail',
          { reason: failed.map((check) => check.reason).join('；') },
          decided,
          {
            eligibility: entry.eligibility
          }
        )
      } else {
        act(round, entry, 'screenPass', { note: random.pick(SCREEN_PASS_NOTES) }, decided, {
          eligibility: entry.eligibility
        })
      }
      if (entry.fate === 'withdrawScreened') {
        act(
          round,
          entry,
          'withdraw',
          { reason: random.pick(WITHDRAW_REASONS) },
          instantOn(random, timeline.screeningOn, 7, 9)
        )
      }
    }

    const inReview = planned.filter((entry) => entry.application!.status === '初审通过')
    const startDay = addDays(timeline.screeningOn, 1)
    const started = instantOn(random, startDay, 1, 1)
    roundStep(round, 'startReview', { screenedIn: inReview.length }, started)
    for (const entry of inReview) act(round, entry, 'startReview', {}, started)

    const isLast = round === states[0]!.round
    const reviewEnd = isLast ? addDays(timeline.reviewOn, -1) : today
    const reviews = assignAndScore(round, inReview, startDay, reviewEnd)
    result.reviews.push(...reviews)
    const reviewsOf = (entry: Planned) =>
      reviews.filter((review) => review.applicationId === entry.application!.id)

    if (!isLast) {
      // 完成评审 as the last sheet comes in, as the reviews repository does.
      for (const entry of inReview.filter((candidate) => candidate.fate === 'reviewDone')) {
        const sheets = reviewsOf(entry)
        const lastDay = sheets.reduce(
          (latest, review) => (review.updatedAt > latest ? review.updatedAt : latest),
          ''
        )
        act(
          round,
          entry,
          'completeReview',
          {},
          instantOn(random, addDays(lastDay.slice(0, 10), 1), 1, 5),
          {
            reviewsComplete: reviewProgress(sheets).complete
          }
        )
      }
      return
    }

    for (const entry of inReview) {
      act(round, entry, 'completeReview', {}, instantOn(random, timeline.reviewOn, 2, 5), {
        reviewsComplete: reviewProgress(reviewsOf(entry)).complete
      })
    }
    const results = decide(round, inReview, reviews)
    const published = instantOn(random, timeline.publicityStartsOn, 1, 1)
    roundStep(round, 'publish', { resultBlockers: results.blockers }, published)
    const rows = new Map(results.rows.map((row) => [row.applicationId, row]))
    for (const entry of inReview) {
      const row = rows.get(entry.application!.id)!
      const award: Award = {
        score: row.score,
        rank: row.rank,
        trackRank: row.trackRank,
        grantFen: row.grantFen,
        reason: row.reason,
        adjustmentReason: row.adjustment?.reason ?? null
      }
      act(round, entry, row.grantFen > 0 ? 'fund' : 'decline', { note: null }, published, { award })
    }

    round.publicity = publicity(round, inReview)
    const approved = instantOn(random, timeline.approvalOn, 1, 1)
    roundStep(
      round,
      'approve',
      { approvalRefusal: approvalRefusal(round.publicity, timeline.approvalOn) },
      approved
    )
    for (const entry of inReview) {
      if (entry.application!.status !== '拟资助') continue
      act(round, entry, 'approve', { note: null }, approved)
      result.projects.push(project(round, entry.application!, approved))
    }
  }

  /** An instant between two days, within the given UTC hours. */
  function at(from: IsoDate, to: IsoDate, fromHour: number, toHour: number): string {
    return instantOn(random, dayBetween(random, from, to), fromHour, toHour)
  }

  /**
   * Five experts per application whom the conflict check does not flag, spread evenly; last
   * year's all declared and scored (one now and then withdrew and was replaced, one sheet was
   * returned and scored again), this year's at every stage.
   */
  function assignAndScore(
    round: VentureRound,
    entries: readonly Planned[],
    startDay: IsoDate,
    endDay: IsoDate
  ): Review[] {
    const experts = result.reviewers
    const excludedOf = (entry: Planned) =>
      new Set(
        experts
          .filter(
            (expert) =>
              conflictFlags(expert, {
                uscc: entry.org.uscc,
                legalRepName: entry.org.legalRepName,
                name: entry.org.name
              }).length > 0
          )
          .map((expert) => expert.id)
      )
    const excluded = new Map(entries.map((entry) => [entry.application!.id, excludedOf(entry)]))
    const { pairs } = planAssignments(
      entries.map((entry) => ({
        id: entry.application!.id,
        excluded: excluded.get(entry.application!.id)!,
        assigned: new Set<string>()
      })),
      experts.map((expert) => expert.id),
      PER_APPLICATION
    )
    const isLast = round === states[0]!.round
    const reviews: Review[] = []
    for (const entry of entries) {
      const applicationId = entry.application!.id
      const assigned = pairs.filter((pair) => pair.applicationId === applicationId)
      const complete = isLast || entry.fate === 'reviewDone'
      const lastDay = complete && !isLast ? addDays(endDay, -2) : endDay
      const own: Review[] = []
      const queue = assigned.map((pair) => pair.reviewerId)
      let recused = false
      while (queue.length > 0) {
        const reviewerId = queue.shift()!
        const assignedAt = instantOn(random, startDay, 2, 3)
        if (!recused && random.chance(0.06)) {
          // Declares a conflict the automatic check could not see; another expert takes over.
          recused = true
          const declared = at(startDay, lastDay, 4, 5)
          own.push(review(round, entry, reviewerId, assignedAt, { conflicted: true, at: declared }))
          const taken = new Set([...assigned.map((pair) => pair.reviewerId), reviewerId])
          const replacement = planAssignments(
            [
              {
                id: applicationId,
                excluded: new Set([...excluded.get(applicationId)!, ...taken]),
                assigned: new Set()
              }
            ],
            experts.map((expert) => expert.id),
            1
          ).pairs[0]
          if (replacement) queue.push(replacement.reviewerId)
          continue
        }
        const stage = complete
          ? 'submitted'
          : weighted(random, [
              ['submitted', 0.45],
              ['scoring', 0.28],
              ['undeclared', 0.27]
            ] as const)
        const declared = at(startDay, lastDay, 4, 5)
        if (stage === 'undeclared') {
          own.push(review(round, entry, reviewerId, assignedAt, null))
        } else {
          own.push(
            review(
              round,
              entry,
              reviewerId,
              assignedAt,
              { conflicted: false, at: declared },
              stage === 'submitted',
              lastDay
            )
          )
        }
      }
      // A review still in progress keeps at least one sheet open.
      if (
        !complete &&
        own.every((sheet) => sheet.submittedAt !== null || sheet.conflict?.conflicted)
      ) {
        const open = own.find((sheet) => sheet.submittedAt !== null)
        if (open) {
          Object.assign(open, {
            scores: partialScores(round.criteria, open.scores),
            comment: null,
            submittedAt: null,
            reopenings: [],
            updatedAt: open.conflict!.at
          })
        }
      }
      reviews.push(...own)
    }
    return reviews
  }

  /** One expert's review; scored fully when `submit`, partly when declared but not submitted. */
  function review(
    round: VentureRound,
    entry: Planned,
    reviewerId: string,
    assignedAt: string,
    declaration: { conflicted: boolean; at: string } | null,
    submit = false,
    lastDay: IsoDate = today
  ): Review {
    const base: Review = {
      id: random.uuid(),
      roundId: round.id,
      applicationId: entry.application!.id,
      reviewerId,
      conflict: null,
      scores: {},
      comment: null,
      submittedAt: null,
      reopenings: [],
      createdAt: assignedAt,
      updatedAt: assignedAt,
      archivedAt: null
    }
    if (declaration === null) return base
    if (declaration.conflicted) {
      return {
        ...base,
        conflict: { conflicted: true, note: random.pick(RECUSAL_NOTES), at: declaration.at },
        updatedAt: declaration.at
      }
    }
    const declared = { ...base, conflict: { conflicted: false, note: null, at: declaration.at } }
    const bias = (random.next() - 0.5) * 0.1
    const scores = fullScores(round.criteria, entry.quality + bias)
    if (!submit) {
      return {
        ...declared,
        scores: partialScores(round.criteria, scores),
        updatedAt: declaration.at
      }
    }
    const day = declaration.at.slice(0, 10)
    const submittedAt = at(day, lastDay, 6, 9)
    const sheet = {
      ...declared,
      scores,
      comment: comment(round.criteria, scores),
      submittedAt,
      updatedAt: submittedAt
    }
    const submittedDay = submittedAt.slice(0, 10)
    if (random.chance(0.04) && addDays(submittedDay, 1) < lastDay) {
      // Returned by staff for rescoring and submitted again.
      const reopenedAt = instantOn(random, addDays(submittedDay, 1), 1, 3)
      const again = fullScores(round.criteria, entry.quality + bias)
      const resubmittedAt = at(addDays(submittedDay, 1), lastDay, 6, 9)
      return {
        ...sheet,
        scores: again,
        comment: comment(round.criteria, again),
        submittedAt: resubmittedAt,
        reopenings: [
          {
            at: reopenedAt,
            operator: operator(),
            reason: random.pick(REOPEN_REVIEW_REASONS),
            scores: sheet.scores,
            comment: sheet.comment
          }
        ],
        updatedAt: resubmittedAt
      }
    }
    return sheet
  }

  /** Every criterion scored around `level` of its maximum, in half points. */
  function fullScores(criteria: readonly ReviewCriterion[], level: number): ScoreSheet {
    return Object.fromEntries(
      criteria.map((criterion) => {
        const share = Math.min(1, Math.max(0.3, level + (random.next() - 0.5) * 0.12))
        return [criterion.key, Math.round(criterion.weight * share * 2) / 2]
      })
    )
  }

  /** The first few criteria of `scores`; the rest not yet scored. */
  function partialScores(criteria: readonly ReviewCriterion[], scores: ScoreSheet): ScoreSheet {
    const scored = random.int(0, criteria.length - 1)
    return Object.fromEntries(
      criteria.map((criterion, index) => [
        criterion.key,
        index < scored ? scores[criterion.key]! : null
      ])
    )
  }

  function comment(criteria: readonly ReviewCriterion[], scores: ScoreSheet): string {
    const total = criteria.reduce((sum, criterion) => sum + (scores[criterion.key] ?? 0), 0)
    return random.pick(COMMENTS[total >= 85 ? 'high' : total >= 70 ? 'mid' : 'low'])
  }

  /**
   * Last year's results as roundResults gives them: a tie at the funding line put in order by
   * the panel, and one grant reduced at the defence.
   */
  function decide(
    round: VentureRound,
    entries: readonly Planned[],
    reviews: Review[]
  ): RoundResults {
    const applications = entries.map((entry) => entry.application!)
    const stamp = () => ({
      at: instantOn(random, round.timeline.reviewOn, 6, 9),
      operator: operator()
    })
    let results = roundResults(round, applications, reviews)
    if (results.pending > 0) {
      const tied = results.rows.filter((row) => row.status === '待定（并列）')
      round.tiebreaks = tied.map((row, index): Tiebreak => ({
        applicationId: row.applicationId,
        order: tied.length - index,
        reason: '评审组复议：“项目设计”得分较高者优先',
        ...stamp()
      }))
      results = roundResults(round, applications, reviews)
    }
    const reduced = results.rows.find(
      (row) => row.status === '资助' && row.grantFen >= yuan(50_000) && row.rank !== 1
    )
    if (reduced) {
      const wan = yuan(1000)
      const adjustment: FundingAdjustment = {
        applicationId: reduced.applicationId,
        grantFen: Math.floor((reduced.grantFen * 0.9) / wan) * wan,
        reason: '答辩中核减部分宣传费和物资费',
        ...stamp()
      }
      const issues = adjustmentIssues(round, applications, reviews, adjustment)
      if (issues.length > 0) {
        throw new Error(`示例数据生成失败（人工调整）：${issues.map((i) => i.message).join('；')}`)
      }
      round.adjustments = [adjustment]
      results = roundResults(round, applications, reviews)
    }
    if (results.blockers.length > 0) {
      throw new Error(`示例数据生成失败（评审结果）：${results.blockers.join('；')}`)
    }
    return results
  }

  /** The 公示 with one objection from an applicant left out, answered before 立项. */
  function publicity(round: VentureRound, entries: readonly Planned[]): Publicity {
    const { publicityStartsOn: startsOn, publicityEndsOn: endsOn } = round.timeline
    const objector = entries.find((entry) => entry.application!.status === '未获资助') ?? entries[0]
    if (!objector) return { startsOn, endsOn, objections: [] }
    const receivedOn = dayBetween(random, addDays(startsOn, 1), endsOn)
    return {
      startsOn,
      endsOn,
      objections: [
        {
          id: random.uuid(),
          receivedOn,
          applicationId: objector.application!.id,
          from: objector.org.name,
          content: OBJECTION.content,
          response: OBJECTION.response,
          outcome: '维持原结果',
          answeredOn: dayBetween(random, receivedOn, addDays(round.timeline.approvalOn, -1))
        }
      ]
    }
  }

  function project(round: VentureRound, application: Application, approvedAt: string): Project {
    const amountFen = application.award!.grantFen
    return {
      id: random.uuid(),
      channel: '公益创投',
      origin: { kind: 'venture', roundId: round.id, applicationId: application.id },
      organizationId: application.organizationId,
      title: application.title,
      category: round.tracks.find((track) => track.key === application.track)?.name ?? '',
      communityIds: [...application.communityIds],
      amountFen,
      matchingFen: application.matchingFen,
      tranches: planTranches(amountFen, round.tranches),
      approvedOn: approvedAt.slice(0, 10),
      status: '待签约',
      startOn: null,
      endOn: null,
      indicators: [],
      socialWorkerIds: [],
      purchase: null,
      closedOn: null,
      terminatedOn: null,
      terminationReason: null,
      createdAt: approvedAt,
      updatedAt: approvedAt,
      archivedAt: null
    }
  }
}

const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b)
