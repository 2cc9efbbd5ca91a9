import { describe, expect, it } from 'vitest'
import type { MutualEvaluation } from '@shared/domain/evaluations/mutual-evaluation'
import type { ReportContext, ReportDocument } from '@shared/pdf/report-model'
import {
  buildMutualEvaluationReport,
  type MutualEvaluationReportInput
} from '@shared/pdf/reports/mutual-evaluation-report'
import {
  fieldsOf,
  headings,
  mutualEvaluation,
  mutualSheet,
  ORGANIZATION,
  paragraphsUnder,
  PURCHASE_AGREEMENT,
  purchaseProject,
  reportContext,
  tableOf
} from './report-fixtures'

const EXTRA_TASKS = 'purchaser-no-extra-tasks'
const EXTRA_TASKS_COMMENT = '街道多次临时要求协助迎检、填报表格，占用社工服务时间约 15%'

/**
 * The purchaser scores its own obligations 18 (不摊派 19) and the provider's 17; the provider
 * scores its own 19 and the purchaser's 17 (不摊派 12, explained). 定稿.
 */
function evaluation(patch: Partial<MutualEvaluation> = {}): MutualEvaluation {
  return mutualEvaluation({
    sheets: [
      mutualSheet('purchaser', '柳城街道 刘主任', 18, 17, { [EXTRA_TASKS]: { score: 19 } }),
      mutualSheet('provider', '黉门社工 周站长', 19, 17, {
        [EXTRA_TASKS]: { score: 12, comment: EXTRA_TASKS_COMMENT }
      })
    ],
    ...patch
  })
}

function build(
  patch: Partial<MutualEvaluationReportInput> = {},
  context: Partial<ReportContext> = {}
): ReportDocument {
  return buildMutualEvaluationReport(
    {
      evaluation: evaluation(),
      project: purchaseProject(),
      organization: ORGANIZATION,
      agreement: PURCHASE_AGREEMENT,
      roundName: null,
      ...patch
    },
    reportContext('SX-2026-0002', { date: '2026-12-30', ...context })
  )
}

/** Both sheets with every obligation scored `score` and no comments. */
function even(score: number): MutualEvaluation {
  return evaluation({
    sheets: [
      mutualSheet('purchaser', '柳城街道 刘主任', score, score),
      mutualSheet('provider', '黉门社工 周站长', score, score)
    ]
  })
}

describe('buildMutualEvaluationReport', () => {
  it('is the 双向评估报告 of the project’s period, a draft unless 定稿', () => {
    const doc = build()
    expect(doc.meta).toMatchObject({
      title: '双向评估报告',
      subtitle: '柳城社区居家养老服务（2026年度）',
      number: 'SX-2026-0002',
      draft: false
    })
    expect(build({ evaluation: evaluation({ status: '草稿' }) }).meta.draft).toBe(true)
  })

  it('names both parties and the period', () => {
    expect(build().parties).toEqual([
      { label: '购买方', value: '柳城街道办事处' },
      { label: '承接方', value: ORGANIZATION.name },
      { label: '评估期间', value: '2026年度（2026年1月1日至2026年12月31日）' }
    ])
  })

  it('states the project, the period and who filled each sheet when', () => {
    expect(fieldsOf(build())).toMatchObject({
      项目名称: '柳城社区居家养老服务',
      承接机构: ORGANIZATION.name,
      购买方: '柳城街道办事处',
      合同编号: 'LC-GM-2026-007',
      合同金额: '180,000.00 元（人民币壹拾捌万元整）',
      评估期间: '2026年度（2026年1月1日至2026年12月31日）',
      购买方评价人: '柳城街道 刘主任',
      购买方提交日期: '2026年12月24日',
      承接方评价人: '黉门社工 周站长',
      承接方提交日期: '2026年12月24日'
    })
  })

  it('masks the provider’s contact phone unless revealing was confirmed', () => {
    expect(fieldsOf(build()).承接机构联系电话).toBe('138****8000')
    expect(JSON.stringify(build())).not.toContain('13800138000')
    expect(fieldsOf(build({}, { revealPersonalData: true })).承接机构联系电话).toBe('13800138000')
  })

  it('sets both sheets’ scores of every obligation side by side, flagging large gaps', () => {
    const table = tableOf(build())
    expect(table.columns.map((column) => column.header)).toEqual([
      '序号',
      '评价事项',
      '责任方',
      '分值',
      '购买方评分',
      '承接方评分',
      '差异'
    ])
    expect(table.rows).toEqual([
      ['1', '按时足额拨付', '购买方', '20', '18.0', '17.0', '+1.0'],
      ['2', '需求明确', '购买方', '20', '18.0', '17.0', '+1.0'],
      ['3', '指导支持', '购买方', '20', '18.0', '17.0', '+1.0'],
      ['4', '不摊派合同外行政任务', '购买方', '20', '19.0', '12.0', '+7.0（差距较大）'],
      ['5', '协调资源', '购买方', '20', '18.0', '17.0', '+1.0'],
      ['6', '按合同提供服务', '承接方', '20', '17.0', '19.0', '+2.0'],
      ['7', '服务质量与专业性', '承接方', '20', '17.0', '19.0', '+2.0'],
      ['8', '人员配备稳定', '承接方', '20', '17.0', '19.0', '+2.0'],
      ['9', '台账资料规范', '承接方', '20', '17.0', '19.0', '+2.0'],
      ['10', '资金使用规范', '承接方', '20', '17.0', '19.0', '+2.0']
    ])
  })

  it('totals each side’s obligations as each sheet scored them, in the foot', () => {
    expect(tableOf(build()).foot).toEqual([
      ['', '购买方义务合计', '购买方', '100', '91.0', '80.0', ''],
      ['', '承接方义务合计', '承接方', '100', '85.0', '95.0', '']
    ])
  })

  it('marks a side scoring its own obligation lower than the other side did', () => {
    const lower = evaluation({
      sheets: [
        mutualSheet('purchaser', '柳城街道 刘主任', 18, 17),
        mutualSheet('provider', '黉门社工 周站长', 12, 17)
      ]
    })
    expect(tableOf(build({ evaluation: lower })).rows[5]).toEqual([
      '6',
      '按合同提供服务',
      '承接方',
      '20',
      '17.0',
      '12.0',
      '-5.0（差距较大）'
    ])
  })

  it('lists the obligations the sides see very differently, or says there are none', () => {
    expect(paragraphsUnder(build(), '双方评分对照')).toContain(
      '双方评分差距较大的事项：“不摊派合同外行政任务”（购买方自评 19.0 分，承接方评 12.0 分）。建议双方就上述事项沟通，查明原因、商定改进措施。'
    )
    expect(paragraphsUnder(build({ evaluation: even(18) }), '双方评分对照')).toContain(
      '各评价事项双方评分的差距均在该项分值的 20% 以内。'
    )
  })

  it('gives each side’s score as the other side scored it, its own view beside it', () => {
    expect(paragraphsUnder(build(), '评估结论')).toEqual([
      '购买方履约得分 80.0 分（满分 100 分，按承接方评分计，购买方自评 91.0 分）。',
      '承接方履约得分 85.0 分（满分 100 分，按购买方评分计，承接方自评 95.0 分）。',
      '本次双向评估已由张晓梅于2026年12月28日定稿。'
    ])
  })

  it('leaves what an unsubmitted sheet has not scored blank, and says which sheet is missing', () => {
    const pending = evaluation({
      status: '草稿',
      finalizedAt: null,
      finalizedBy: null,
      sheets: [
        mutualSheet('purchaser', '柳城街道 刘主任', 18, 17),
        mutualSheet('provider', '', null, null)
      ]
    })
    const doc = build({ evaluation: pending })
    const table = tableOf(doc)
    expect(table.rows[0]).toEqual(['1', '按时足额拨付', '购买方', '20', '18.0', '—', '—'])
    expect(table.foot).toEqual([
      ['', '购买方义务合计', '购买方', '100', '90.0', '—', ''],
      ['', '承接方义务合计', '承接方', '100', '85.0', '—', '']
    ])
    expect(fieldsOf(doc)).toMatchObject({ 承接方评价人: '—', 承接方提交日期: '尚未提交' })
    expect(paragraphsUnder(doc, '评估结论')).toEqual([
      '承接方对购买方义务的评分尚不完整，购买方履约得分暂缺。',
      '承接方履约得分 85.0 分（满分 100 分，按购买方评分计）。',
      '承接方的评价表尚未提交，以上评分以提交和定稿时为准。',
      '本次双向评估尚未定稿。'
    ])
    expect(paragraphsUnder(doc, '双方评分对照')).toHaveLength(1)
  })

  it('prints each side’s explanations under its own heading, and no section without any', () => {
    const doc = build()
    expect(headings(doc)).toEqual([
      '一、基本情况',
      '二、评估方式',
      '三、双方评分对照',
      '四、评估结论',
      '五、评价说明',
      '（一）承接方的说明'
    ])
    expect(paragraphsUnder(doc, '承接方的说明')).toEqual([
      `“不摊派合同外行政任务”：${EXTRA_TASKS_COMMENT}。`
    ])
    expect(headings(build({ evaluation: even(18) }))).not.toContain('五、评价说明')
  })

  it('ends with both parties’ representatives to sign and the office’s seal', () => {
    expect(build().blocks.at(-1)).toEqual({
      kind: 'signatures',
      roles: [
        { label: '购买方代表', value: '柳城街道 刘主任' },
        { label: '承接方代表', value: '黉门社工 周站长' }
      ],
      seal: '鼓楼街道办事处',
      date: '2026-12-30'
    })
  })
})
