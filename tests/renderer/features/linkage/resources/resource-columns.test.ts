import { describe, expect, it } from 'vitest'
import { gridSheetModel } from '@renderer/components/data-grid/export-model'
import {
  RESOURCE_COLUMNS,
  resourceRows
} from '@renderer/features/linkage/resources/resource-columns'
import { excelRow } from '@shared/export/sheet-model'
import { SAMPLE, TODAY } from '../../../db/helpers'

describe('RESOURCE_COLUMNS in an export', () => {
  const rows = resourceRows(SAMPLE.resources, () => '军门社区', TODAY)
  const model = gridSheetModel(
    { rows, columns: RESOURCE_COLUMNS },
    { name: '资源清单', title: null }
  )
  const cells = model.rows.map((row) => excelRow(model.columns, row))
  const index = (header: string) => model.columns.findIndex((column) => column.header === header)

  it('writes funds as numbers of 元', () => {
    expect(rows.some((row) => row.amountFen !== null)).toBe(true)
    expect(cells.map((row) => row[index('资金（元）')])).toEqual(
      rows.map((row) => (row.amountFen === null ? null : row.amountFen / 100))
    )
  })

  it('keeps phones masked', () => {
    const phone = index('联系电话')
    for (const [i, row] of rows.entries()) {
      if (row.contactPhone) expect(cells[i]![phone]).not.toBe(row.contactPhone)
    }
    expect(cells.some((row) => typeof row[phone] === 'string' && row[phone].includes('*'))).toBe(
      true
    )
  })
})
