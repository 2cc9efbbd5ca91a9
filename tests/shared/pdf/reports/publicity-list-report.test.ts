import { describe, expect, it } from 'vitest'
import { buildPublicityListReport } from '@shared/pdf/reports/publicity-list-report'
import {
  blocksOf,
  paragraphs,
  publishedRoundRecords,
  reportContext,
  roundRecords,
  tableOf
} from './report-fixtures'

const context = reportContext('GS-2026-0001', { date: '2026-05-06', revealPersonalData: true })

describe('buildPublicityListReport', () => {
  it('lists the published grants with the period and where objections go, and is final', () => {
    const report = buildPublicityListReport(publishedRoundRecords(), context)
    expect(report.meta).toMatchObject({
      title: '公示名单',
      subtitle: '2026 年度社区公益创投拟资助项目',
      draft: false
    })
    const table = tableOf(report)
    expect(table.columns.map((column) => column.header)).toEqual([
      '序号',
      '申报机构',
      '项目名称',
      '资助金额（元）'
    ])
    expect(table.rows).toEqual([
      ['1', '阳光社会工作服务中心', '银龄探访', '80,000.00'],
      ['2', '彩虹青少年服务社', '四点半课堂', '90,000.00']
    ])
    expect(table.foot).toEqual([['', '合计', '2 个项目', '170,000.00']])
    expect(paragraphs(report)).toEqual([
      '2026 年度社区公益创投经资格初审、专家评审，拟资助项目 2 个，资助金额合计 170,000.00 元' +
        '（人民币壹拾柒万元整）。现将拟资助项目名单公示如下：',
      '公示期为2026年5月6日至2026年5月11日。如有异议，请于公示期内向鼓楼街道办事处反映。'
    ])
  })

  it('drops a grant withdrawn after an objection from the list and its total', () => {
    const input = publishedRoundRecords()
    const revoked = input.applications.map((row) =>
      row.id === 'app-a'
        ? { ...row, status: '未获资助' as const, award: { ...row.award!, grantFen: 0 } }
        : row
    )
    const report = buildPublicityListReport({ ...input, applications: revoked }, context)
    expect(tableOf(report).rows).toEqual([['1', '彩虹青少年服务社', '四点半课堂', '90,000.00']])
    expect(tableOf(report).foot).toEqual([['', '合计', '1 个项目', '90,000.00']])
  })

  it('is a draft of the computed list with the planned period before 公示', () => {
    const report = buildPublicityListReport(roundRecords(), context)
    expect(report.meta.draft).toBe(true)
    expect(tableOf(report).rows.map((row) => row[2])).toEqual(['银龄探访', '四点半课堂'])
    expect(paragraphs(report).at(-1)).toBe(
      '公示期为2026年5月6日至2026年5月12日。如有异议，请于公示期内向鼓楼街道办事处反映。'
    )
  })

  it('says there is nothing to publish instead of an empty table', () => {
    const report = buildPublicityListReport(roundRecords({ applications: [] }), {
      ...context,
      office: ''
    })
    expect(blocksOf(report, 'table')).toEqual([])
    expect(paragraphs(report)).toEqual([
      '2026 年度社区公益创投尚无拟资助项目。',
      '公示期为2026年5月6日至2026年5月12日。如有异议，请于公示期内向主办单位反映。'
    ])
    expect(report.blocks.at(-1)).toEqual({
      kind: 'signatures',
      roles: [],
      seal: '（单位盖章）',
      date: '2026-05-06'
    })
  })

  it('ends with the office seal and prints no personal data even when allowed to', () => {
    const report = buildPublicityListReport(publishedRoundRecords(), context)
    expect(report.blocks.at(-1)).toEqual({
      kind: 'signatures',
      roles: [],
      seal: '鼓楼街道办事处',
      date: '2026-05-06'
    })
    const everything = JSON.stringify(report)
    expect(everything).not.toContain('13812345678')
    expect(everything).not.toContain('王敏')
  })
})
