/**
 * Matching used by the search box and the column filters. Everything compares strings already
 * stored on the rows (values and precomputed pinyin keys), so one pass over 100k rows takes
 * milliseconds and needs no debounce.
 */
import { matchesPinyinQuery, normalizeQuery } from '@shared/text/pinyin'
import type { DataGridCellValue, DataGridFilterOption, DataGridSearchText } from './types'

/** A cell value as text: what is shown, filtered and offered in select filters. */
export function valueText(value: DataGridCellValue): string {
  return value === null || value === undefined ? '' : String(value)
}

/** `null`, `undefined` and `''` count as empty: they sort last and show as blank. */
export function isEmptyValue(value: DataGridCellValue): boolean {
  return value === null || value === undefined || value === ''
}

/** Text filter: the value contains `query` (already lower-cased and trimmed). */
export function matchesTextFilter(value: DataGridCellValue, query: string): boolean {
  return query === '' || valueText(value).toLowerCase().includes(query)
}

/** Lower-cased, trimmed text-filter input; spaces inside are kept (addresses contain them). */
export function normalizeTextFilter(input: string): string {
  return input.trim().toLowerCase()
}

/** Select filter: the value is one of the ticked ones; nothing ticked means no filter. */
export function matchesSelectFilter(
  value: DataGridCellValue,
  ticked: ReadonlySet<string>
): boolean {
  return ticked.size === 0 || ticked.has(valueText(value))
}

/** A search-box predicate over rows for the raw input `query` (鼓楼 / gulou / gl). */
export function searchMatcher<T>(
  search: (row: T) => DataGridSearchText,
  query: string
): (row: T) => boolean {
  const normalized = normalizeQuery(query)
  if (normalized === '') return () => true
  return (row) => {
    const { text, keys } = search(row)
    return matchesPinyinQuery(normalized, text, keys)
  }
}

/** Filters `rows` by the search box input; the grid does the same through its filter model. */
export function searchRows<T>(
  rows: readonly T[],
  search: (row: T) => DataGridSearchText,
  query: string
): T[] {
  const matches = searchMatcher(search, query)
  return rows.filter(matches)
}

/** Select options as value/label pairs. */
export function normalizeOptions(
  options: ReadonlyArray<string | DataGridFilterOption>
): DataGridFilterOption[] {
  return options.map((option) =>
    typeof option === 'string' ? { value: option, label: option } : option
  )
}
