import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NEED_CATEGORIES, NEED_SOURCES } from '@shared/domain/linkage/need'
import { needImport } from '@shared/import/specs/needs'
import { SERVICE_CATEGORY } from '@shared/import/specs/organizations'
import { propertyRuns } from '../../../helpers/property-runs'
import {
  cjkName,
  countCell,
  dateCell,
  decorated,
  dryRunRows,
  expectAllNew,
  isoDateIn,
  NAMED_COMMUNITIES
} from '../arbitraries'
import { TODAY } from '../fixtures'

const KEYS = needImport.columns.map((column) => column.key)

/** 军门社区 has 3,000 residents in STORED; the others are as many. */
const POPULATION = 3000

/** Each way a sheet writes a category or a source, with the value it stands for. */
const CATEGORIES: [string, string][] = [
  ...NEED_CATEGORIES.map((category): [string, string] => [category, category]),
  ...Object.entries(SERVICE_CATEGORY.synonyms!)
]
const SOURCES: [string, string][] = [
  ...NEED_SOURCES.map((source): [string, string] => [source, source]),
  ['入户走访', '走访'],
  ['居民议事会', '议事会'],
  ['网格员', '网格'],
  ['意见箱', '征集箱'],
  ['12345热线', '12345']
]

const validRow = fc
  .record({
    name: cjkName(2, 12),
    community: fc.constantFrom(...NAMED_COMMUNITIES),
    category: fc.constantFrom(...CATEGORIES),
    source: fc.constantFrom(...SOURCES),
    raisedBy: fc.option(fc.integer({ min: 1, max: POPULATION })),
    raisedOn: fc.option(isoDateIn('2015-01-01', TODAY)),
    description: fc.option(cjkName(1, 100))
  })
  .chain((row) =>
    fc.record({
      row: fc.constant(row),
      cells: fc.record({
        name: decorated(row.name),
        communityId: decorated(row.community[0]),
        category: decorated(row.category[0]),
        source: decorated(row.source[0]),
        raisedBy: row.raisedBy === null ? fc.constant(null) : countCell(row.raisedBy),
        raisedOn: row.raisedOn === null ? fc.constant(null) : dateCell(row.raisedOn),
        description: fc.constant(row.description)
      })
    })
  )

const sheet = fc.record({
  rows: fc.uniqueArray(validRow, {
    maxLength: 6,
    selector: ({ row }) => `${row.community[1]}|${row.name}`
  }),
  keys: fc.shuffledSubarray(KEYS, { minLength: KEYS.length })
})

describe('需求 rows', () => {
  it('that the form would save are imported as new, with the values the sheet meant', () => {
    fc.assert(
      fc.property(sheet, ({ rows, keys }) => {
        const result = dryRunRows(
          needImport,
          keys,
          rows.map(({ cells }) => cells)
        )
        const drafts = expectAllNew(needImport, result, rows.length)
        drafts.forEach((draft, index) => {
          const { row } = rows[index]!
          expect(draft).toEqual({
            name: row.name,
            communityId: row.community[1],
            category: row.category[1],
            source: row.source[1],
            raisedBy: row.raisedBy ?? 1,
            raisedOn: row.raisedOn ?? TODAY,
            description: row.description
          })
        })
      }),
      propertyRuns(200)
    )
  })

  it('raised later than today are refused at the date column', () => {
    fc.assert(
      fc.property(isoDateIn('2026-11-23', '2100-12-31').chain(dateCell), (raisedOn) => {
        const result = dryRunRows(
          needImport,
          ['name', 'communityId', 'category', 'source', 'raisedOn'],
          [
            {
              name: '助餐',
              communityId: '军门社区',
              category: '为老服务',
              source: '走访',
              raisedOn
            }
          ]
        )
        expect(result.rows[0]!.errors).toMatchObject([
          { column: '提出日期', columnIndex: 4, message: '提出日期不能晚于今天' }
        ])
      }),
      propertyRuns(100)
    )
  })
})
