import { describe, expect, it } from 'vitest'
import type { Activity } from '@shared/domain/activities/activity'
import { draftPayments, type Payment } from '@shared/domain/payments/payment'
import { buildClosingReport, type ClosingReportInput } from '@shared/pdf/reports/closing-report'
import {
  blocksOf,
  finalized,
  headings,
  mutualEvaluation,
  ORGANIZATION,
  PROJECT_FEN,
  PROJECT_ID,
  projectEvaluation,
  reportContext,
  STAMP,
  tableOf,
  text,
  VENTURE_AGREEMENT,
  ventureProject
} from './report-fixtures'

const context = reportContext('JX-2026-0001')

/** 已结项 on 2027-03-20, after its service period. */
const closed = () => ventureProject({ status: '已结项', closedOn: '2027-03-20' })

function activity(id: string, date: string, participants: number): Activity {
  return {
    id,
    ...STAMP,
    projectId: PROJECT_ID,
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
  return draftPayments(PROJECT_ID, PROJECT_FEN, [
    { percent: 50, gate: 'signing', dueOn: null, condition: null },
    { percent: 30, gate: 'midterm', dueOn: null, condition: '提交中期财务报告后' },
    { percent: 20, gate: 'final', dueOn: null, condition: null }
  ]).map((draft) => ({ ...draft, id: `payment-${draft.no}`, ...STAMP, ...patches[draft.no] }))
}

/**
 * 中期 corrected from 78 to 86.5 (only the correction counts), a 末期 draft that does not count
 * yet, and the 末期 定稿 at 90 with a survey of 50 (46 satisfied).
 */
const EVALUATIONS = [
  projectEvaluation({
    id: 'mid-1',
    ...finalized({ total: 78, grade: '合格', passed: true }),
    supersededById: 'mid-2'
  }),
  projectEvaluation({
    id: 'mid-2',
    version: 2,
    supersedesId: 'mid-1',
    correctionReason: '服务成效得分录入有误',
    ...finalized({ total: 86.5, grade: '良好', passed: true })
  }),
  projectEvaluation({ id: 'final-draft', kind: '末期' }),
  projectEvaluation({
    id: 'final-1',
    kind: '末期',
    evaluatedOn: '2027-03-05',
    evaluators: '福州市启航社会工作评估中心',
    mode: '第三方评估',
    survey: { surveyed: 50, satisfied: 46 },
    findings: '服务量达到合同要求。',
    recommendations: '加强服务对象前后测记录。',
    ...finalized({ total: 90, grade: '优秀', passed: true }),
    finalizedAt: '2027-03-08T02:00:00.000Z'
  })
]

function input(patch: Partial<ClosingReportInput> = {}): ClosingReportInput {
  return {
    project: ventureProject(),
    organization: ORGANIZATION,
    agreement: VENTURE_AGREEMENT,
    communities: [
      { id: 'community-1', name: '华侨路社区' },
      { id: 'community-2', name: '宁海路社区' }
    ],
    payments: payments(),
    activities: ACTIVITIES,
    evaluations: EVALUATIONS,
    mutualEvaluations: [mutualEvaluation()],
    ...patch
  }
}

describe('buildClosingReport', () => {
  it('is a draft until the project is 已结项, with the six numbered sections', () => {
    const running = buildClosingReport(input(), context)
    expect(running.meta).toMatchObject({
      title: '结项报告',
      subtitle: '银龄互助探访',
      number: 'JX-2026-0001',
      draft: true
    })
    expect(headings(running)).toEqual([
      '一、项目概况',
      '二、绩效目标完成情况',
      '三、资金拨付情况',
      '四、评估情况',
      '五、活动与服务',
      '六、结论'
    ])
    expect(buildClosingReport(input({ project: closed() }), context).meta.draft).toBe(false)
    const ended = ventureProject({
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
      { label: '承接方', value: ORGANIZATION.name },
      { label: '联系人', value: '林晓（138****8000）' }
    ])
    expect(JSON.stringify(masked)).not.toContain('13800138000')
    const shown = buildClosingReport(input(), { ...context, revealPersonalData: true })
    expect(shown.parties[2]).toEqual({ label: '联系人', value: '林晓（13800138000）' })
  })

  it('sets each target against the actual the 服务记录 give, judged as the project page judges it', () => {
    const running = tableOf(buildClosingReport(input(), context), '绩效目标完成情况')
    expect(running.rows).toEqual([
      ['1', '产出指标 › 活动场次', '≥ 2 场', '2', '100%', '达成'],
      ['2', '产出指标 › 服务人次', '≥ 500 人次', '499', '99%', '进行中'],
      ['3', '服务成效', '≥ 3 个', '3', '100%', '达成'],
      ['4', '服务对象满意度', '≥ 90 %', '—', '—', '—']
    ])
    const report = buildClosingReport(input({ project: closed() }), context)
    expect(tableOf(report, '绩效目标完成情况').rows[1]![5]).toBe('未达成')
    expect(text(report)).toContain(
      '绩效目标表共 4 项末级指标，已达成 2 项，未达成 1 项，尚无指标值或实际值 1 项。'
    )
  })

  it('tabulates the tranches with their total and says what is paid and what is not', () => {
    const report = buildClosingReport(input(), context)
    const tranches = tableOf(report, '资金拨付情况')
    expect(tranches.rows).toEqual([
      ['第 1 期', '50%', '签约后', '150,000.00', '已拨付', '2026-03-15'],
      ['第 2 期', '30%', '中期评估合格后，提交中期财务报告后', '90,000.00', '已拨付', '2026-10-08'],
      ['第 3 期', '20%', '末期评估合格后', '60,000.00', '计划', '—']
    ])
    expect(tranches.foot).toEqual([['合计', '100%', '', '300,000.00', '', '']])
    expect(text(report)).toContain(
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
    expect(text(report)).toContain(
      '项目资助金额 300,000.00 元，分 3 期拨付，已拨付 240,000.00 元；' +
        '已决定追回 30,000.00 元，停止拨付 60,000.00 元。'
    )
    expect(text(report)).toContain('各期拨付均已办结。')
  })

  it('lists the evaluations in force, the 末期 verdict with its survey, and the 双向评估 totals', () => {
    const report = buildClosingReport(input(), context)
    expect(tableOf(report, '项目评估').rows).toEqual([
      ['中期', '购买方评价', '鼓楼街道社会事务科', '2026-09-10', '86.5', '良好'],
      ['末期', '第三方评估', '福州市启航社会工作评估中心', '2027-03-05', '90.0', '优秀']
    ])
    const words = text(report)
    expect(words).toContain(
      '末期评估（第三方评估）总分 90.0 分，等级为优秀。服务对象满意度调查 50 人，满意率 92%。' +
        '评估发现：服务量达到合同要求。改进建议：加强服务对象前后测记录。'
    )
    expect(words).toContain(
      '2026年度双向评估：购买方履约得分 85.0 分（承接方评价），承接方履约得分 80.0 分（购买方评价）。'
    )
  })

  it('adds up the 服务记录 and concludes on a closed project', () => {
    const report = buildClosingReport(input({ project: closed() }), context)
    const words = text(report)
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
        project: ventureProject({ indicators: [] }),
        payments: [],
        activities: [],
        evaluations: [],
        mutualEvaluations: []
      }),
      context
    )
    expect(blocksOf(report, 'table')).toEqual([])
    const words = text(report)
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
