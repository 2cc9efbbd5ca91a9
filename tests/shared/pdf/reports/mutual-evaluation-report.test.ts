import { describe, expect, it } from 'vitest'
import {
  DEFAULT_MUTUAL_TEMPLATE,
  type MutualEvaluation,
  type MutualScore,
  type MutualSheet,
  type MutualSide
} from '@shared/domain/evaluations/mutual-evaluation'
import type { Organization } from '@shared/domain/organizations/organization'
import { emptyProcurement } from '@shared/domain/procurement/procurement'
import type { Agreement } from '@shared/domain/projects/agreement'
import type { Project } from '@shared/domain/projects/project'
import type { ReportBlock, ReportContext, ReportDocument } from '@shared/pdf/report-model'
import {
  buildMutualEvaluationReport,
  type MutualEvaluationReportInput
} from '@shared/pdf/reports/mutual-evaluation-report'

const STAMP = {
  createdAt: '2026-12-20T02:00:00.000Z',
  updatedAt: '2026-12-20T02:00:00.000Z',
  archivedAt: null
}

const ORGANIZATION: Organization = {
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
  communityIds: [],
  staffCount: 8,
  socialWorkerCount: 5,
  establishedOn: '2024-05-06',
  rating: null,
  annualChecks: [],
  ...STAMP
}

const PROJECT: Project = {
  id: 'project-1',
  channel: '政府购买服务',
  origin: { kind: 'purchase' },
  organizationId: ORGANIZATION.id,
  title: '柳城社区居家养老服务',
  category: '社区养老',
  communityIds: [],
  amountFen: 18_000_000,
  matchingFen: 0,
  tranches: [],
  approvedOn: '2025-11-01',
  status: '执行中',
  startOn: '2026-01-01',
  endOn: '2026-12-31',
  indicators: [],
  socialWorkerIds: [],
  purchase: {
    purchaser: { name: '柳城街道办事处', kind: '街道办事处' },
    catalogueItemIds: ['item-1'],
    budgetSource: '一般公共预算',
    procurement: emptyProcurement('单一来源'),
    multiYearJustification: null,
    staffing: []
  },
  closedOn: null,
  terminatedOn: null,
  terminationReason: null,
  ...STAMP
}

const AGREEMENT: Agreement = {
  id: 'agreement-1',
  projectId: PROJECT.id,
  number: 'LC-GM-2026-007',
  title: '柳城社区居家养老服务合同',
  partyA: '柳城街道办事处',
  partyB: ORGANIZATION.name,
  signedOn: '2025-12-20',
  startOn: '2026-01-01',
  endOn: '2026-12-31',
  amountFen: 18_000_000,
  terms: '一、服务内容：居家养老',
  status: '已签订',
  signedBy: '张晓梅',
  ...STAMP
}

const EXTRA_TASKS = 'purchaser-no-extra-tasks'
const EXTRA_TASKS_COMMENT = '街道多次临时要求协助迎检、填报表格，占用社工服务时间约 15%'

/**
 * A sheet scoring the rater's own obligations `own` and the other side's `other`, with single
 * obligations changed by `except`.
 */
function sheet(
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
 * The purchaser scores its own obligations 18 (不摊派 19) and the provider's 17; the provider
 * scores its own 19 and the purchaser's 17 (不摊派 12, explained). 定稿.
 */
function evaluation(patch: Partial<MutualEvaluation> = {}): MutualEvaluation {
  return {
    id: 'mutual-1',
    projectId: PROJECT.id,
    periodLabel: '2026年度',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    obligations: DEFAULT_MUTUAL_TEMPLATE.map((obligation) => ({ ...obligation })),
    sheets: [
      sheet('purchaser', '柳城街道 刘主任', 18, 17, { [EXTRA_TASKS]: { score: 19 } }),
      sheet('provider', '黉门社工 周站长', 19, 17, {
        [EXTRA_TASKS]: { score: 12, comment: EXTRA_TASKS_COMMENT }
      })
    ],
    status: '定稿',
    finalizedAt: '2026-12-28T02:00:00.000Z',
    finalizedBy: '张晓梅',
    ...STAMP,
    ...patch
  }
}

const CONTEXT: ReportContext = {
  number: 'SX-2026-0002',
  date: '2026-12-30',
  office: '鼓楼街道办事处',
  operator: '张晓梅',
  revealPersonalData: false
}

function build(
  patch: Partial<MutualEvaluationReportInput> = {},
  context: Partial<ReportContext> = {}
): ReportDocument {
  return buildMutualEvaluationReport(
    {
      evaluation: evaluation(),
      project: PROJECT,
      organization: ORGANIZATION,
      agreement: AGREEMENT,
      roundName: null,
      ...patch
    },
    { ...CONTEXT, ...context }
  )
}

const headings = (doc: ReportDocument) =>
  doc.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []))

/** The paragraphs under the heading that ends with `title`, up to the next heading of its level. */
function paragraphsUnder(doc: ReportDocument, title: string): string[] {
  const start = doc.blocks.findIndex(
    (block) => block.kind === 'heading' && block.text.endsWith(title)
  )
  expect(start).toBeGreaterThanOrEqual(0)
  const level = (doc.blocks[start] as { level: 1 | 2 }).level
  const texts: string[] = []
  for (const block of doc.blocks.slice(start + 1)) {
    if (block.kind === 'heading' && block.level <= level) break
    if (block.kind === 'paragraph') texts.push(block.text)
  }
  return texts
}

function fieldsOf(doc: ReportDocument): Record<string, string> {
  return Object.fromEntries(
    doc.blocks.flatMap((block) =>
      block.kind === 'fields' ? block.fields.map((field) => [field.label, field.value]) : []
    )
  )
}

function comparisonTable(doc: ReportDocument): Extract<ReportBlock, { kind: 'table' }> {
  const table = doc.blocks.find((block) => block.kind === 'table')
  if (table?.kind !== 'table') throw new Error('no table')
  return table
}

/** Both sheets with every obligation scored `score` and no comments. */
function even(score: number): MutualEvaluation {
  return evaluation({
    sheets: [
      sheet('purchaser', '柳城街道 刘主任', score, score),
      sheet('provider', '黉门社工 周站长', score, score)
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
    const table = comparisonTable(build())
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
    expect(comparisonTable(build()).foot).toEqual([
      ['', '购买方义务合计', '购买方', '100', '91.0', '80.0', ''],
      ['', '承接方义务合计', '承接方', '100', '85.0', '95.0', '']
    ])
  })

  it('marks a side scoring its own obligation lower than the other side did', () => {
    const lower = evaluation({
      sheets: [
        sheet('purchaser', '柳城街道 刘主任', 18, 17),
        sheet('provider', '黉门社工 周站长', 12, 17)
      ]
    })
    expect(comparisonTable(build({ evaluation: lower })).rows[5]).toEqual([
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
      sheets: [sheet('purchaser', '柳城街道 刘主任', 18, 17), sheet('provider', '', null, null)]
    })
    const doc = build({ evaluation: pending })
    const table = comparisonTable(doc)
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
