import { describe, expect, it } from 'vitest'
import { gridSheetModel } from '@renderer/components/data-grid/export-model'
import { searchRows } from '@renderer/components/data-grid/filtering'
import {
  ROUND_COLUMNS,
  roundRows,
  searchRound
} from '@renderer/features/venture/rounds/round-columns'
import { excelRow } from '@shared/export/sheet-model'
import { SAMPLE, TODAY } from '../../../db/helpers'

describe('ROUND_COLUMNS in an export', () => {
  it('writes the fund pool in 元 under a header that says so, and years as numbers', () => {
    const rows = roundRows(SAMPLE.ventureRounds, new Map(), TODAY)
    const model = gridSheetModel(
      { rows, columns: ROUND_COLUMNS },
      { name: '批次列表', title: null }
    )
    const headers = model.columns.map((column) => column.header)
    expect(headers).toContain('资金池（元）')
    expect(headers).not.toContain('资金池（万元）')
    const cells = model.rows.map((row) => excelRow(model.columns, row))
    const pool = headers.indexOf('资金池（元）')
    expect(cells.map((row) => row[pool])).toEqual(rows.map((row) => row.fundPoolFen / 100))
    expect(cells.map((row) => row[headers.indexOf('年度')])).toEqual(rows.map((row) => row.year))
  })
})

describe('searchRound', () => {
  it('finds a round by the pinyin of its name', () => {
    const rows = roundRows(SAMPLE.ventureRounds, new Map(), TODAY)
    const target = rows[0]!
    const found = searchRows(rows, searchRound, target.keys.pinyin)
    expect(found).toEqual([target])
  })
})
