/**
 * The problem-row file: the rows that were not imported, as the user wrote them, with a 问题
 * column saying why and the cells at fault in red — to be fixed and imported again.
 *
 * A column the import read gets its field's template header, so the fixed file maps the same
 * way again without the user redoing a changed mapping; the other columns keep their own.
 * Values are written back unmasked: this is the user's own file coming back to them, and a
 * masked ID number could not be imported again.
 */
import type { SourceHeader } from '@shared/import/header-mapping'
import { headerLabel, type ColumnMapping } from '@shared/import/header-mapping'
import type { ImportSpec } from '@shared/import/import-spec'
import { loadExcel, workbookBytes } from '@renderer/components/exceljs'
import { IMPORT_STRINGS as S } from './strings'

export interface ProblemRow {
  /** The row's cells as read. */
  cells: readonly unknown[]
  /** Why it was not imported, one line each. */
  issues: readonly string[]
  /** Sheet columns (0 = A) whose cells are at fault. */
  badColumns: readonly number[]
}

const BAD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFCCC7' } } as const

/** What a plain cell value is written as: errors of formulas as their text. */
function writable(value: unknown): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value
  }
  if (typeof value === 'object' && 'error' in value) return String(value.error)
  return String(value)
}

export async function buildProblemWorkbook(
  spec: ImportSpec,
  headers: readonly SourceHeader[],
  mapping: ColumnMapping,
  rows: readonly ProblemRow[]
): Promise<Uint8Array> {
  const Excel = await loadExcel()
  const workbook = new Excel.Workbook()
  workbook.creator = '社联台'
  const sheet = workbook.addWorksheet(S.problemSheet, { views: [{ state: 'frozen', ySplit: 1 }] })
  const width = Math.max(headers.length, ...rows.map((row) => row.cells.length))
  const titles = Array.from({ length: width }, (_, index) => {
    const key = mapping[index]
    const column = key ? spec.columns.find((candidate) => candidate.key === key) : undefined
    return column ? column.header : headerLabel(headers[index], index)
  })
  const header = sheet.getRow(1)
  header.values = [...titles, S.problemColumn]
  header.font = { bold: true }
  titles.forEach((_, index) => {
    const key = mapping[index]
    const column = key ? spec.columns.find((candidate) => candidate.key === key) : undefined
    const sheetColumn = sheet.getColumn(index + 1)
    sheetColumn.width = Math.max(12, [...titles[index]!].length * 2 + 4)
    if (column?.format === 'text') sheetColumn.numFmt = '@'
    if (column?.format === 'date') sheetColumn.numFmt = 'yyyy-mm-dd'
  })
  sheet.getColumn(width + 1).width = 60
  rows.forEach((problem, index) => {
    const row = sheet.getRow(index + 2)
    row.values = [
      ...Array.from({ length: width }, (_, column) => writable(problem.cells[column])),
      problem.issues.join('\n')
    ]
    row.getCell(width + 1).alignment = { wrapText: true, vertical: 'top' }
    for (const column of problem.badColumns) row.getCell(column + 1).fill = BAD_FILL
  })
  return workbookBytes(workbook)
}
