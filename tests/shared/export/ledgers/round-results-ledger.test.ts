import { describe, expect, it } from 'vitest'
import type { Application } from '@shared/domain/venture/application'
import { ROUND_SUM_COLUMNS, roundResultsLedger } from '@shared/export/ledgers/round-results-ledger'
import { totalsCells, type SheetModel } from '@shared/export/sheet-model'
import type { ReviewResultsReportInput } from '@shared/pdf/reports/review-results-report'
import { publishedRoundRecords, roundRecords } from '../../pdf/reports/report-fixtures'

const TODAY = '2026-11-22'

const ledgerOf = (records: ReviewResultsReportInput) =>
  roundResultsLedger({ ...records, office: '鼓楼街道办事处', today: TODAY })

function column(sheet: SheetModel, header: string) {
  const index = sheet.columns.findIndex((c) => c.header === header)
  expect(index, header).toBeGreaterThanOrEqual(0)
  return sheet.rows.map((row) => row[index])
}

describe('roundResultsLedger in review', () => {
  const records = roundRecords()
  const ledger = ledgerOf(records)

  it('says the list is provisional', () => {
    expect(ledger.name).toBe('评审结果')
    expect(ledger.title).toBe(
      `鼓楼街道办事处${records.round.name}评审结果（暂计，尚未公示）（截至 2026-11-22）`
    )
  })

  it('lists the computed results in rank order with names, scores and amounts', () => {
    const results = records.results.rows
    expect(ledger.rows.length).toBe(results.length)
    expect(column(ledger, '排名')).toEqual(results.map((row) => row.rank))
    expect(column(ledger, '得分')).toEqual(results.map((row) => row.score))
    expect(column(ledger, '申请金额（元）')).toEqual(results.map((row) => row.requestedFen))
    expect(column(ledger, '资助金额（元）')).toEqual(results.map((row) => row.grantFen))
    expect(column(ledger, '结果')).toEqual(results.map((row) => row.status))
    expect(column(ledger, '有效评分表')).toEqual(results.map((row) => row.totals.length))
    const titles = new Map(records.applications.map((row) => [row.id, row.title]))
    expect(column(ledger, '项目名称')).toEqual(results.map((row) => titles.get(row.applicationId)))
    const names = new Map(records.organizations.map((row) => [row.id, row.name]))
    const applicants = new Map(records.applications.map((row) => [row.id, row.organizationId]))
    expect(column(ledger, '申报机构')).toEqual(
      results.map((row) => names.get(applicants.get(row.applicationId)!))
    )
    const tracks = new Map(records.round.tracks.map((track) => [track.key, track.name]))
    expect(column(ledger, '类别')).toEqual(results.map((row) => tracks.get(row.track)))
  })

  it('shows scores with both decimals', () => {
    expect(ledger.columns.find((c) => c.header === '得分')).toMatchObject({ numFmt: '0.00' })
  })

  it('totals requested and granted amounts to the hand-computed sums', () => {
    // 80,000 + 90,000 + 60,000 requested; the first two funded in full, the third not.
    expect(column(ledger, '结果')).toEqual(['资助', '资助', '未资助'])
    const totals = totalsCells(ledger)
    expect(totals[2]).toBe('合计')
    expect(ROUND_SUM_COLUMNS.map((index) => totals[index])).toEqual([
      { formula: 'SUM(H3:H5)', result: 230_000 },
      { formula: 'SUM(I3:I5)', result: 170_000 }
    ])
  })
})

describe('roundResultsLedger once published', () => {
  it('shows the stored awards and no longer says 暂计', () => {
    const records = publishedRoundRecords()
    const ledger = ledgerOf(records)
    expect(ledger.title).toBe(`鼓楼街道办事处${records.round.name}评审结果（截至 2026-11-22）`)
    const awards = new Map(records.applications.map((row) => [row.id, row.award!]))
    const ordered = records.results.rows.map((row) => awards.get(row.applicationId)!)
    expect(column(ledger, '排名')).toEqual(ordered.map((award) => award.rank))
    expect(column(ledger, '资助金额（元）')).toEqual(ordered.map((award) => award.grantFen))
  })

  it('lists in the published order, like the 评审结果 report, not as the results now compute', () => {
    const records = publishedRoundRecords()
    const reversed = { ...records.results, rows: [...records.results.rows].reverse() }
    const ledger = ledgerOf({ ...records, results: reversed })
    expect(column(ledger, '排名')).toEqual(ledgerOf(records).rows.map((row) => row[0]))
    expect(column(ledger, '排名')).toEqual([1, 2, 3])
  })

  it('shows a grant withdrawn after an objection as 撤销资助, with the reason', () => {
    const records = publishedRoundRecords()
    const funded = records.results.rows.find((row) => row.grantFen > 0)!
    const applications = records.applications.map((row): Application =>
      row.id === funded.applicationId
        ? {
            ...row,
            award: { ...row.award!, grantFen: 0 },
            events: [
              ...row.events,
              {
                action: 'revoke',
                from: '拟资助',
                to: '未获资助',
                at: '2026-05-12T02:00:00.000Z',
                operator: '张晓梅',
                note: '申报材料不实'
              }
            ]
          }
        : row
    )
    const ledger = ledgerOf({ ...records, applications })
    expect(column(ledger, '结果')).toEqual(['撤销资助', '资助', '未资助'])
    expect(column(ledger, '资助金额（元）')).toEqual([0, 9_000_000, 0])
    expect(column(ledger, '说明')[0]).toMatch(/经公示期异议处理撤销资助：申报材料不实$/)
    expect(totalsCells(ledger)[8]).toMatchObject({ result: 90_000 })
  })
})
