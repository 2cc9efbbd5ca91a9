import { describe, expect, it } from 'vitest'
import { exportFileName, sheetName } from '@shared/export/file-names'

describe('exportFileName', () => {
  it.each([
    ['社会组织列表', '社会组织列表-2026-11-22.xlsx'],
    ['  项目列表 ', '项目列表-2026-11-22.xlsx'],
    ['资金池/类别: "A"', '资金池 类别 A-2026-11-22.xlsx'],
    ['', '导出-2026-11-22.xlsx'],
    ['<>', '导出-2026-11-22.xlsx']
  ])('%j → %j', (page, name) => expect(exportFileName(page, '2026-11-22')).toBe(name))
})

describe('sheetName', () => {
  it.each([
    ['社会组织台账', '社会组织台账'],
    ['拨付[明细]:2026/11', '拨付明细202611'],
    ["'引号'", '引号'],
    [
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二',
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一'
    ],
    ['???', '工作表1']
  ])('%j → %j', (name, sheet) => expect(sheetName(name)).toBe(sheet))
})
