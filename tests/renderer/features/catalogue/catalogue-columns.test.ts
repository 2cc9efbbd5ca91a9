import { describe, expect, it } from 'vitest'
import { gridSheetModel } from '@renderer/components/data-grid/export-model'
import { CATALOGUE_COLUMNS } from '@renderer/features/catalogue/catalogue-columns'
import { excelRow } from '@shared/export/sheet-model'
import { SAMPLE } from '../../db/helpers'

describe('CATALOGUE_COLUMNS in an export', () => {
  it('writes reference prices as numbers of 元, none as an empty cell', () => {
    const rows = SAMPLE.catalogueItems
    expect(rows.some((item) => item.typicalPriceFen === null)).toBe(true)
    const model = gridSheetModel(
      { rows, columns: CATALOGUE_COLUMNS },
      { name: '服务目录列表', title: null }
    )
    const price = model.columns.findIndex((column) => column.header === '参考价格（元）')
    expect(model.columns[price]?.type).toBe('yuan')
    expect(model.rows.map((row) => excelRow(model.columns, row)[price])).toEqual(
      rows.map((item) => (item.typicalPriceFen === null ? null : item.typicalPriceFen / 100))
    )
  })
})
