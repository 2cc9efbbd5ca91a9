import { describe, expect, it } from 'vitest'
import { dashboardFigures, type DashboardInput } from '@shared/domain/dashboard/figures'
import type { EvaluationGrade } from '@shared/domain/evaluations/grade-bands'
import { formatWanYuan } from '@shared/domain/money'
import type { Award } from '@shared/domain/venture/application'
import type { RoundStatus } from '@shared/domain/venture/round'
import { buildAnnualSummaryReport } from '@shared/pdf/reports/annual-summary-report'

const TODAY = '2026-11-22'
const ARCHIVED = '2026-06-01T00:00:00.000Z'

type StayRow = DashboardInput['incubations'][number]
const stay = (
  organizationId: string,
  status: StayRow['status'],
  admittedOn: string | null,
  endedOn: string | null = null,
  archivedAt: string | null = null
): StayRow => ({ organizationId, status, admittedOn, endedOn, archivedAt })

const award = (grantFen: number): Award => ({
  score: 80,
  rank: 1,
  trackRank: 1,
  grantFen,
  reason: '',
  adjustmentReason: null
})

const round = (
  id: string,
  year: number,
  status: RoundStatus,
  fundPoolFen: number,
  archivedAt: string | null = null
): DashboardInput['rounds'][number] => ({
  id,
  name: `${year} 年度公益创投（${id}）`,
  year,
  status,
  fundPoolFen,
  tracks: [{ key: 'elderly', name: '为老服务', budgetFen: null }],
  publicity:
    status === '公示中' || status === '已立项'
      ? { startsOn: `${year}-05-06`, endsOn: `${year}-05-12`, objections: [] }
      : null,
  archivedAt
})

const tranche = (
  projectId: string,
  amountFen: number,
  dueOn: string | null,
  paidOn: string | null,
  archivedAt: string | null = null
) => ({ projectId, amountFen, dueOn, paidOn, archivedAt })

const graded = (
  status: '草稿' | '定稿',
  grade: EvaluationGrade | null,
  finalizedAt: string | null,
  patch: { supersededById?: string | null; archivedAt?: string | null } = {}
) => ({ status, grade, finalizedAt, supersededById: null, archivedAt: null, ...patch })

/**
 * 2026, worked by hand (today 2026-11-22):
 * - organisations: 3 已登记, 1 备案, 1 筹备, 1 注销 and an archived one: 6 in use;
 * - stays now: 待初核 1, 待入驻 1, 孵化中 2, 出壳 2, 退驻 1 (org-6's is archived); at the base in
 *   2026: org-1, org-2 (出壳 in March), org-4 (入驻 in April after a 退驻 in January) = 3;
 *   入驻 1, 出壳 1, 退驻 1;
 * - rounds of 2026: r-a (49 万, published: ¥80,000 and ¥90,050, one withdrawn) and r-b (30 万,
 *   still in review); r-void archived, r-old of 2025;
 * - purchase projects now: 待签约 1, 执行中 1, 已结项 1 (p-void archived); one signed in 2026
 *   (¥180,000);
 * - tranches planned in 2026: Jan ¥50,000, Feb ¥72,000, Jul ¥33,333.33, Dec ¥10,000 = ¥165,333.33;
 *   paid in 2026: Jan ¥50,000 + ¥72,000, Jul ¥33,333.33 = 3, ¥155,333.33 (the archived tranche and
 *   the archived project's do not count);
 * - evaluations 定稿 in 2026 (China time): incubation 良好 and 合格, project 优秀 and 良好 (a
 *   superseded 合格 and an archived 不合格 left out).
 */
function input(): DashboardInput {
  return {
    organizations: [
      { registrationStatus: '已登记', archivedAt: null },
      { registrationStatus: '已登记', archivedAt: null },
      { registrationStatus: '已登记', archivedAt: null },
      { registrationStatus: '备案', archivedAt: null },
      { registrationStatus: '筹备', archivedAt: null },
      { registrationStatus: '注销', archivedAt: null },
      { registrationStatus: '已登记', archivedAt: ARCHIVED }
    ],
    incubations: [
      stay('org-1', '孵化中', '2025-06-01'),
      stay('org-2', '出壳', '2025-01-10', '2026-03-01'),
      stay('org-3', '出壳', '2024-01-01', '2025-12-31'),
      stay('org-4', '孵化中', '2026-04-01'),
      stay('org-4', '退驻', '2025-01-01', '2026-01-15'),
      stay('org-5', '待入驻', null),
      stay('org-6', '孵化中', '2026-05-01', null, ARCHIVED),
      stay('org-7', '待初核', null)
    ],
    rounds: [
      round('r-a', 2026, '已立项', 49_000_000),
      round('r-b', 2026, '评审中', 30_000_000),
      round('r-void', 2026, '筹备', 10_000_000, ARCHIVED),
      round('r-old', 2025, '已立项', 40_000_000)
    ],
    applications: [
      { roundId: 'r-a', track: 'elderly', award: award(8_000_000), archivedAt: null },
      { roundId: 'r-a', track: 'elderly', award: award(9_005_000), archivedAt: null },
      { roundId: 'r-a', track: 'elderly', award: award(0), archivedAt: null },
      { roundId: 'r-b', track: 'elderly', award: null, archivedAt: null },
      { roundId: 'r-old', track: 'elderly', award: award(7_000_000), archivedAt: null }
    ],
    projects: [
      { id: 'p-venture', channel: '公益创投', status: '执行中', archivedAt: null },
      { id: 'p-purchase', channel: '政府购买服务', status: '执行中', archivedAt: null },
      { id: 'p-old', channel: '政府购买服务', status: '已结项', archivedAt: null },
      { id: 'p-wait', channel: '政府购买服务', status: '待签约', archivedAt: null },
      { id: 'p-void', channel: '政府购买服务', status: '执行中', archivedAt: ARCHIVED }
    ],
    agreements: [
      {
        projectId: 'p-purchase',
        status: '已签订',
        signedOn: '2026-02-01',
        amountFen: 18_000_000,
        archivedAt: null
      },
      {
        projectId: 'p-old',
        status: '已签订',
        signedOn: '2025-12-20',
        amountFen: 9_000_000,
        archivedAt: null
      },
      {
        projectId: 'p-void',
        status: '已签订',
        signedOn: '2026-03-01',
        amountFen: 9_000_000,
        archivedAt: null
      },
      {
        projectId: 'p-venture',
        status: '已签订',
        signedOn: '2026-02-25',
        amountFen: 8_000_000,
        archivedAt: null
      },
      {
        projectId: 'p-wait',
        status: '草拟',
        signedOn: null,
        amountFen: 6_000_000,
        archivedAt: null
      }
    ],
    payments: [
      tranche('p-venture', 5_000_000, '2026-01-10', '2026-01-15'),
      tranche('p-purchase', 7_200_000, '2026-02-16', '2026-01-20'),
      tranche('p-purchase', 3_333_333, '2026-07-01', '2026-07-03'),
      tranche('p-purchase', 1_000_000, '2025-12-20', '2025-12-30'),
      tranche('p-purchase', 1_000_000, '2026-12-15', null),
      tranche('p-purchase', 1_000_000, '2026-03-01', '2026-03-01', ARCHIVED),
      tranche('p-purchase', 2_000_000, null, null),
      tranche('p-void', 1_000_000, '2026-04-01', '2026-04-01')
    ],
    evaluations: [
      graded('定稿', '良好', '2026-03-10T02:00:00.000Z'),
      graded('定稿', '不合格', '2026-12-31T17:00:00.000Z'),
      graded('定稿', '合格', '2025-12-31T16:30:00.000Z'),
      graded('草稿', null, null)
    ],
    projectEvaluations: [
      graded('定稿', '优秀', '2026-06-10T02:00:00.000Z'),
      graded('定稿', '合格', '2026-07-01T02:00:00.000Z', { supersededById: 'pe-correction' }),
      graded('定稿', '良好', '2026-07-20T02:00:00.000Z'),
      graded('定稿', '不合格', '2026-08-01T02:00:00.000Z', { archivedAt: ARCHIVED })
    ]
  }
}

describe('dashboardFigures', () => {
  const figures = dashboardFigures(input(), TODAY)

  it('is the figures of today’s year', () => {
    expect(figures.year).toBe(2026)
  })

  it('counts the organisations in use by registration status', () => {
    expect(figures.organizations).toEqual({
      total: 6,
      byStatus: { 筹备: 1, 备案: 1, 已登记: 3, 注销: 1 }
    })
  })

  it('counts the stays now by status, and the year’s residents, 入驻, 出壳 and 退驻', () => {
    expect(figures.incubation).toEqual({
      byStatus: { 待初核: 1, 待入驻: 1, 孵化中: 2, 续驻: 0, 出壳: 2, 退驻: 1, 不予入驻: 0 },
      residentInYear: 3,
      admitted: 1,
      graduated: 1,
      exited: 1
    })
  })

  it('gives each of the year’s rounds its pool and published grants', () => {
    expect(figures.venture).toEqual({
      rounds: [
        {
          id: 'r-a',
          name: '2026 年度公益创投（r-a）',
          status: '已立项',
          poolFen: 49_000_000,
          fundedCount: 2,
          grantedFen: 17_005_000,
          published: true
        },
        {
          id: 'r-b',
          name: '2026 年度公益创投（r-b）',
          status: '评审中',
          poolFen: 30_000_000,
          fundedCount: 0,
          grantedFen: 0,
          published: false
        }
      ],
      poolFen: 79_000_000,
      fundedCount: 2,
      grantedFen: 17_005_000
    })
  })

  it('counts the purchases signed in the year and the purchase projects by status', () => {
    expect(figures.contracts).toEqual({
      signedCount: 1,
      signedFen: 18_000_000,
      byStatus: { 待签约: 1, 执行中: 1, 已结项: 1, 已终止: 0 }
    })
  })

  it('sets the money paid in the year beside the money planned, month by month', () => {
    const { byMonth, ...totals } = figures.payments
    expect(totals).toEqual({ plannedFen: 16_533_333, releasedFen: 15_533_333, releasedCount: 3 })
    expect(byMonth).toHaveLength(12)
    expect(byMonth.filter((month) => month.plannedFen > 0 || month.releasedFen > 0)).toEqual([
      { month: 1, plannedFen: 5_000_000, releasedFen: 12_200_000 },
      { month: 2, plannedFen: 7_200_000, releasedFen: 0 },
      { month: 7, plannedFen: 3_333_333, releasedFen: 3_333_333 },
      { month: 12, plannedFen: 1_000_000, releasedFen: 0 }
    ])
  })

  it('counts the evaluations 定稿 in the year (China time) by grade', () => {
    expect(figures.evaluations).toEqual({
      incubation: { 优秀: 0, 良好: 1, 合格: 1, 不合格: 0 },
      project: { 优秀: 1, 良好: 1, 合格: 0, 不合格: 0 },
      total: 4
    })
  })

  it('counts a year with nothing as zeros', () => {
    const empty = dashboardFigures(input(), '2030-01-02')
    expect(empty.venture).toEqual({ rounds: [], poolFen: 0, fundedCount: 0, grantedFen: 0 })
    expect(empty.payments.plannedFen + empty.payments.releasedFen).toBe(0)
    expect(empty.evaluations.total).toBe(0)
    expect(empty.incubation.residentInYear).toBe(2)
  })

  it('agrees with the 年度工作汇总 printed for the same year', () => {
    const report = buildAnnualSummaryReport(
      { year: 2026, ...input() },
      {
        number: 'ND-2026-0001',
        date: TODAY,
        office: '鼓楼街道办事处',
        operator: '张晓梅',
        revealPersonalData: false
      }
    )
    const table = report.blocks.find((block) => block.kind === 'table')
    expect(table?.kind === 'table' && table.rows).toEqual([
      ['1', '年内在孵社会组织', `${figures.incubation.residentInYear} 家`, '—'],
      ['2', '新入驻社会组织', `${figures.incubation.admitted} 家`, '—'],
      ['3', '出壳社会组织', `${figures.incubation.graduated} 家`, '—'],
      [
        '4',
        '公益创投批次（资金池）',
        `${figures.venture.rounds.length} 个`,
        formatWanYuan(figures.venture.poolFen)
      ],
      [
        '5',
        '公益创投拟资助项目',
        `${figures.venture.fundedCount} 个`,
        formatWanYuan(figures.venture.grantedFen)
      ],
      [
        '6',
        '政府购买服务签约项目',
        `${figures.contracts.signedCount} 个`,
        formatWanYuan(figures.contracts.signedFen)
      ],
      [
        '7',
        '拨付资金',
        `${figures.payments.releasedCount} 笔`,
        formatWanYuan(figures.payments.releasedFen)
      ]
    ])
  })
})
