import { describe, expect, it } from 'vitest'
import type { Evaluation, EvaluationKind } from '@shared/domain/evaluations/evaluation'
import { DEFAULT_EVALUATION_BANDS } from '@shared/domain/evaluations/grade-bands'
import type { ScoredDimension } from '@shared/domain/evaluations/scorecard'
import type { Incubation } from '@shared/domain/incubation/incubation'
import type { ReportContext, ReportDocument } from '@shared/pdf/report-model'
import {
  buildIncubationEvaluationReport,
  type IncubationEvaluationReportInput
} from '@shared/pdf/reports/incubation-evaluation-report'
import {
  DRAFT,
  fieldsOf,
  headings,
  ORGANIZATION,
  paragraphsUnder,
  reportContext,
  STAMP,
  tableOf
} from './report-fixtures'

const STAY: Incubation = {
  id: 'stay-1',
  organizationId: ORGANIZATION.id,
  baseName: '鼓楼区社会组织孵化基地',
  status: '孵化中',
  appliedOn: '2025-11-10',
  preferredMode: '实体',
  reviewDueOn: '2025-11-17',
  reviewedOn: '2025-11-14',
  reviewNote: null,
  admittedOn: '2025-12-01',
  agreementNo: 'GL-2025-017',
  mode: '实体',
  workstation: 'A-12',
  mentor: '陈老师',
  plannedEndOn: '2026-11-30',
  extensions: [],
  endedOn: null,
  endReason: null,
  handoverDueOn: null,
  handedOverOn: null,
  note: null,
  events: [],
  ...STAMP
}

/** Weights 30 / 25 / 20 / 15 / 10: weighted 26.4 + 20.6 + 15.2 + 10.5 + 9.5 = 82.2. */
const SCORES = [88, 82.5, 76, 70, 95]

function dimensions(scores: readonly (number | null)[]): ScoredDimension[] {
  return [
    { key: 'governance', name: '内部治理', weight: 30, score: scores[0] ?? null },
    { key: 'finance', name: '财务管理', weight: 25, score: scores[1] ?? null },
    { key: 'projects', name: '项目运作', weight: 20, score: scores[2] ?? null },
    { key: 'people', name: '人才队伍', weight: 15, score: scores[3] ?? null },
    { key: 'impact', name: '社会影响', weight: 10, score: scores[4] ?? null }
  ]
}

/** A 定稿 出壳 evaluation of STAY: 82.2, 良好, passed. */
function evaluation(patch: Partial<Evaluation> = {}): Evaluation {
  return {
    id: 'eval-1',
    subjectType: 'incubation',
    subjectId: STAY.id,
    organizationId: ORGANIZATION.id,
    kind: '出壳',
    evaluatedOn: '2026-11-20',
    evaluators: '王建国、李娜',
    dimensions: dimensions(SCORES),
    findings: '治理结构完整，财务制度健全。\n\n建议加强志愿者队伍建设。',
    status: '定稿',
    total: 82.2,
    grade: '良好',
    passed: true,
    finalizedAt: '2026-11-20T08:00:00.000Z',
    finalizedBy: '张晓梅',
    ...STAMP,
    ...patch
  }
}

function build(
  patch: Partial<IncubationEvaluationReportInput> = {},
  context: Partial<ReportContext> = {}
): ReportDocument {
  return buildIncubationEvaluationReport(
    {
      evaluation: evaluation(),
      stay: STAY,
      organization: ORGANIZATION,
      bands: DEFAULT_EVALUATION_BANDS,
      ...patch
    },
    reportContext('FH-2026-0003', context)
  )
}

describe('buildIncubationEvaluationReport', () => {
  it.each([
    ['出壳', '出壳评估报告'],
    ['入驻', '入驻评估报告'],
    ['中期', '中期评估报告']
  ] as [EvaluationKind, string][])(
    'titles a %s evaluation %s, under the organisation’s name',
    (kind, title) => {
      const doc = build({ evaluation: evaluation({ kind }) })
      expect(doc.meta).toMatchObject({
        title,
        subtitle: ORGANIZATION.name,
        number: 'FH-2026-0003',
        date: '2026-11-22',
        office: '鼓楼街道办事处'
      })
      expect(doc.meta.subject).toBe(`${ORGANIZATION.name}${title}（2026年11月20日）`)
    }
  )

  it('is a draft unless the evaluation is 定稿', () => {
    expect(build().meta.draft).toBe(false)
    expect(build({ evaluation: evaluation(DRAFT) }).meta.draft).toBe(true)
  })

  it('numbers its four sections and names the parties', () => {
    const doc = build()
    expect(headings(doc)).toEqual(['一、基本情况', '二、评估得分', '三、评估结论', '四、评估意见'])
    expect(doc.parties).toEqual([
      { label: '评估对象', value: ORGANIZATION.name },
      { label: '孵化基地', value: '鼓楼区社会组织孵化基地' },
      { label: '评估人', value: '王建国、李娜' }
    ])
  })

  it('states the organisation and the stay in 基本情况, dates in 公文 style', () => {
    expect(fieldsOf(build())).toMatchObject({
      机构名称: ORGANIZATION.name,
      统一社会信用代码: '52350102MJ0000001X',
      '法定代表人/负责人': '陈立新',
      联系人: '林晓',
      入驻协议编号: 'GL-2025-017',
      入驻日期: '2025年12月1日',
      孵化期限: '2025年12月1日至2026年11月30日',
      孵化方式: '实体孵化',
      导师: '陈老师',
      评估类型: '出壳评估',
      评估日期: '2026年11月20日'
    })
  })

  it('gives a 备案 group’s filing number where it has no credit code, and counts extensions', () => {
    const fields = fieldsOf(
      build({
        organization: { ...ORGANIZATION, uscc: null, filingNo: '鼓社备 2025-08' },
        stay: {
          ...STAY,
          status: '续驻',
          plannedEndOn: '2027-05-31',
          extensions: [
            {
              on: '2026-11-01',
              reason: '项目尚在进行',
              previousEndOn: '2026-11-30',
              newEndOn: '2027-05-31'
            }
          ]
        }
      })
    )
    expect(fields.备案编号).toBe('鼓社备 2025-08')
    expect(fields).not.toHaveProperty('统一社会信用代码')
    expect(fields.孵化期限).toBe('2025年12月1日至2027年5月31日（续驻 1 次）')
  })

  it('masks the contact phone unless revealing was confirmed, and never prints the ID number', () => {
    const masked = build()
    expect(fieldsOf(masked).联系电话).toBe('138****8000')
    expect(JSON.stringify(masked)).not.toContain('13800138000')

    const revealed = build({}, { revealPersonalData: true })
    expect(fieldsOf(revealed).联系电话).toBe('13800138000')
    for (const doc of [masked, revealed]) {
      expect(JSON.stringify(doc)).not.toContain('1949123')
    }
  })

  it('tabulates each dimension’s weight, score and weighted score, with the total in the foot', () => {
    const table = tableOf(build())
    expect(table.columns.map((column) => column.header)).toEqual([
      '序号',
      '评估维度',
      '权重',
      '得分',
      '加权得分'
    ])
    expect(table.rows).toEqual([
      ['1', '内部治理', '30', '88.0', '26.4'],
      ['2', '财务管理', '25', '82.5', '20.6'],
      ['3', '项目运作', '20', '76.0', '15.2'],
      ['4', '人才队伍', '15', '70.0', '10.5'],
      ['5', '社会影响', '10', '95.0', '9.5']
    ])
    expect(table.foot).toEqual([['合计', '', '100', '', '82.2']])
  })

  it('prints the total fixed at 定稿, not one recomputed from the scores', () => {
    const table = tableOf(build({ evaluation: evaluation({ total: 82.3 }) }))
    expect(table.foot).toEqual([['合计', '', '100', '', '82.3']])
  })

  it('states total, grade and pass, and that a passing 出壳 evaluation allows graduating', () => {
    expect(paragraphsUnder(build(), '评估结论')).toEqual([
      '本次出壳评估总分 82.2 分，等级为良好，结论为合格。',
      '该组织符合出壳条件，可按程序办理出壳。'
    ])
  })

  it('says a failing 出壳 evaluation does not allow graduating', () => {
    const failing = evaluation({
      dimensions: dimensions([50, 50, 50, 50, 50]),
      total: 50,
      grade: '不合格',
      passed: false
    })
    expect(paragraphsUnder(build({ evaluation: failing }), '评估结论')).toEqual([
      '本次出壳评估总分 50.0 分，等级为不合格，结论为不合格。',
      '该组织未达到出壳条件，暂不能出壳；整改后可重新进行出壳评估。'
    ])
  })

  it('gives the date of a 出壳 already made on the evaluation', () => {
    const graduated = { ...STAY, status: '出壳' as const, endedOn: '2026-11-21' }
    expect(paragraphsUnder(build({ stay: graduated }), '评估结论')).toContain(
      '该组织已于2026年11月21日出壳。'
    )
  })

  it('says nothing about graduating after an 入驻 or 中期 evaluation', () => {
    expect(
      paragraphsUnder(build({ evaluation: evaluation({ kind: '中期' }) }), '评估结论')
    ).toEqual(['本次中期评估总分 82.2 分，等级为良好，结论为合格。'])
  })

  it('reads a scored draft against the office’s bands today, as provisional', () => {
    const doc = build({
      evaluation: evaluation(DRAFT),
      bands: { 优秀: 95, 良好: 85, 合格: 80 }
    })
    expect(paragraphsUnder(doc, '评估结论')).toEqual([
      '本评估尚未定稿。按现有评分暂计总分 82.2 分，按本单位现行分数线（优秀 95 分、良好 85 分、合格 80 分）暂评等级为合格，结论为合格。',
      '出壳须以定稿且结论合格的出壳评估为依据，本评估定稿前不能据以办理出壳。'
    ])
    expect(tableOf(doc).foot).toEqual([['合计', '', '100', '', '82.2']])
  })

  it('leaves unscored dimensions and the total blank on a partly scored draft, naming them', () => {
    const doc = build({
      evaluation: evaluation({ ...DRAFT, dimensions: dimensions([88, null, 76, null, 95]) })
    })
    const table = tableOf(doc)
    expect(table.rows[1]).toEqual(['2', '财务管理', '25', '—', '—'])
    expect(table.foot).toEqual([['合计', '', '100', '', '—']])
    expect(paragraphsUnder(doc, '评估结论')).toEqual([
      '本评估尚未定稿，尚有 2 个维度未评分（财务管理、人才队伍），暂无总分。'
    ])
  })

  it('prints the findings a paragraph per line, or 无', () => {
    expect(paragraphsUnder(build(), '评估意见')).toEqual([
      '治理结构完整，财务制度健全。',
      '建议加强志愿者队伍建设。'
    ])
    expect(
      paragraphsUnder(build({ evaluation: evaluation({ findings: null }) }), '评估意见')
    ).toEqual(['无。'])
  })

  it('ends with the evaluators and a reviewer to sign, sealed by the office on the report date', () => {
    const last = build().blocks.at(-1)
    expect(last).toEqual({
      kind: 'signatures',
      roles: [
        { label: '评估人', value: '王建国、李娜' },
        { label: '审核人', value: '' }
      ],
      seal: '鼓楼街道办事处',
      date: '2026-11-22'
    })
    expect(build({}, { office: '' }).blocks.at(-1)).toMatchObject({ seal: '（单位盖章）' })
  })
})
