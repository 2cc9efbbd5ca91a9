import { describe, expect, it } from 'vitest'
import { DEFAULT_EVALUATION_BANDS } from '@shared/domain/evaluations/grade-bands'
import type {
  IndicatorScore,
  ProjectEvaluation,
  ProjectEvaluationKind
} from '@shared/domain/evaluations/project-evaluation'
import type { IndicatorNode } from '@shared/domain/performance/indicator'
import type { ReportContext, ReportDocument } from '@shared/pdf/report-model'
import {
  buildProjectEvaluationReport,
  type ProjectEvaluationReportInput
} from '@shared/pdf/reports/project-evaluation-report'
import {
  DRAFT,
  fieldsOf,
  finalized,
  headings,
  indicator,
  ORGANIZATION,
  paragraphsUnder,
  projectEvaluation,
  purchaseProject,
  reportContext,
  tableOf,
  VENTURE_AGREEMENT,
  ventureProject
} from './report-fixtures'

/** Three levels, five leaves: 产出 50 (数量 30: 场次 15, 人次 15; 质量 20), 效益 40, 满意度 10. */
const INDICATORS: IndicatorNode[] = [
  indicator('output', null, 1, '产出指标', 50),
  indicator('quantity', 'output', 2, '数量指标', 30),
  indicator('sessions', 'quantity', 3, '活动场次', 15, {
    target: { value: 24, unit: '场', comparison: '≥' },
    actual: 26
  }),
  indicator('people', 'quantity', 3, '服务人次', 15, {
    target: { value: 600, unit: '人次', comparison: '≥' },
    actual: 540
  }),
  indicator('quality', 'output', 2, '质量指标', 20),
  indicator('closure', 'quality', 3, '个案结案率', 20, {
    target: { value: 90, unit: '%', comparison: '≥' },
    actual: 92
  }),
  indicator('benefit', null, 1, '效益指标', 40),
  indicator('social', 'benefit', 2, '社会效益', 40),
  indicator('participation', 'social', 3, '居民参与度提升', 40),
  indicator('satisfactionGroup', null, 1, '满意度指标', 10),
  indicator('satisfactionSub', 'satisfactionGroup', 2, '服务对象满意度', 10),
  indicator('satisfaction', 'satisfactionSub', 3, '服务对象满意率', 10, {
    target: { value: 90, unit: '%', comparison: '≥' }
  })
]

/** 15 + 12.5 + 18 + 34 + 9 = 88.5. */
const SCORES: IndicatorScore[] = [
  { key: 'sessions', score: 15, evidence: '查阅活动台账' },
  { key: 'people', score: 12.5, evidence: '查阅签到表' },
  { key: 'closure', score: 18, evidence: null },
  { key: 'participation', score: 34, evidence: '入户访谈' },
  { key: 'satisfaction', score: 9, evidence: '满意度问卷' }
]

/** The 公益创投 project, its 绩效目标表 the one its evaluations copied. */
const VENTURE = ventureProject({ indicators: INDICATORS })

/** A purchase whose amount is not whole yuan, so its amount in words has 角. */
const PURCHASE = purchaseProject({ amountFen: 18_000_050 })

/** A 定稿 中期 purchaser evaluation of VENTURE: 88.5, 良好. */
function evaluation(patch: Partial<ProjectEvaluation> = {}): ProjectEvaluation {
  return projectEvaluation({
    evaluators: '王建国、李娜',
    indicators: INDICATORS,
    scores: SCORES,
    findings: '服务人次未达到中期目标。\n台账整理不够及时。',
    recommendations: '加强社区动员。',
    ...finalized({ total: 88.5, grade: '良好', passed: true }),
    ...patch
  })
}

function build(
  patch: Partial<ProjectEvaluationReportInput> = {},
  context: Partial<ReportContext> = {}
): ReportDocument {
  return buildProjectEvaluationReport(
    {
      evaluation: evaluation(),
      project: VENTURE,
      organization: ORGANIZATION,
      agreement: VENTURE_AGREEMENT,
      roundName: '2026年度鼓楼区公益创投大赛',
      corrected: null,
      correctedBy: null,
      bands: DEFAULT_EVALUATION_BANDS,
      ...patch
    },
    reportContext('PG-2026-0012', context)
  )
}

describe('buildProjectEvaluationReport', () => {
  it.each([
    ['中期', null, '公益创投项目中期评估报告', '银龄互助探访'],
    ['末期', null, '公益创投项目末期评估报告', '银龄互助探访'],
    ['年度', 2026, '公益创投项目年度评估报告', '银龄互助探访（2026年度）']
  ] as [ProjectEvaluationKind, number | null, string, string][])(
    'titles a 公益创投 %s evaluation by its kind',
    (kind, year, title, subtitle) => {
      const doc = build({ evaluation: evaluation({ kind, year }) })
      expect(doc.meta).toMatchObject({ title, subtitle, number: 'PG-2026-0012' })
    }
  )

  it.each([
    ['末期', null, '柳城社区居家养老服务（末期评估）'],
    ['年度', 2026, '柳城社区居家养老服务（2026年度评估）']
  ] as [ProjectEvaluationKind, number | null, string][])(
    'titles a purchase’s %s evaluation 绩效评估报告, the kind in the subtitle',
    (kind, year, subtitle) => {
      const doc = build({ project: PURCHASE, evaluation: evaluation({ kind, year }) })
      expect(doc.meta).toMatchObject({ title: '政府购买服务项目绩效评估报告', subtitle })
    }
  )

  it('is a draft unless the evaluation is 定稿', () => {
    expect(build().meta.draft).toBe(false)
    expect(build({ evaluation: evaluation(DRAFT) }).meta.draft).toBe(true)
  })

  it('numbers its sections, with 满意度 only when a survey was made', () => {
    expect(headings(build())).toEqual([
      '一、项目基本情况',
      '二、评估方式',
      '三、指标得分',
      '四、评估结论',
      '五、问题与建议',
      '（一）评估发现',
      '（二）改进建议'
    ])
    const surveyed = build({
      evaluation: evaluation({ survey: { surveyed: 120, satisfied: 112 } })
    })
    expect(headings(surveyed).slice(3, 6)).toEqual(['四、满意度', '五、评估结论', '六、问题与建议'])
  })

  it('names a 公益创投 project’s 资助方 from its agreement, and the round', () => {
    const doc = build()
    expect(doc.parties).toEqual([
      { label: '资助方', value: '鼓楼区民政局' },
      { label: '承接方', value: ORGANIZATION.name },
      { label: '评估人', value: '王建国、李娜' }
    ])
    expect(fieldsOf(doc)).toMatchObject({
      项目名称: '银龄互助探访',
      项目类型: '公益创投',
      承接机构: ORGANIZATION.name,
      资助方: '鼓楼区民政局',
      创投活动: '2026年度鼓楼区公益创投大赛',
      协议编号: 'GL-CT-2026-001',
      资助金额: '300,000.00 元（人民币叁拾万元整）',
      执行期: '2026年3月1日至2027年2月28日'
    })
  })

  it('takes the office as 资助方 before an agreement exists', () => {
    const doc = build({ agreement: null })
    expect(doc.parties[0]).toEqual({ label: '资助方', value: '鼓楼街道办事处' })
    expect(fieldsOf(doc).协议编号).toBe('—')
  })

  it('names a purchase’s 购买方 and 合同金额', () => {
    const doc = build({ project: PURCHASE, agreement: null })
    expect(doc.parties[0]).toEqual({ label: '购买方', value: '柳城街道办事处' })
    expect(fieldsOf(doc)).toMatchObject({
      购买方: '柳城街道办事处',
      资金来源: '一般公共预算',
      合同金额: '180,000.50 元（人民币壹拾捌万元零伍角）'
    })
  })

  it('masks the provider’s contact phone unless revealing was confirmed', () => {
    const masked = build()
    expect(fieldsOf(masked).承接机构联系电话).toBe('138****8000')
    expect(JSON.stringify(masked)).not.toContain('13800138000')
    expect(fieldsOf(build({}, { revealPersonalData: true })).承接机构联系电话).toBe('13800138000')
  })

  it('says who evaluated, how and when; a third party is the 评估机构', () => {
    expect(fieldsOf(build())).toMatchObject({
      评估类型: '中期评估',
      评估方式: '购买方评价',
      评估日期: '2026年9月10日',
      评估人: '王建国、李娜',
      报告版本: '第 1 版',
      定稿情况: '张晓梅于2026年9月12日定稿'
    })
    expect(paragraphsUnder(build(), '评估方式')[0]).toMatch(/^本次评估由资助方鼓楼区民政局组织评价/)

    const thirdParty = build({
      evaluation: evaluation({ mode: '第三方评估', evaluators: '鼓楼区社会工作协会' })
    })
    expect(thirdParty.parties[2]).toEqual({ label: '评估机构', value: '鼓楼区社会工作协会' })
    expect(paragraphsUnder(thirdParty, '评估方式')[0]).toMatch(
      /^本次评估由资助方鼓楼区民政局委托第三方评估机构实施/
    )
    expect(thirdParty.blocks.at(-1)).toMatchObject({
      roles: [{ label: '评估机构', value: '鼓楼区社会工作协会' }, { label: '审核人' }]
    })
  })

  it('tabulates every leaf under its indicators, a 小计 per first-level indicator and the total', () => {
    const table = tableOf(build())
    expect(table.columns.map((column) => column.header)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '分值',
      '得分',
      '说明'
    ])
    expect(table.rows).toEqual([
      [
        '产出指标',
        '数量指标',
        '活动场次',
        '15',
        '15.0',
        '指标值 ≥24 场，实际完成 26 场；查阅活动台账'
      ],
      ['', '', '服务人次', '15', '12.5', '指标值 ≥600 人次，实际完成 540 人次；查阅签到表'],
      ['', '质量指标', '个案结案率', '20', '18.0', '指标值 ≥90%，实际完成 92%'],
      ['产出指标小计', '', '', '50', '45.5', ''],
      ['效益指标', '社会效益', '居民参与度提升', '40', '34.0', '入户访谈'],
      ['效益指标小计', '', '', '40', '34.0', ''],
      ['满意度指标', '服务对象满意度', '服务对象满意率', '10', '9.0', '指标值 ≥90%；满意度问卷'],
      ['满意度指标小计', '', '', '10', '9.0', '']
    ])
    expect(table.foot).toEqual([['合计', '', '', '100', '88.5', '']])
  })

  it('uses only the levels the tree has, and gives a first-level leaf no 小计', () => {
    const indicators = [
      indicator('output', null, 1, '产出指标', 60),
      indicator('sessions', 'output', 2, '活动场次', 60),
      indicator('satisfaction', null, 1, '服务对象满意度', 40)
    ]
    const table = tableOf(
      build({
        evaluation: evaluation({
          indicators,
          scores: [
            { key: 'sessions', score: 55, evidence: null },
            { key: 'satisfaction', score: 36.5, evidence: null }
          ],
          total: 91.5
        })
      })
    )
    expect(table.columns.map((column) => column.header)).toEqual([
      '一级指标',
      '二级指标',
      '分值',
      '得分',
      '说明'
    ])
    expect(table.rows).toEqual([
      ['产出指标', '活动场次', '60', '55.0', ''],
      ['产出指标小计', '', '60', '55.0', ''],
      ['服务对象满意度', '', '40', '36.5', '']
    ])
    expect(table.foot).toEqual([['合计', '', '100', '91.5', '']])
  })

  it('reports the survey’s satisfaction rate, whole, and the satisfaction indicator’s score', () => {
    const doc = build({ evaluation: evaluation({ survey: { surveyed: 120, satisfied: 112 } }) })
    expect(paragraphsUnder(doc, '满意度')).toEqual([
      '本次共调查服务对象 120 人，其中表示满意的 112 人，满意率 93%。满意度指标“服务对象满意率”（分值 10 分）得分 9.0 分。'
    ])
  })

  it('concludes with total, grade and pass, and how many targets were reached', () => {
    expect(paragraphsUnder(build(), '评估结论')).toEqual([
      '本次中期评估总分 88.5 分，等级为良好，结论为合格。',
      '绩效目标表共 5 项末级指标，截至评估日有指标值和实际完成值可比的 3 项中，达到指标值 2 项，未达到 1 项（“服务人次”）。中期完成值为阶段数据，全期指标以末期评估为准。'
    ])
  })

  it('says when every comparable target was reached, or none, without the 中期 caveat at 末期', () => {
    const withPeople = (actual: number) =>
      INDICATORS.map((indicator) =>
        indicator.key === 'people' ? { ...indicator, actual } : indicator
      )
    const allMet = build({ evaluation: evaluation({ kind: '末期', indicators: withPeople(620) }) })
    expect(paragraphsUnder(allMet, '评估结论')[1]).toBe(
      '绩效目标表共 5 项末级指标，截至评估日有指标值和实际完成值可比的 3 项中，均已达到指标值。'
    )
    const noneMet = INDICATORS.map((indicator) =>
      indicator.target && indicator.actual !== null ? { ...indicator, actual: 1 } : indicator
    )
    expect(
      paragraphsUnder(
        build({ evaluation: evaluation({ kind: '末期', indicators: noneMet }) }),
        '评估结论'
      )[1]
    ).toBe(
      '绩效目标表共 5 项末级指标，截至评估日有指标值和实际完成值可比的 3 项中，均未达到指标值（“活动场次”、“服务人次”、“个案结案率”）。'
    )
  })

  it('reads a scored draft against the office’s bands today, and says when leaves are unscored', () => {
    const scored = build({ evaluation: evaluation(DRAFT) })
    expect(paragraphsUnder(scored, '评估结论')[0]).toBe(
      '本评估尚未定稿。按现有评分暂计总分 88.5 分，按本单位现行分数线（优秀 90 分、良好 80 分、合格 60 分）暂评等级为良好，结论为合格；总分、等级和结论以定稿时为准。'
    )
    const partial = build({
      evaluation: evaluation({
        ...DRAFT,
        scores: SCORES.map((row, index) => (index < 2 ? { ...row, score: null } : row))
      })
    })
    expect(paragraphsUnder(partial, '评估结论')[0]).toBe(
      '本评估尚未定稿，尚有 2 项末级指标未评分，暂无总分。'
    )
    expect(tableOf(partial).foot).toEqual([['合计', '', '', '100', '—', '']])
    expect(tableOf(partial).rows[3]).toEqual(['产出指标小计', '', '', '50', '—', ''])
  })

  it('says which version a correction corrects and why', () => {
    const first = evaluation({ supersededById: 'evaluation-2' })
    const doc = build({
      evaluation: evaluation({
        id: 'evaluation-2',
        version: 2,
        supersedesId: 'evaluation-1',
        correctionReason: '服务人次得分录入有误',
        finalizedAt: '2026-10-08T02:00:00.000Z'
      }),
      corrected: first
    })
    expect(fieldsOf(doc).报告版本).toBe('第 2 版')
    expect(paragraphsUnder(doc, '评估方式')).toContain(
      '本报告为更正后的第 2 版，更正2026年9月12日定稿的第 1 版。更正原因：服务人次得分录入有误。'
    )
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading' })
  })

  it('says up front, and in the conclusion, that a corrected version no longer stands', () => {
    const second = evaluation({
      id: 'evaluation-2',
      version: 2,
      supersedesId: 'evaluation-1',
      finalizedAt: '2026-10-08T02:00:00.000Z'
    })
    const doc = build({
      evaluation: evaluation({ supersededById: 'evaluation-2' }),
      correctedBy: second
    })
    expect(doc.blocks[0]).toEqual({
      kind: 'paragraph',
      text: '特别说明：本评估第 1 版已被第 2 版（2026年10月8日定稿）更正，本报告仅供查阅，评估结论以更正后的版本为准。'
    })
    expect(paragraphsUnder(doc, '评估结论')).toContain('本版结论已被第 2 版更正，以第 2 版为准。')
  })

  it('prints findings and recommendations a paragraph per line, or 无', () => {
    expect(paragraphsUnder(build(), '评估发现')).toEqual([
      '服务人次未达到中期目标。',
      '台账整理不够及时。'
    ])
    expect(paragraphsUnder(build(), '改进建议')).toEqual(['加强社区动员。'])
    const empty = build({ evaluation: evaluation({ findings: null, recommendations: null }) })
    expect(paragraphsUnder(empty, '评估发现')).toEqual(['无。'])
    expect(paragraphsUnder(empty, '改进建议')).toEqual(['无。'])
  })

  it('ends with the evaluators and a reviewer to sign, sealed by the office on the report date', () => {
    expect(build().blocks.at(-1)).toEqual({
      kind: 'signatures',
      roles: [
        { label: '评估人', value: '王建国、李娜' },
        { label: '审核人', value: '' }
      ],
      seal: '鼓楼街道办事处',
      date: '2026-11-22'
    })
  })
})
