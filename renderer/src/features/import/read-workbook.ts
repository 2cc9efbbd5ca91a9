/**
 * Reads an .xlsx file into plain grids of cell values, one per visible sheet: what the shared
 * import code works on (shared/import/cells.ts describes the values). Rich text becomes its
 * text, a formula its last computed result, a hyperlink its text, a merged cell the value of
 * the merge (so a district merged over five rows is in each of them), a date cell a `Date` at
 * UTC midnight of its date.
 *
 * A file that is not an .xlsx is refused with a Chinese reason before exceljs sees it: an old
 * .xls or a password-protected workbook (both OLE containers) is named as such.
 */
import type ExcelJS from 'exceljs'
import { loadExcel } from '@renderer/components/exceljs'
import { IMPORT_STRINGS as S } from './strings'

export interface SheetGrid {
  name: string
  grid: unknown[][]
}

/** The file could not be read; the message says why, in words for the user. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WorkbookReadError'
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]

const startsWith = (data: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, index) => data[index] === byte)

/** A cell's value as a plain value. */
export function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value
  if (typeof value !== 'object') return value
  if ('richText' in value) return value.richText.map((run) => run.text).join('')
  if ('formula' in value || 'sharedFormula' in value) {
    return plainValue((value.result ?? null) as ExcelJS.CellValue)
  }
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue)
  if ('error' in value) return { error: value.error }
  return value
}

/** A formula's stored result as it is: exceljs's `value` drops one that is 0, FALSE or empty. */
function cellValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const value = cell.value
  if (
    value !== null &&
    typeof value === 'object' &&
    ('formula' in value || 'sharedFormula' in value)
  ) {
    return (cell.master.result ?? null) as ExcelJS.CellValue
  }
  return value
}

function sheetGrid(sheet: ExcelJS.Worksheet): unknown[][] {
  // Only the cells the file holds: one stray cell in column XFD or far down must not make every
  // row that wide or that many rows be read cell by cell (millions of reads, minutes).
  const grid: unknown[][] = []
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: unknown[] = []
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      while (cells.length < c - 1) cells.push(null)
      cells[c - 1] = plainValue(cellValue(cell))
    })
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop()
    while (grid.length < r - 1) grid.push([])
    grid[r - 1] = cells
  })
  while (grid.length > 0 && grid[grid.length - 1]!.length === 0) grid.pop()
  return grid
}

export async function readWorkbook(fileName: string, data: Uint8Array): Promise<SheetGrid[]> {
  if (startsWith(data, OLE)) throw new WorkbookReadError(S.legacyXls(fileName))
  if (!startsWith(data, ZIP) || !/\.xlsx$/i.test(fileName)) {
    throw new WorkbookReadError(S.notXlsx(fileName))
  }
  const Excel = await loadExcel()
  const workbook = new Excel.Workbook()
  try {
    await workbook.xlsx.load(new Uint8Array(data).buffer)
  } catch {
    throw new WorkbookReadError(S.unreadable(fileName))
  }
  const sheets = workbook.worksheets
    .filter((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden')
    .map((sheet) => ({ name: sheet.name, grid: sheetGrid(sheet) }))
  if (sheets.length === 0) throw new WorkbookReadError(S.noSheets(fileName))
  return sheets
}
