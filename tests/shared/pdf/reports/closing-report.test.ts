import { describe, expect, it } from 'vitest'
import type { Activity } from '@shared/domain/activities/activity'
import {
  DEFAULT_MUTUAL_TEMPLATE,
  type MutualEvaluation,
  type MutualSide
} from '@shared/domain/evaluations/mutual-evaluation'
import {
  blankIndicatorScores,
  type ProjectEvaluation
} from '@shared/domain/evaluations/project-evaluation'
import { draftPayments, type Payment } from '@shared/domain/payments/payment'
import type { IndicatorNode } from '@shared/domain/performance/indicator'
import type { Project } from '@shared/domain/projects/project'
import { planTranches } from '@shared/domain/venture/results'
import { DEFAULT_TRANCHES } from '@shared/domain/venture/round'
import type { ReportBlock, ReportContext } from '@shared/pdf/report-model'
import { buildClosingReport, type ClosingReportInput } from '@shared/pdf/reports/closing-report'

const at = '2026-03-01T01:30:00.000Z'
const stamp = { createdAt: at, updatedAt: at, archivedAt: null }
const AMOUNT = 30_000_000

const context: ReportContext = {
  number: 'JX-2026-0001',
  date: '2026-11-22',
  office: '鼓楼街道办事处',
  operator: '张晓梅',
  revealPersonalData: false
}

const node = (
  key: string,
  parentKey: string | null,
  level: 1 | 2,
  name: string,
  weight: number,
  extra: Partial<IndicatorNode> = {}
): IndicatorNode => ({
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
})

/**
 * 产出 60 (场次 ≥ 2 and 人次 ≥ 500, both counted from the 服务记录), 服务成效 30 (3 typed in
 * against ≥ 3), 服务对象满意度 10 with no actual yet.
 */
const INDICATORS: IndicatorNode[] = [
  node('output', null, 1, '产出指标', 60),
  node('sessions', 'output', 2, '活动场次', 30, {
    target: { value: 2, unit: '场', comparison: '≥' },
    metric: 'sessions'
  }),
  node('people', 'output', 2, '服务人次', 30, {
    target: { value: 500, unit: '人次', comparison: '≥' },
    metric: 'participants'
  }),
  node('effect', null, 1, '服务成效', 30, {
    target: { value: 3, unit: '个', comparison: '≥' },
    actual: 3
  }),
  node('satisfaction', null, 1, '服务对象满意度', 10, {
    target: { value: 90, unit: '%', comparison: '≥' }
  })
]

/** A 执行中 公益创投 project of ¥300,000 for 2026-03-01 – 2027-02-28, serving 华侨路社区. */
function project(patch: Partial<Project> = {}): Project {
  return {
    id: 'project-1',
    ...stamp,
    channel: '公益创投',
    origin: { kind: 'venture', roundId: 'round-1', applicationId: 'application-1' },
    organizationId: 'org-1',
    title: '银龄互助探访',
    category: '为老服务',
    communityIds: ['community-1'],
    amountFen: AMOUNT,
    matchingFen: 0,
    tranches: planTranches(AMOUNT, DEFAULT_TRANCHES),
    approvedOn: '2026-02-10',
    status: '执行中',
    startOn: '2026-03-01',
    endOn: '2027-02-28',
    indicators: INDICATORS,
    socialWorkerIds: [],
    purchase: null,
    closedOn: null,
    terminatedOn: null,
    terminationReason: null,
    ...patch
  }
}

/** 已结项 on 2027-03-20, after its service period. */
const closed = () => project({ status: '已结项', closedOn: '2027-03-20' })

function activity(id: string, date: string, participants: number): Activity {
  return {
    id,
    ...stamp,
    projectId: 'project-1',
    date,
    communityId: 'community-1',
    title: '入户探访',
    participants,
    volunteers: 6,
    volunteerHours: 18,
    socialWorkerIds: [],
    note: null
  }
}

/** Two activities, 499 people in all: one short of 500. */
const ACTIVITIES = [activity('a-2', '2026-06-18', 299), activity('a-1', '2026-04-18', 200)]

/** The three tranches (50 / 30 / 20), the first two paid. */
function payments(): Payment[] {
  const paid = (paidOn: string) => ({
    status: '已拨付' as const,
    paidOn,
    voucherNo: `PZ-${paidOn}`
  })
  const patches: Record<number, Partial<Payment>> = {
    1: paid('2026-03-15'),
    2: paid('2026-10-08')
  }
  return draftPayments('project-1', AMOUNT, [
    { percent: 50, gate: 'signing', dueOn: null, condition: null },
    { percent: 30, gate: 'midterm', dueOn: null, condition: '提交中期财务报告后' },
    { percent: 20, gate: 'final', dueOn: null, condition: null }
  ]).map((draft) => ({ ...draft, id: `payment-${draft.no}`, ...stamp, ...patches[draft.no] }))
}

function evaluation(id: string, patch: Partial<ProjectEvaluation>): ProjectEvaluation {
  return {
    id,
    ...stamp,
    projectId: 'project-1',
    organizationId: 'org-1',
    kind: '中期',
    mode: '购买方评价',
    year: null,
    version: 1,
    supersedesId: null,
    correctionReason: null,
    supersededById: null,
    evaluatedOn: '2026-09-10',
    evaluators: '鼓楼街道社会事务科',
    indicators: INDICATORS,
    scores: blankIndicatorScores(INDICATORS),
    survey: null,
    findings: null,
    recommendations: null,
    status: '定稿',
    total: null,
    grade: null,
    passed: null,
    finalizedAt: '2026-09-12T02:00:00.000Z',
    finalizedBy: '张晓梅',
    ...patch
  }
}

/**
 * 中期 corrected from 78 to 86.5 (only the correction counts), a 末期 draft that does not count
 * yet, and the 末期 定稿 at 90 with a survey of 50 (46 satisfied).
 */
const EVALUATIONS = [
  evaluation('mid-1', { total: 78, grade: '合格', passed: true, supersededById: 'mid-2' }),
  evaluation('mid-2', {
    version: 2,
    supersedesId: 'mid-1',
    correctionReason: '服务成效得分录入有误',
    total: 86.5,
    grade: '良好',
    passed: true
  }),
  evaluation('final-draft', { kind: '末期', status: '草稿', finalizedAt: null, finalizedBy: null }),
  evaluation('final-1', {
    kind: '末期',
    evaluatedOn: '2027-03-05',
    evaluators: '福州市启航社会工作评估中心',
    mode: '第三方评估',
    survey: { surveyed: 50, satisfied: 46 },
    findings: '服务量达到合同要求。',
    recommendations: '加强服务对象前后测记录。',
    total: 90,
    grade: '优秀',
    passed: true,
    finalizedAt: '2027-03-08T02:00:00.000Z'
  })
]

/** 定稿 双向评估: the provider gives the purchaser 17 per obligation, the purchaser gives it 16. */
function mutual(): MutualEvaluation {
  const sheet = (side: MutualSide, own: number, other: number) => ({
    side,
    rater: side === 'purchaser' ? '张晓梅' : '李娜',
    scores: DEFAULT_MUTUAL_TEMPLATE.map((obligation) => ({
      key: obligation.key,
      score: obligation.side === side ? own : other,
      comment: null
    })),
    submittedAt: at
  })
  return {
    id: 'mutual-1',
    ...stamp,
    projectId: 'project-1',
    periodLabel: '2026年度',
    periodStart: '2026-03-01',
    periodEnd: '2027-02-28',
    obligations: DEFAULT_MUTUAL_TEMPLATE.map((obligation) => ({ ...obligation })),
    sheets: [sheet('purchaser', 18, 16), sheet('provider', 19, 17)],
    status: '定稿',
    finalizedAt: at,
    finalizedBy: '张晓梅'
  }
}

function input(patch: Partial<ClosingReportInput> = {}): ClosingReportInput {
  return {
    project: project(),
    organization: {
      name: '鼓楼区阳光社会工作服务中心',
      contactName: '王敏',
      contactPhone: '13812345678'
    },
    agreement: { number: 'GL-CT-2026-001', partyA: '鼓楼区民政局', signedOn: '2026-02-25' },
    communities: [
      { id: 'community-1', name: '华侨路社区' },
      { id: 'community-2', name: '宁海路社区' }
    ],
    payments: payments(),
    activities: ACTIVITIES,
    evaluations: EVALUATIONS,
    mutualEvaluations: [mutual()],
    ...patch
  }
}

type Table = Extract<ReportBlock, { kind: 'table' }>

const table = (blocks: readonly ReportBlock[], caption: string) =>
  blocks.find((block): block is Table => block.kind === 'table' && block.caption === caption)

const text = (blocks: readonly ReportBlock[]) =>
  blocks
    .filter(
      (block): block is Extract<ReportBlock, { kind: 'paragraph' }> => block.kind === 'paragraph'
    )
    .map((block) => block.text)
    .join('\n')

describe('buildClosingReport', () => {
  it('is a draft until the project is 已结项, with the six numbered sections', () => {
    const running = buildClosingReport(input(), context)
    expect(running.meta).toMatchObject({
      title: '结项报告',
      subtitle: '银龄互助探访',
      number: 'JX-2026-0001',
      draft: true
    })
    expect(
      running.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)
    ).toEqual([
      '一、项目概况',
      '二、绩效目标完成情况',
      '三、资金拨付情况',
      '四、评估情况',
      '五、活动与服务',
      '六、结论'
    ])
    expect(buildClosingReport(input({ project: closed() }), context).meta.draft).toBe(false)
    const ended = project({
      status: '已终止',
      terminatedOn: '2026-10-01',
      terminationReason: '承接组织注销'
    })
    expect(buildClosingReport(input({ project: ended }), context).meta.draft).toBe(true)
  })

  it("names the parties with the contact's phone masked unless the export may show it", () => {
    const masked = buildClosingReport(input(), context)
    expect(masked.parties).toEqual([
      { label: '资助方', value: '鼓楼区民政局' },
      { label: '承接方', value: '鼓楼区阳光社会工作服务中心' },
      { label: '联系人', value: '王敏（138****5678）' }
    ])
    expect(JSON.stringify(masked)).not.toContain('13812345678')
    const shown = buildClosingReport(input(), { ...context, revealPersonalData: true })
    expect(shown.parties[2]).toEqual({ label: '联系人', value: '王敏（13812345678）' })
  })

  it('sets each target against the actual the 服务记录 give, judged as the project page judges it', () => {
    const running = table(buildClosingReport(input(), context).blocks, '绩效目标完成情况')!
    expect(running.rows).toEqual([
      ['1', '产出指标 › 活动场次', '≥ 2 场', '2', '100%', '达成'],
      ['2', '产出指标 › 服务人次', '≥ 500 人次', '499', '99%', '进行中'],
      ['3', '服务成效', '≥ 3 个', '3', '100%', '达成'],
      ['4', '服务对象满意度', '≥ 90 %', '—', '—', '—']
    ])
    const report = buildClosingReport(input({ project: closed() }), context)
    expect(table(report.blocks, '绩效目标完成情况')!.rows[1]![5]).toBe('未达成')
    expect(text(report.blocks)).toContain(
      '绩效目标表共 4 项末级指标，已达成 2 项，未达成 1 项，尚无指标值或实际值 1 项。'
    )
  })

  it('tabulates the tranches with their total and says what is paid and what is not', () => {
    const report = buildClosingReport(input(), context)
    const tranches = table(report.blocks, '资金拨付情况')!
    expect(tranches.rows).toEqual([
      ['第 1 期', '50%', '签约后', '150,000.00', '已拨付', '2026-03-15'],
      ['第 2 期', '30%', '中期评估合格后，提交中期财务报告后', '90,000.00', '已拨付', '2026-10-08'],
      ['第 3 期', '20%', '末期评估合格后', '60,000.00', '计划', '—']
    ])
    expect(tranches.foot).toEqual([['合计', '100%', '', '300,000.00', '', '']])
    expect(text(report.blocks)).toContain(
      '项目资助金额 300,000.00 元，分 3 期拨付，已拨付 240,000.00 元，尚未拨付 60,000.00 元。'
    )
  })

  it('tells clawed-back and stopped money apart once every tranche is settled', () => {
    const recovery = (amountFen: number) => ({
      decidedOn: '2026-11-01',
      amountFen,
      reason: '末期评估不合格',
      decidedBy: '张晓梅'
    })
    const settled = payments().map((payment) =>
      payment.no === 2
        ? { ...payment, status: '追回' as const, recovery: recovery(3_000_000) }
        : payment.no === 3
          ? { ...payment, status: '追回' as const, recovery: recovery(0) }
          : payment
    )
    const report = buildClosingReport(input({ payments: settled }), context)
    expect(text(report.blocks)).toContain(
      '项目资助金额 300,000.00 元，分 3 期拨付，已拨付 240,000.00 元；' +
        '已决定追回 30,000.00 元，停止拨付 60,000.00 元。'
    )
    expect(text(report.blocks)).toContain('各期拨付均已办结。')
  })

  it('lists the evaluations in force, the 末期 verdict with its survey, and the 双向评估 totals', () => {
    const report = buildClosingReport(input(), context)
    expect(table(report.blocks, '项目评估')!.rows).toEqual([
      ['中期', '购买方评价', '鼓楼街道社会事务科', '2026-09-10', '86.5', '良好'],
      ['末期', '第三方评估', '福州市启航社会工作评估中心', '2027-03-05', '90', '优秀']
    ])
    const words = text(report.blocks)
    expect(words).toContain(
      '末期评估（第三方评估）总分 90 分，等级为优秀。服务对象满意度调查 50 人，满意率 92%。' +
        '评估发现：服务量达到合同要求。改进建议：加强服务对象前后测记录。'
    )
    expect(words).toContain(
      '2026年度双向评估：购买方履约得分 85 分（承接方评价），承接方履约得分 80 分（购买方评价）。'
    )
  })

  it('adds up the 服务记录 and concludes on a closed project', () => {
    const report = buildClosingReport(input({ project: closed() }), context)
    const words = text(report.blocks)
    expect(words).toContain(
      '2026年4月18日至2026年6月18日，项目共开展活动 2 场，服务 499 人次，志愿者参与 12 人次，' +
        '志愿服务时长 36 小时，覆盖社区 1 个。'
    )
    expect(words).toContain(
      '本项目已于2027年3月20日结项。末期评估等级为优秀，评估合格。绩效目标 4 项中达成 2 项。' +
        '尚有 60,000.00 元未拨付。'
    )
  })

  it('says what is missing instead of printing empty tables', () => {
    const report = buildClosingReport(
      input({
        project: project({ indicators: [] }),
        payments: [],
        activities: [],
        evaluations: [],
        mutualEvaluations: []
      }),
      context
    )
    expect(report.blocks.some((block) => block.kind === 'table')).toBe(false)
    const words = text(report.blocks)
    for (const sentence of [
      '本项目未设绩效目标表。',
      '本项目尚无拨付记录。',
      '本项目尚无定稿的评估。',
      '本项目尚无服务记录。',
      '本项目目前为“执行中”，尚未结项，本报告仅供结项前核对。尚无定稿的末期评估。'
    ]) {
      expect(words).toContain(sentence)
    }
  })

  it('ends with the signatures, sealed by the office', () => {
    const report = buildClosingReport(input(), context)
    expect(report.blocks.at(-1)).toEqual({
      kind: 'signatures',
      roles: [
        { label: '经办人', value: '张晓梅' },
        { label: '审核人', value: '' }
      ],
      seal: '鼓楼街道办事处',
      date: '2026-11-22'
    })
  })
})
