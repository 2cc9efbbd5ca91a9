import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { communityImport } from '@shared/import/specs/communities'
import { propertyRuns } from '../../../helpers/property-runs'
import { cjkName, countCell, decorated, dryRunRows, expectAllNew } from '../arbitraries'

const KEYS = communityImport.columns.map((column) => column.key)

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** A 12-digit 统计用区划代码 of the right shape: 街道/镇/乡 and 社区/村 parts in range. */
const divisionCode = fc
  .record({
    province: fc.integer({ min: 11, max: 82 }),
    prefecture: fc.integer({ min: 1, max: 99 }),
    county: fc.integer({ min: 1, max: 99 }),
    township: fc.integer({ min: 1, max: 599 }),
    village: fc.integer({ min: 1, max: 399 })
  })
  .map(
    ({ province, prefecture, county, township, village }) =>
      `${province}${pad(prefecture, 2)}${pad(county, 2)}${pad(township, 3)}${pad(village, 3)}`
  )

const validRow = fc
  .record({
    name: cjkName(2, 8).map((name) => `${name}社区`),
    district: cjkName(1, 3).map((name) => `${name}区`),
    subdistrict: cjkName(2, 4).map((name) => `${name}街道`),
    divisionCode: fc.option(divisionCode),
    population: fc.option(fc.nat({ max: 10_000_000 })),
    households: fc.option(fc.nat({ max: 10_000_000 })),
    grids: fc.option(fc.nat({ max: 10_000 }))
  })
  .chain((row) =>
    fc.record({
      row: fc.constant(row),
      cells: fc.record({
        name: decorated(row.name),
        district: decorated(row.district),
        subdistrict: decorated(row.subdistrict),
        divisionCode: row.divisionCode === null ? fc.constant(null) : decorated(row.divisionCode),
        population: row.population === null ? fc.constant(null) : countCell(row.population),
        households: row.households === null ? fc.constant(null) : countCell(row.households),
        grids: row.grids === null ? fc.constant(null) : countCell(row.grids)
      })
    })
  )

const sheet = fc.record({
  rows: fc.uniqueArray(validRow, {
    maxLength: 6,
    selector: ({ row }) => `${row.name}|${row.subdistrict}|${row.district}`
  }),
  keys: fc.shuffledSubarray(KEYS, { minLength: KEYS.length })
})

describe('社区 rows', () => {
  it('that the form would save are imported as new, with the values the sheet meant', () => {
    fc.assert(
      fc.property(sheet, ({ rows, keys }) => {
        const result = dryRunRows(
          communityImport,
          keys,
          rows.map(({ cells }) => cells)
        )
        const drafts = expectAllNew(communityImport, result, rows.length)
        drafts.forEach((draft, index) => {
          const { row } = rows[index]!
          expect(draft).toEqual({
            name: row.name,
            district: row.district,
            subdistrict: row.subdistrict,
            divisionCode: row.divisionCode,
            households: row.households ?? 0,
            population: row.population ?? 0,
            grids: row.grids ?? 0
          })
          const moreHouseholds = (row.households ?? 0) > (row.population ?? 0)
          expect(result.rows[index]!.warnings.map((issue) => issue.message)).toEqual(
            moreHouseholds && (row.population ?? 0) > 0 ? ['户数多于人口，请核对'] : []
          )
        })
      }),
      propertyRuns(200)
    )
  })

  it('with a division code of the wrong length are refused at that column, saying so', () => {
    const wrongLength = fc.stringMatching(/^\d{1,20}$/).filter((code) => code.length !== 12)
    fc.assert(
      fc.property(wrongLength, (code) => {
        const result = dryRunRows(
          communityImport,
          ['name', 'district', 'subdistrict', 'divisionCode'],
          [{ name: '新村社区', district: '鼓楼区', subdistrict: '温泉街道', divisionCode: code }]
        )
        expect(result.rows[0]!.errors).toMatchObject([
          {
            column: '区划代码',
            columnIndex: 3,
            message: `区划代码应为 12 位数字，当前为“${code}”（${code.length} 位）`
          }
        ])
      }),
      propertyRuns(100)
    )
  })
})
