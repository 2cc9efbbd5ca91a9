import { describe, expect, it } from 'vitest'
import {
  buildAnnualSummaryReport,
  type AnnualSummaryReportInput
} from '@shared/pdf/reports/annual-summary-report'
import { yearRecords } from '../../domain/dashboard/year-records'
import { blocksOf, reportContext, tableOf, text } from './report-fixtures'

const context = reportContext('ND-2026-0001')

/**
 * The office worked by hand in year-records.ts, without r-b, the 2026 round still in review:
 * - stays: org-1, org-2 (出壳 in March), org-4 (入驻 in April, after a stay that ended 退驻 in
 *   January) were at the base: 3 organisations; org-3 left in 2025, org-5 and org-7 are not
 *   admitted yet, org-6's stay is archived;
 * - the 2026 round r-a (¥490,000) published two grants, ¥80,000 and ¥90,050, and one withdrawn;
 * - one purchase signed in 2026 (¥180,000); one signed in 2025, one of an archived project;
 * - three tranches paid in 2026: ¥50,000 and ¥72,000 in January, ¥33,333.33 in July;
 * - evaluations 定稿 in 2026 (China time): incubation 良好 and 合格 (the 合格 at 00:30 on New
 *   Year's Day), project 优秀 and 良好.
 */
function input(year = 2026): AnnualSummaryReportInput {
  const records = yearRecords()
  return { ...records, year, rounds: records.rounds.filter((round) => round.id !== 'r-b') }
}

describe('buildAnnualSummaryReport', () => {
  it('is never a draft and says the date its figures were taken on', () => {
    const report = buildAnnualSummaryReport(input(), context)
    expect(report.meta).toMatchObject({
      title: '年度工作汇总',
      subtitle: '2026年度',
      subject: '鼓楼街道办事处2026年度工作汇总',
      draft: false
    })
    expect(text(report)).toContain('统计截至2026年11月22日。')
  })

  it('counts each record in the year of its own date, amounts in 万元 to two decimals', () => {
    const report = buildAnnualSummaryReport(input(), context)
    const [figures] = blocksOf(report, 'table')
    expect(figures!.caption).toBe('主要数据')
    expect(figures!.rows).toEqual([
      ['1', '年内在孵社会组织', '3 家', '—'],
      ['2', '新入驻社会组织', '1 家', '—'],
      ['3', '出壳社会组织', '1 家', '—'],
      ['4', '公益创投批次（资金池）', '1 个', '49.00'],
      ['5', '公益创投拟资助项目', '2 个', '17.01'],
      ['6', '政府购买服务签约项目', '1 个', '18.00'],
      ['7', '拨付资金', '3 笔', '15.53']
    ])
    const words = text(report)
    expect(words).toContain('年内在孵社会组织 3 家，其中新入驻 1 家；出壳 1 家，退驻 1 家。')
    expect(words).toContain(
      '2026年度拨付资金 3 笔，合计 15.53 万元，其中公益创投项目 5.00 万元，政府购买服务项目 10.53 万元。'
    )
  })

  it('charts the money paid by month', () => {
    const report = buildAnnualSummaryReport(input(), context)
    const [months] = blocksOf(report, 'bar-chart')
    expect(months).toMatchObject({ caption: '2026年度各月拨付金额', unit: '万元' })
    expect(months!.bars).toHaveLength(12)
    expect(months!.bars[0]).toEqual({ label: '1月', value: 12.2 })
    expect(months!.bars[6]).toEqual({ label: '7月', value: 3.33 })
    expect(months!.bars.filter((bar) => bar.value > 0)).toHaveLength(2)
  })

  it('gives the grades of the evaluations 定稿 in the year as a table and a chart', () => {
    const report = buildAnnualSummaryReport(input(), context)
    const grades = tableOf(report, '评估等级分布')
    expect(grades.columns.map((column) => column.header)).toEqual([
      '评估类别',
      '优秀',
      '良好',
      '合格',
      '不合格',
      '合计'
    ])
    expect(grades.rows).toEqual([
      ['孵化评估', '0', '1', '1', '0', '2'],
      ['项目评估', '1', '1', '0', '0', '2']
    ])
    expect(grades.foot).toEqual([['合计', '1', '2', '1', '0', '4']])
    expect(blocksOf(report, 'bar-chart')[1]).toEqual({
      kind: 'bar-chart',
      caption: '2026年度评估等级分布',
      unit: '份',
      bars: [
        { label: '优秀', value: 1 },
        { label: '良好', value: 2 },
        { label: '合格', value: 1 },
        { label: '不合格', value: 0 }
      ]
    })
    expect(text(report)).toContain(
      '2026年度定稿的评估共 4 份，其中优秀 1 份（25%），良好 2 份（50%），合格 1 份（25%），不合格 0 份（0%）。'
    )
  })

  it('says what a year without records lacks instead of drawing empty tables and charts', () => {
    const report = buildAnnualSummaryReport(input(2030), context)
    expect(blocksOf(report, 'bar-chart')).toEqual([])
    expect(blocksOf(report, 'table').map((block) => block.caption)).toEqual(['主要数据'])
    const words = text(report)
    for (const sentence of [
      '2030年度没有公益创投批次。',
      '2030年度没有签订政府购买服务合同。',
      '2030年度尚无拨付记录。',
      '2030年度没有定稿的评估。'
    ]) {
      expect(words).toContain(sentence)
    }
  })

  it('ends with the signatures, sealed by the office or left for the seal', () => {
    const report = buildAnnualSummaryReport(input(), context)
    expect(report.blocks.at(-1)).toEqual({
      kind: 'signatures',
      roles: [
        { label: '填报人', value: '张晓梅' },
        { label: '审核人', value: '' }
      ],
      seal: '鼓楼街道办事处',
      date: '2026-11-22'
    })
    const unnamed = buildAnnualSummaryReport(input(), { ...context, office: ' ' })
    expect(unnamed.blocks.at(-1)).toMatchObject({ seal: '（单位盖章）' })
    expect(unnamed.parties).toEqual([])
  })
})
