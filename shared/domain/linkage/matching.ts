/**
 * 供需对接 suggestions (issue #7 §5): for one need, the organisations, social workers and
 * resources worth asking, each with the reasons the screen shows verbatim. This replaces what a
 * matching fair (长沙 三社联动供需会, domain-cn.md §8) does by hand: look at who works in that
 * field, who is already in the community, and how well they did before.
 *
 * Every suggestion is relevant first (it shares the field or the place), then ranked by points
 * from one table per kind, so the office can read why one came before another. Candidates are
 * scored once each, with lookups built once, so a city register (15 000 organisations) is one
 * pass.
 */
import type { Community } from '../communities/community'
import { addYears, type IsoDate } from '../dates'
import type { Evaluation } from '../evaluations/evaluation'
import type { EvaluationGrade } from '../evaluations/grade-bands'
import type { ProjectEvaluation } from '../evaluations/project-evaluation'
import {
  ratingValidUntil,
  type Organization,
  type RatingGrade
} from '../organizations/organization'
import {
  registrationWarning,
  type CertLevel,
  type SocialWorker,
  SOCIAL_WORK_SPECIALTIES
} from '../social-workers/social-worker'
import { compareZh } from '../../text/collator'
import type { Need, NeedCategory } from './need'
import type { Resource } from './resource'
import { isResourceAvailable } from './resource-rules'

/** One suggestion: the record's id, its points and why, in the order the points were given. */
export interface Suggestion {
  id: string
  score: number
  reasons: string[]
}

/** How many suggestions of each kind the matching panel shows. */
export const DEFAULT_SUGGESTION_LIMIT = 5

/** From this many 执行中 projects on, an organisation or a worker counts as stretched. */
export const BUSY_PROJECT_COUNT = 3

/** How far back an evaluation grade speaks for an organisation (“近三年”). */
export const RECENT_GRADE_YEARS = 3

type MatchedNeed = Pick<Need, 'communityId' | 'category'>

/** Points and the phrase that explains them. */
type Point = readonly [points: number, reason: string]

/** A candidate's points, or null when it is excluded or nothing links it to the need. */
type Scoring<T> = (candidate: T) => Point[] | null

/** Ranks the scored candidates: points high to low, then name in pinyin order, then id. */
function rank<T extends { id: string; name: string; pinyin: string }>(
  candidates: readonly T[],
  scoring: Scoring<T>,
  limit: number
): Suggestion[] {
  const scored: { candidate: T; suggestion: Suggestion }[] = []
  for (const candidate of candidates) {
    const points = scoring(candidate)
    if (points === null) continue
    const score = points.reduce((sum, [value]) => sum + value, 0)
    const reasons = points.map(([, reason]) => reason)
    scored.push({ candidate, suggestion: { id: candidate.id, score, reasons } })
  }
  return scored
    .sort(
      (a, b) =>
        b.suggestion.score - a.suggestion.score ||
        a.candidate.pinyin.localeCompare(b.candidate.pinyin) ||
        compareZh(a.candidate.name, b.candidate.name) ||
        a.candidate.id.localeCompare(b.candidate.id)
    )
    .slice(0, limit)
    .map(({ suggestion }) => suggestion)
}

// Organisations.

/** The need's community and the other communities of its subdistrict (同街道). */
export interface NeedCommunity {
  id: string
  neighbourIds: ReadonlySet<string>
}

/**
 * {@link NeedCommunity} for `community`: its neighbours are the communities in use with the same
 * district and subdistrict (a subdistrict name alone repeats across districts).
 */
export function needCommunity(
  community: Pick<Community, 'id' | 'district' | 'subdistrict'>,
  communities: readonly Pick<Community, 'id' | 'district' | 'subdistrict' | 'archivedAt'>[]
): NeedCommunity {
  const neighbourIds = new Set<string>()
  for (const other of communities) {
    if (
      other.id !== community.id &&
      other.archivedAt === null &&
      other.district === community.district &&
      other.subdistrict === community.subdistrict
    ) {
      neighbourIds.add(other.id)
    }
  }
  return { id: community.id, neighbourIds }
}

/** One final evaluation grade of an organisation, from any kind of evaluation. */
export interface GradeRecord {
  organizationId: string
  grade: EvaluationGrade
  on: IsoDate
}

/** What an organisation has done: its final grades, and its 执行中 project counts by id. */
export interface OrganizationHistory {
  grades: readonly GradeRecord[]
  activeProjects: ReadonlyMap<string, number>
}

/**
 * The grades that speak for organisations: 定稿 incubation assessments (入驻 / 中期 / 出壳) and
 * 定稿 project evaluations still in force — a corrected version (`supersededById` set) is
 * replaced by its correction, and a 自评 is the organisation judging itself, so it does not count
 * (as for closing a project, project.ts).
 */
export function gradeRecords(
  evaluations: readonly Pick<
    Evaluation,
    'organizationId' | 'status' | 'grade' | 'evaluatedOn' | 'archivedAt'
  >[],
  projectEvaluations: readonly Pick<
    ProjectEvaluation,
    'organizationId' | 'status' | 'grade' | 'evaluatedOn' | 'archivedAt' | 'supersededById' | 'mode'
  >[]
): GradeRecord[] {
  const records: GradeRecord[] = []
  for (const evaluation of evaluations) {
    if (evaluation.status !== '定稿' || evaluation.grade === null) continue
    if (evaluation.archivedAt !== null) continue
    const { organizationId, grade, evaluatedOn: on } = evaluation
    records.push({ organizationId, grade, on })
  }
  for (const evaluation of projectEvaluations) {
    if (evaluation.status !== '定稿' || evaluation.grade === null) continue
    if (evaluation.archivedAt !== null || evaluation.supersededById !== null) continue
    if (evaluation.mode === '自评') continue
    const { organizationId, grade, evaluatedOn: on } = evaluation
    records.push({ organizationId, grade, on })
  }
  return records
}

/**
 * Points for an organisation. Relevant when it works in the need's field, serves the community
 * or serves another community of the same subdistrict; the rest only ranks.
 *
 *  - +4 服务领域一致：为老服务 — its category is the need's;
 *  - +3 服务本社区 — it serves the need's community;
 *  - +1 服务同街道社区 — else it serves another community of the same subdistrict;
 *  - +2 / +1 近年评估：优秀 / 良好 — its best grade of the last {@link RECENT_GRADE_YEARS} years;
 *  - −3 近三年有不合格评估 — any 不合格 in those years;
 *  - +3 / +2 / +1 等级评估 5A / 4A / 3A — a 等级评估 still in force (five years);
 *  - −1 在办项目 3 个 — at least {@link BUSY_PROJECT_COUNT} 执行中 projects.
 *
 * Excluded: archived, and 注销 (no longer a lawful body: 102号令 art. 6; provider.ts).
 */
export const ORGANIZATION_POINTS = {
  sameCategory: 4,
  servesCommunity: 3,
  servesSubdistrict: 1,
  recentGrade: { 优秀: 2, 良好: 1 } as Readonly<Partial<Record<EvaluationGrade, number>>>,
  recentFailure: -3,
  rating: { '5A': 3, '4A': 2, '3A': 1 } as Readonly<Partial<Record<RatingGrade, number>>>,
  busy: -1
} as const

const GRADE_ORDER: readonly EvaluationGrade[] = ['优秀', '良好', '合格', '不合格']

/** Per organisation: its best grade and whether it failed, over the recent window. */
function recentGrades(
  grades: readonly GradeRecord[],
  today: IsoDate
): Map<string, { best: EvaluationGrade; failed: boolean }> {
  const since = addYears(today, -RECENT_GRADE_YEARS)
  const byOrganization = new Map<string, { best: EvaluationGrade; failed: boolean }>()
  for (const { organizationId, grade, on } of grades) {
    if (on < since || on > today) continue
    const seen = byOrganization.get(organizationId)
    const best =
      seen && GRADE_ORDER.indexOf(seen.best) < GRADE_ORDER.indexOf(grade) ? seen.best : grade
    byOrganization.set(organizationId, {
      best,
      failed: (seen?.failed ?? false) || grade === '不合格'
    })
  }
  return byOrganization
}

type MatchedOrganization = Pick<
  Organization,
  | 'id'
  | 'name'
  | 'pinyin'
  | 'archivedAt'
  | 'registrationStatus'
  | 'category'
  | 'communityIds'
  | 'rating'
>

/** Organisations to ask about `need`, best first (see {@link ORGANIZATION_POINTS}). */
export function suggestOrganizations(
  need: MatchedNeed,
  community: NeedCommunity,
  organizations: readonly MatchedOrganization[],
  history: OrganizationHistory,
  today: IsoDate,
  limit = DEFAULT_SUGGESTION_LIMIT
): Suggestion[] {
  const grades = recentGrades(history.grades, today)
  const table = ORGANIZATION_POINTS
  return rank(
    organizations,
    (organization) => {
      if (organization.archivedAt !== null || organization.registrationStatus === '注销') {
        return null
      }
      const points: Point[] = []
      if (organization.category === need.category) {
        points.push([table.sameCategory, `服务领域一致：${need.category}`])
      }
      if (organization.communityIds.includes(community.id)) {
        points.push([table.servesCommunity, '服务本社区'])
      } else if (organization.communityIds.some((id) => community.neighbourIds.has(id))) {
        points.push([table.servesSubdistrict, '服务同街道社区'])
      }
      if (points.length === 0) return null
      const recent = grades.get(organization.id)
      const gradePoints = recent && table.recentGrade[recent.best]
      if (recent && gradePoints) points.push([gradePoints, `近年评估：${recent.best}`])
      if (recent?.failed) points.push([table.recentFailure, '近三年有不合格评估'])
      const rating = organization.rating
      const ratingPoints = rating && table.rating[rating.grade]
      if (rating && ratingPoints && ratingValidUntil(rating) >= today) {
        points.push([ratingPoints, `等级评估 ${rating.grade}`])
      }
      const active = history.activeProjects.get(organization.id) ?? 0
      if (active >= BUSY_PROJECT_COUNT) points.push([table.busy, `在办项目 ${active} 个`])
      return points
    },
    limit
  )
}

// Social workers.

type Specialty = (typeof SOCIAL_WORK_SPECIALTIES)[number]

/**
 * Which service fields each specialty serves (职业水平 specialties as the register lists them,
 * social-worker.ts). A worker suits a need when any of their specialties lists its category.
 * Data, not logic: an office adding specialties extends this table.
 */
export const SPECIALTY_CATEGORIES: Readonly<Record<Specialty, readonly NeedCategory[]>> = {
  老年社会工作: ['为老服务'],
  儿童青少年社会工作: ['青少年服务', '妇女儿童'],
  残障社会工作: ['助残服务'],
  家庭社会工作: ['妇女儿童', '矛盾调解'],
  社区矫正: ['社区治理'],
  禁毒社会工作: ['社区治理', '青少年服务'],
  心理疏导: ['心理健康'],
  矛盾调解: ['矛盾调解'],
  社区营造: ['社区治理', '文体教育', '环境保护'],
  医务社会工作: ['为老服务', '助残服务', '心理健康']
}

const specialtyCategories: ReadonlyMap<string, readonly NeedCategory[]> = new Map(
  Object.entries(SPECIALTY_CATEGORIES)
)

/**
 * Points for a social worker. Relevant when a specialty suits the need's field or they serve
 * the community; the rest only ranks.
 *
 *  - +4 专长对口：老年社会工作 — a specialty suits the category ({@link SPECIALTY_CATEGORIES});
 *  - +3 服务本社区 — they serve the need's community;
 *  - +2 / +1 职业水平：高级社会工作师 / 社会工作师 — 高级 or 中级 certification (domain-cn.md §7);
 *  - +1 暂无在办项目 — no 执行中 project;
 *  - −2 在办项目 3 个 — at least {@link BUSY_PROJECT_COUNT} 执行中 projects;
 *  - −3 登记已过期 — the registration lapsed and must be renewed (domain-cn.md §7).
 *
 * Excluded: archived.
 */
export const SOCIAL_WORKER_POINTS = {
  specialty: 4,
  servesCommunity: 3,
  certLevel: { 高级社会工作师: 2, 社会工作师: 1 } as Readonly<Partial<Record<CertLevel, number>>>,
  idle: 1,
  busy: -2,
  registrationExpired: -3
} as const

type MatchedSocialWorker = Pick<
  SocialWorker,
  | 'id'
  | 'name'
  | 'pinyin'
  | 'archivedAt'
  | 'specialties'
  | 'communityIds'
  | 'certLevel'
  | 'registrationValidUntil'
>

/**
 * Social workers to ask about `need`, best first (see {@link SOCIAL_WORKER_POINTS}); `workload`
 * is their 执行中 project counts (workload.ts).
 */
export function suggestSocialWorkers(
  need: MatchedNeed,
  community: Pick<Community, 'id'>,
  workers: readonly MatchedSocialWorker[],
  workload: ReadonlyMap<string, number>,
  today: IsoDate,
  limit = DEFAULT_SUGGESTION_LIMIT
): Suggestion[] {
  const table = SOCIAL_WORKER_POINTS
  return rank(
    workers,
    (worker) => {
      if (worker.archivedAt !== null) return null
      const points: Point[] = []
      const suited = worker.specialties.filter((specialty) =>
        specialtyCategories.get(specialty)?.includes(need.category)
      )
      if (suited.length > 0) points.push([table.specialty, `专长对口：${suited.join('、')}`])
      if (worker.communityIds.includes(community.id)) {
        points.push([table.servesCommunity, '服务本社区'])
      }
      if (points.length === 0) return null
      const levelPoints = table.certLevel[worker.certLevel]
      if (levelPoints) points.push([levelPoints, `职业水平：${worker.certLevel}`])
      const active = workload.get(worker.id) ?? 0
      if (active === 0) points.push([table.idle, '暂无在办项目'])
      if (active >= BUSY_PROJECT_COUNT) points.push([table.busy, `在办项目 ${active} 个`])
      if (registrationWarning(worker, today) === '已过期') {
        points.push([table.registrationExpired, '登记已过期'])
      }
      return points
    },
    limit
  )
}

// Resources.

/**
 * Points for a resource. Only a resource available today, offered to the community or to all
 * (no communities listed) and suiting the field or any field is suggested; one aimed at this
 * community or this field comes before a general one.
 *
 *  - +2 提供给本社区 — offered to the need's community by name;
 *  - +1 全街道可用 — offered to all communities (none listed);
 *  - +2 适用：为老服务 — lists the need's category;
 *  - +1 不限服务领域 — lists no category.
 */
export const RESOURCE_POINTS = {
  forCommunity: 2,
  forAll: 1,
  forCategory: 2,
  anyCategory: 1
} as const

type MatchedResource = Pick<
  Resource,
  | 'id'
  | 'name'
  | 'pinyin'
  | 'archivedAt'
  | 'communityIds'
  | 'categories'
  | 'availableFrom'
  | 'availableUntil'
>

/** Resources to bring to `need`, best first (see {@link RESOURCE_POINTS}). */
export function suggestResources(
  need: MatchedNeed,
  resources: readonly MatchedResource[],
  today: IsoDate,
  limit = DEFAULT_SUGGESTION_LIMIT
): Suggestion[] {
  const table = RESOURCE_POINTS
  return rank(
    resources,
    (resource) => {
      if (!isResourceAvailable(resource, today)) return null
      const points: Point[] = []
      if (resource.communityIds.length === 0) points.push([table.forAll, '全街道可用'])
      else if (resource.communityIds.includes(need.communityId)) {
        points.push([table.forCommunity, '提供给本社区'])
      } else return null
      if (resource.categories.length === 0) points.push([table.anyCategory, '不限服务领域'])
      else if (resource.categories.includes(need.category)) {
        points.push([table.forCategory, `适用：${need.category}`])
      } else return null
      return points
    },
    limit
  )
}
