import { describe, expect, it } from 'vitest'
import type { SheetModel } from '@shared/export/sheet-model'
import { writeWorkbook, type WriteProgress } from '@renderer/components/data-grid/export-xlsx'
import { readWorkbook, rowValues } from './read-workbook'

const TRANCHES: SheetModel = {
  name: '拨付明细',
  title: '鼓楼街道办事处项目拨付明细（截至 2026-11-22）',
  columns: [
    { header: '项目名称', type: 'text' },
    { header: '期次', type: 'number' },
    { header: '拨付日期', type: 'date' },
    { header: '金额（元）', type: 'yuan' },
    { header: '联系电话', type: 'text' }
  ],
  rows: [
    ['银龄互助探访', 1, '2026-03-05', 15_000_000, '138****8000'],
    ['银龄互助探访', 2, null, 9_000_000, null],
    ['柳城居家养老', 1, '2026-01-10', 9_000_001, '059*****3456']
  ],
  totals: { label: '合计', labelColumn: 0, sumColumns: [3] }
}

const utc = (date: string) => new Date(`${date}T00:00:00.000Z`)

describe('writeWorkbook', () => {
  it('writes title, header, typed rows and a totals formula that Excel reads back', async () => {
    const book = await readWorkbook(await writeWorkbook([TRANCHES]))
    const sheet = book.getWorksheet('拨付明细')!
    expect(sheet.getCell('A1').value).toBe(TRANCHES.title)
    expect(sheet.model.merges).toContain('A1:E1')
    expect(rowValues(sheet, 2, 2)[0]).toEqual([
      '项目名称',
      '期次',
      '拨付日期',
      '金额（元）',
      '联系电话'
    ])
    expect(sheet.getCell('A2').font?.bold).toBe(true)
    expect(rowValues(sheet, 3, 5)).toEqual([
      ['银龄互助探访', 1, utc('2026-03-05'), 150_000, '138****8000'],
      ['银龄互助探访', 2, null, 90_000, null],
      ['柳城居家养老', 1, utc('2026-01-10'), 90_000.01, '059*****3456']
    ])
    expect(sheet.getCell('C3').numFmt).toBe('yyyy-mm-dd')
    expect(sheet.getCell('D3').numFmt).toBe('#,##0.00')
    expect(sheet.getCell('A6').value).toBe('合计')
    expect(sheet.getCell('D6').value).toEqual({ formula: 'SUM(D3:D5)', result: 330_000.01 })
    expect(sheet.getCell('D6').font?.bold).toBe(true)
  })

  it('freezes the rows down to the header and filters over header and data', async () => {
    const sheet = (await readWorkbook(await writeWorkbook([TRANCHES]))).worksheets[0]!
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
    expect(sheet.autoFilter).toBe('A2:E5')
  })

  it('sizes columns to their content', async () => {
    const sheet = (await readWorkbook(await writeWorkbook([TRANCHES]))).worksheets[0]!
    // 柳城居家养老 and 银龄互助探访 are 12 units; 项目名称 with its filter button too.
    expect(sheet.getColumn(1).width).toBe(14)
    expect(sheet.getColumn(2).width).toBe(8)
  })

  it('writes a sheet without title or totals from the first row', async () => {
    const plain = { ...TRANCHES, title: null, totals: null }
    const sheet = (await readWorkbook(await writeWorkbook([plain]))).worksheets[0]!
    expect(sheet.getCell('A1').value).toBe('项目名称')
    expect(sheet.rowCount).toBe(4)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  })

  it('keeps several sheets apart, renaming a repeated name', async () => {
    const book = await readWorkbook(await writeWorkbook([TRANCHES, TRANCHES]))
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['拨付明细', '拨付明细(2)'])
  })

  it('reports progress row by row and then the file', async () => {
    const rows = Array.from({ length: 4500 }, (_, i) => [`项目${i}`, i, null, i, null])
    const seen: WriteProgress[] = []
    await writeWorkbook([{ ...TRANCHES, rows }], { onProgress: (p) => seen.push(p) })
    expect(seen.map((p) => [p.stage, p.rowsWritten])).toEqual([
      ['rows', 0],
      ['rows', 2000],
      ['rows', 4000],
      ['rows', 4500],
      ['file', 4500]
    ])
    expect(seen.every((p) => p.rowCount === 4500)).toBe(true)
  })
})
