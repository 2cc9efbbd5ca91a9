/** The data grid's public surface; pages import from here only. */
export { DataGrid } from './data-grid'
export {
  ExportProgressBar,
  useSaveWorkbook,
  type ExportProgress,
  type SaveWorkbook
} from './use-save-workbook'
export type {
  DataGridCellValue,
  DataGridColumn,
  DataGridFilter,
  DataGridFilterOption,
  DataGridHandle,
  DataGridProps,
  DataGridSearchText,
  DataGridSort,
  DataGridView
} from './types'
