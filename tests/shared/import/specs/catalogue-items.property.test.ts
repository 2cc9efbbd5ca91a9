import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CATALOGUE_CATEGORIES,
  CATALOGUE_LISTS,
  CATALOGUE_UNITS,
  NEGATIVE_LIST
} from '@shared/domain/catalogue/catalogue-item'
import { formatYuan } from '@shared/domain/money'
import { catalogueItemImport } from '@shared/import/specs/catalogue-items'
import { propertyRuns } from '../../../helpers/property-runs'
import { cjkName, dryRunRows, expectAllNew, fullWidth } from '../arbitraries'

const KEYS = catalogueItemImport.columns.map((column) => column.key)

/** Each way a sheet writes a value, with the value it stands for. */
const same = <T extends string>(values: readonly T[]) =>
  values.map((value): [string, string] => [value, value])

const LISTS: [string, string][] = [
  ...same(CATALOGUE_LISTS),
  ['指导目录', '政府购买服务指导目录'],
  ['依法履职事项', '自治组织依法履行职责事项'],
  ['协助事项', '协助政府工作事项']
]
const CATEGORIES: [string, string][] = [
  ...same(CATALOGUE_CATEGORIES),
  ['公共服务', '基本公共服务'],
  ['辅助性事项', '政府履职所需辅助性事项']
]
const NEGATIVE: [string, string][] = [
  ...NEGATIVE_LIST.map((entry): [string, string] => [entry.label, entry.key]),
  ['劳务派遣', 'ownStaffing'],
  ['工程', 'goodsAndWorks'],
  ['融资', 'financing']
]

/** A 参考单价 up to 100 万元, as a price list writes it: 元 text, a number cell, or 万. */
const price = fc
  .integer({ min: 1, max: 100_000_000 })
  .chain((fen) =>
    fc.tuple(
      fc.constant(fen),
      fc.constantFrom<unknown>(
        formatYuan(fen),
        `${formatYuan(fen, { grouping: false })}元`,
        fullWidth(formatYuan(fen, { grouping: false })),
        `￥${formatYuan(fen)}`,
        fen / 100,
        `${fen / 1_000_000}万`
      )
    )
  )

const validRow = fc.record({
  name: cjkName(2, 12),
  code: fc.option(fc.stringMatching(/^Z\d{2,6}$/)),
  list: fc.option(fc.constantFrom(...LISTS)),
  category: fc.constantFrom(...CATEGORIES),
  description: fc.option(cjkName(1, 100)),
  unit: fc.oneof(fc.constantFrom(...CATALOGUE_UNITS), cjkName(1, 10)),
  price: fc.option(price),
  negative: fc.option(fc.constantFrom(...NEGATIVE))
})

type Row = typeof validRow extends fc.Arbitrary<infer R> ? R : never

const cellsOf = (row: Row) => ({
  name: row.name,
  code: row.code,
  list: row.list?.[0] ?? null,
  category: row.category[0],
  description: row.description,
  unit: row.unit,
  typicalPriceFen: row.price?.[1] ?? null,
  negativeListKey: row.negative?.[0] ?? null
})

const sheet = fc.record({
  rows: fc
    .uniqueArray(validRow, {
      maxLength: 6,
      // Names are unique in their list and codes everywhere; both are kept unique over the file.
      selector: (row) => row.name
    })
    .filter((rows) => {
      const codes = rows.flatMap((row) => (row.code ? [row.code] : []))
      return new Set(codes).size === codes.length
    }),
  keys: fc.shuffledSubarray(KEYS, { minLength: KEYS.length })
})

describe('服务目录 rows', () => {
  it('that the form would save are imported as new, with the values the sheet meant', () => {
    fc.assert(
      fc.property(sheet, ({ rows, keys }) => {
        const result = dryRunRows(catalogueItemImport, keys, rows.map(cellsOf))
        const drafts = expectAllNew(catalogueItemImport, result, rows.length)
        drafts.forEach((draft, index) => {
          const row = rows[index]!
          expect(draft).toEqual({
            name: row.name,
            code: row.code,
            list: row.list?.[1] ?? '政府购买服务指导目录',
            category: row.category[1],
            description: row.description ?? '',
            unit: row.unit,
            typicalPriceFen: row.price?.[0] ?? null,
            negativeListKey: row.negative?.[1] ?? null,
            note: null
          })
        })
      }),
      propertyRuns(200)
    )
  })

  it('priced to a fraction of a 分 are refused at the price column', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 1, max: 9 }),
        (fen, extra) => {
          const typicalPriceFen = `${formatYuan(fen, { grouping: false })}${extra}`
          const result = dryRunRows(
            catalogueItemImport,
            ['name', 'category', 'unit', 'typicalPriceFen'],
            [{ name: '助餐', category: '基本公共服务', unit: '次', typicalPriceFen }]
          )
          expect(result.rows[0]!.errors).toMatchObject([
            { column: '参考单价（元）', columnIndex: 3, message: '金额最多保留两位小数（到分）' }
          ])
        }
      ),
      propertyRuns(100)
    )
  })
})
