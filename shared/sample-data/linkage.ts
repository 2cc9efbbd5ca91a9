/**
 * Sample 三社联动 data (issue #7 item 8): the 资源清单 and 需求清单 of the communities, and the
 * 对接记录 that link needs to the projects answering them —
 *
 * - resources of every type (场地 / 资金 / 志愿者 / 专业服务 / 物资) from every kind of provider:
 *   registry organisations, 驻区单位, 志愿服务队 and 慈善组织 (the two legs 五社联动 adds), some
 *   offered to the whole subdistrict (no community named), one whose period is over;
 * - about five needs per community in a set of communities, raised through every channel by 3
 *   to 80 residents, at every stage (待对接 the most): matched to a project serving the
 *   community (or, for some communities without one, to a project of their subdistrict, which the
 *   app accepts with a warning), 服务中 once a matched project is 执行中, 已解决 with a
 *   resolution; a few matched to a 草稿 or 已提交 application of the round open for applications;
 *   some with a match withdrawn for a reason (and matched anew where another project is there);
 * - duplicates raised through another channel, merged into the need first recorded (archived,
 *   pointing at it, their counts added to it);
 * - one community left with an open high-demand need and no project (the coverage gap the
 *   coverage view shows), and one community whose needs no social worker is there to serve.
 *
 * Like the other generators, everything is played through the app's own pure functions with each
 * step's date as "today": checkResource, checkNeed and newNeed, mergeNeeds, checkMatch and
 * newMatch, withdrawMatch, performNeedAction, statusAfterMatches and projectIdsOf. A step the app
 * would refuse throws, so the sample data never shows a state the app could not have reached.
 */
import type { CheckResult } from '../domain/check'
import type { Community } from '../domain/communities/community'
import { addDays, type IsoDate } from '../domain/dates'
import {
  checkNeed,
  HIGH_DEMAND_MIN_RAISED_BY,
  newNeed,
  performNeedAction,
  statusAfterMatches,
  type Need,
  type NeedAction,
  type NeedCategory,
  type NeedSource
} from '../domain/linkage/need'
import {
  activeMatches,
  checkMatch,
  MATCHABLE_APPLICATION_STATUSES,
  newMatch,
  projectIdsOf,
  withdrawMatch,
  type MatchDraft,
  type NeedMatch
} from '../domain/linkage/need-match'
import { mergeNeeds } from '../domain/linkage/need-merge'
import type { Resource, ResourceProviderKind, ResourceType } from '../domain/linkage/resource'
import { checkResource, type ResourceDraft } from '../domain/linkage/resource-rules'
import { yuan } from '../domain/money'
import type { Organization } from '../domain/organizations/organization'
import type { Project } from '../domain/projects/project'
import type { SocialWorker } from '../domain/social-workers/social-worker'
import type { Application } from '../domain/venture/application'
import { pinyinKeys } from '../text/pinyin'
import { instantOn, personName, weighted } from './common'
import type { Random } from './random'

export interface SampleLinkage {
  resources: Resource[]
  needs: Need[]
  needMatches: NeedMatch[]
}

/** The registry, projects and applications the needs are linked to. */
export interface LinkageRegistry {
  communities: readonly Community[]
  organizations: readonly Organization[]
  socialWorkers: readonly SocialWorker[]
  /** Every project, as delivery left it. */
  projects: readonly Project[]
  applications: readonly Application[]
}

export interface LinkageScale {
  /** Needs, merged duplicates included: about five per community, in as many communities. */
  needs: number
  resources: number
}

/** A need as the office hears it, and how the same need sounds through another channel. */
interface NeedTitle {
  name: string
  description: string
  /** Names a duplicate of it goes by when raised again elsewhere. */
  aliases?: readonly string[]
}

const NEED_TITLES: Readonly<Record<NeedCategory, readonly NeedTitle[]>> = {
  为老服务: [
    {
      name: '独居老人助餐',
      description: '辖区独居、高龄老人做饭不便，希望就近有助餐点或送餐上门。',
      aliases: ['老人吃饭难', '高龄老人送餐上门']
    },
    {
      name: '高龄老人上门探访',
      description: '子女不在身边的高龄老人希望有人定期上门看看，遇事有人帮忙。',
      aliases: ['独居老人定期探视']
    },
    {
      name: '老年人智能手机使用培训',
      description: '老人不会用手机挂号、扫码、视频通话，希望社区开班手把手教。'
    },
    {
      name: '失能老人家庭照护喘息服务',
      description: '长期照护失能老人的家属身心俱疲，希望每月有几天有人替班照护。'
    },
    {
      name: '老年人慢病健康管理',
      description: '患高血压、糖尿病的老人希望在社区定期测量、建档，有医生指导用药。'
    }
  ],
  助残服务: [
    {
      name: '残障人士康复训练',
      description: '肢体残疾人希望在家门口做康复训练，不必每次去区里的康复中心。',
      aliases: ['残疾人就近康复']
    },
    {
      name: '残疾人就业辅导',
      description: '有劳动能力的残疾人希望得到技能培训和岗位推荐。'
    },
    {
      name: '无障碍通道改造',
      description: '老旧楼栋入口台阶多，轮椅进出困难，希望加装坡道和扶手。'
    },
    {
      name: '智力障碍人士日间照料',
      description: '心智障碍人士白天无处可去，家长无法上班，希望社区有日间照料点。'
    }
  ],
  青少年服务: [
    {
      name: '青少年课后服务',
      description: '双职工家庭孩子放学后无人辅导作业，希望社区提供课后学习空间。',
      aliases: ['放学后孩子无人看管', '课后作业辅导']
    },
    {
      name: '暑期青少年托管',
      description: '暑假期间孩子白天独自在家，家长担心安全，希望有暑期托管班。'
    },
    {
      name: '困境儿童学业辅导',
      description: '低保、单亲家庭的孩子学习跟不上，希望有志愿者一对一辅导。'
    },
    {
      name: '青少年网络素养教育',
      description: '家长反映孩子沉迷手机游戏，希望开展网络素养和亲子沟通活动。'
    }
  ],
  妇女儿童: [
    {
      name: '“一老一小”托管',
      description: '家中既有老人又有幼儿，白天无人照看，希望社区提供老幼共托服务。',
      aliases: ['老人孩子白天无人照看']
    },
    {
      name: '双职工家庭婴幼儿托育',
      description: '3 岁以下婴幼儿入托难，希望社区有普惠托育点。'
    },
    {
      name: '妇女再就业技能培训',
      description: '全职妈妈希望学习家政、电商等技能，方便就近就业。'
    },
    {
      name: '家庭教育指导',
      description: '家长希望有专业人员讲授家庭教育方法，解答亲子冲突问题。'
    }
  ],
  社区治理: [
    {
      name: '楼道堆物治理',
      description: '部分楼道长期堆放杂物，堵塞消防通道，居民多次反映。',
      aliases: ['楼道杂物清理', '消防通道被占']
    },
    {
      name: '小区停车秩序整治',
      description: '小区车位不足，乱停乱放，消防车和救护车进不来。',
      aliases: ['小区乱停车']
    },
    {
      name: '电动车飞线充电治理',
      description: '居民从楼上拉线给电动车充电，存在火灾隐患，希望增设集中充电桩。',
      aliases: ['电动车充电难']
    },
    {
      name: '老旧小区加装电梯协商',
      description: '高层住户想加装电梯，低层住户有顾虑，需要有人组织协商。'
    },
    {
      name: '居民议事会培育',
      description: '居民希望有固定的议事平台，小区的事大家商量着办。'
    }
  ],
  矛盾调解: [
    {
      name: '邻里噪音纠纷调解',
      description: '楼上楼下因装修和夜间噪音多次发生争执，需要调解。',
      aliases: ['楼上噪音扰民']
    },
    {
      name: '物业服务纠纷调解',
      description: '业主与物业在收费和维修上矛盾突出，希望有第三方协调。'
    },
    {
      name: '家庭矛盾调解',
      description: '部分家庭因赡养、财产问题矛盾激化，需要专业人员介入。'
    }
  ],
  心理健康: [
    {
      name: '独居老人心理慰藉',
      description: '独居老人长期缺少交流，情绪低落，希望有人陪伴聊天。'
    },
    {
      name: '青少年考前减压',
      description: '初三、高三学生考前压力大，家长希望开展减压辅导。'
    },
    {
      name: '社区心理咨询室开放',
      description: '居民希望社区心理咨询室有固定开放时间和专业咨询师值班。'
    }
  ],
  环境保护: [
    {
      name: '垃圾分类督导',
      description: '垃圾分类投放准确率低，希望在投放点安排督导员引导。',
      aliases: ['垃圾乱扔乱放']
    },
    {
      name: '小区绿地认养',
      description: '小区绿地无人打理，居民愿意认养，需要有人组织。'
    },
    {
      name: '旧衣物回收',
      description: '居民闲置衣物多，希望设置规范的旧衣物回收点。'
    }
  ],
  文体教育: [
    {
      name: '社区书屋延时开放',
      description: '上班族希望社区书屋晚上和周末也能开放。'
    },
    {
      name: '广场舞场地协调',
      description: '广场舞团队与周边住户在时间、音量上有矛盾，需要协调场地。'
    },
    {
      name: '老年大学课程进社区',
      description: '老人希望在社区就能上书法、合唱等课程，不必跑远路。'
    }
  ],
  公益慈善: [
    {
      name: '困难家庭微心愿',
      description: '低保、低边家庭有书包、取暖器等小心愿，希望爱心单位认领。'
    },
    {
      name: '社区慈善基金募集',
      description: '居民希望设立社区微基金，用于帮扶辖区困难群众。'
    },
    {
      name: '冬季送温暖',
      description: '入冬后困难老人缺少棉被、取暖用品。'
    }
  ],
  社会工作: [
    {
      name: '社区矫正人员帮扶',
      description: '社区矫正对象就业难、融入难，需要个案帮扶。'
    },
    {
      name: '流动人口融入服务',
      description: '新市民对社区不熟悉，子女入学、办证等需要有人指引。'
    },
    {
      name: '退役军人关爱服务',
      description: '部分退役军人家庭有就业和心理支持方面的需要。'
    }
  ],
  其他: [
    {
      name: '社区食堂开办',
      description: '周边缺少平价餐饮，上班族和老人都希望有社区食堂。'
    },
    {
      name: '便民维修服务',
      description: '居民希望定期有人上门修水电、家电和自行车。',
      aliases: ['家电维修难']
    },
    {
      name: '快递包裹代收点设置',
      description: '快递堆放在楼下易丢失，希望设置统一代收点。'
    }
  ]
}

/** What every demo list shows first: the needs 三社联动 is known for. */
const FEATURED_NEEDS = [
  '独居老人助餐',
  '“一老一小”托管',
  '楼道堆物治理',
  '青少年课后服务',
  '残障人士康复训练'
]

const TITLES = (Object.keys(NEED_TITLES) as NeedCategory[]).flatMap((category) =>
  NEED_TITLES[category].map((title) => ({ category, ...title }))
)

const SOURCE_WEIGHTS: ReadonlyArray<[NeedSource, number]> = [
  ['走访', 0.28],
  ['议事会', 0.2],
  ['网格', 0.2],
  ['征集箱', 0.12],
  ['12345', 0.15],
  ['其他', 0.05]
]

const MATCH_NOTES = [
  '社区书记牵线，机构负责人到社区当面对接',
  '在街道需求对接会上达成对接意向',
  '由网格员陪同入户确认需求后对接',
  '纳入项目年度服务计划'
]

const WITHDRAW_REASONS = [
  '承接机构人手调整，暂时无法覆盖该需求',
  '项目服务内容调整，与该需求不再对应',
  '居民需求有变化，原对接方式不再适用',
  '项目服务范围调整，不再覆盖该小区'
]

/** What a resource template offers; the provider is found (or named) for each resource. */
interface ResourceTemplate {
  kind: ResourceProviderKind
  type: ResourceType
  name: string
  capacity: string
  categories: readonly NeedCategory[]
  /** 资金 only, in 元. */
  amountYuan?: number
  availability?: string
  /** A 驻区单位's kind of unit, named after the district. */
  unit?: string
  /** Offered for a season that is over by today. */
  expired?: true
}

const RESOURCE_TEMPLATES: readonly ResourceTemplate[] = [
  {
    kind: '社会组织',
    type: '专业服务',
    name: '老年人居家照护评估',
    capacity: '每月 20 户',
    categories: ['为老服务']
  },
  {
    kind: '驻区单位',
    type: '场地',
    name: '单位会议室（周末开放）',
    capacity: '可容纳 60 人',
    categories: [],
    availability: '每周六、周日全天',
    unit: '税务局'
  },
  {
    kind: '志愿服务队',
    type: '志愿者',
    name: '党员志愿者楼道巡查',
    capacity: '每周 1 次，每次 8 人',
    categories: ['社区治理'],
    availability: '每周六上午'
  },
  {
    kind: '慈善组织',
    type: '资金',
    name: '社区微基金',
    capacity: '用于辖区困难群众帮扶，按项目申请',
    categories: ['公益慈善'],
    amountYuan: 100_000
  },
  {
    kind: '驻区单位',
    type: '物资',
    name: '冬季送温暖慰问品',
    capacity: '米、油、棉被 200 份',
    categories: ['公益慈善', '为老服务'],
    unit: '供电服务中心',
    expired: true
  },
  {
    kind: '社会组织',
    type: '专业服务',
    name: '青少年心理成长小组',
    capacity: '每期 12 人，每周 1 次',
    categories: ['青少年服务', '心理健康']
  },
  {
    kind: '驻区单位',
    type: '专业服务',
    name: '义诊与健康讲座',
    capacity: '每季度 1 次，医生 3 名',
    categories: ['为老服务'],
    unit: '人民医院'
  },
  {
    kind: '志愿服务队',
    type: '志愿者',
    name: '助餐送餐志愿者',
    capacity: '每日中午 6 人',
    categories: ['为老服务'],
    availability: '工作日 11:00–12:30'
  },
  {
    kind: '慈善组织',
    type: '物资',
    name: '爱心助餐券',
    capacity: '每月 300 张',
    categories: ['为老服务']
  },
  {
    kind: '社会组织',
    type: '场地',
    name: '机构活动室（工作日晚间）',
    capacity: '可容纳 30 人',
    categories: [],
    availability: '工作日 18:30–21:00'
  },
  {
    kind: '驻区单位',
    type: '资金',
    name: '共建单位年度共建经费',
    capacity: '年度一次性拨付',
    categories: ['社区治理'],
    amountYuan: 50_000,
    unit: '农商银行支行'
  },
  {
    kind: '志愿服务队',
    type: '专业服务',
    name: '便民维修',
    capacity: '每月 1 次，维修志愿者 5 名',
    categories: ['其他'],
    availability: '每月第一个周六'
  },
  {
    kind: '慈善组织',
    type: '资金',
    name: '困难家庭助学金',
    capacity: '每生每学年 2000 元，共 15 名',
    categories: ['青少年服务'],
    amountYuan: 30_000
  },
  {
    kind: '社会组织',
    type: '物资',
    name: '康复辅具借用',
    capacity: '轮椅 10 台、助行器 15 副',
    categories: ['助残服务']
  },
  {
    kind: '驻区单位',
    type: '志愿者',
    name: '职工志愿服务',
    capacity: '每月 2 次，每次 10 人',
    categories: [],
    unit: '供电服务中心'
  },
  {
    kind: '志愿服务队',
    type: '志愿者',
    name: '垃圾分类督导员',
    capacity: '早晚投放高峰各 4 人',
    categories: ['环境保护'],
    availability: '每日 7:00–9:00、18:00–20:00'
  },
  {
    kind: '慈善组织',
    type: '资金',
    name: '残疾人康复救助',
    capacity: '每人最高 3000 元',
    categories: ['助残服务'],
    amountYuan: 20_000
  },
  {
    kind: '社会组织',
    type: '专业服务',
    name: '社区议事协商培训',
    capacity: '每季度 2 场',
    categories: ['社区治理', '矛盾调解']
  },
  {
    kind: '驻区单位',
    type: '场地',
    name: '学校操场课后开放',
    capacity: '可容纳 100 人',
    categories: ['青少年服务', '文体教育'],
    availability: '上学日 16:30–18:00',
    unit: '实验小学'
  },
  {
    kind: '志愿服务队',
    type: '志愿者',
    name: '大学生课业辅导',
    capacity: '每周 2 次，每次 5 人',
    categories: ['青少年服务'],
    availability: '每周二、周四晚上'
  },
  {
    kind: '慈善组织',
    type: '专业服务',
    name: '公益项目督导',
    capacity: '每季度 1 次',
    categories: ['社会工作']
  },
  {
    kind: '驻区单位',
    type: '专业服务',
    name: '法律服务进社区',
    capacity: '每月 1 次，律师 2 名',
    categories: ['矛盾调解'],
    unit: '司法所'
  },
  {
    kind: '社会组织',
    type: '场地',
    name: '儿童之家活动空间',
    capacity: '可容纳 20 名儿童',
    categories: ['妇女儿童'],
    availability: '周末及寒暑假'
  },
  {
    kind: '志愿服务队',
    type: '物资',
    name: '旧衣物回收箱',
    capacity: '回收箱 6 个，每月清运 2 次',
    categories: ['环境保护', '公益慈善']
  },
  {
    kind: '慈善组织',
    type: '志愿者',
    name: '爱心义剪',
    capacity: '每月 1 次，理发师 4 名',
    categories: ['为老服务', '公益慈善']
  }
]

/** A charitable body outside the registry, named after the district's city. */
const CHARITY_NAMES = ['慈善总会', '红十字会', '慈善基金会']

function mobile(random: Random): string {
  return `1${random.pick(['3', '5', '7', '8', '9'])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`
}

function named<T extends { name: string }>(record: T) {
  return { ...record, ...pinyinKeys(record.name) }
}

function checked<T>(what: string, result: CheckResult<T>): T {
  if (!result.ok) {
    throw new Error(
      `示例数据生成失败：${what}：${result.issues.map((issue) => issue.message).join('；')}`
    )
  }
  return result.value
}

/** Adds `value` to the list under `key`. */
function file<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key)
  if (list) list.push(value)
  else index.set(key, [value])
}

const dayOf = (instant: string): IsoDate => instant.slice(0, 10)
const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b)
/** The day after a record was entered: the first day something can be done with it. */
const dayAfter = (instant: string): IsoDate => addDays(dayOf(instant), 1)

/** Projects that can still be matched: awarded, not ended (need-match.ts `checkMatch`). */
const MATCHABLE_PROJECT_STATUSES: readonly Project['status'][] = ['待签约', '执行中']

/** How far a need's story goes. */
type NeedPlan = '待对接' | '已对接' | '服务中' | '已解决'

/** One need being played: the record and its matches so far, and the day of its last event. */
interface Play {
  need: Need
  community: Community
  matches: NeedMatch[]
  day: IsoDate
  plan: NeedPlan
  /** The projects it may be matched to: its community's, or for some its subdistrict's. */
  candidates: readonly Project[]
  /** A first match is withdrawn before the plan is played. */
  withdrawFirst: boolean
  /** Matched to an application instead of a project (when the community has one). */
  toApplication: boolean
}

/** Generates the 资源清单, 需求清单 and 对接记录 against `registry`, as of `today`. */
export function generateLinkage(
  random: Random,
  registry: LinkageRegistry,
  scale: LinkageScale,
  today: IsoDate
): SampleLinkage {
  const communities = registry.communities.filter((community) => community.archivedAt === null)
  if (communities.length === 0) return { resources: [], needs: [], needMatches: [] }
  const staff = [personName(random), personName(random)]
  const operator = () => random.pick(staff)

  const organizations = new Map(registry.organizations.map((org) => [org.id, org]))
  const workers = new Map(registry.socialWorkers.map((worker) => [worker.id, worker]))
  const workersByCommunity = new Map<string, SocialWorker[]>()
  for (const worker of registry.socialWorkers) {
    if (worker.archivedAt !== null) continue
    for (const id of worker.communityIds) {
      file(workersByCommunity, id, worker)
    }
  }
  const matchable = registry.projects.filter(
    (project) => project.archivedAt === null && MATCHABLE_PROJECT_STATUSES.includes(project.status)
  )
  const projectsByCommunity = new Map<string, Project[]>()
  for (const project of matchable) {
    for (const id of new Set(project.communityIds)) {
      file(projectsByCommunity, id, project)
    }
  }
  const projectById = new Map(registry.projects.map((project) => [project.id, project]))
  const communityById = new Map(communities.map((community) => [community.id, community]))
  const projectsBySubdistrict = new Map<string, Project[]>()
  for (const project of matchable) {
    const subdistricts = new Set(
      project.communityIds.flatMap((id) => {
        const community = communityById.get(id)
        return community ? [community.subdistrict] : []
      })
    )
    for (const subdistrict of subdistricts) {
      file(projectsBySubdistrict, subdistrict, project)
    }
  }
  const openApplications = registry.applications.filter(
    (application) =>
      application.archivedAt === null &&
      MATCHABLE_APPLICATION_STATUSES.includes(application.status) &&
      application.organizationId !== ''
  )
  const applicationsByCommunity = new Map<string, Application[]>()
  for (const application of openApplications) {
    for (const id of new Set(application.communityIds)) {
      file(applicationsByCommunity, id, application)
    }
  }
  const projectOfApplication = new Map(
    registry.projects.flatMap((project) =>
      project.origin.kind === 'venture' ? [[project.origin.applicationId, project.id] as const] : []
    )
  )

  // Where the needs are: the community a draft application serves (so one need can be matched
  // to it), a community no project covers (the gap), one no social worker serves, then mostly
  // communities with projects, and the rest from the others.
  const needCount = Math.max(0, scale.needs)
  const wanted = needCount === 0 ? 0 : Math.min(communities.length, Math.ceil(needCount / 5))
  const chosen = new Set<Community>()
  const choose = (candidates: readonly Community[]) => {
    const free = candidates.filter((community) => !chosen.has(community))
    if (free.length === 0 || chosen.size >= wanted) return null
    const community = random.pick(free)
    chosen.add(community)
    return community
  }
  const draftApplication = openApplications.find(
    (application) =>
      application.status === '草稿' && application.communityIds.some((id) => communityById.has(id))
  )
  const draftCommunity = draftApplication
    ? choose(draftApplication.communityIds.flatMap((id) => communityById.get(id) ?? []))
    : null
  const gapCommunity = choose(communities.filter((c) => !projectsByCommunity.has(c.id)))
  choose(communities.filter((c) => !workersByCommunity.has(c.id)))
  const covered = communities.filter((c) => projectsByCommunity.has(c.id))
  for (const community of random.sample(covered, Math.ceil(wanted * 0.7))) {
    if (chosen.size >= wanted) break
    chosen.add(community)
  }
  for (const community of random.sample(communities, communities.length)) {
    if (chosen.size >= wanted) break
    chosen.add(community)
  }
  const needCommunities = communities.filter((community) => chosen.has(community))

  const resources = generateResources(
    random,
    registry,
    needCommunities.length > 0 ? needCommunities : communities,
    scale.resources,
    today
  )
  const resourceById = new Map(resources.map((resource) => [resource.id, resource]))
  const resourcesByCommunity = new Map<string, Resource[]>()
  /** Resources offered to every community, by the field they suit ('' for any field). */
  const wideResources = new Map<string, Resource[]>()
  for (const resource of resources) {
    if (resource.communityIds.length === 0) {
      for (const category of resource.categories.length > 0 ? resource.categories : ['']) {
        file(wideResources, category, resource)
      }
    }
    for (const id of resource.communityIds) {
      file(resourcesByCommunity, id, resource)
    }
  }

  // How many needs each community has: about five, the total exactly as asked.
  const counts = new Map(needCommunities.map((community) => [community, 0]))
  needCommunities.forEach((community, index) => {
    const base = Math.floor(needCount / needCommunities.length)
    counts.set(community, base + (index < needCount % needCommunities.length ? 1 : 0))
  })
  for (let swap = 0; swap < needCommunities.length / 2; swap += 1) {
    const [from, to] = random.sample(needCommunities, 2)
    if (!from || !to || counts.get(from)! <= 3) continue
    counts.set(from, counts.get(from)! - 1)
    counts.set(to, counts.get(to)! + 1)
  }

  // Duplicates: a first group of two (one need heard through three channels), then one each.
  const duplicateBudget = needCount >= 20 ? Math.max(3, Math.round(needCount * 0.05)) : 0
  const duplicateGroups = new Map<Community, number>()
  let planned = 0
  for (const community of random.sample(needCommunities, needCommunities.length)) {
    if (planned >= duplicateBudget) break
    if (community === gapCommunity || counts.get(community)! < 4) continue
    const size = planned === 0 && duplicateBudget >= 3 ? 2 : 1
    duplicateGroups.set(community, size)
    planned += size
  }

  const plays: Play[] = []
  const featuredQueue = [...FEATURED_NEEDS]
  /** The duplicates, archived as they are merged. */
  const merged: Need[] = []
  let withdrawnYet = false
  let applicationYet = false
  for (const community of needCommunities) {
    const count = counts.get(community)!
    const duplicates = duplicateGroups.get(community) ?? 0
    // The featured needs lead the first communities' lists; a need with duplicates leads too.
    const aliases = (title: (typeof TITLES)[number]) => title.aliases?.length ?? 0
    const featured = TITLES.find((title) => title.name === featuredQueue[0])
    let first = featured && aliases(featured) >= duplicates ? featured : null
    if (!first && duplicates > 0) {
      first = random.pick(TITLES.filter((title) => aliases(title) >= duplicates))
    }
    if (first && first === featured) featuredQueue.shift()
    const titles = [
      ...(first ? [first] : []),
      ...random.sample(
        TITLES.filter((title) => title !== first),
        count - duplicates - (first ? 1 : 0)
      )
    ]
    const own = projectsByCommunity.get(community.id) ?? []
    // Most communities without a project of their own take their subdistrict's.
    const nearby =
      community === gapCommunity || own.length > 0 || !random.chance(0.75)
        ? []
        : (projectsBySubdistrict.get(community.subdistrict) ?? [])
    const candidates = own.length > 0 ? own : nearby
    const applications = applicationsByCommunity.get(community.id) ?? []

    titles.forEach((title, index) => {
      const raisedOn = addDays(today, -random.int(30, 420))
      const loud = community === gapCommunity && index === 0
      const roll = random.next()
      const raisedBy = loud
        ? random.int(HIGH_DEMAND_MIN_RAISED_BY + 10, 80)
        : 3 + Math.round(77 * roll * roll)
      const play = createNeed(
        community,
        title,
        raisedOn,
        raisedBy,
        weighted(random, SOURCE_WEIGHTS)
      )
      play.candidates = candidates
      const planRoll = random.next()
      play.plan =
        candidates.length === 0 && applications.length === 0
          ? '待对接'
          : planRoll < 0.36
            ? '待对接'
            : planRoll < 0.62
              ? '已对接'
              : planRoll < 0.85
                ? '服务中'
                : '已解决'
      if (community === gapCommunity) play.plan = '待对接'
      const forceApplication = !applicationYet && community === draftCommunity
      play.toApplication =
        applications.length > 0 &&
        (forceApplication || (play.plan === '已对接' && random.chance(0.1)))
      if (play.toApplication) play.plan = '已对接'
      if (forceApplication) applicationYet = true
      play.withdrawFirst =
        candidates.length > 0 && !play.toApplication && (!withdrawnYet || random.chance(0.08))
      if (play.withdrawFirst) withdrawnYet = true
      plays.push(play)

      if (index === 0 && duplicates > 0) {
        const copies = title.aliases!.slice(0, duplicates).map((alias) => {
          const source = weighted(
            random,
            SOURCE_WEIGHTS.filter(([candidate]) => candidate !== play.need.source)
          )
          return createNeed(
            community,
            { ...title, name: alias },
            addDays(raisedOn, random.int(-15, 10)),
            3 + random.int(0, 25),
            source
          ).need
        })
        mergeInto(play, copies)
      }
    })
  }

  for (const play of plays) {
    if (play.plan !== '待对接' || play.withdrawFirst) playMatches(play)
  }

  return {
    resources,
    needs: [...plays.map((play) => play.need), ...merged],
    needMatches: plays.flatMap((play) => play.matches)
  }

  function createNeed(
    community: Community,
    title: { category: NeedCategory; name: string; description: string },
    raisedOn: IsoDate,
    raisedBy: number,
    source: NeedSource
  ): Play {
    const raised = raisedOn > today ? today : raisedOn
    const entered = addDays(raised, random.int(0, 5))
    const enteredOn = entered > today ? today : entered
    const fields = checked(
      `需求“${title.name}”`,
      checkNeed(
        {
          name: title.name,
          communityId: community.id,
          category: title.category,
          source,
          raisedBy,
          raisedOn: raised,
          description: random.chance(0.8) ? title.description : null
        },
        enteredOn,
        { community }
      )
    )
    const createdAt = instantOn(random, enteredOn)
    const need: Need = named({
      id: random.uuid(),
      ...newNeed(fields),
      createdAt,
      updatedAt: createdAt,
      archivedAt: null
    })
    return {
      need,
      community,
      matches: [],
      day: enteredOn,
      plan: '待对接',
      candidates: [],
      withdrawFirst: false,
      toApplication: false
    }
  }

  /** 合并重复需求: the copies, raised through other channels, merged into the play's need. */
  function mergeInto(play: Play, copies: Need[]) {
    const last = copies.reduce((day, copy) => later(day, dayOf(copy.createdAt)), play.day)
    const day = addDays(last, random.int(1, 4))
    if (day > today) {
      merged.push(...copies)
      return
    }
    const at = instantOn(random, day)
    const result = checked(`合并“${play.need.name}”`, mergeNeeds(play.need, copies, at))
    play.need = { ...result.target, updatedAt: at }
    play.day = day
    merged.push(...result.merged.map((need) => ({ ...need, updatedAt: at })))
  }

  /** The next event's day, `min`–`max` days on (and not before `notBefore`), or null after today. */
  function next(play: Play, min: number, max: number, notBefore?: IsoDate): IsoDate | null {
    let day = addDays(play.day, random.int(min, max))
    if (notBefore && notBefore > day) day = addDays(notBefore, random.int(0, 5))
    return day > today ? null : day
  }

  function playMatches(play: Play) {
    const { need, candidates } = play
    if (play.toApplication) {
      const applications = applicationsByCommunity.get(need.communityId) ?? []
      const application =
        (play.community === draftCommunity &&
          applications.find((candidate) => candidate.id === draftApplication?.id)) ||
        random.pick(applications)
      const from = dayAfter(application.createdAt)
      // A draft begun days ago: matched today at the latest.
      const day = next(play, 3, 30, from) ?? (from <= today && play.day < today ? today : null)
      if (day) matchApplication(play, application, day)
      return
    }
    if (candidates.length === 0) return
    // The projects in the need's own category first.
    const fitting = candidates.filter((project) => project.category === need.category)
    const ordered = [
      ...random.sample(fitting, fitting.length),
      ...random.sample(
        candidates.filter((project) => !fitting.includes(project)),
        candidates.length
      )
    ]
    const running = ordered.filter((project) => project.status === '执行中')
    const wantsRunning = play.plan === '服务中' || play.plan === '已解决'
    let project = (wantsRunning && running[0]) || ordered[0]!

    if (play.withdrawFirst) {
      const day = next(play, 3, 40, dayAfter(project.createdAt))
      if (!day) return
      const match = matchProject(play, project, day)
      const withdrawnOn = next(play, 10, 60)
      if (!withdrawnOn) return
      withdraw(play, match, withdrawnOn)
      const others = ordered.filter((candidate) => candidate !== project)
      if (play.plan === '待对接' || others.length === 0) return
      project =
        (wantsRunning && others.find((candidate) => candidate.status === '执行中')) || others[0]!
    }
    if (play.plan === '待对接') return
    const day = next(play, 3, 40, dayAfter(project.createdAt))
    if (!day) return
    matchProject(play, project, day)
    if (play.plan === '已对接' || project.status !== '执行中' || project.startOn === null) return
    const startOn = next(play, 3, 30, project.startOn)
    if (!startOn) return
    step(play, 'start', {}, startOn)
    if (play.plan !== '已解决') return
    const resolvedOn = next(play, 20, 120)
    if (!resolvedOn) return
    const resolution = random.pick([
      `“${project.title}”开展服务后，${need.name}问题已得到解决，回访居民满意。`,
      `经“${project.title}”对接服务，需求已落实，转入社区日常跟进。`
    ])
    step(play, 'resolve', { resolution }, resolvedOn)
  }

  /** The facts NEED_WORKFLOW's guards read, with each linked project as it was on `day`. */
  function facts(play: Play, day: IsoDate) {
    const linked = play.need.projectIds.flatMap((id) => projectById.get(id) ?? [])
    return {
      linkedProjects: linked.map((project) => ({
        title: project.title,
        status:
          project.status === '执行中' && project.startOn !== null && project.startOn > day
            ? ('待签约' as const)
            : project.status
      })),
      activeMatchCount: activeMatches(play.matches).length
    }
  }

  function step(play: Play, action: NeedAction, input: unknown, day: IsoDate) {
    const at = instantOn(random, day)
    const need = checked(
      `需求“${play.need.name}”${action}`,
      performNeedAction(play.need, action, input, facts(play, day))
    )
    play.need = { ...need, updatedAt: at }
    play.day = day
  }

  /** Resources offered to the need's community (or to all), suited to it, available on `day`. */
  function resourcesFor(need: Need, day: IsoDate): string[] {
    if (!random.chance(0.35)) return []
    const offered = [
      ...(resourcesByCommunity.get(need.communityId) ?? []),
      ...(wideResources.get(need.category) ?? []),
      ...(wideResources.get('') ?? [])
    ]
    const fitting = offered.filter(
      (resource) =>
        dayOf(resource.createdAt) <= day &&
        (resource.availableFrom === null || resource.availableFrom <= day) &&
        (resource.availableUntil === null || resource.availableUntil >= day) &&
        (resource.categories.length === 0 || resource.categories.includes(need.category))
    )
    return fitting.length > 0 ? [random.pick(fitting).id] : []
  }

  function record(
    play: Play,
    draft: MatchDraft,
    day: IsoDate,
    context: { project: Project | null; application: Application | null }
  ): NeedMatch {
    const at = instantOn(random, day)
    const organization = draft.organizationId ? organizations.get(draft.organizationId)! : null
    const fields = checked(
      `对接“${play.need.name}”`,
      checkMatch(draft, {
        today: day,
        need: play.need,
        project: context.project,
        application: context.application,
        organization,
        socialWorkers: draft.socialWorkerIds.flatMap((id) => workers.get(id) ?? []),
        resources: draft.resourceIds.flatMap((id) => resourceById.get(id) ?? []),
        matches: play.matches
      })
    )
    const match: NeedMatch = {
      id: random.uuid(),
      ...newMatch(fields, operator(), at),
      createdAt: at,
      updatedAt: at,
      archivedAt: null
    }
    play.matches.push(match)
    play.need = {
      ...checked(
        `需求“${play.need.name}”对接`,
        performNeedAction(play.need, 'match', {}, facts(play, day))
      ),
      projectIds: projectIdsOf(play.matches, projectOfApplication),
      updatedAt: at
    }
    play.day = day
    return match
  }

  function matchProject(play: Play, project: Project, day: IsoDate): NeedMatch {
    const team = project.socialWorkerIds.filter((id) => workers.get(id)?.archivedAt === null)
    return record(
      play,
      {
        needId: play.need.id,
        target: 'project',
        projectId: project.id,
        applicationId: null,
        organizationId: project.organizationId,
        socialWorkerIds: random.sample(team, random.int(Math.min(1, team.length), 2)),
        resourceIds: resourcesFor(play.need, day),
        note: random.chance(0.5) ? random.pick(MATCH_NOTES) : null
      },
      day,
      {
        project: {
          ...project,
          // As it was that day: signed later, it was still waiting for its agreement.
          status: project.startOn !== null && project.startOn > day ? '待签约' : project.status
        },
        application: null
      }
    )
  }

  function matchApplication(play: Play, application: Application, day: IsoDate) {
    const team = application.team
      .map((member) => member.socialWorkerId)
      .filter((id) => workers.get(id)?.archivedAt === null)
    record(
      play,
      {
        needId: play.need.id,
        target: 'application',
        projectId: null,
        applicationId: application.id,
        organizationId: organizations.has(application.organizationId)
          ? application.organizationId
          : null,
        socialWorkerIds: random.sample(team, Math.min(1, team.length)),
        resourceIds: resourcesFor(play.need, day),
        note: '需求写入下一批次公益创投申报书'
      },
      day,
      { project: null, application }
    )
  }

  function withdraw(play: Play, match: NeedMatch, day: IsoDate) {
    const at = instantOn(random, day)
    const withdrawn = checked(
      '撤销对接',
      withdrawMatch(match, random.pick(WITHDRAW_REASONS), operator(), at)
    )
    play.matches = play.matches.map((row) =>
      row.id === match.id ? { ...withdrawn, updatedAt: at } : row
    )
    const remaining = activeMatches(play.matches).length
    play.need = {
      ...play.need,
      status: statusAfterMatches(play.need, remaining),
      projectIds: projectIdsOf(play.matches, projectOfApplication),
      updatedAt: at
    }
    play.day = day
  }
}

/**
 * The 资源清单: the templates in turn (every type and kind of provider among the first
 * twenty-five), each offered by a registry organisation where one fits, else by a 驻区单位 or
 * charitable body named after the district; a third offered to the whole subdistrict.
 */
function generateResources(
  random: Random,
  registry: LinkageRegistry,
  communities: readonly Community[],
  count: number,
  today: IsoDate
): Resource[] {
  const working = registry.organizations.filter(
    (org) => org.archivedAt === null && org.registrationStatus !== '注销'
  )
  const services = working.filter(
    (org) => org.legalForm === '社会服务机构' || org.legalForm === '社会团体'
  )
  const teams = working.filter((org) => org.name.endsWith('志愿服务队'))
  const foundations = working.filter((org) => org.legalForm === '基金会')
  const byCommunity = (orgs: readonly Organization[]) => {
    const index = new Map<string, Organization[]>()
    for (const org of orgs) {
      for (const id of org.communityIds) {
        const list = index.get(id)
        if (list) list.push(org)
        else index.set(id, [org])
      }
    }
    return index
  }
  const servicesNear = byCommunity(services)
  const teamsNear = byCommunity(teams)
  const result: Resource[] = []
  for (let index = 0; index < count; index += 1) {
    const template = RESOURCE_TEMPLATES[index % RESOURCE_TEMPLATES.length]!
    // Without a registry, what an organisation would offer comes from a 驻区单位.
    const kind = template.kind === '社会组织' && working.length === 0 ? '驻区单位' : template.kind
    const home = random.pick(communities)
    let organization: Organization | null = null
    let providerName: string
    if (kind === '社会组织') {
      // One serving the community in the resource's field, else one serving it, else any.
      const near = servicesNear.get(home.id) ?? []
      const fitting = near.filter((org) =>
        (template.categories as readonly string[]).includes(org.category)
      )
      organization = random.pick(
        [fitting, near, services, working].find((list) => list.length > 0)!
      )
      providerName = organization.name
    } else if (kind === '志愿服务队') {
      const near = teamsNear.get(home.id) ?? []
      organization = near.length > 0 && random.chance(0.7) ? random.pick(near) : null
      providerName =
        organization?.name ??
        `${home.name}${random.pick(['党员', '青年', '巾帼', '银龄'])}志愿服务队`
    } else if (kind === '慈善组织') {
      organization = foundations.length > 0 && random.chance(0.5) ? random.pick(foundations) : null
      providerName = organization?.name ?? `${home.district}${random.pick(CHARITY_NAMES)}`
    } else {
      providerName = `${home.district}${template.unit ?? '机关事务服务中心'}`
    }

    const createdOn = addDays(today, -random.int(60, 700))
    let availableFrom: IsoDate | null = null
    let availableUntil: IsoDate | null = null
    if (template.expired || (index >= RESOURCE_TEMPLATES.length && random.chance(0.05))) {
      availableFrom = addDays(createdOn, random.int(0, 20))
      availableUntil = addDays(today, -random.int(15, 50))
      if (availableUntil < availableFrom) availableFrom = addDays(availableUntil, -90)
    } else if (random.chance(0.45)) {
      availableFrom = addDays(createdOn, random.int(0, 30))
      availableUntil = addDays(today, random.int(60, 500))
    }
    // A third are offered to the whole subdistrict; the rest to a community or a few.
    const nearby = (organization?.communityIds ?? []).filter((id) => id !== home.id)
    const offeredTo = random.chance(0.3)
      ? []
      : [home.id, ...random.sample(nearby, random.int(0, 2))]
    const draft: ResourceDraft = {
      name: template.name,
      providerKind: kind,
      organizationId: organization?.id ?? null,
      providerName,
      type: template.type,
      capacity: template.capacity,
      amountFen: template.amountYuan === undefined ? null : yuan(template.amountYuan),
      communityIds: offeredTo,
      categories: [...template.categories],
      availableFrom,
      availableUntil,
      availability: template.availability ?? null,
      contactName: personName(random),
      contactPhone: random.chance(0.85) ? mobile(random) : null
    }
    const fields = checked(`资源“${template.name}”`, checkResource(draft, createdOn))
    const createdAt = instantOn(random, createdOn)
    result.push(
      named({ id: random.uuid(), ...fields, createdAt, updatedAt: createdAt, archivedAt: null })
    )
  }
  return result
}
