/**
 * Records and readers shared by the report builders' tests: one office (鼓楼街道办事处, operator
 * 张晓梅) with its records under fixed ids, each builder taking a patch for what a test changes.
 * - `reportContext`: what every builder is given besides its records;
 * - `ORGANIZATION`: the provider org-1, with a contact phone and an ID number to keep masked;
 * - `indicator`; `ventureProject` on its 绩效目标表 and `purchaseProject`, with their agreements;
 * - `projectEvaluation` with `finalized` and `DRAFT`; `mutualSheet`, `mutualEvaluation`;
 * - a 公益创投 round in review, three applications and their reviews: `roundRecords`, and
 *   `publishedRoundRecords` once 公示 started; `application` and `review` for other ones;
 * - reading a built report: `headings`, `paragraphs`, `text`, `paragraphsUnder`, `fieldsOf`,
 *   `blocksOf`, `tableOf`.
 * The project records follow tests/renderer/helpers/project-seed.ts, which cannot be imported
 * here: it seeds a Dexie database and renders screens.
 */
import { expect } from 'vitest'
import {
  DEFAULT_MUTUAL_TEMPLATE,
  type MutualEvaluation,
  type MutualScore,
  type MutualSheet,
  type MutualSide
} from '@shared/domain/evaluations/mutual-evaluation'
import {
  blankIndicatorScores,
  type ProjectEvaluation
} from '@shared/domain/evaluations/project-evaluation'
import type { Organization } from '@shared/domain/organizations/organization'
import type { IndicatorLevel, IndicatorNode } from '@shared/domain/performance/indicator'
import { emptyProcurement } from '@shared/domain/procurement/procurement'
import type { Agreement } from '@shared/domain/projects/agreement'
import type { Project } from '@shared/domain/projects/project'
import type { Application, Award } from '@shared/domain/venture/application'
import { planTranches, roundResults } from '@shared/domain/venture/results'
import type { Review } from '@shared/domain/venture/review'
import { DEFAULT_TRANCHES, newRoundDraft, type VentureRound } from '@shared/domain/venture/round'
import type { ReportBlock, ReportContext, ReportDocument } from '@shared/pdf/report-model'
import type { ReviewResultsReportInput } from '@shared/pdf/reports/review-results-report'

const OPERATOR = '张晓梅'

/** The stamps of every record here. */
export const STAMP = {
  createdAt: '2026-03-01T01:30:00.000Z',
  updatedAt: '2026-03-01T01:30:00.000Z',
  archivedAt: null
}

/** The report `number` of 鼓楼街道办事处, dated 2026-11-22, personal data masked. */
export function reportContext(number: string, patch: Partial<ReportContext> = {}): ReportContext {
  return {
    number,
    date: '2026-11-22',
    office: '鼓楼街道办事处',
    operator: OPERATOR,
    revealPersonalData: false,
    ...patch
  }
}

/** A registered 社会服务机构 with a credit code, its legal representative and a contact. */
export const ORGANIZATION: Organization = {
  id: 'org-1',
  name: '鼓楼区黉门社会工作服务中心',
  pinyin: 'gulouquhongmenshehuigongzuofuwuzhongxin',
  pinyinInitials: 'glqhmshgzfwzx',
  uscc: '52350102MJ0000001X',
  legalForm: '社会服务机构',
  registrationStatus: '已登记',
  filingNo: null,
  category: '社会工作',
  origin: '内生型',
  legalRepName: '陈立新',
  legalRepIdNumber: '11010519491231002X',
  legalRepPhone: '13900139000',
  contactName: '林晓',
  contactPhone: '13800138000',
  address: '鼓楼区华侨路 18 号',
  district: '鼓楼区',
  subdistrict: '鼓楼街道',
  communityIds: ['community-1'],
  staffCount: 8,
  socialWorkerCount: 5,
  establishedOn: '2024-05-06',
  rating: null,
  annualChecks: [],
  ...STAMP
}

// ---- Projects ----

/** An indicator of a 绩效目标表, with no target, metric or actual unless `extra` gives one. */
export function indicator(
  key: string,
  parentKey: string | null,
  level: IndicatorLevel,
  name: string,
  weight: number,
  extra: Partial<IndicatorNode> = {}
): IndicatorNode {
  return {
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
  }
}

/**
 * 产出 60 (场次 ≥ 2 and 人次 ≥ 500, both counted from the 服务记录), 服务成效 30 (3 typed in
 * against ≥ 3), 服务对象满意度 10 with no actual yet.
 */
const PROJECT_INDICATORS: IndicatorNode[] = [
  indicator('output', null, 1, '产出指标', 60),
  indicator('sessions', 'output', 2, '活动场次', 30, {
    target: { value: 2, unit: '场', comparison: '≥' },
    metric: 'sessions'
  }),
  indicator('people', 'output', 2, '服务人次', 30, {
    target: { value: 500, unit: '人次', comparison: '≥' },
    metric: 'participants'
  }),
  indicator('effect', null, 1, '服务成效', 30, {
    target: { value: 3, unit: '个', comparison: '≥' },
    actual: 3
  }),
  indicator('satisfaction', null, 1, '服务对象满意度', 10, {
    target: { value: 90, unit: '%', comparison: '≥' }
  })
]

export const PROJECT_ID = 'project-1'
export const PROJECT_FEN = 30_000_000

/**
 * A 执行中 公益创投 project of ORGANIZATION, ¥300,000 for 2026-03-01 – 2027-02-28 in the default
 * tranches, on PROJECT_INDICATORS, serving community-1; `patch` changes it.
 */
export function ventureProject(patch: Partial<Project> = {}): Project {
  return {
    id: PROJECT_ID,
    channel: '公益创投',
    origin: { kind: 'venture', roundId: 'round-1', applicationId: 'application-1' },
    organizationId: ORGANIZATION.id,
    title: '银龄互助探访',
    category: '为老服务',
    communityIds: ['community-1'],
    amountFen: PROJECT_FEN,
    matchingFen: 0,
    tranches: planTranches(PROJECT_FEN, DEFAULT_TRANCHES),
    approvedOn: '2026-02-10',
    status: '执行中',
    startOn: '2026-03-01',
    endOn: '2027-02-28',
    indicators: PROJECT_INDICATORS,
    socialWorkerIds: [],
    purchase: null,
    closedOn: null,
    terminatedOn: null,
    terminationReason: null,
    ...STAMP,
    ...patch
  }
}

/** The agreement of `ventureProject()`, 鼓楼区民政局 its 甲方, signed on 2026-02-25. */
export const VENTURE_AGREEMENT: Agreement = {
  id: 'agreement-1',
  projectId: PROJECT_ID,
  number: 'GL-CT-2026-001',
  title: '银龄互助探访项目协议',
  partyA: '鼓楼区民政局',
  partyB: ORGANIZATION.name,
  signedOn: '2026-02-25',
  startOn: '2026-03-01',
  endOn: '2027-02-28',
  amountFen: PROJECT_FEN,
  terms: '一、服务内容：入户探访',
  status: '已签订',
  signedBy: OPERATOR,
  ...STAMP
}

const PURCHASER = '柳城街道办事处'

/**
 * A 执行中 purchase by PURCHASER from ORGANIZATION, ¥180,000 for 2026, single-source, with no
 * 绩效目标表; `patch` changes it.
 */
export function purchaseProject(patch: Partial<Project> = {}): Project {
  return ventureProject({
    channel: '政府购买服务',
    origin: { kind: 'purchase' },
    title: '柳城社区居家养老服务',
    category: '社区养老',
    communityIds: [],
    amountFen: 18_000_000,
    tranches: [],
    approvedOn: '2025-11-01',
    startOn: '2026-01-01',
    endOn: '2026-12-31',
    indicators: [],
    purchase: {
      purchaser: { name: PURCHASER, kind: '街道办事处' },
      catalogueItemIds: ['item-1'],
      budgetSource: '一般公共预算',
      procurement: emptyProcurement('单一来源'),
      multiYearJustification: null,
      staffing: []
    },
    ...patch
  })
}

/** The contract of `purchaseProject()`, signed on 2025-12-20. */
export const PURCHASE_AGREEMENT: Agreement = {
  ...VENTURE_AGREEMENT,
  number: 'LC-GM-2026-007',
  title: '柳城社区居家养老服务合同',
  partyA: PURCHASER,
  signedOn: '2025-12-20',
  startOn: '2026-01-01',
  endOn: '2026-12-31',
  amountFen: 18_000_000,
  terms: '一、服务内容：居家养老'
}

// ---- Evaluations ----

/** What an evaluation not yet 定稿 has in place of its result. */
export const DRAFT = {
  status: '草稿',
  total: null,
  grade: null,
  passed: null,
  finalizedAt: null,
  finalizedBy: null
} as const

/** A project evaluation 定稿 by the operator on 2026-09-12 with `result`. */
export function finalized(result: Pick<ProjectEvaluation, 'total' | 'grade' | 'passed'>) {
  return {
    status: '定稿',
    ...result,
    finalizedAt: '2026-09-12T02:00:00.000Z',
    finalizedBy: OPERATOR
  } as const
}

/** A blank 中期 草稿 of `ventureProject()` by the purchaser; `patch` changes it. */
export function projectEvaluation(patch: Partial<ProjectEvaluation> = {}): ProjectEvaluation {
  return {
    id: 'evaluation-1',
    projectId: PROJECT_ID,
    organizationId: ORGANIZATION.id,
    kind: '中期',
    mode: '购买方评价',
    year: null,
    version: 1,
    supersedesId: null,
    correctionReason: null,
    supersededById: null,
    evaluatedOn: '2026-09-10',
    evaluators: '鼓楼街道社会事务科',
    indicators: PROJECT_INDICATORS,
    scores: blankIndicatorScores(PROJECT_INDICATORS),
    survey: null,
    findings: null,
    recommendations: null,
    ...DRAFT,
    ...STAMP,
    ...patch
  }
}

/**
 * `side`'s sheet scoring its own obligations `own` and the other side's `other`, with single
 * obligations changed by `except`; submitted on 2026-12-24 unless it scored nothing of its own.
 */
export function mutualSheet(
  side: MutualSide,
  rater: string,
  own: number | null,
  other: number | null,
  except: Record<string, Partial<MutualScore>> = {}
): MutualSheet {
  return {
    side,
    rater,
    scores: DEFAULT_MUTUAL_TEMPLATE.map((obligation) => ({
      key: obligation.key,
      score: obligation.side === side ? own : other,
      comment: null,
      ...except[obligation.key]
    })),
    submittedAt: own === null ? null : '2026-12-24T02:00:00.000Z'
  }
}

/**
 * The 2026 双向评估 on the default obligations, 定稿 on 2026-12-28: the purchaser scores its own
 * obligations 18 and the provider's 16, the provider its own 19 and the purchaser's 17; `patch`
 * changes it.
 */
export function mutualEvaluation(patch: Partial<MutualEvaluation> = {}): MutualEvaluation {
  return {
    id: 'mutual-1',
    projectId: PROJECT_ID,
    periodLabel: '2026年度',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    obligations: DEFAULT_MUTUAL_TEMPLATE.map((obligation) => ({ ...obligation })),
    sheets: [
      mutualSheet('purchaser', '柳城街道 刘主任', 18, 16),
      mutualSheet('provider', '黉门社工 周站长', 19, 17)
    ],
    status: '定稿',
    finalizedAt: '2026-12-28T02:00:00.000Z',
    finalizedBy: OPERATOR,
    ...STAMP,
    ...patch
  }
}

// ---- A 公益创投 round ----

/** When the applications were submitted and the sheets scored. */
export const REVIEWED_AT = '2026-05-01T02:00:00.000Z'

/**
 * The 2026 round in 评审中: ¥200,000 in the pool, one track, two criteria (项目设计 60, 执行能力
 * 40) so a sheet's total is their sum, scores averaged; `patch` changes it.
 */
function ventureRound(patch: Partial<VentureRound> = {}): VentureRound {
  return {
    ...newRoundDraft(2026, 20_000_000),
    id: 'round-1',
    ...STAMP,
    name: '2026 年度社区公益创投',
    tracks: [{ key: 'elderly', name: '为老服务', budgetFen: null }],
    criteria: [
      { key: 'design', name: '项目设计', weight: 60 },
      { key: 'capacity', name: '执行能力', weight: 40 }
    ],
    status: '评审中',
    tiebreaks: [],
    adjustments: [],
    publicity: null,
    events: [],
    ...patch
  }
}

/**
 * An application in review whose budget (twice the request) lets the whole request be granted,
 * its contact a person the round's lists must not name.
 */
export function application(
  id: string,
  organizationId: string,
  title: string,
  requestedFen: number
): Application {
  return {
    id,
    ...STAMP,
    roundId: 'round-1',
    organizationId,
    title,
    track: 'elderly',
    communityIds: [],
    needIds: [],
    beneficiaries: [{ type: '老年人', count: 100 }],
    problem: '独居老人缺少照护',
    objectives: '探访独居老人',
    activities: [],
    team: [],
    budgetLines: [
      {
        category: '人员费',
        item: '项目社工',
        unitPriceFen: requestedFen * 2,
        quantity: 1,
        note: null
      }
    ],
    requestedFen,
    matchingFen: requestedFen,
    contactName: '王敏',
    contactPhone: '13812345678',
    status: '评审中',
    submittedAt: REVIEWED_AT,
    screening: null,
    withdrawnReason: null,
    award: null,
    events: []
  }
}

/** Expert `reviewerId`'s submitted sheet of `total` points. */
export function review(
  applicationId: string,
  reviewerId: string,
  total: number,
  patch: Partial<Review> = {}
): Review {
  const design = Math.min(60, total)
  return {
    id: `review-${applicationId}-${reviewerId}`,
    ...STAMP,
    roundId: 'round-1',
    applicationId,
    reviewerId,
    conflict: { conflicted: false, note: null, at: REVIEWED_AT },
    scores: { design, capacity: Math.round((total - design) * 10) / 10 },
    comment: null,
    submittedAt: REVIEWED_AT,
    reopenings: [],
    ...patch
  }
}

/**
 * 银龄探访 (88, ¥80,000) and 四点半课堂 (84.5, ¥90,000) fit the ¥200,000 pool; 长者食堂 (80.5,
 * ¥60,000) does not fit the ¥30,000 left. 陈明 withdrew from every application (回避).
 */
export const ROUND_APPLICATIONS = [
  application('app-a', 'applicant-1', '银龄探访', 8_000_000),
  application('app-b', 'applicant-2', '四点半课堂', 9_000_000),
  application('app-c', 'applicant-3', '长者食堂', 6_000_000)
]
const ROUND_REVIEWS = [
  review('app-a', 'expert-1', 90),
  review('app-a', 'expert-2', 86),
  review('app-b', 'expert-1', 85),
  review('app-b', 'expert-2', 84),
  review('app-c', 'expert-1', 80),
  review('app-c', 'expert-2', 81),
  review('app-c', 'expert-3', 0, {
    conflict: { conflicted: true, note: '本人为该机构理事', at: REVIEWED_AT },
    submittedAt: null
  })
]

/**
 * The round's records as the report exports read them, with the results computed from its
 * applications and reviews; `patch` and `roundPatch` change them.
 */
export function roundRecords(
  patch: Partial<ReviewResultsReportInput> = {},
  roundPatch: Partial<VentureRound> = {}
): ReviewResultsReportInput {
  const round = ventureRound(roundPatch)
  const applications = patch.applications ?? ROUND_APPLICATIONS
  const reviews = patch.reviews ?? ROUND_REVIEWS
  return {
    round,
    applications,
    reviews,
    reviewers: [
      { id: 'expert-1', name: '王建国' },
      { id: 'expert-2', name: '李红' },
      { id: 'expert-3', name: '陈明' }
    ],
    organizations: [
      { id: 'applicant-1', name: '阳光社会工作服务中心' },
      { id: 'applicant-2', name: '彩虹青少年服务社' },
      { id: 'applicant-3', name: '邻里互助协会' }
    ],
    results: roundResults(round, applications, reviews),
    ...patch
  }
}

/**
 * The round after 公示结果 for 6 to 11 May (a day short of the timeline's plan): each row of
 * the results stored as its application's award.
 */
export function publishedRoundRecords(): ReviewResultsReportInput {
  const publicity = { startsOn: '2026-05-06', endsOn: '2026-05-11', objections: [] }
  const round = ventureRound({ status: '公示中', publicity })
  const results = roundResults(round, ROUND_APPLICATIONS, ROUND_REVIEWS)
  const awarded = ROUND_APPLICATIONS.map((row): Application => {
    const result = results.rows.find((candidate) => candidate.applicationId === row.id)!
    const award: Award = {
      score: result.score,
      rank: result.rank,
      trackRank: result.trackRank,
      grantFen: result.grantFen,
      reason: result.reason,
      adjustmentReason: result.adjustment?.reason ?? null
    }
    return { ...row, status: result.grantFen > 0 ? '拟资助' : '未获资助', award }
  })
  return roundRecords({ applications: awarded, results }, round)
}

// ---- Reading a built report ----

type BlockOf<K extends ReportBlock['kind']> = Extract<ReportBlock, { kind: K }>

export function blocksOf<K extends ReportBlock['kind']>(
  doc: ReportDocument,
  kind: K
): BlockOf<K>[] {
  return doc.blocks.filter((block): block is BlockOf<K> => block.kind === kind)
}

export const headings = (doc: ReportDocument) => blocksOf(doc, 'heading').map((block) => block.text)

export const paragraphs = (doc: ReportDocument) =>
  blocksOf(doc, 'paragraph').map((block) => block.text)

/** Every paragraph, a line each, for sentences wherever they stand. */
export const text = (doc: ReportDocument) => paragraphs(doc).join('\n')

/** The paragraphs under the heading that ends with `title`, up to the next heading of its level. */
export function paragraphsUnder(doc: ReportDocument, title: string): string[] {
  const start = doc.blocks.findIndex(
    (block) => block.kind === 'heading' && block.text.endsWith(title)
  )
  expect(start).toBeGreaterThanOrEqual(0)
  const level = (doc.blocks[start] as BlockOf<'heading'>).level
  const texts: string[] = []
  for (const block of doc.blocks.slice(start + 1)) {
    if (block.kind === 'heading' && block.level <= level) break
    if (block.kind === 'paragraph') texts.push(block.text)
  }
  return texts
}

/** Every labelled value of the fields blocks. */
export function fieldsOf(doc: ReportDocument): Record<string, string> {
  return Object.fromEntries(
    blocksOf(doc, 'fields').flatMap((block) =>
      block.fields.map((field) => [field.label, field.value])
    )
  )
}

/** The table captioned `caption`, or the first table. */
export function tableOf(doc: ReportDocument, caption?: string): BlockOf<'table'> {
  const table = blocksOf(doc, 'table').find(
    (block) => caption === undefined || block.caption === caption
  )
  if (!table) throw new Error(`no table ${caption ?? ''}`.trim())
  return table
}
