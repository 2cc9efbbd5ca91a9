import { describe, expect, it } from 'vitest'
import {
  columnFormats,
  columnWidths,
  excelRow,
  sheetLayout,
  totalsCells,
  type SheetModel
} from '@shared/export/sheet-model'

const PAYMENTS: SheetModel = {
  name: '拨付',
  columns: [
    { header: '项目', type: 'text' },
    { header: '拨付日期', type: 'date' },
    { header: '金额（元）', type: 'yuan' },
    { header: '期次', type: 'number' },
    { header: '得分', type: 'number', numFmt: '0.00' }
  ],
  rows: [
    ['长者助餐', '2026-03-01', 10, 1, 88.5],
    ['儿童之家', null, 20, 2, null],
    ['四点半课堂', '2026-05-20', 1_234_567, '3', 90]
  ],
  totals: { label: '合计', labelColumn: 0, sumColumns: [2, 3] }
}

describe('sheetLayout', () => {
  it('puts the header first, the data under it and the totals last', () => {
    expect(sheetLayout(PAYMENTS)).toEqual({
      titleRow: null,
      headerRow: 1,
      firstDataRow: 2,
      lastDataRow: 4,
      totalsRow: 5
    })
  })

  it('moves everything down one row under a title', () => {
    expect(sheetLayout({ ...PAYMENTS, title: '拨付台账', totals: null })).toEqual({
      titleRow: 1,
      headerRow: 2,
      firstDataRow: 3,
      lastDataRow: 5,
      totalsRow: null
    })
  })

  it('has no data rows for an empty sheet', () => {
    expect(sheetLayout({ ...PAYMENTS, rows: [] })).toMatchObject({
      headerRow: 1,
      lastDataRow: 1,
      totalsRow: 2
    })
  })
})

describe('cells', () => {
  it('converts each row by its columns', () => {
    expect(PAYMENTS.rows.map((row) => excelRow(PAYMENTS.columns, row))).toEqual([
      ['长者助餐', 46082, 0.1, 1, 88.5],
      ['儿童之家', null, 0.2, 2, null],
      ['四点半课堂', 46162, 12345.67, 3, 90]
    ])
  })

  it('formats each column by its type unless it says otherwise', () => {
    expect(columnFormats(PAYMENTS)).toEqual(['@', 'yyyy-mm-dd', '#,##0.00', 'General', '0.00'])
  })
})

describe('totalsCells', () => {
  it('sums the data rows with formulas whose results add up in whole 分', () => {
    expect(totalsCells(PAYMENTS)).toEqual([
      '合计',
      null,
      { formula: 'SUM(C2:C4)', result: 12345.97 },
      { formula: 'SUM(D2:D4)', result: 6 },
      null
    ])
    // 0.1 + 0.2 in floating point is 0.30000000000000004.
    const tenths = {
      ...PAYMENTS,
      rows: [
        ['a', null, 10, 1, null],
        ['b', null, 20, 1, null]
      ]
    }
    expect(totalsCells(tenths)[2]).toEqual({ formula: 'SUM(C2:C3)', result: 0.3 })
  })

  it('counts the title row in the formula range', () => {
    expect(totalsCells({ ...PAYMENTS, title: '拨付台账' })[2]).toMatchObject({
      formula: 'SUM(C3:C5)'
    })
  })

  it('writes 0 without a formula when there are no rows', () => {
    expect(totalsCells({ ...PAYMENTS, rows: [] })).toEqual(['合计', null, 0, 0, null])
  })

  it('refuses to sum a text or date column', () => {
    expect(() =>
      totalsCells({ ...PAYMENTS, totals: { label: '合计', labelColumn: 0, sumColumns: [1] } })
    ).toThrow(/合计列 2/)
  })

  it('has none without totals', () => {
    expect(totalsCells({ ...PAYMENTS, totals: null })).toEqual([])
  })
})

describe('columnWidths', () => {
  it('fits headers, shown values and totals', () => {
    const widths = columnWidths(PAYMENTS)
    // 四点半课堂 (10) + 2 beats 项目 (4) + 4.
    expect(widths[0]).toBe(12)
    // 2026-05-20 (10) + 2 beats 拨付日期 (8) + 4.
    expect(widths[1]).toBe(12)
    // 金额（元） (10) + 4 beats 12,345.97 (9) + 2.
    expect(widths[2]).toBe(14)
  })
})
