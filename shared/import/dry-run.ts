/**
 * The dry run: every data row of the sheet read, turned into its draft, checked with the
 * entity's rule and matched against the stored records — and nothing written. Its result is
 * what the user reviews (可导入 / 已存在 / 有错误, each row with its errors and warnings) and,
 * once confirmed, exactly what the import writes.
 *
 * A matched row is checked as the update it would make: the stored record with the row's
 * filled-in cells on it (an empty cell keeps what is stored). Two rows of one file that are the
 * same record (same USCC, certificate number …) are refused from the second on.
 */
import { standInFor, topField, type FieldIssue } from '../domain/check'
import { isBlankCell, readText } from './cells'
import { headerLabel, readHeaders, type ColumnMapping, type SourceHeader } from './header-mapping'
import type {
  ExistingMatch,
  ImportContext,
  ImportSpec,
  RowValues,
  TemplateValue
} from './import-spec'

/** One problem of one row, addressed to the sheet's own column header. */
export interface RowIssue {
  /** The row number Excel shows. */
  row: number
  /** The header of the column as the file has it; null for the row as a whole. */
  column: string | null
  /** The sheet column (0 = A) the issue is about; null when the sheet has no such column. */
  columnIndex: number | null
  level: 'error' | 'warning'
  message: string
}

/** `第 5 行“统一社会信用代码”：第 18 位校验码应为“X”…` */
export function issueText(issue: RowIssue): string {
  return issue.column === null
    ? `第 ${issue.row} 行：${issue.message}`
    : `第 ${issue.row} 行“${issue.column}”：${issue.message}`
}

export type RowStatus = 'new' | 'existing' | 'error'

export interface DryRunRow<D> {
  /** The row number Excel shows. */
  row: number
  /** The record's name, for the list. */
  label: string
  status: RowStatus
  /** A new record's draft, or the stored record with the row on it; null when it has errors. */
  draft: D | null
  /** For a matched row: the fields the update changes (empty when it changes nothing). */
  patch: Partial<D> | null
  match: Omit<ExistingMatch<D>, 'draft'> | null
  errors: RowIssue[]
  warnings: RowIssue[]
  /** The row's cells as read from the sheet, for the problem-row file. */
  cells: readonly unknown[]
}

export interface DryRunInput {
  grid: readonly (readonly unknown[])[]
  /** Index of the header row in `grid`. */
  headerRow: number
  mapping: ColumnMapping
}

export interface DryRunResult<D> {
  rows: DryRunRow<D>[]
  /** The template's own example rows, left out. */
  exampleRows: number[]
  counts: Record<RowStatus, number>
  /** The sheet's headers, for the problem-row file. */
  headers: SourceHeader[]
}

/** A masked ID number or phone, as exports and the registry show them. */
const MASKED = /\*{2,}/

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

function cellMatches(cell: unknown, example: TemplateValue): boolean {
  const text = readText(cell)
  return text.ok && text.value === (example === null ? null : String(example))
}

/**
 * Every finding of the entity's rule on `draft`. The rule checks the fields' shape first and
 * stops there; so when it refuses, it runs once more with the refused fields stood in for, and
 * what it then finds on the other fields is reported as well — the whole row in one dry run.
 */
function ruleFindings<D extends object, L>(
  spec: ImportSpec<D, L>,
  draft: D,
  context: ImportContext
): FieldIssue[] {
  const first = spec.check(draft, context)
  if (first.ok) return first.warnings
  const broken = new Set(
    first.issues.filter((found) => found.level === 'error').map((found) => topField(found.field))
  )
  const second = spec.check(standInFor(draft, broken, spec.standIns), context)
  const waiting = new Set([...broken].flatMap((field) => spec.dependents?.[field] ?? []))
  const seen = new Set(first.issues.map((found) => `${found.field}|${found.message}`))
  const more = (second.ok ? second.warnings : second.issues).filter((found) => {
    const field = topField(found.field)
    return !broken.has(field) && !waiting.has(field) && !seen.has(`${found.field}|${found.message}`)
  })
  return [...first.issues, ...more]
}

export function dryRun<D extends object, L>(
  spec: ImportSpec<D, L>,
  input: DryRunInput,
  context: ImportContext
): DryRunResult<D> {
  const lookups = spec.lookups(context)
  const headers = readHeaders(input.grid, input.headerRow)
  const sourceOf = new Map<string, number>()
  input.mapping.forEach((key, index) => {
    if (key !== null) sourceOf.set(key, index)
  })
  const mapped = spec.columns.filter((column) => sourceOf.has(column.key))
  const headerOf = (key: string | null): string | null => {
    if (key === null) return null
    const index = sourceOf.get(key)
    if (index === undefined)
      return spec.columns.find((column) => column.key === key)?.header ?? null
    return headerLabel(headers[index], index)
  }
  // The template's examples are recognised only in the template's shape: every column with an
  // example value there, and nothing in the others. A real row of a shorter sheet that happens
  // to share a few values with an example is never taken for one.
  const isExample = (cells: readonly unknown[]) =>
    [0, 1].some((which) =>
      spec.columns.every((column) => {
        const example = column.examples[which]!
        const index = sourceOf.get(column.key)
        if (index === undefined) return example === null
        return cellMatches(cells[index], example)
      })
    )

  // Issues are listed left to right as the sheet's columns stand, then those of the row.
  const orderOf = (key: string | null): number => {
    if (key === null) return Number.MAX_SAFE_INTEGER
    return sourceOf.get(key) ?? input.mapping.length + spec.columns.findIndex((c) => c.key === key)
  }
  const byColumn = (issues: (RowIssue & { order: number })[]): RowIssue[] =>
    issues
      .map((found, index) => ({ found, index }))
      .sort((a, b) => a.found.order - b.found.order || a.index - b.index)
      .map(({ found: { order: _order, ...rest } }) => rest)

  const firstRowOfKey = new Map<string, number>()
  const rows: DryRunRow<D>[] = []
  const exampleRows: number[] = []

  for (let index = input.headerRow + 1; index < input.grid.length; index += 1) {
    const cells = input.grid[index] ?? []
    const row = index + 1
    if (mapped.every((column) => isBlankCell(cells[sourceOf.get(column.key)!]))) continue
    if (isExample(cells)) {
      exampleRows.push(row)
      continue
    }
    const errors: (RowIssue & { order: number })[] = []
    const warnings: (RowIssue & { order: number })[] = []
    const issue = (level: RowIssue['level'], key: string | null, message: string) => ({
      row,
      column: headerOf(key),
      columnIndex: key === null ? null : (sourceOf.get(key) ?? null),
      level,
      message,
      order: orderOf(key)
    })
    const values: Record<string, unknown> = {}
    const unreadable = new Set<string>()
    for (const column of mapped) {
      const cell = cells[sourceOf.get(column.key)!]
      if (isBlankCell(cell)) continue
      if (column.personal && typeof cell === 'string' && MASKED.test(cell)) {
        warnings.push(issue('warning', column.key, '是打码后的值，没有导入（已有记录保留原值）'))
        continue
      }
      const read = column.read(cell, lookups)
      if (read.ok) {
        if (read.value !== null) values[column.key] = read.value
      } else {
        unreadable.add(column.key)
        errors.push(issue('error', column.key, read.message))
      }
    }

    const identity = spec.identify(values, lookups)
    const match = identity.match
    const base = match ? match.draft : spec.blankDraft(context)
    const draft = spec.apply(base, values)
    const ruleIssues: FieldIssue[] = [
      ...ruleFindings(spec, draft, context),
      ...identity.issues,
      ...(spec.crossIssues?.(draft, lookups, context) ?? [])
    ]
    for (const found of ruleIssues) {
      const key = spec.columnOf(found.field)
      // A cell that could not be read already has its message; the rule would only repeat it.
      if (key !== null && unreadable.has(key)) continue
      ;(found.level === 'error' ? errors : warnings).push(issue(found.level, key, found.message))
    }

    for (const { key, what } of identity.keys) {
      const first = firstRowOfKey.get(key)
      if (first === undefined) {
        firstRowOfKey.set(key, row)
        continue
      }
      errors.push(
        issue('error', null, `与第 ${first} 行是同一条${spec.label}（${what}相同），请只保留一行`)
      )
      break
    }
    if (match?.archived) {
      warnings.push(
        issue(
          'warning',
          null,
          `已有的${spec.label}“${match.label}”已归档，不会更新它；请先恢复使用`
        )
      )
    }

    const status: RowStatus = errors.length > 0 ? 'error' : match ? 'existing' : 'new'
    const patch = match
      ? (Object.fromEntries(
          Object.entries(draft).filter(
            ([field, value]) => !sameValue(value, (match.draft as Record<string, unknown>)[field])
          )
        ) as Partial<D>)
      : null
    rows.push({
      row,
      label: spec.describe(values as RowValues),
      status,
      draft: status === 'error' ? null : draft,
      patch: status === 'error' ? null : patch,
      match: match
        ? { id: match.id, label: match.label, archived: match.archived, by: match.by }
        : null,
      errors: byColumn(errors),
      warnings: byColumn(warnings),
      cells
    })
  }

  const counts: Record<RowStatus, number> = { new: 0, existing: 0, error: 0 }
  for (const row of rows) counts[row.status] += 1
  return { rows, exampleRows, counts, headers }
}
