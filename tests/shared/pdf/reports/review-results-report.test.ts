import { describe, expect, it } from 'vitest'
import type { FundingAdjustment } from '@shared/domain/venture/results'
import { buildReviewResultsReport } from '@shared/pdf/reports/review-results-report'
import {
  application,
  blocksOf,
  publishedRoundRecords,
  reportContext,
  review,
  REVIEWED_AT,
  ROUND_APPLICATIONS,
  roundRecords,
  tableOf,
  text
} from './report-fixtures'

const context = reportContext('PS-2026-0001', { date: '2026-05-05' })

describe('buildReviewResultsReport', () => {
  it('lists the reviewed applications in rank order with scores, requests, grants and the totals', () => {
    const report = buildReviewResultsReport(roundRecords(), context)
    expect(report.meta).toMatchObject({
      title: '评审结果',
      subtitle: '2026 年度社区公益创投',
      number: 'PS-2026-0001',
      draft: true
    })
    const table = tableOf(report)
    expect(table.columns.map((column) => column.header)).toEqual([
      '排名',
      '申报机构',
      '项目名称',
      '平均分',
      '申请金额（元）',
      '拟资助金额（元）',
      '结果'
    ])
    expect(table.rows).toEqual([
      ['1', '阳光社会工作服务中心', '银龄探访', '88.00', '80,000.00', '80,000.00', '资助'],
      ['2', '彩虹青少年服务社', '四点半课堂', '84.50', '90,000.00', '90,000.00', '资助'],
      ['3', '邻里互助协会', '长者食堂', '80.50', '60,000.00', '0.00', '未资助']
    ])
    expect(table.foot).toEqual([['', '合计', '资助 2 项', '', '230,000.00', '170,000.00', '']])
    expect(text(report)).toContain(
      '拟资助项目 2 个，拟资助金额合计 170,000.00 元，占资金池的 85%，资金池剩余 30,000.00 元。'
    )
  })

  it('names the experts who scored, not one who withdrew, and the scoring method', () => {
    const report = buildReviewResultsReport(roundRecords(), context)
    const words = text(report)
    expect(words).toContain('评审专家 2 名（李红、王建国）')
    expect(words).not.toContain('陈明')
    expect(words).toContain('评审项及满分为：项目设计 60 分、执行能力 40 分')
    expect(words).toContain('本批次共收到有效申报书 3 份，经资格初审进入评审 3 份。')
    expect(words).toContain('按“平均分”汇总')
    const median = buildReviewResultsReport(roundRecords({}, { aggregation: 'median' }), context)
    expect(tableOf(median).columns[3]!.header).toBe('最终得分')
  })

  it('explains a grant set by hand and the order the panel gave a tie', () => {
    const adjustment: FundingAdjustment = {
      applicationId: 'app-c',
      grantFen: 3_000_000,
      reason: '答辩后核减活动规模',
      at: REVIEWED_AT,
      operator: '张晓梅'
    }
    const report = buildReviewResultsReport(
      roundRecords(
        {},
        {
          adjustments: [adjustment],
          tiebreaks: [
            {
              applicationId: 'app-a',
              order: 2,
              reason: '项目设计得分较高',
              at: REVIEWED_AT,
              operator: '张晓梅'
            },
            {
              applicationId: 'app-b',
              order: 1,
              reason: '项目设计得分较高',
              at: REVIEWED_AT,
              operator: '张晓梅'
            }
          ]
        }
      ),
      context
    )
    expect(tableOf(report).rows[2]).toEqual([
      '3',
      '邻里互助协会',
      '长者食堂',
      '80.50',
      '60,000.00',
      '30,000.00',
      '资助'
    ])
    expect(report.blocks).toContainEqual({ kind: 'heading', level: 1, text: '三、需要说明的事项' })
    const words = text(report)
    expect(words).toContain(
      '1. “长者食堂”（邻里互助协会）的资助金额经人工调整为 30,000.00 元，理由：答辩后核减活动规模。'
    )
    expect(words).toContain(
      '2. 并列申报书的先后次序由评审组决定为：“银龄探访”（阳光社会工作服务中心）、“四点半课堂”（彩虹青少年服务社），依据：项目设计得分较高。'
    )
  })

  it('explains why an application ranked above a funded one was passed over', () => {
    const passedOver = [
      ROUND_APPLICATIONS[0]!,
      application('app-b', 'applicant-2', '四点半课堂', 15_000_000),
      ROUND_APPLICATIONS[2]!
    ]
    const report = buildReviewResultsReport(roundRecords({ applications: passedOver }), context)
    expect(tableOf(report).rows.map((row) => row[6])).toEqual(['资助', '未资助', '资助'])
    expect(text(report)).toContain(
      '1. “四点半课堂”（彩虹青少年服务社）排名第 2 名，未获资助：' +
        '资金池剩余 120,000.00 元，不足以资助申请的 150,000.00 元。'
    )
    expect(text(buildReviewResultsReport(roundRecords(), context))).not.toContain('未获资助：')
  })

  it('prints the published awards once 公示 has started, a withdrawn grant as 撤销资助, and is final', () => {
    const base = publishedRoundRecords()
    const revoked = base.applications.map((row) =>
      row.id === 'app-b'
        ? {
            ...row,
            status: '未获资助' as const,
            award: { ...row.award!, grantFen: 0 },
            events: [
              {
                action: 'revoke' as const,
                from: '拟资助' as const,
                to: '未获资助' as const,
                at: REVIEWED_AT,
                operator: '张晓梅',
                note: '申报材料与实际不符'
              }
            ]
          }
        : row
    )
    const report = buildReviewResultsReport({ ...base, applications: revoked }, context)
    expect(report.meta.draft).toBe(false)
    const table = tableOf(report)
    expect(table.rows.map((row) => [row[2], row[5], row[6]])).toEqual([
      ['银龄探访', '80,000.00', '资助'],
      ['四点半课堂', '0.00', '撤销资助'],
      ['长者食堂', '0.00', '未资助']
    ])
    expect(table.foot![0]![2]).toBe('资助 1 项')
    expect(table.foot![0]![5]).toBe('80,000.00')
    expect(text(report)).toContain(
      '“四点半课堂”（彩虹青少年服务社）经公示期异议处理撤销资助，理由：申报材料与实际不符。'
    )
  })

  it('says so instead of an empty table when nothing has reached review', () => {
    const report = buildReviewResultsReport(roundRecords({ applications: [] }), context)
    expect(blocksOf(report, 'table')).toEqual([])
    expect(text(report)).toContain('本批次尚无进入评审的申报书，暂无评审结果。')
  })

  it('lists what still stands in the way of 公示: a sheet not in, a tie at the funding line', () => {
    const tied = [
      application('app-a', 'applicant-1', '银龄探访', 12_000_000),
      application('app-b', 'applicant-2', '四点半课堂', 12_000_000)
    ]
    const tiedReviews = [
      review('app-a', 'expert-1', 85),
      review('app-b', 'expert-1', 85),
      // Assigned, not yet declared: the application's review is not complete.
      review('app-a', 'expert-2', 0, { conflict: null, submittedAt: null })
    ]
    const report = buildReviewResultsReport(
      roundRecords({ applications: tied, reviews: tiedReviews }),
      context
    )
    expect(tableOf(report).rows.map((row) => row[6])).toEqual(['待定（并列）', '待定（并列）'])
    expect(text(report)).toContain(
      '公示前尚需处理：还有 1 份申报书的评审专家没有全部提交评分；' +
        '还有 2 份并列待定的申报书，须先决定并列次序或人工调整。'
    )
  })

  it('ends with the signatures, sealed by the office or left for the seal', () => {
    const report = buildReviewResultsReport(roundRecords(), context)
    expect(report.blocks.at(-1)).toEqual({
      kind: 'signatures',
      roles: [
        { label: '评审组组长', value: '' },
        { label: '经办人', value: '张晓梅' },
        { label: '审核人', value: '' }
      ],
      seal: '鼓楼街道办事处',
      date: '2026-05-05'
    })
    const unnamed = buildReviewResultsReport(roundRecords(), { ...context, office: '' })
    expect(unnamed.blocks.at(-1)).toMatchObject({ seal: '（单位盖章）' })
    expect(unnamed.parties.map((party) => party.label)).not.toContain('主办单位')
  })

  it('prints no contact phone: the list names organisations, not people', () => {
    const report = buildReviewResultsReport(roundRecords(), {
      ...context,
      revealPersonalData: true
    })
    expect(JSON.stringify(report)).not.toContain('13812345678')
  })
})
