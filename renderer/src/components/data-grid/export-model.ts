/**
 * The grid's current view as a sheet (shared/export/sheet-model.ts): the rows the user sees, in
 * their order, under the visible columns with their Chinese headers, each value as the column
 * declares it for export (types.ts `exportAs` / `exportValue`).
 */
import type { ExportType } from '@shared/export/cell-values'
import type { SheetModel } from '@shared/export/sheet-model'
import type { DataGridColumn, DataGridView } from './types'

/** The export type of a column: declared, or read from how it sorts. */
export function exportTypeOf<T>(column: DataGridColumn<T>): ExportType {
  if (column.exportAs) return column.exportAs
  if (column.sort === 'date') return 'date'
  if (column.sort === 'number') return 'number'
  return 'text'
}

export interface GridSheetOptions {
  /** The sheet's tab name. */
  name: string
  /** A title row above the header; none when null. */
  title: string | null
}

export function gridSheetModel<T>(view: DataGridView<T>, options: GridSheetOptions): SheetModel {
  const { columns } = view
  const values = columns.map((column) => column.exportValue ?? column.value)
  return {
    name: options.name,
    title: options.title,
    columns: columns.map((column) => ({
      header: column.exportHeader ?? column.header,
      type: exportTypeOf(column)
    })),
    rows: view.rows.map((row) => values.map((value) => value(row)))
  }
}
