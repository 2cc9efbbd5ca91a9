import { describe, expect, it } from 'vitest'
import { gridSheetModel } from '@renderer/components/data-grid/export-model'
import { searchRows } from '@renderer/components/data-grid/filtering'
import {
  PROJECT_COLUMNS,
  projectRows,
  searchProject
} from '@renderer/features/projects/project-columns'
import { pinyinKeys } from '@shared/text/pinyin'
import { excelRow } from '@shared/export/sheet-model'
import { SAMPLE } from '../../db/helpers'

describe('PROJECT_COLUMNS in an export', () => {
  it('writes amounts as numbers of 元 and the rest as shown', () => {
    const rows = projectRows(
      SAMPLE.projects,
      () => '承接组织',
      () => '批次',
      []
    )
    const model = gridSheetModel(
      { rows, columns: PROJECT_COLUMNS },
      { name: '项目列表', title: null }
    )
    const amount = model.columns.findIndex((column) => column.header === '金额（元）')
    expect(model.columns[amount]?.type).toBe('yuan')
    const cells = model.rows.map((row) => excelRow(model.columns, row))
    expect(cells.map((row) => row[amount])).toEqual(rows.map((row) => row.amountFen / 100))
    const title = model.columns.findIndex((column) => column.header === '项目名称')
    expect(cells.map((row) => row[title])).toEqual(rows.map((row) => row.title))
  })
})

describe('searchProject', () => {
  it('finds a project by the pinyin and initials of its title, as the registries do', () => {
    const rows = projectRows(
      SAMPLE.projects,
      () => '承接组织',
      () => '批次',
      []
    )
    const target = rows[0]!
    const initials = pinyinKeys(target.title).pinyinInitials
    const found = searchRows(rows, searchProject, initials)
    expect(found).toContain(target)
    expect(found.every((row) => pinyinKeys(row.title).pinyinInitials.includes(initials))).toBe(true)
  })
})
