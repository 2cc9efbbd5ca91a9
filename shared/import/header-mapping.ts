/**
 * Which row of a sheet holds the column headers, and which column feeds which field.
 *
 * Office spreadsheets rarely start with the header: a title (“2025年社会组织台账”), a unit line
 * and group headers merged over several columns (“基本信息”, “联系方式”) come first. The header
 * row is the one among the first rows whose cells name the most fields. A header names a field
 * by its own Chinese header, by a known synonym (机构名称 / 单位名称 → 组织名称), or by either of
 * these after dropping marks such as `*` or `（必填）` and a trailing note in brackets; under a
 * group header, the group and the header together are tried first (联系人 + 电话 →
 * 联系人电话). The user can then change any column's field, or leave a column out.
 */
import { columnLetters } from '../excel/sheet-basics'
import { cleanText, readText } from './cells'

/** What header matching needs to know of a column of the import. */
export interface HeaderColumn {
  /** The field the column feeds. */
  key: string
  /** The header in the template. */
  header: string
  /** Other headers offices use for it. */
  synonyms: readonly string[]
  /** A sheet without this column cannot be imported. */
  required: boolean
}

/** A header cell as read: its text and the group header above it, if any. */
export interface SourceHeader {
  text: string
  group: string | null
}

/** For each column of the sheet, the key of the field it feeds, or null when it is left out. */
export type ColumnMapping = readonly (string | null)[]

/** How many rows from the top are searched for the header row. */
export const HEADER_SEARCH_ROWS = 20

const MARKS = /[*＊]|[（(](?:必填|选填|可选|必须)[)）]/g
const TRAILING_NOTE = /[（(][^（）()]*[)）]$/

/** The header as compared: no spaces, marks or colon. */
export function headerKey(text: string): string {
  return cleanText(text)
    .replace(MARKS, '')
    .replace(/\s+/g, '')
    .replace(/[:：]$/, '')
}

function cellText(cell: unknown): string {
  const text = readText(cell)
  return text.ok && text.value !== null ? text.value : ''
}

/** The column whose header or synonyms are `key` exactly. */
function exactColumn(key: string, columns: readonly HeaderColumn[]): HeaderColumn | undefined {
  if (key === '') return undefined
  return (
    columns.find((column) => headerKey(column.header) === key) ??
    columns.find((column) => column.synonyms.some((synonym) => headerKey(synonym) === key))
  )
}

/** The column a header names, or undefined. */
export function matchHeader(
  header: SourceHeader,
  columns: readonly HeaderColumn[]
): HeaderColumn | undefined {
  const key = headerKey(header.text)
  const candidates = header.group ? [headerKey(header.group) + key, key] : [key]
  for (const candidate of candidates) {
    const found =
      exactColumn(candidate, columns) ?? exactColumn(candidate.replace(TRAILING_NOTE, ''), columns)
    if (found) return found
  }
  return undefined
}

/**
 * The headers of row `index`: each cell's text, with a group from the row above where that row
 * has a group header over it — a text repeated over two or more neighbouring columns (exceljs
 * gives every cell of a merge its value), but not over every column: a title merged across the
 * whole sheet, or typed into its first cell only, is no group.
 */
export function readHeaders(grid: readonly (readonly unknown[])[], index: number): SourceHeader[] {
  const texts = (grid[index] ?? []).map(cellText)
  const above = index > 0 ? (grid[index - 1] ?? []).map(cellText) : []
  const filled = texts.filter((text) => text !== '').length
  const groups: (string | null)[] = texts.map(() => null)
  for (let start = 0; start < texts.length;) {
    const group = above[start] ?? ''
    let end = start + 1
    while (end < texts.length && group !== '' && above[end] === group) end += 1
    const spansSome = end - start >= 2 && end - start < Math.max(filled, 2)
    if (spansSome) {
      for (let column = start; column < end; column += 1) {
        if (texts[column] !== group) groups[column] = group
      }
    }
    start = end
  }
  return texts.map((text, column) => ({ text, group: groups[column]! }))
}

/** How many different fields the headers of a row name. */
function namedFields(headers: readonly SourceHeader[], columns: readonly HeaderColumn[]): number {
  const keys = new Set<string>()
  for (const header of headers) {
    const column = matchHeader(header, columns)
    if (column) keys.add(column.key)
  }
  return keys.size
}

/**
 * The index of the header row: the row among the first {@link HEADER_SEARCH_ROWS} naming the
 * most fields (the first such row on a tie); null when no row names any.
 */
export function findHeaderRow(
  grid: readonly (readonly unknown[])[],
  columns: readonly HeaderColumn[]
): number | null {
  let best: number | null = null
  let bestCount = 0
  for (let index = 0; index < Math.min(grid.length, HEADER_SEARCH_ROWS); index += 1) {
    const count = namedFields(readHeaders(grid, index), columns)
    if (count > bestCount) {
      best = index
      bestCount = count
    }
  }
  return best
}

/** Each field from the first column that names it; later columns naming it again are left out. */
export function autoMapping(
  headers: readonly SourceHeader[],
  columns: readonly HeaderColumn[]
): ColumnMapping {
  const taken = new Set<string>()
  return headers.map((header) => {
    const column = matchHeader(header, columns)
    if (!column || taken.has(column.key)) return null
    taken.add(column.key)
    return column.key
  })
}

/**
 * The mapping with sheet column `index` feeding `key` (null: left out). A field is fed by one
 * column only, so a column that fed `key` before is left out now.
 */
export function remap(mapping: ColumnMapping, index: number, key: string | null): ColumnMapping {
  return mapping.map((current, column) => {
    if (column === index) return key
    return key !== null && current === key ? null : current
  })
}

/** Required columns no sheet column feeds. */
export function missingRequired(
  mapping: ColumnMapping,
  columns: readonly HeaderColumn[]
): HeaderColumn[] {
  return columns.filter((column) => column.required && !mapping.includes(column.key))
}

/** What a sheet column is called in messages: its header, under its group when it has one. */
export function headerLabel(header: SourceHeader | undefined, index: number): string {
  if (!header || header.text === '') return `第 ${columnLetters(index)} 列`
  return header.group ? `${header.group} / ${header.text}` : header.text
}
