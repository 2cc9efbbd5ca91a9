import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { buildProblemWorkbook } from '@renderer/features/import/problem-rows'
import { readWorkbook } from '@renderer/features/import/read-workbook'
import { dryRun, issueText } from '@shared/import/dry-run'
import { autoMapping, findHeaderRow, readHeaders, remap } from '@shared/import/header-mapping'
import { organizationImport } from '@shared/import/specs/organizations'
import { context as emptyContext } from '../../../shared/import/fixtures'

const context = emptyContext()

function run(
  grid: unknown[][],
  mapping = autoMapping(readHeaders(grid, 1), organizationImport.columns)
) {
  return { result: dryRun(organizationImport, { grid, headerRow: 1, mapping }, context), mapping }
}

describe('the problem-row file', () => {
  it('holds the rows with errors as written, why, and the cells at fault in red', async () => {
    const grid = [
      ['基本信息', '基本信息', '基本信息', '联系方式', '联系方式'],
      ['机构名称', '信用代码', '服务领域', '电话', '备注'],
      ['甲', '52350102MA01C7K265', '为老服务', '0591-83123456', null],
      ['乙', '52350102MA01C7K266', '扫地', '0591-83123457', '核对过'],
      ['丙', '51350102MA02D8L3XP', '为老服务', '12345', new Date(Date.UTC(2026, 0, 2))]
    ]
    const { result, mapping } = run(grid)
    const problems = result.rows
      .filter((row) => row.status === 'error')
      .map((row) => ({
        cells: row.cells,
        issues: row.errors.map(issueText),
        badColumns: row.errors.flatMap((issue) =>
          issue.columnIndex === null ? [] : [issue.columnIndex]
        )
      }))

    const data = await buildProblemWorkbook(organizationImport, result.headers, mapping, problems)

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(data).buffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.name).toBe('问题行')
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1)
    expect(values(1)).toEqual([
      '组织名称',
      '统一社会信用代码',
      '服务领域',
      '联系电话',
      '联系方式 / 备注',
      '问题'
    ])
    expect(values(2).slice(0, 5)).toEqual([
      '乙',
      '52350102MA01C7K266',
      '扫地',
      '0591-83123457',
      '核对过'
    ])
    expect(values(2)[5]).toMatch(
      /^第 4 行“基本信息 \/ 信用代码”：第 18 位校验码应为“5”.*\n第 4 行“基本信息 \/ 服务领域”：“扫地”不是可选的值/
    )
    expect(values(3)[4]).toEqual(new Date(Date.UTC(2026, 0, 2)))
    expect(values(3)[5]).toBe(
      '第 5 行“联系方式 / 电话”：电话号码格式不正确（手机 11 位，座机带区号）'
    )
    const fill = (row: number, column: number) =>
      (sheet.getRow(row).getCell(column).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb
    expect([fill(2, 1), fill(2, 2), fill(2, 3), fill(3, 4)]).toEqual([
      undefined,
      'FFFFCCC7',
      'FFFFCCC7',
      'FFFFCCC7'
    ])
  })

  it('maps the same way again once fixed, even where the user changed the mapping', async () => {
    const grid = [['名录'], ['名称', '代码', '领域'], ['甲', '52350102MA01C7K266', '为老服务']]
    // 名称 and 代码 are not headers the import knows: the user chose their fields by hand.
    const chosen = remap(
      remap(autoMapping(readHeaders(grid, 1), organizationImport.columns), 0, 'name'),
      1,
      'uscc'
    )
    const { result } = run(grid, remap(chosen, 2, 'category'))
    expect(result.counts.error).toBe(1)

    const data = await buildProblemWorkbook(
      organizationImport,
      result.headers,
      remap(chosen, 2, 'category'),
      result.rows.map((row) => ({
        cells: row.cells,
        issues: row.errors.map(issueText),
        badColumns: []
      }))
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(data).buffer)
    workbook.worksheets[0]!.getRow(2).getCell(2).value = '52350102MA01C7K265'
    const fixed = new Uint8Array(await workbook.xlsx.writeBuffer())

    const [sheet] = await readWorkbook('问题行.xlsx', fixed)
    const headerRow = findHeaderRow(sheet!.grid, organizationImport.columns)!
    const again = dryRun(
      organizationImport,
      {
        grid: sheet!.grid,
        headerRow,
        mapping: autoMapping(readHeaders(sheet!.grid, headerRow), organizationImport.columns)
      },
      context
    )
    expect(again.counts).toEqual({ new: 1, existing: 0, error: 0 })
    expect(again.rows[0]!.draft).toMatchObject({ name: '甲', uscc: '52350102MA01C7K265' })
  })
})
