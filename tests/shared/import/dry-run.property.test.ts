import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isBlankCell } from '@shared/import/cells'
import { dryRun, type DryRunResult, type RowIssue } from '@shared/import/dry-run'
import {
  autoMapping,
  headerLabel,
  readHeaders,
  remap,
  type SourceHeader
} from '@shared/import/header-mapping'
import {
  IMPORT_ENTITIES,
  type ImportColumn,
  type ImportContext,
  type ImportEntity,
  type ImportSpec
} from '@shared/import/import-spec'
import { IMPORT_SPECS } from '@shared/import/specs'
import { propertyRuns } from '../../helpers/property-runs'
import { decorated, errorCell, junkCell, STORED, STORED_NAMES } from './arbitraries'
import { context, project } from './fixtures'

const CJK = /[\u3400-\u9fff]/

/** Errors that are about the row as a whole rather than one of its cells. */
const ROW_ERRORS = [/^与第 \d+ 行是同一条.+，请只保留一行$/, /项目/]

type Grid = unknown[][]

/** A value a real sheet could hold in `column`: its examples, its options, a stored name. */
function plausibleCell(column: ImportColumn<unknown>): fc.Arbitrary<unknown> {
  const seeds: (string | number)[] = [
    ...column.examples.filter((example) => example !== null),
    ...(column.options ?? []),
    ...STORED_NAMES
  ]
  return fc
    .constantFrom(...seeds)
    .chain((seed): fc.Arbitrary<unknown> =>
      typeof seed === 'string' ? decorated(seed) : fc.constant(seed)
    )
}

/** What the dry run reads: the stored records, with every kind of project an activity meets. */
const CONTEXTS: Readonly<Record<string, ImportContext>> = {
  stored: STORED,
  empty: context(),
  'no rating bands': { ...STORED, ratingBands: null },
  'project closed': { ...STORED, project: project({ status: '已结项' }) },
  'project archived': { ...STORED, project: project({ archivedAt: '2026-02-01T00:00:00.000Z' }) },
  'no project': { ...STORED, project: null }
}

interface Sheet {
  entity: ImportEntity
  grid: Grid
  headerRow: number
  mapping: (string | null)[]
  /** A key of CONTEXTS: named, so a counterexample prints short. */
  context: string
}

/**
 * A sheet for `entity`: title lines, a header row naming some of the columns in any order among
 * columns of its own (or the template's header with its example rows), rows of junk and of
 * plausible values, a row repeated, and the mapping the wizard proposes or one the user garbled.
 */
function sheetOf(entity: ImportEntity): fc.Arbitrary<Sheet> {
  const spec = IMPORT_SPECS[entity]
  const columns = spec.columns
  const header = fc.oneof(
    fc.constant(columns.map((column) => column as ImportColumn<unknown> | null)),
    fc
      .shuffledSubarray([...columns, null, null], { minLength: 1 })
      .map((picked) => picked as (ImportColumn<unknown> | null)[])
  )
  const cellFor = (column: ImportColumn<unknown> | null) =>
    column === null
      ? junkCell
      : fc.oneof(
          { weight: 2, arbitrary: junkCell },
          { weight: 3, arbitrary: plausibleCell(column) }
        )
  return header.chain((picked) =>
    fc
      .record({
        titles: fc.array(fc.array(junkCell, { maxLength: 3 }), { maxLength: 2 }),
        rows: fc.array(fc.tuple(...picked.map(cellFor)), { maxLength: 6 }),
        examples: fc.boolean(),
        repeat: fc.boolean(),
        garble: fc.array(
          fc.tuple(fc.nat(), fc.option(fc.constantFrom(...columns.map((c) => c.key)))),
          {
            maxLength: 3
          }
        ),
        context: fc.constantFrom(...Object.keys(CONTEXTS))
      })
      .map(({ titles, rows, examples, repeat, garble, context }) => {
        const headerCells = picked.map((column, index) =>
          column === null ? `备注${index}` : column.header
        )
        const exampleRows = examples
          ? [0, 1].map((which) =>
              picked.map((column) => (column === null ? null : column.examples[which]))
            )
          : []
        const data: Grid = [...exampleRows, ...rows]
        if (repeat && rows.length > 0) data.push([...rows[0]!])
        const grid: Grid = [...titles, headerCells, ...data]
        const headerRow = titles.length
        let mapping: (string | null)[] = [...autoMapping(readHeaders(grid, headerRow), columns)]
        for (const [at, key] of garble) mapping = [...remap(mapping, at % mapping.length, key)]
        return { entity, grid, headerRow, mapping, context }
      })
  )
}

const anySheet = fc.constantFrom(...IMPORT_ENTITIES).chain(sheetOf)

function run(sheet: Sheet): DryRunResult<object> {
  const spec = IMPORT_SPECS[sheet.entity] as ImportSpec<object, unknown>
  return dryRun(spec, sheet, CONTEXTS[sheet.context]!)
}

function expectAddressed(issue: RowIssue, row: number, sheet: Sheet, headers: SourceHeader[]) {
  expect(issue.row).toBe(row)
  expect(issue.message.trim()).not.toBe('')
  expect(issue.message).toMatch(CJK)
  if (issue.columnIndex !== null) {
    expect(sheet.mapping[issue.columnIndex]).not.toBeNull()
    expect(issue.column).toBe(headerLabel(headers[issue.columnIndex], issue.columnIndex))
  }
  if (issue.column === null) {
    expect(issue.columnIndex).toBeNull()
    if (issue.level === 'error') {
      expect(ROW_ERRORS.some((pattern) => pattern.test(issue.message))).toBe(true)
    }
  }
}

describe('the dry run of any sheet, for every import', () => {
  it('never throws, and ends every row as new, existing or error, with its reasons', () => {
    fc.assert(
      fc.property(anySheet, (sheet) => {
        const result = run(sheet)
        const headers = readHeaders(sheet.grid, sheet.headerRow)
        const tally = { new: 0, existing: 0, error: 0 }
        for (const row of result.rows) {
          tally[row.status] += 1
          expect(row.cells).toBe(sheet.grid[row.row - 1])
          expect(row.status === 'error').toBe(row.errors.length > 0)
          expect(row.draft === null).toBe(row.status === 'error')
          if (row.status === 'existing') expect(row.match).not.toBeNull()
          if (row.status === 'new') expect(row.match).toBeNull()
          for (const issue of row.errors) {
            expect(issue.level).toBe('error')
            expectAddressed(issue, row.row, sheet, headers)
          }
          for (const issue of row.warnings) {
            expect(issue.level).toBe('warning')
            expectAddressed(issue, row.row, sheet, headers)
          }
        }
        expect(result.counts).toEqual(tally)
      }),
      propertyRuns(300)
    )
  })

  it('lists every data row with a mapped cell filled in, once, in sheet order', () => {
    fc.assert(
      fc.property(anySheet, (sheet) => {
        const result = run(sheet)
        const mapped = sheet.mapping.flatMap((key, index) => (key === null ? [] : [index]))
        const filled = sheet.grid
          .map((cells, index) => ({ cells, row: index + 1 }))
          .filter(({ row }) => row > sheet.headerRow + 1)
          .filter(({ cells }) => mapped.some((index) => !isBlankCell(cells[index])))
          .map(({ row }) => row)
        const listed = result.rows.map((row) => row.row)
        expect(listed).toEqual([...listed].sort((a, b) => a - b))
        expect([...listed, ...result.exampleRows].sort((a, b) => a - b)).toEqual(filled)
      }),
      propertyRuns(200)
    )
  })

  it('hands over only drafts the entity’s own rule accepts', () => {
    fc.assert(
      fc.property(anySheet, (sheet) => {
        const spec = IMPORT_SPECS[sheet.entity] as ImportSpec<object, unknown>
        for (const row of run(sheet).rows) {
          if (row.draft === null) continue
          const checked = spec.check(row.draft, CONTEXTS[sheet.context]!)
          expect(checked.ok ? [] : checked.issues).toEqual([])
        }
      }),
      propertyRuns(200)
    )
  })

  it('names the Excel error of a failed formula in the column that holds it', () => {
    const sheetWithError = anySheet.chain((sheet) =>
      fc.tuple(fc.constant(sheet), fc.nat(), errorCell)
    )
    fc.assert(
      fc.property(sheetWithError, ([sheet, at, cell]) => {
        const mapped = sheet.mapping.flatMap((key, index) => (key === null ? [] : [index]))
        fc.pre(mapped.length > 0)
        const column = mapped[at % mapped.length]!
        const cells: unknown[] = []
        cells[column] = cell
        const grid = [...sheet.grid, cells]
        const result = run({ ...sheet, grid })
        const last = result.rows.at(-1)!
        expect(last.row).toBe(grid.length)
        const found = last.errors.filter((issue) => issue.columnIndex === column)
        expect(found.map((issue) => issue.message)).toEqual([
          `单元格是出错的公式（${cell.error}），请改为具体的值`
        ])
      }),
      propertyRuns(200)
    )
  })
})
