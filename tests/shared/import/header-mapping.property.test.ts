import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { columnLetters } from '@shared/excel/sheet-basics'
import {
  autoMapping,
  findHeaderRow,
  HEADER_SEARCH_ROWS,
  headerLabel,
  matchHeader,
  missingRequired,
  readHeaders,
  remap,
  type HeaderColumn
} from '@shared/import/header-mapping'
import { IMPORT_ENTITIES } from '@shared/import/import-spec'
import { IMPORT_SPECS } from '@shared/import/specs'
import { readText } from '@shared/import/cells'
import { propertyRuns } from '../../helpers/property-runs'
import { fullWidth, junkCell, junkText } from './arbitraries'

const entity = fc.constantFrom(...IMPORT_ENTITIES)

/** Nothing in this cell names a column of `columns`. */
function namesNothing(cell: unknown, columns: readonly HeaderColumn[]): boolean {
  const text = readText(cell)
  return !text.ok || text.value === null || !matchHeader({ text: text.value, group: null }, columns)
}

/** A header as offices write it: a synonym, marked required, spaced, widened, with a note. */
function writtenHeader(column: HeaderColumn): fc.Arbitrary<string> {
  return fc
    .record({
      name: fc.constantFrom(column.header, ...column.synonyms),
      star: fc.constantFrom('', '*', '＊'),
      required: fc.constantFrom('', '（必填）', '(必填)', '（选填）'),
      note: fc.constantFrom('', '（全称）', '(单位：人)'),
      colon: fc.constantFrom('', '：', ':'),
      spaces: fc.constantFrom('', ' ', '\u3000', '\n'),
      wide: fc.boolean()
    })
    .map(
      ({ name, star, required, note, colon, spaces, wide }) =>
        `${spaces}${star}${wide ? fullWidth(name) : name}${required}${note}${colon}${spaces}`
    )
}

describe('a header names its column', () => {
  it('under its own name or any synonym, however it is marked, spaced or noted', () => {
    const header = entity.chain((name) => {
      const columns = IMPORT_SPECS[name].columns
      return fc
        .constantFrom(...columns)
        .chain((column) =>
          fc.tuple(fc.constant(columns), fc.constant(column.key), writtenHeader(column))
        )
    })
    fc.assert(
      fc.property(header, ([columns, key, text]) => {
        expect(matchHeader({ text, group: null }, columns)?.key).toBe(key)
      }),
      propertyRuns(1000)
    )
  })

  it('under a group header that makes no other name, as without it', () => {
    const header = entity.chain((name) => {
      const columns = IMPORT_SPECS[name].columns
      return fc
        .constantFrom(...columns)
        .chain((column) =>
          fc.tuple(fc.constant(columns), fc.constant(column), writtenHeader(column), junkText)
        )
    })
    fc.assert(
      fc.property(header, ([columns, column, text, group]) => {
        fc.pre(namesNothing(`${group}${text}`, columns))
        expect(matchHeader({ text, group }, columns)?.key).toBe(column.key)
      }),
      propertyRuns(500)
    )
  })

  it('never throws on any header text', () => {
    fc.assert(
      fc.property(entity, junkText, fc.option(junkText), (name, text, group) => {
        const found = matchHeader({ text, group }, IMPORT_SPECS[name].columns)
        if (found) expect(IMPORT_SPECS[name].columns).toContain(found)
      }),
      propertyRuns(500)
    )
  })
})

/**
 * A sheet as offices keep it: title lines, then the header row with some of the import's
 * columns in any order among columns of their own, then data.
 */
const sheet = entity.chain((name) => {
  const columns = IMPORT_SPECS[name].columns
  const ownColumn = junkText.filter((text) => namesNothing(text, columns))
  const headerCell = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...columns).map((column) => column.key) },
    { weight: 1, arbitrary: ownColumn.map((text) => ({ own: text })) }
  )
  return fc.record({
    name: fc.constant(name),
    titles: fc.array(fc.array(junkCell, { maxLength: 3 }), { maxLength: HEADER_SEARCH_ROWS - 1 }),
    cells: fc
      .uniqueArray(headerCell, {
        minLength: 1,
        maxLength: 12,
        selector: (cell) => (typeof cell === 'string' ? cell : `own:${cell.own}`)
      })
      .filter((cells) => cells.some((cell) => typeof cell === 'string')),
    data: fc.array(fc.array(junkCell, { maxLength: 8 }), { maxLength: 4 })
  })
})

describe('the header row', () => {
  it('is found below any title lines, and maps each named column to its field once', () => {
    fc.assert(
      fc.property(sheet, ({ name, titles, cells, data }) => {
        const columns = IMPORT_SPECS[name].columns
        fc.pre(titles.every((row) => row.every((cell) => namesNothing(cell, columns))))
        fc.pre(data.every((row) => row.every((cell) => namesNothing(cell, columns))))
        const header = cells.map((cell) =>
          typeof cell === 'string'
            ? columns.find((column) => column.key === cell)!.header
            : cell.own
        )
        const grid = [...titles, header, ...data]
        const headerRow = findHeaderRow(grid, columns)
        expect(headerRow).toBe(titles.length)
        const mapping = autoMapping(readHeaders(grid, titles.length), columns)
        expect(mapping).toEqual(cells.map((cell) => (typeof cell === 'string' ? cell : null)))
        expect(missingRequired(mapping, columns).map((column) => column.key)).toEqual(
          columns
            .filter((column) => column.required && !cells.includes(column.key))
            .map((column) => column.key)
        )
      }),
      propertyRuns(200)
    )
  })

  it('reads any grid without throwing: one header per cell, every label non-empty', () => {
    const grid = fc.array(fc.array(junkCell, { maxLength: 6 }), { maxLength: 6 })
    fc.assert(
      fc.property(entity, grid, fc.nat({ max: 6 }), (name, rows, index) => {
        const columns = IMPORT_SPECS[name].columns
        const found = findHeaderRow(rows, columns)
        if (found !== null) expect(found).toBeLessThan(Math.min(rows.length, HEADER_SEARCH_ROWS))
        const headers = readHeaders(rows, index)
        expect(headers).toHaveLength(rows[index]?.length ?? 0)
        headers.forEach((header, column) => {
          const label = headerLabel(header, column)
          expect(label).not.toBe('')
          if (header.text === '') expect(label).toBe(`第 ${columnLetters(column)} 列`)
        })
        const mapping = autoMapping(headers, columns)
        const keys = mapping.filter((key) => key !== null)
        expect(new Set(keys).size).toBe(keys.length)
      }),
      propertyRuns(500)
    )
  })
})

describe('changing the mapping', () => {
  it('feeds each field from one column at most, the chosen one', () => {
    const keys = entity.map((name) => IMPORT_SPECS[name].columns.map((column) => column.key))
    const changes = keys.chain((all) =>
      fc.tuple(
        fc.constant(all),
        fc.array(fc.option(fc.constantFrom(...all)), { minLength: 1, maxLength: 10 }),
        fc.array(fc.tuple(fc.nat({ max: 9 }), fc.option(fc.constantFrom(...all))), {
          maxLength: 10
        })
      )
    )
    fc.assert(
      fc.property(changes, ([all, start, steps]) => {
        let mapping = autoMapping(
          start.map((key) => ({ text: key ?? '', group: null })),
          all.map((key) => ({ key, header: key, synonyms: [], required: false }))
        )
        for (const [at, key] of steps) {
          const index = at % mapping.length
          const before = mapping
          mapping = remap(mapping, index, key)
          expect(mapping[index]).toBe(key)
          expect(mapping).toHaveLength(before.length)
          mapping.forEach((current, column) => {
            if (column === index) return
            expect(current).toBe(key !== null && before[column] === key ? null : before[column])
          })
          const used = mapping.filter((current) => current !== null)
          expect(new Set(used).size).toBe(used.length)
        }
      }),
      propertyRuns(300)
    )
  })
})
