/**
 * The public shape of `<DataGrid>`. Pages describe their columns with {@link DataGridColumn}
 * and never see TanStack Table, so the grid can change its engine without touching pages.
 */
import type { ReactNode, Ref } from 'react'
import type { ExportType } from '@shared/export/cell-values'
import type { PinyinKeys } from '@shared/text/pinyin'

/** What a column's {@link DataGridColumn.value} may return. */
export type DataGridCellValue = string | number | null | undefined

/**
 * How a column sorts when its header is clicked (ascending → descending → unsorted):
 * - `'zh'`: Chinese text in pinyin order with the shared zh-CN collator (第2 before 第10);
 *   combine with {@link DataGridColumn.sortValue} for polyphones.
 * - `'number'`: numerically.
 * - `'date'`: as ISO strings (`2024-03-01` or full instants), which sort chronologically.
 * - a comparator over two rows, ascending; the grid reverses it for descending.
 *
 * Empty values (`null`, `undefined`, `''`) always go last, in either direction.
 */
export type DataGridSort<T> = 'zh' | 'number' | 'date' | ((a: T, b: T) => number)

/** One choice of a select filter; plain strings are their own label. */
export interface DataGridFilterOption {
  value: string
  label: string
}

/**
 * A column filter offered from the header's filter button:
 * - `select`: tick any of the enumerated values (each with its count among the rows the other
 *   filters leave). Without `options`, the values found in the rows are offered, in pinyin order.
 * - `text`: rows whose displayed value contains the typed text (case-insensitive).
 */
export type DataGridFilter =
  { kind: 'select'; options?: ReadonlyArray<string | DataGridFilterOption> } | { kind: 'text' }

/** A column as a page describes it. */
export interface DataGridColumn<T> {
  /** Unique within the grid; also the key remembered by the 列设置 menu. */
  id: string
  /** Header text (Chinese). */
  header: string
  /**
   * The cell's value: shown (unless {@link render} is given), sorted, filtered and exported.
   * Keep it a cheap property read; it runs for every row when sorting and filtering.
   */
  value: (row: T) => DataGridCellValue
  /** Width in pixels; columns share any extra width in proportion. Default 140. */
  width?: number
  /** Text alignment; use `'right'` for amounts and counts. Default `'left'`. */
  align?: 'left' | 'center' | 'right'
  /** Makes the header clickable to sort; see {@link DataGridSort}. Omit for unsortable columns. */
  sort?: DataGridSort<T>
  /**
   * For `sort: 'zh'`: the string to sort by instead of the value, usually the record's stored
   * pinyin key, because the collator reads each character one way (长沙 would sort as "zhang").
   * Rows with equal keys fall back to the value.
   */
  sortValue?: (row: T) => string
  /** Offers a filter in the header menu; see {@link DataGridFilter}. */
  filter?: DataGridFilter
  /**
   * Custom cell content (a `Tag`, a link…). The cell still clips to one line; the tooltip for
   * clipped content shows {@link tooltip} or the value.
   */
  render?: (row: T) => ReactNode
  /** Tooltip text when the cell is clipped. Default: the value as text. */
  tooltip?: (row: T) => string
  /** Starts hidden; the user can show it from 列设置. */
  hiddenByDefault?: boolean
  /** Set `false` to keep the column out of 列设置 (always shown). Default `true`. */
  hideable?: boolean
  /**
   * How 导出 Excel writes the column (see shared/export/cell-values.ts): `'yuan'` for amounts,
   * `'date'` for dates, `'number'` for counts, `'text'` for the rest. Default: `'date'` for
   * `sort: 'date'`, `'number'` for `sort: 'number'`, else `'text'`.
   */
  exportAs?: ExportType
  /**
   * The value 导出 Excel writes; default {@link value}, i.e. what the cell shows. Give the stored
   * amount in 分 for a `'yuan'` column whose value is formatted text. Personal data stays masked.
   */
  exportValue?: (row: T) => DataGridCellValue
  /** The header in the workbook when it must differ from the screen's, e.g. another unit. */
  exportHeader?: string
}

/** The text a row is searched by, and its stored pinyin keys (never computed per keystroke). */
export interface DataGridSearchText {
  text: string
  keys?: PinyinKeys
}

/** The grid as the user currently sees it: what 导出 writes out. */
export interface DataGridView<T> {
  /** Rows after search, filters and sorting, in display order (the page's own objects). */
  rows: readonly T[]
  /** Visible columns in display order. */
  columns: ReadonlyArray<DataGridColumn<T>>
}

/** Imperative handle, for toolbar buttons that act on the current view. */
export interface DataGridHandle<T> {
  /** The current filtered and sorted rows with the visible columns. */
  getView: () => DataGridView<T>
  /** Clears the search box and every column filter. */
  clearFilters: () => void
  /**
   * Unticks every row (and reports `[]` through `onSelectionChange`). Call it after acting on
   * the selection, e.g. a batch archive: the grid keeps ids of rows that left `rows`.
   */
  clearSelection: () => void
  /** Moves keyboard focus to the grid body. */
  focus: () => void
}

export interface DataGridProps<T> {
  /**
   * The rows, used as they are: pass the same array until the data really changes
   * (memoise what comes out of Dexie), or the grid re-processes every row on every render.
   */
  rows: readonly T[]
  /**
   * Column specs. Must be stable (a module constant or `useMemo`): a new array rebuilds the
   * columns and drops the cached Chinese sort order.
   */
  columns: ReadonlyArray<DataGridColumn<T>>
  /** A unique, stable id per row (the record id); used for selection and keyboard focus. */
  getRowId: (row: T) => string
  /**
   * Enables the search box. Return the text to match and the row's stored pinyin keys, so
   * 鼓楼 / gulou / gl all find 鼓楼区. Keep it stable and cheap (property reads only).
   */
  search?: (row: T) => DataGridSearchText
  /** Placeholder of the search box. */
  searchPlaceholder?: string
  /**
   * The text the search box starts with: a page passes its address's `?q=` (`useListSearch`),
   * so a link can open the list already searched. A later, different value replaces what is in
   * the box (the address changed while the page stayed); typing leaves the prop alone.
   */
  initialSearch?: string
  /** Shows checkboxes; the header checkbox selects or clears every row the filters leave. */
  selectable?: boolean
  /** Called with the ids of all selected rows (also those currently filtered out). */
  onSelectionChange?: (ids: string[]) => void
  /** Enter or double-click on a row. */
  onRowOpen?: (row: T) => void
  /** Called after render whenever the visible rows or columns change. */
  onViewChange?: (view: DataGridView<T>) => void
  /** Remembers column visibility in localStorage under this key (e.g. `'organizations'`). */
  storageKey?: string
  /** Shown when there are no rows at all. Default 暂无数据. */
  emptyText?: ReactNode
  /** Extra buttons placed next to the search box. */
  toolbar?: ReactNode
  /**
   * The page's name in the 导出 Excel file (`<name>-<date>.xlsx`) and its title row; default
   * {@link ariaLabel}. `false` leaves the 导出 Excel button out.
   */
  exportName?: string | false
  /** Height of the whole component (toolbar included). Omit to fill the parent's height. */
  height?: number | string
  /** Row height in pixels; rows are single-line. Default 36. */
  rowHeight?: number
  /** Accessible name of the grid, e.g. 社会组织列表. */
  ariaLabel?: string
  ref?: Ref<DataGridHandle<T>>
}
