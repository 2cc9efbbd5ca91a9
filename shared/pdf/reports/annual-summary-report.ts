/**
 * 年度工作汇总: one year of the office's work in figures — the incubation base, the 公益创投
 * rounds, the purchases signed, the money paid and the grades of the evaluations finalised —
 * for the office's year-end report to the district. It is a statistic, not a 定稿 record, so it
 * is never a draft; it says the date its figures were taken on instead.
 *
 * No filter by 街道: each copy of the app holds one office's records (one 单位名称, report
 * numbers counted per copy), and the only 街道 fields, an organisation's and a community's
 * address, say where they are, not whose work a project is — filtering on them would drop the
 * projects of providers registered elsewhere.
 *
 * The figures are `annualFigures` (shared/domain/dashboard/figures.ts), the ones the 工作台 shows
 * for the current year: what counts in a year, and what never does, is said there.
 */
import { annualFigures, type AnnualFigures, type AnnualInput } from '../../domain/dashboard/figures'
import { EVALUATION_GRADES, type EvaluationGrade } from '../../domain/evaluations/grade-bands'
import { formatWanYuan, roundDiv, type Fen } from '../../domain/money'
import { REPORT_KINDS } from '../report-kinds'
import type { ReportBlock, ReportContext, ReportDocument } from '../report-model'
import { BLANK_VALUE, dateText, signatureBlock } from './report-text'

export interface AnnualSummaryReportInput extends AnnualInput {
  year: number
}

/** 万元 as a chart value: whole 分 rounded half up to two decimals of 万元, like formatWanYuan. */
function wanValue(fen: Fen): number {
  return roundDiv(fen, 10_000) / 100
}

/** `15.53`: every amount of the summary is in 万元 to two decimals, as its opening says. */
function wanText(fen: Fen): string {
  return formatWanYuan(fen, 2)
}

export function buildAnnualSummaryReport(
  input: AnnualSummaryReportInput,
  context: ReportContext
): ReportDocument {
  const { year } = input
  const office = context.office.trim()
  const { incubation, venture, contracts, payments, evaluations } = annualFigures(input, year)
  const roundCount = venture.rounds.length
  const unpublished = venture.rounds.filter((round) => !round.published).length

  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: '一、总体情况' },
    {
      kind: 'paragraph',
      text:
        `本汇总统计${office || '本单位'}${year}年度社会组织孵化、公益创投、政府购买服务、` +
        `资金拨付和评估情况，统计截至${dateText(context.date)}。金额单位为万元，保留两位小数。`
    },
    {
      kind: 'table',
      caption: '主要数据',
      columns: [
        { header: '序号', widthChars: 3, align: 'center' },
        { header: '项目' },
        { header: '数量', widthChars: 5, align: 'right' },
        { header: '金额（万元）', widthChars: 6, align: 'right' }
      ],
      rows: [
        ['1', '年内在孵社会组织', `${incubation.residentInYear} 家`, BLANK_VALUE],
        ['2', '新入驻社会组织', `${incubation.admitted} 家`, BLANK_VALUE],
        ['3', '出壳社会组织', `${incubation.graduated} 家`, BLANK_VALUE],
        ['4', '公益创投批次（资金池）', `${roundCount} 个`, wanText(venture.poolFen)],
        ['5', '公益创投拟资助项目', `${venture.fundedCount} 个`, wanText(venture.grantedFen)],
        ['6', '政府购买服务签约项目', `${contracts.signedCount} 个`, wanText(contracts.signedFen)],
        ['7', '拨付资金', `${payments.releasedCount} 笔`, wanText(payments.releasedFen)]
      ]
    },
    { kind: 'heading', level: 1, text: '二、社会组织孵化' },
    {
      kind: 'paragraph',
      text:
        `年内在孵社会组织 ${incubation.residentInYear} 家，其中新入驻 ${incubation.admitted} 家；` +
        `出壳 ${incubation.graduated} 家，退驻 ${incubation.exited} 家。`
    },
    { kind: 'heading', level: 1, text: '三、公益创投' },
    {
      kind: 'paragraph',
      text:
        roundCount === 0
          ? `${year}年度没有公益创投批次。`
          : `${year}年度公益创投批次 ${roundCount} 个，资金池合计 ${wanText(venture.poolFen)} 万元；` +
            `已公示拟资助项目 ${venture.fundedCount} 个，资助金额合计 ${wanText(venture.grantedFen)} 万元` +
            (unpublished > 0 ? `，另有 ${unpublished} 个批次的评审结果尚未公示` : '') +
            '。'
    },
    { kind: 'heading', level: 1, text: '四、政府购买服务' },
    {
      kind: 'paragraph',
      text:
        contracts.signedCount === 0
          ? `${year}年度没有签订政府购买服务合同。`
          : `${year}年度签订政府购买服务合同 ${contracts.signedCount} 份，合同金额合计 ${wanText(contracts.signedFen)} 万元。`
    },
    { kind: 'heading', level: 1, text: '五、资金拨付' },
    ...paymentBlocks(year, payments),
    { kind: 'heading', level: 1, text: '六、评估等级分布' },
    ...gradeBlocks(year, evaluations),
    signatureBlock(
      [
        { label: '填报人', value: context.operator },
        { label: '审核人', value: '' }
      ],
      context
    )
  ]

  return {
    meta: {
      title: REPORT_KINDS.annualSummary.label,
      subtitle: `${year}年度`,
      number: context.number,
      date: context.date,
      office: context.office,
      subject: `${office}${year}年度工作汇总`,
      keywords: ['年度工作汇总', `${year}年度`, '社会组织孵化', '公益创投', '政府购买服务'],
      draft: false
    },
    parties: office ? [{ label: '填报单位', value: office }] : [],
    blocks
  }
}

function paymentBlocks(
  year: number,
  { releasedCount, releasedFen, releasedByChannel, byMonth }: AnnualFigures['payments']
): ReportBlock[] {
  if (releasedCount === 0) return [{ kind: 'paragraph', text: `${year}年度尚无拨付记录。` }]
  return [
    {
      kind: 'paragraph',
      text:
        `${year}年度拨付资金 ${releasedCount} 笔，合计 ${wanText(releasedFen)} 万元，` +
        `其中公益创投项目 ${wanText(releasedByChannel.公益创投)} 万元，` +
        `政府购买服务项目 ${wanText(releasedByChannel.政府购买服务)} 万元。各月拨付金额见下图。`
    },
    {
      kind: 'bar-chart',
      caption: `${year}年度各月拨付金额`,
      unit: '万元',
      bars: byMonth.map((month) => ({
        label: `${month.month}月`,
        value: wanValue(month.releasedFen)
      }))
    }
  ]
}

function gradeBlocks(year: number, evaluations: AnnualFigures['evaluations']): ReportBlock[] {
  const all = evaluations.total
  if (all === 0) return [{ kind: 'paragraph', text: `${year}年度没有定稿的评估。` }]
  const totals = EVALUATION_GRADES.map(
    (grade) => evaluations.incubation[grade] + evaluations.project[grade]
  )
  const row = (label: string, counts: readonly number[]) => [
    label,
    ...counts.map(String),
    String(counts.reduce((total, count) => total + count, 0))
  ]
  const countsOf = (grades: Record<EvaluationGrade, number>) =>
    EVALUATION_GRADES.map((grade) => grades[grade])
  const shares = EVALUATION_GRADES.map(
    (grade, index) => `${grade} ${totals[index]} 份（${roundDiv(totals[index]! * 100, all)}%）`
  )
  return [
    {
      kind: 'paragraph',
      text: `${year}年度定稿的评估共 ${all} 份，其中${shares.join('，')}。`
    },
    {
      kind: 'table',
      caption: '评估等级分布',
      columns: [
        { header: '评估类别' },
        ...EVALUATION_GRADES.map((grade) => ({
          header: grade,
          widthChars: 4,
          align: 'right' as const
        })),
        { header: '合计', widthChars: 4, align: 'right' }
      ],
      rows: [
        row('孵化评估', countsOf(evaluations.incubation)),
        row('项目评估', countsOf(evaluations.project))
      ],
      foot: [row('合计', totals)]
    },
    {
      kind: 'bar-chart',
      caption: `${year}年度评估等级分布`,
      unit: '份',
      bars: EVALUATION_GRADES.map((grade, index) => ({ label: grade, value: totals[index]! }))
    }
  ]
}
