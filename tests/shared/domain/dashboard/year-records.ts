/**
 * One office's records around 2026, worked by hand, for the year's figures
 * (shared/domain/dashboard/figures.ts) and the 年度工作汇总 that prints them (today 2026-11-22):
 * - organisations: 3 已登记, 1 备案, 1 筹备, 1 注销 and an archived one: 6 in use;
 * - stays now: 待初核 1, 待入驻 1, 孵化中 2, 出壳 2, 退驻 1 (org-6's is archived); at the base in
 *   2026: org-1, org-2 (出壳 in March), org-4 (入驻 in April after a 退驻 in January) = 3;
 *   入驻 1, 出壳 1, 退驻 1;
 * - rounds of 2026: r-a (49 万, published: ¥80,000 and ¥90,050, one withdrawn) and r-b (30 万,
 *   still in review); r-void archived, r-old of 2025;
 * - purchase projects now: 待签约 1, 执行中 1, 已结项 1 (p-void archived); one signed in 2026
 *   (¥180,000), one in 2025, one of the archived project;
 * - tranches planned in 2026: Jan ¥50,000, Feb ¥72,000, Jul ¥33,333.33, Dec ¥10,000 = ¥165,333.33;
 *   paid in 2026: Jan ¥50,000 (公益创投) + ¥72,000, Jul ¥33,333.33 = 3, ¥155,333.33 (the archived
 *   tranche and the archived project's do not count);
 * - evaluations 定稿 in 2026 (China time): incubation 良好 and 合格 (the 合格 at 00:30 on New
 *   Year's Day), project 优秀 and 良好 (a superseded 合格 and an archived 不合格 left out).
 */
import type { DashboardInput } from '@shared/domain/dashboard/figures'
import type { EvaluationGrade } from '@shared/domain/evaluations/grade-bands'
import type { Award } from '@shared/domain/venture/application'
import type { RoundStatus } from '@shared/domain/venture/round'

export const TODAY = '2026-11-22'
export const ARCHIVED = '2026-06-01T00:00:00.000Z'

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

export function yearRecords(): DashboardInput {
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
