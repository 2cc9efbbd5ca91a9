/**
 * Deterministic sample data at any scale: the demo set behind 设置 → 载入示例数据 and the
 * city-scale set the benchmark loads. Every record passes the same rules a user's input must
 * pass (a test checks that), so the sample data never shows the app something it would refuse.
 *
 * Later modules add their own generators here and extend {@link SampleData}.
 */
import type { Activity } from '../domain/activities/activity'
import type { CatalogueItem } from '../domain/catalogue/catalogue-item'
import type { Community } from '../domain/communities/community'
import { addDays, addYears, daysBetween, type IsoDate } from '../domain/dates'
import type { Evaluation } from '../domain/evaluations/evaluation'
import type { MutualEvaluation } from '../domain/evaluations/mutual-evaluation'
import type { ProjectEvaluation } from '../domain/evaluations/project-evaluation'
import { DEFAULT_RATING_BANDS, ratingGradeForScore } from '../domain/evaluations/grade-bands'
import { orgCodeCheckChar } from '../domain/identifiers/org-code'
import { residentIdCheckChar } from '../domain/identifiers/resident-id'
import { usccCheckChar } from '../domain/identifiers/uscc'
import type { Incubation } from '../domain/incubation/incubation'
import type { IncubationService } from '../domain/incubation/service-log'
import type { Need } from '../domain/linkage/need'
import type { NeedMatch } from '../domain/linkage/need-match'
import type { Resource } from '../domain/linkage/resource'
import {
  ORGANIZATION_CATEGORIES,
  type AnnualCheck,
  type AnnualCheckMode,
  type LegalForm,
  type Organization,
  type Rating,
  type RatingGrade,
  type RegistrationStatus
} from '../domain/organizations/organization'
import type { Payment } from '../domain/payments/payment'
import type { Agreement, Amendment } from '../domain/projects/agreement'
import type { Project } from '../domain/projects/project'
import {
  SOCIAL_WORK_SPECIALTIES,
  type CertLevel,
  type SocialWorker
} from '../domain/social-workers/social-worker'
import type { Application } from '../domain/venture/application'
import type { Review } from '../domain/venture/review'
import type { Reviewer } from '../domain/venture/reviewer'
import type { VentureRound } from '../domain/venture/round'
import { pinyinKeys } from '../text/pinyin'
import { personName, weighted } from './common'
import { generateDelivery } from './delivery'
import { generateIncubations } from './incubations'
import { generateLinkage } from './linkage'
import {
  ORG_THEMES,
  PLACE_HEADS,
  PLACE_TAILS,
  SAMPLE_DISTRICTS,
  type SampleDistrict
} from './places'
import { createRandom, type Random } from './random'
import { generateVenture } from './venture'

export interface SampleScale {
  organizations: number
  communities: number
  socialWorkers: number
  /**
   * 入驻记录 (stays at an incubation base), each with its services and assessments; none when
   * left out, so registry-only sets stay as they were.
   */
  incubations?: number
  /**
   * 申报书 in each of three 公益创投 rounds (last year's, this year's, next year's), with the
   * expert pool, reviews and last year's projects; none when left out.
   */
  ventureApplications?: number
  /**
   * 政府购买服务 contracts of the street offices, at every stage (shared/sample-data/delivery.ts),
   * with the 购买服务目录; none (and no catalogue) when left out. Last year's 公益创投 projects are
   * signed and under way whenever there are any.
   */
  purchaseProjects?: number
  /**
   * 需求清单 entries (merged duplicates included), about five per community in as many
   * communities, matched to the projects and applications (shared/sample-data/linkage.ts); none
   * when left out.
   */
  needs?: number
  /** 资源清单 entries, of every type and kind of provider; none when left out. */
  resources?: number
}

/**
 * How much each project and stay records, beside the counts of {@link SampleScale}: what makes a
 * registry of the same size a busier one. Each knob left out keeps what the demo set has.
 */
export interface SampleDensity {
  /**
   * How busy a project is: the 服务活动 it plans a year (and so its 服务记录 and the activity
   * targets of its 绩效目标表) as a multiple of the usual 30–44 of a contract and 14–24 of a
   * 公益创投 project; 1 when left out. A city's contracts, with their 个案 and 小组 sessions,
   * record two to three times that.
   */
  activityLoad?: number
  /**
   * Months between a resident organisation's 中期 capacity assessments, for a base that reviews
   * its residents every quarter (3) all through the stay and any 续驻; null or left out: one 中期
   * about half a year in, as most bases do.
   */
  assessmentEveryMonths?: number | null
  /**
   * Whether each 中期, 年度 and 末期 evaluation of a project by the purchaser or a third party
   * follows the provider's own 单位自评 of the same kind (财预〔2020〕10号), filed a few days
   * earlier; no when left out.
   */
  selfEvaluations?: boolean
}

/** What 载入示例数据 loads: enough to see every screen at work. */
export const DEMO_SCALE: Required<SampleScale> = {
  organizations: 240,
  communities: 80,
  socialWorkers: 160,
  incubations: 60,
  ventureApplications: 16,
  purchaseProjects: 12,
  needs: 60,
  resources: 25
}

/**
 * The benchmark's city (DESIGN / issues #3 and #10): 15 000 organisations, 2 000 communities,
 * 8 000 social workers, about 2 000 projects (last year's 公益创投 ones and 1 900 contracts),
 * 100 000 服务记录 and 20 000 evaluations (the stays' quarterly 能力评估; the projects' 中期,
 * 年度 and 末期, each with the provider's 自评).
 */
export const CITY_SCALE: Required<SampleScale> & Required<SampleDensity> = {
  organizations: 15_000,
  communities: 2_000,
  socialWorkers: 8_000,
  incubations: 5_500,
  ventureApplications: 240,
  purchaseProjects: 1_900,
  needs: 10_000,
  resources: 2_000,
  activityLoad: 2.5,
  assessmentEveryMonths: 3,
  selfEvaluations: true
}

export interface SampleData {
  communities: Community[]
  organizations: Organization[]
  socialWorkers: SocialWorker[]
  incubations: Incubation[]
  incubationServices: IncubationService[]
  evaluations: Evaluation[]
  reviewers: Reviewer[]
  ventureRounds: VentureRound[]
  applications: Application[]
  reviews: Review[]
  /** 公益创投 projects first, then 政府购买服务 contracts. */
  projects: Project[]
  catalogueItems: CatalogueItem[]
  agreements: Agreement[]
  amendments: Amendment[]
  payments: Payment[]
  activities: Activity[]
  projectEvaluations: ProjectEvaluation[]
  mutualEvaluations: MutualEvaluation[]
  resources: Resource[]
  /** Open and closed needs first, then the duplicates merged into them. */
  needs: Need[]
  needMatches: NeedMatch[]
}

export interface SampleOptions {
  seed?: number
  scale?: SampleScale & SampleDensity
  /** The day the data is "as of"; dates are spread before (and for expiries, after) it. */
  today: IsoDate
}

interface PlacedCommunity {
  community: Community
  district: SampleDistrict
}

function mobile(random: Random): string {
  return `1${random.pick(['3', '5', '7', '8', '9'])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`
}

function residentId(random: Random, districtCode: string, today: IsoDate): string {
  const birth = addDays(today, -random.int(25 * 365, 70 * 365)).replace(/-/g, '')
  const body = districtCode + birth + String(random.int(0, 999)).padStart(3, '0')
  return body + residentIdCheckChar(body)
}

function instantBefore(random: Random, today: IsoDate, maxDays: number): string {
  const day = addDays(today, -random.int(0, maxDays))
  return `${day}T${String(random.int(1, 9)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`
}

function named<T extends { name: string }>(record: T) {
  return { ...record, ...pinyinKeys(record.name) }
}

function generateCommunities(random: Random, count: number, today: IsoDate): PlacedCommunity[] {
  const result: PlacedCommunity[] = []
  const used = new Set<string>()
  const slots = SAMPLE_DISTRICTS.flatMap((district) =>
    district.subdistricts.map((subdistrict, index) => ({ district, subdistrict, index }))
  )
  // The seed communities come first, so even a small demo set contains 军门社区 and 黉门街社区.
  const queue = slots.flatMap(({ district, subdistrict, index }) =>
    subdistrict.communities.map((name, village) => ({
      district,
      subdistrict,
      index,
      name,
      village
    }))
  )
  let villageCounter = 100
  while (result.length < count) {
    const seeded = queue.shift()
    const slot = seeded ?? random.pick(slots)
    let name = seeded?.name ?? ''
    while (!seeded && (name === '' || used.has(`${slot.subdistrict.name}${name}`))) {
      name = `${random.pick(PLACE_HEADS)}${random.pick(PLACE_TAILS)}社区`
      if (used.has(`${slot.subdistrict.name}${name}`) && random.chance(0.3)) {
        name = `${random.pick(PLACE_HEADS)}${random.pick(PLACE_HEADS)}社区`
      }
    }
    used.add(`${slot.subdistrict.name}${name}`)
    const village = seeded ? seeded.village + 1 : (villageCounter = (villageCounter % 198) + 1)
    const population = random.int(2_000, 25_000)
    const createdAt = instantBefore(random, today, 900)
    result.push({
      district: slot.district,
      community: named({
        id: random.uuid(),
        name,
        district: slot.district.district,
        subdistrict: slot.subdistrict.name,
        divisionCode: random.chance(0.8)
          ? `${slot.district.code}${String(slot.index + 1).padStart(3, '0')}${String(village).padStart(3, '0')}`
          : null,
        households: Math.round(population / (2.3 + random.next())),
        population,
        grids: random.int(3, 30),
        createdAt,
        updatedAt: createdAt,
        archivedAt: null
      })
    })
  }
  return result
}

const LEGAL_FORM_WEIGHTS: ReadonlyArray<[LegalForm, number]> = [
  ['社会服务机构', 0.45],
  ['社会团体', 0.15],
  ['基金会', 0.03],
  ['社区社会组织', 0.3],
  ['未登记', 0.07]
]

const SUFFIXES: Record<LegalForm, readonly string[]> = {
  社会服务机构: ['社会工作服务中心', '服务中心', '发展中心', '社工服务社'],
  社会团体: ['协会', '促进会', '联合会'],
  基金会: ['公益基金会', '慈善基金会'],
  社区社会组织: ['志愿服务队', '互助会', '文体队', '议事会'],
  未登记: ['兴趣小组', '服务队']
}

const SERVICE_WORDS: Record<string, string> = {
  为老服务: '助老',
  助残服务: '助残',
  青少年服务: '青少年',
  妇女儿童: '妇女儿童',
  社区治理: '社区治理',
  矛盾调解: '调解',
  心理健康: '心理',
  环境保护: '环保',
  文体教育: '文体',
  公益慈善: '公益',
  社会工作: '社工',
  其他: '邻里'
}

const PREFIX_BY_FORM: Partial<Record<LegalForm, string>> = {
  社会团体: '51',
  社会服务机构: '52',
  基金会: '53'
}

function uscc(form: LegalForm, districtCode: string, serial: number): string {
  const orgBody = `MJ${String(serial).padStart(6, '0')}`
  const body = `${PREFIX_BY_FORM[form]}${districtCode}${orgBody}${orgCodeCheckChar(orgBody)}`
  return body + usccCheckChar(body)
}

/** Score ranges to draw from per intended grade; the grade itself comes from the bands. */
const GRADE_SCORES: Record<RatingGrade, [number, number]> = {
  '5A': [DEFAULT_RATING_BANDS['5A'], 980],
  '4A': [DEFAULT_RATING_BANDS['4A'], DEFAULT_RATING_BANDS['5A'] - 1],
  '3A': [DEFAULT_RATING_BANDS['3A'], DEFAULT_RATING_BANDS['4A'] - 1],
  '2A': [DEFAULT_RATING_BANDS['2A'], DEFAULT_RATING_BANDS['3A'] - 1],
  '1A': [Math.max(DEFAULT_RATING_BANDS['1A'], 500), DEFAULT_RATING_BANDS['2A'] - 1]
}

/**
 * A 等级评估 result whose grade is what the default bands give for its score. Most are valid;
 * some expire within the 180-day warning window and some have expired, so the registry's
 * expiry warnings have something to show. Null when the organisation is too young to be rated
 * (registered two full years first).
 */
function rating(random: Random, today: IsoDate, establishedOn: IsoDate): Rating | null {
  const earliest = addYears(establishedOn, 2)
  if (earliest > addDays(today, -30)) return null
  const target = weighted<RatingGrade>(random, [
    ['5A', 0.06],
    ['4A', 0.2],
    ['3A', 0.44],
    ['2A', 0.2],
    ['1A', 0.1]
  ])
  const [low, high] = GRADE_SCORES[target]
  const score = random.int(low, high)
  const grade = ratingGradeForScore(score, DEFAULT_RATING_BANDS)
  if (!grade) throw new Error(`示例数据生成失败：${score} 分达不到 1A`)
  const roll = random.next()
  let ratedOn =
    roll < 0.7
      ? addDays(today, -random.int(30, 5 * 365 - 200))
      : roll < 0.85
        ? addYears(addDays(today, random.int(1, 175)), -5)
        : addYears(addDays(today, -random.int(1, 900)), -5)
  if (ratedOn < earliest)
    ratedOn = addDays(earliest, random.int(0, daysBetween(earliest, today) - 30))
  return { grade, score, ratedOn }
}

function generateOrganizations(
  random: Random,
  count: number,
  communities: PlacedCommunity[],
  today: IsoDate
): Organization[] {
  const result: Organization[] = []
  const names = new Set<string>()
  const thisYear = Number(today.slice(0, 4))
  const bySubdistrict = new Map<string, PlacedCommunity[]>()
  for (const placed of communities) {
    const key = placed.community.subdistrict
    bySubdistrict.set(key, [...(bySubdistrict.get(key) ?? []), placed])
  }
  for (let serial = 1; result.length < count; serial += 1) {
    const home = random.pick(communities)
    const form = weighted(random, LEGAL_FORM_WEIGHTS)
    const category = random.pick(ORGANIZATION_CATEGORIES)
    const prefix =
      form === '社区社会组织' || form === '未登记' ? home.community.name : home.district.district
    let name = `${prefix}${random.pick(ORG_THEMES)}${SERVICE_WORDS[category]}${random.pick(SUFFIXES[form])}`
    if (names.has(name)) name = `${home.community.subdistrict}${name.slice(prefix.length)}`
    if (names.has(name)) continue
    names.add(name)

    const status: RegistrationStatus =
      form === '社区社会组织'
        ? '备案'
        : form === '未登记'
          ? '筹备'
          : random.chance(0.04)
            ? '注销'
            : '已登记'
    const registered = status === '已登记' || status === '注销'
    const established = addDays(today, -random.int(200, 15 * 365))
    const neighbours = bySubdistrict.get(home.community.subdistrict)!.filter((c) => c !== home)
    const served = [home, ...random.sample(neighbours, random.int(0, 2))]
    // Where a province has replaced 年检 with the public 年度工作报告, the organisation files 年报.
    const checkMode: AnnualCheckMode = random.chance(0.15) ? '年报' : '年检'
    const annualChecks: AnnualCheck[] = registered
      ? Array.from({ length: Math.min(3, thisYear - Number(established.slice(0, 4))) }, (_, i) => ({
          year: thisYear - 1 - i,
          mode: checkMode,
          conclusion: weighted(random, [
            ['合格', 0.85],
            ['基本合格', 0.1],
            ['不合格', 0.05]
          ] as const)
        }))
      : []
    const createdAt = instantBefore(random, today, 700)
    result.push(
      named({
        id: random.uuid(),
        name,
        uscc: registered ? uscc(form, home.district.code, serial) : null,
        legalForm: form,
        registrationStatus: status,
        filingNo:
          status === '备案' ? `${home.district.code}BA${String(serial).padStart(5, '0')}` : null,
        category,
        origin: random.chance(0.7) ? '内生型' : '外生型',
        legalRepName: personName(random),
        legalRepIdNumber: random.chance(0.85)
          ? residentId(random, home.district.code, today)
          : null,
        legalRepPhone: mobile(random),
        contactName: personName(random),
        contactPhone: random.chance(0.9) ? mobile(random) : null,
        address: `${home.district.city}${home.district.district}${home.community.subdistrict}${home.community.name}${random.int(1, 200)}号`,
        district: home.district.district,
        subdistrict: home.community.subdistrict,
        communityIds: served.map((c) => c.community.id),
        staffCount: form === '社区社会组织' ? random.int(0, 3) : random.int(2, 40),
        socialWorkerCount: form === '社会服务机构' ? random.int(1, 20) : random.int(0, 2),
        establishedOn: established,
        rating: registered && random.chance(0.35) ? rating(random, today, established) : null,
        annualChecks,
        createdAt,
        updatedAt: createdAt,
        archivedAt: null
      })
    )
  }
  return result
}

function generateSocialWorkers(
  random: Random,
  count: number,
  communities: PlacedCommunity[],
  organizations: Organization[],
  today: IsoDate
): SocialWorker[] {
  const employers = organizations.filter((org) => org.legalForm === '社会服务机构')
  const byId = new Map(communities.map((placed) => [placed.community.id, placed]))
  const result: SocialWorker[] = []
  for (let index = 0; index < count; index += 1) {
    const employer = employers.length > 0 && random.chance(0.9) ? random.pick(employers) : null
    const level = weighted<CertLevel>(random, [
      ['助理社会工作师', 0.5],
      ['社会工作师', 0.3],
      ['高级社会工作师', 0.03],
      ['未持证', 0.17]
    ])
    const nearby = employer ? employer.communityIds.map((id) => byId.get(id)!) : communities
    const home = random.pick(nearby.length > 0 ? nearby : communities)
    const name = personName(random)
    const certYear = random.int(2010, Number(today.slice(0, 4)) - 1)
    const createdAt = instantBefore(random, today, 600)
    result.push(
      named({
        id: random.uuid(),
        name,
        gender: random.chance(0.7) ? '女' : '男',
        certLevel: level,
        certNo:
          level === '未持证'
            ? null
            : `S${certYear}${home.district.code}${String(index + 1).padStart(6, '0')}`,
        registrationValidUntil:
          level === '未持证' ? null : addDays(today, random.int(-200, 3 * 365)),
        employerId: employer?.id ?? null,
        communityIds: [home.community.id],
        specialties: random.sample(SOCIAL_WORK_SPECIALTIES, random.int(1, 3)),
        phone: mobile(random),
        idNumber: random.chance(0.6) ? residentId(random, home.district.code, today) : null,
        createdAt,
        updatedAt: createdAt,
        archivedAt: null
      })
    )
  }
  return result
}

/** Same options, same data — on every machine. */
export function generateSampleData(options: SampleOptions): SampleData {
  const seed = options.seed ?? 20141101
  const random = createRandom(seed)
  const scale: SampleScale & SampleDensity = options.scale ?? DEMO_SCALE
  const placed = generateCommunities(random, scale.communities, options.today)
  const organizations = generateOrganizations(random, scale.organizations, placed, options.today)
  const socialWorkers = generateSocialWorkers(
    random,
    scale.socialWorkers,
    placed,
    organizations,
    options.today
  )
  // A stream of its own, so the stays do not reshuffle the registry when they change.
  const incubations = generateIncubations(
    createRandom(seed ^ 0x1c0ba7e),
    organizations,
    scale.incubations ?? 0,
    options.today,
    scale.assessmentEveryMonths ?? null
  )
  const communities = placed.map((p) => p.community)
  // Its own stream too; 初审 reads the stays' failed assessments.
  const venture = generateVenture(
    createRandom(seed ^ 0x7e47e4e),
    { organizations, communities, socialWorkers, evaluations: incubations.evaluations },
    scale.ventureApplications ?? 0,
    options.today
  )
  // Its own stream as well: delivery plays last year's projects forward and adds the contracts.
  const delivery = generateDelivery(
    createRandom(seed ^ 0xde11e7),
    {
      organizations,
      communities,
      socialWorkers,
      projects: venture.projects,
      applications: venture.applications
    },
    scale.purchaseProjects ?? 0,
    options.today,
    { activityLoad: scale.activityLoad, selfEvaluations: scale.selfEvaluations }
  )
  // And its own stream: needs are matched to the projects as delivery left them.
  const linkage = generateLinkage(
    createRandom(seed ^ 0x3500c1a1),
    {
      communities,
      organizations,
      socialWorkers,
      projects: delivery.projects,
      applications: venture.applications
    },
    { needs: scale.needs ?? 0, resources: scale.resources ?? 0 },
    options.today
  )
  return {
    communities,
    organizations,
    socialWorkers,
    ...incubations,
    ...venture,
    ...delivery,
    ...linkage
  }
}
