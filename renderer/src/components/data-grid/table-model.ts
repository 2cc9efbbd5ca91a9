/**
 * The bridge from our column specs to TanStack Table v9. Only the grid imports this; pages
 * write {@link DataGridColumn}s.
 */
import {
  columnFacetingFeature,
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFacetedRowModel,
  createFacetedUniqueValues,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnVisibilityState,
  type FilterFn,
  type Row,
  type SortFn
} from '@tanstack/react-table'
import { matchesPinyinQuery, normalizeQuery } from '@shared/text/pinyin'
import {
  isEmptyValue,
  matchesSelectFilter,
  matchesTextFilter,
  normalizeTextFilter,
  valueText
} from './filtering'
import { compareIsoStrings, compareNumbers, zhRanks } from './sorting'
import type { DataGridCellValue, DataGridColumn, DataGridSearchText } from './types'

/** Only what the grid uses, so the rest of TanStack stays out of the bundle. */
export const gridFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnFacetingFeature,
  facetedRowModel: createFacetedRowModel(),
  facetedUniqueValues: createFacetedUniqueValues(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowSelectionFeature,
  columnVisibilityFeature
})

export type GridFeatures = typeof gridFeatures
// TanStack's row data constraint is an object type; our rows are records.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type GridRowData = Record<string, any>
export type GridRow<T extends GridRowData> = Row<GridFeatures, T>

export const DEFAULT_COLUMN_WIDTH = 140

function zhSortFn<T extends GridRowData>(spec: DataGridColumn<T>): SortFn<GridFeatures, T> {
  const byValue = (row: T) => valueText(spec.value(row))
  const key = spec.sortValue ?? byValue
  const tieBreak = spec.sortValue ? byValue : undefined
  // Ranked once per data array: later sorts of the same rows (after every search keystroke or
  // a direction toggle) are integer compares instead of collator calls.
  let cache: { data: readonly T[]; ranks: Int32Array } | null = null
  return (a, b) => {
    const data = a.table.options.data
    if (cache?.data !== data) cache = { data, ranks: zhRanks(data, key, tieBreak) }
    return cache.ranks[a.index] - cache.ranks[b.index]
  }
}

function sortFnFor<T extends GridRowData>(
  spec: DataGridColumn<T>
): SortFn<GridFeatures, T> | undefined {
  const sort = spec.sort ?? (spec.sortValue ? 'zh' : undefined)
  if (sort === undefined) return undefined
  if (sort === 'zh') return zhSortFn(spec)
  if (sort === 'number') {
    return (a, b, id) =>
      compareNumbers(
        Number(a.getValue<DataGridCellValue>(id)),
        Number(b.getValue<DataGridCellValue>(id))
      )
  }
  if (sort === 'date') {
    return (a, b, id) =>
      compareIsoStrings(
        valueText(a.getValue<DataGridCellValue>(id)),
        valueText(b.getValue<DataGridCellValue>(id))
      )
  }
  return (a, b) => sort(a.original, b.original)
}

function selectFilterFn<T extends GridRowData>(): FilterFn<GridFeatures, T> {
  const fn: FilterFn<GridFeatures, T> = (row, id, ticked: ReadonlySet<string>) =>
    matchesSelectFilter(row.getValue<DataGridCellValue>(id), ticked)
  fn.resolveFilterValue = (value: unknown) => new Set(Array.isArray(value) ? value : [])
  fn.autoRemove = (value: unknown) => !Array.isArray(value) || value.length === 0
  return fn
}

function textFilterFn<T extends GridRowData>(): FilterFn<GridFeatures, T> {
  const fn: FilterFn<GridFeatures, T> = (row, id, query: string) =>
    matchesTextFilter(row.getValue<DataGridCellValue>(id), query)
  fn.resolveFilterValue = (value: unknown) => normalizeTextFilter(String(value ?? ''))
  fn.autoRemove = (value: unknown) => normalizeTextFilter(String(value ?? '')) === ''
  return fn
}

/**
 * TanStack column definitions for `specs`. The first column carries the search box (the global
 * filter runs once per row through it), whatever the row's other columns are.
 */
export function buildColumnDefs<T extends GridRowData>(specs: ReadonlyArray<DataGridColumn<T>>) {
  const helper = createColumnHelper<GridFeatures, T>()
  return helper.columns(
    specs.map((spec, index) => {
      const sortFn = sortFnFor(spec)
      const filterFn =
        spec.filter?.kind === 'select'
          ? selectFilterFn<T>()
          : spec.filter?.kind === 'text'
            ? textFilterFn<T>()
            : undefined
      return helper.accessor(
        // Empty values become undefined so `sortUndefined: 'last'` keeps them at the bottom.
        (row: T): DataGridCellValue => {
          const value = spec.value(row)
          return isEmptyValue(value) ? undefined : value
        },
        {
          id: spec.id,
          header: spec.header,
          cell: (context) =>
            spec.render ? spec.render(context.row.original) : valueText(context.getValue()),
          enableSorting: sortFn !== undefined,
          ...(sortFn ? { sortFn } : {}),
          sortDescFirst: false,
          sortUndefined: 'last',
          enableColumnFilter: filterFn !== undefined,
          ...(filterFn ? { filterFn } : {}),
          enableGlobalFilter: index === 0,
          enableHiding: spec.hideable !== false
        }
      )
    })
  )
}

/**
 * The search box as a TanStack global filter: one predicate per row, over stored strings. Each
 * row's search text is built once and kept (per row object, so changed records get new text):
 * rebuilding it for every row on every keystroke was most of a keystroke's cost at 100k rows.
 */
export function searchFilterFn<T extends GridRowData>(
  search: (row: T) => DataGridSearchText
): FilterFn<GridFeatures, T> {
  const prepared = new WeakMap<T, DataGridSearchText>()
  const fn: FilterFn<GridFeatures, T> = (row, _id, query: string) => {
    let entry = prepared.get(row.original)
    if (!entry) {
      const { text, keys } = search(row.original)
      entry = { text: text.toLowerCase(), keys }
      prepared.set(row.original, entry)
    }
    return matchesPinyinQuery(query, entry.text, entry.keys)
  }
  fn.resolveFilterValue = (value: unknown) => normalizeQuery(String(value ?? ''))
  return fn
}

/** Visibility at first render: the remembered choice if any, else `hiddenByDefault`. */
export function initialVisibility<T>(
  specs: ReadonlyArray<DataGridColumn<T>>,
  remembered: ColumnVisibilityState | null
): ColumnVisibilityState {
  const state: ColumnVisibilityState = {}
  for (const spec of specs) {
    const visible = remembered?.[spec.id] ?? !spec.hiddenByDefault
    if (!visible) state[spec.id] = false
  }
  return state
}

/** The visibility the page declared, for 恢复默认. */
export function defaultVisibility<T>(specs: ReadonlyArray<DataGridColumn<T>>) {
  return initialVisibility(specs, null)
}
