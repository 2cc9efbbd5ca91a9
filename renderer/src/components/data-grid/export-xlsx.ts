/**
 * Writes sheet models (shared/export/sheet-model.ts) into one .xlsx workbook with exceljs, loaded
 * only when the first export starts: it is a large library no screen needs to open. Every sheet
 * gets the same treatment: an optional merged title row, a bold header row frozen at the top
 * with an autofilter, each column's number format (元 `#,##0.00`, `yyyy-mm-dd`) and width, and
 * an optional 合计 row of SUM formulas. Rows go in in chunks, yielding between them, so the page
 * can show progress and stay responsive on a 15,000-row registry.
 */
import type { Workbook, Worksheet } from 'exceljs'
import { loadExcel, workbookBytes } from '../exceljs'
import {
  columnFormats,
  columnWidths,
  sheetCells,
  sheetLayout,
  totalsCells,
  type ExcelRow,
  type SheetModel
} from '@shared/export/sheet-model'
import { sheetName } from '@shared/export/file-names'

export interface WriteProgress {
  /** Data rows written so far, over every sheet. */
  rowsWritten: number
  rowCount: number
  /** `rows` while rows go in, then `file` while the workbook is packed (no finer progress). */
  stage: 'rows' | 'file'
}

export interface WriteOptions {
  onProgress?: (progress: WriteProgress) => void
}

/** Rows added between two yields to the event loop. */
const CHUNK_ROWS = 2000

const HEADER_FILL = 'FFF2F2F2'
const RULE_COLOR = 'FFBFBFBF'

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** The workbook's bytes, ready for `DesktopApi.saveFile({ kind: 'xlsx', … })`. */
export async function writeWorkbook(
  sheets: readonly SheetModel[],
  options: WriteOptions = {}
): Promise<Uint8Array> {
  const { Workbook } = await loadExcel()
  const workbook = new Workbook()
  workbook.creator = '社联台'
  const rowCount = sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0)
  let rowsWritten = 0
  const report = (stage: WriteProgress['stage']) =>
    options.onProgress?.({ rowsWritten, rowCount, stage })
  report('rows')
  const used = new Set<string>()
  for (const model of sheets) {
    const cells = sheetCells(model)
    const sheet = addSheet(workbook, model, cells, uniqueName(sheetName(model.name), used))
    for (let start = 0; start < cells.length; start += CHUNK_ROWS) {
      const chunk = cells.slice(start, start + CHUNK_ROWS)
      sheet.addRows(chunk)
      rowsWritten += chunk.length
      report('rows')
      await nextTask()
    }
    finishSheet(sheet, model)
  }
  report('file')
  await nextTask()
  return workbookBytes(workbook)
}

/** Excel refuses two sheets of the same name: the later ones get `(2)`, `(3)`… */
function uniqueName(name: string, used: Set<string>): string {
  let candidate = name
  for (let n = 2; used.has(candidate); n++) candidate = `${name.slice(0, 27)}(${n})`
  used.add(candidate)
  return candidate
}

/** The sheet with its columns, title and header, ready for the data rows. */
function addSheet(
  workbook: Workbook,
  model: SheetModel,
  cells: readonly ExcelRow[],
  name: string
): Worksheet {
  const layout = sheetLayout(model)
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: layout.headerRow }]
  })
  const formats = columnFormats(model)
  const widths = columnWidths(model, cells)
  // Column styles reach the cells created after them, data rows included.
  sheet.columns = model.columns.map((_, index) => ({
    width: widths[index],
    style: { numFmt: formats[index] }
  }))
  const count = model.columns.length
  if (layout.titleRow !== null && model.title) {
    const title = sheet.getRow(layout.titleRow)
    title.getCell(1).value = model.title
    title.font = { bold: true, size: 14 }
    title.height = 24
    title.alignment = { vertical: 'middle' }
    if (count > 1) sheet.mergeCells(layout.titleRow, 1, layout.titleRow, count)
  }
  const header = sheet.getRow(layout.headerRow)
  header.values = model.columns.map((column) => column.header)
  for (let c = 1; c <= count; c++) {
    const cell = header.getCell(c)
    cell.numFmt = 'General'
    cell.font = { bold: true }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }
    cell.border = { bottom: { style: 'thin', color: { argb: RULE_COLOR } } }
    cell.alignment = { vertical: 'middle' }
  }
  return sheet
}

/** The autofilter over header and data, and the 合计 row under them. */
function finishSheet(sheet: Worksheet, model: SheetModel) {
  const layout = sheetLayout(model)
  const count = model.columns.length
  sheet.autoFilter = {
    from: { row: layout.headerRow, column: 1 },
    to: { row: layout.lastDataRow, column: count }
  }
  if (layout.totalsRow === null) return
  const totals = sheet.getRow(layout.totalsRow)
  totalsCells(model).forEach((value, index) => {
    const cell = totals.getCell(index + 1)
    cell.value = value
    cell.font = { bold: true }
    cell.border = { top: { style: 'thin', color: { argb: RULE_COLOR } } }
  })
}
