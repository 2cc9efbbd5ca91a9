/**
 * A sheet as the exports describe it before any workbook exists: columns with their types, rows
 * of the app's own values, an optional title above the header and an optional totals row. Grid
 * views and the fixed 台账 layouts both become one of these; a single writer turns them into
 * .xlsx (renderer/src/components/data-grid/export-xlsx.ts). Where each row lands, what the SUM
 * formulas cover and how wide each column is are decided here, so they are tested without Excel.
 */
import { columnLetters } from '../excel/sheet-basics'
import { estimateColumnWidth } from './column-width'
import {
  excelValue,
  NUMBER_FORMATS,
  shownText,
  type ExcelValue,
  type ExportType,
  type RawValue
} from './cell-values'

export interface SheetColumn {
  /** Chinese header text. */
  header: string
  type: ExportType
  /** An Excel number format instead of the type's own, e.g. `0.00` for scores. */
  numFmt?: string
}

/** A totals row under the data: a label and SUM formulas over every data row. */
export interface SheetTotals {
  /** e.g. `合计`. */
  label: string
  /** 0-based column the label goes in. */
  labelColumn: number
  /** 0-based columns summed; each must be a `number` or `yuan` column. */
  sumColumns: readonly number[]
}

export interface SheetModel {
  /** The sheet's tab name. */
  name: string
  /** A title row above the header (merged across the columns); none when absent. */
  title?: string | null
  columns: readonly SheetColumn[]
  /** One array per row, one value per column, in the app's terms (see cell-values.ts). */
  rows: readonly (readonly RawValue[])[]
  totals?: SheetTotals | null
}

/** Where each part of a sheet lands, as 1-based Excel row numbers. */
export interface SheetLayout {
  titleRow: number | null
  headerRow: number
  /** With no data rows, `lastDataRow` is `headerRow`. */
  firstDataRow: number
  lastDataRow: number
  totalsRow: number | null
}

export function sheetLayout(model: SheetModel): SheetLayout {
  const titleRow = model.title ? 1 : null
  const headerRow = titleRow === null ? 1 : 2
  const firstDataRow = headerRow + 1
  const lastDataRow = headerRow + model.rows.length
  return {
    titleRow,
    headerRow,
    firstDataRow,
    lastDataRow,
    totalsRow: model.totals ? lastDataRow + 1 : null
  }
}

/** The number format of each column. */
export function columnFormats(model: SheetModel): string[] {
  return model.columns.map((column) => column.numFmt ?? NUMBER_FORMATS[column.type])
}

/** A data row as the writer puts it in the sheet. */
export type ExcelRow = (string | number | null)[]

/** One row of the model as the cells the writer puts in the sheet. */
export function excelRow(columns: readonly SheetColumn[], row: readonly RawValue[]): ExcelRow {
  return columns.map((column, index) => excelValue(column.type, row[index]))
}

/** Every data row of the model as cells. */
export function sheetCells(model: SheetModel): ExcelRow[] {
  return model.rows.map((row) => excelRow(model.columns, row))
}

/**
 * The totals row's cells: the label, and for each summed column a SUM over the data rows with
 * its result worked out here (in whole 分 for amounts, so 0.1 + 0.2 stays 0.30), for readers
 * that show the stored value instead of recalculating. Other cells are empty.
 */
export function totalsCells(model: SheetModel): ExcelValue[] {
  const totals = model.totals
  if (!totals) return []
  const { firstDataRow, lastDataRow } = sheetLayout(model)
  const cells: ExcelValue[] = model.columns.map(() => null)
  cells[totals.labelColumn] = totals.label
  for (const index of totals.sumColumns) {
    const column = model.columns[index]
    if (!column || (column.type !== 'number' && column.type !== 'yuan')) {
      throw new RangeError(`合计列 ${index + 1} 不是数字或金额列`)
    }
    const result = columnSum(model, index)
    const letter = columnLetters(index)
    cells[index] =
      model.rows.length === 0
        ? result
        : { formula: `SUM(${letter}${firstDataRow}:${letter}${lastDataRow})`, result }
  }
  return cells
}

/** What Excel's SUM gives over a column: text and empty cells count for nothing. */
function columnSum(model: SheetModel, index: number): number {
  const column = model.columns[index]!
  let sum = 0
  for (const row of model.rows) {
    const value = excelValue(column.type, row[index])
    if (typeof value !== 'number') continue
    sum += column.type === 'yuan' ? Math.round(value * 100) : value
  }
  return column.type === 'yuan' ? sum / 100 : sum
}

/**
 * Each column's width (Excel units) from its header and every value as Excel will show it;
 * pass the rows' cells when they are at hand, so they are not converted twice.
 */
export function columnWidths(
  model: SheetModel,
  cells: readonly ExcelRow[] = sheetCells(model)
): number[] {
  const totals = totalsCells(model)
  return model.columns.map((column, index) => {
    const shown = function* () {
      for (const row of cells) yield shownText(column.type, row[index] ?? null)
      if (totals[index] !== undefined) yield shownText(column.type, totals[index])
    }
    return estimateColumnWidth(column.header, shown())
  })
}
