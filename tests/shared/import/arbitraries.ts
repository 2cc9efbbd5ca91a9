/**
 * Generators for the property tests of what reads user and file input: cells of every kind the
 * workbook reader hands over (renderer/src/features/import/read-workbook.ts, `plainValue`), junk
 * included; valid identifiers, dates and amounts as sheets write them; the stored records a
 * fuzzed sheet is checked against; and whatever a backup may hold where a record or a setting
 * should be.
 */
import fc from 'fast-check'
import { expect } from 'vitest'
import { topField, type CheckResult } from '@shared/domain/check'
import { addDays, daysBetween } from '@shared/domain/dates'
import { orgCodeCheckChar } from '@shared/domain/identifiers/org-code'
import { residentIdCheckChar } from '@shared/domain/identifiers/resident-id'
import { usccCheckChar } from '@shared/domain/identifiers/uscc'
import { excelDateSerial } from '@shared/excel/sheet-basics'
import { DEFAULT_RATING_BANDS } from '@shared/domain/evaluations/grade-bands'
import { dryRun, type DryRunResult } from '@shared/import/dry-run'
import type { ImportContext, ImportSpec } from '@shared/import/import-spec'
import { propertyRuns } from '../../helpers/property-runs'
import {
  activity,
  catalogueItem,
  community,
  context,
  ID_NUMBER,
  need,
  organization,
  project,
  socialWorker,
  USCC
} from './fixtures'

const CJK = /[\u3400-\u9fff]/

const charCode = (min: number, max: number) =>
  fc.integer({ min, max }).map((code) => String.fromCharCode(code))

/** A common Chinese character. */
export const cjkChar = charCode(0x4e00, 0x9fa5)

/** Spaces a pasted cell brings: non-breaking, full-width, zero-width, tabs and line breaks. */
export const ODD_SPACES = [
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u1680',
  '\u2002',
  '\u2003',
  '\u200b',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff'
] as const

/** One character of what offices paste into cells, the odd and the broken included. */
const messyChar = fc.oneof(
  { weight: 4, arbitrary: charCode(0x20, 0x7e) },
  { weight: 3, arbitrary: cjkChar },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_SPACES) },
  // Full-width digits and Latin letters, as a Chinese input method types them.
  { weight: 2, arbitrary: charCode(0xff10, 0xff5a) },
  { weight: 1, arbitrary: charCode(0x00, 0x1f) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '（',
      '）',
      '、',
      '，',
      '；',
      '：',
      '年',
      '月',
      '日',
      '元',
      '万',
      '￥',
      '＊',
      '\u007f',
      '😀',
      '👨‍👩‍👧',
      '🇨🇳',
      '𠮷',
      '\ud800',
      '\udfff'
    )
  }
)

/** Text as it turns up in cells: messy, any Unicode, or very long. */
export const junkText = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: messyChar, maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.string({ unit: messyChar, minLength: 1, maxLength: 4 }),
        fc.integer({ min: 200, max: 3000 })
      )
      .map(([text, times]) => text.repeat(times))
  }
)

/** Numbers a cell can hold, with the edges: NaN, ±Infinity, -0, huge, tiny, 8- and 9-digit. */
export const junkNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: 10_000_000, max: 2_000_000_000 }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    0.1 + 0.2,
    60,
    61,
    2_958_465,
    20_260_230,
    99_999_999,
    1e15,
    1e20,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MAX_VALUE,
    Number.MIN_VALUE
  )
)

/** Date cells, the invalid and the out-of-range included. */
export const junkDate = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(
    new Date(Number.NaN),
    new Date(8.64e15),
    new Date(-8.64e15),
    new Date(Date.UTC(1899, 11, 30)),
    new Date(Date.UTC(10_000, 0, 1))
  )
)

/** A formula whose result is an Excel error, as `plainValue` passes it on. */
export const errorCell = fc
  .constantFrom('#N/A', '#DIV/0!', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!')
  .map((error) => ({ error }))

/** Objects and arrays of junk: what no reader should meet, and none may crash on. */
export const nestedJunk = fc.anything({ maxDepth: 2, maxKeys: 4 })

/** Any cell value, weighted towards the kinds a sheet really holds. */
export const junkCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: junkText },
  { weight: 4, arbitrary: junkNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: junkDate },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, '', '   ', '\u3000') },
  { weight: 1, arbitrary: errorCell },
  { weight: 1, arbitrary: nestedJunk }
)

/** ASCII digits and letters as a Chinese input method types them (full width). */
export function fullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))
}

/**
 * `text` as people type the same thing: padded with odd spaces, full-width, or both; only ways
 * that a reader must read as the plain text.
 */
export function decorated(text: string): fc.Arbitrary<string> {
  return fc
    .record({
      before: fc.constantFrom('', ' ', '\u3000', '\u00a0', '\t', '\ufeff'),
      after: fc.constantFrom('', ' ', '  ', '\u3000', '\n', '\u200b'),
      wide: fc.boolean()
    })
    .map(({ before, after, wide }) => `${before}${wide ? fullWidth(text) : text}${after}`)
}

/** A name of `min`–`max` common Chinese characters. */
export function cjkName(min: number, max: number): fc.Arbitrary<string> {
  return fc.string({ unit: cjkChar, minLength: min, maxLength: max })
}

const ARCHIVED = '2026-02-01T00:00:00.000Z'

/**
 * A registry with every case a reference can meet: namesakes told apart by street, an archived
 * record, two organisations and two social workers of one name, a record of each kind a row can
 * match. The project takes 服务记录 (执行中).
 */
export const STORED: ImportContext = context({
  communities: [
    community({ id: 'c1', name: '军门社区', population: 3000 }),
    community({ id: 'c2', name: '南街社区', district: '温江区', subdistrict: '柳城街道' }),
    community({ id: 'c3', name: '南街社区', subdistrict: '东街街道' }),
    community({ id: 'c4', name: '旧城社区', archivedAt: ARCHIVED })
  ],
  organizations: [
    organization({
      id: 'o1',
      name: '鼓楼区晨光为老服务中心',
      uscc: USCC.service,
      registrationStatus: '已登记'
    }),
    organization({
      id: 'o2',
      name: '军门社区夕阳红志愿服务队',
      legalForm: '社区社会组织',
      registrationStatus: '备案',
      filingNo: '鼓民备〔2024〕12号'
    }),
    organization({ id: 'o3', name: '鼓楼区已停办服务社', archivedAt: ARCHIVED }),
    organization({ id: 'o4', name: '同心社工服务中心' }),
    organization({ id: 'o5', name: '同心社工服务中心' })
  ],
  socialWorkers: [
    socialWorker({ id: 'w1', name: '林晓梅', certLevel: '社会工作师', certNo: 'S2019001' }),
    socialWorker({ id: 'w2', name: '陈志强', idNumber: ID_NUMBER }),
    socialWorker({ id: 'w3', name: '王芳', certLevel: '助理社会工作师', certNo: 'S2020002' }),
    socialWorker({ id: 'w4', name: '王芳', certLevel: '助理社会工作师', certNo: 'S2020003' })
  ],
  needs: [need({ id: 'n1', name: '老年人助餐' })],
  catalogueItems: [
    catalogueItem({ id: 'i1', name: '居家养老上门服务', code: 'A0101', unit: '人次' }),
    catalogueItem({ id: 'i2', name: '社区矫正对象帮教', list: '协助政府工作事项' })
  ],
  project: project({ communityIds: ['c1'], socialWorkerIds: ['w1'] }),
  activities: [activity({ id: 'a1' })],
  ratingBands: { ...DEFAULT_RATING_BANDS }
})

/** Values that name stored records, for cells that reach past the readers into the rules. */
export const STORED_NAMES = [
  '军门社区',
  '南街社区',
  '南街社区（柳城街道）',
  '东街街道/南街社区',
  '旧城社区',
  '军门社区、南街社区（东街街道）',
  '鼓楼区晨光为老服务中心',
  USCC.service,
  USCC.society,
  '鼓民备〔2024〕12号',
  '同心社工服务中心',
  '林晓梅',
  '王芳',
  '王芳（S2020003）',
  'S2019001',
  ID_NUMBER,
  '老年人助餐',
  '居家养老上门服务',
  'A0101'
] as const

/** A calendar date from `from` to `to` (both `YYYY-MM-DD`). */
export function isoDateIn(from: string, to: string): fc.Arbitrary<string> {
  return fc.integer({ min: 0, max: daysBetween(from, to) }).map((days) => addDays(from, days))
}

/** `date` as a sheet holds it: ISO text, Chinese text, slashes, a date cell or a serial. */
export function dateCell(date: string): fc.Arbitrary<unknown> {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return fc.constantFrom<unknown>(
    date,
    `${year}年${month}月${day}日`,
    `${year}/${month}/${day}`,
    new Date(`${date}T00:00:00.000Z`),
    excelDateSerial(date)
  )
}

/** `n` as a sheet holds it: a number cell, text, grouped text, or text with a unit. */
export function countCell(n: number): fc.Arbitrary<unknown> {
  return fc.constantFrom<unknown>(
    n,
    String(n),
    n.toLocaleString('en-US'),
    `${n} 人`,
    fullWidth(String(n))
  )
}

/** One of `options` or a synonym the spec reads as it, padded or widened as people type it. */
export function enumCell(words: readonly string[]): fc.Arbitrary<string> {
  return fc.constantFrom(...words).chain(decorated)
}

/** The characters of a USCC body in the organisation-code part (the USCC set). */
const USCC_BODY = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY')

/**
 * A USCC of a registered social organisation (51, 52 or 53) with both check characters right,
 * so the validator has nothing to say about it.
 */
export const validUscc = fc
  .tuple(
    fc.constantFrom('51', '52', '53'),
    fc.stringMatching(/^[1-6]\d{5}$/),
    fc.array(USCC_BODY, { minLength: 8, maxLength: 8 }).map((chars) => chars.join(''))
  )
  .map(([prefix, region, org]) => {
    const body = `${prefix}${region}${org}${orgCodeCheckChar(org)}`
    return { prefix, code: `${body}${usccCheckChar(body)}` }
  })

/** A resident ID number born on a day up to `today`, check character right. */
export function validResidentId(today: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.stringMatching(/^[1-6]\d{5}$/),
      isoDateIn('1930-01-01', today),
      fc.stringMatching(/^\d{3}$/)
    )
    .map(([region, born, sequence]) => {
      const body = `${region}${born.replaceAll('-', '')}${sequence}`
      return `${body}${residentIdCheckChar(body)}`
    })
}

/** A mobile or a landline with its area code. */
export const validPhone = fc.oneof(
  fc.stringMatching(/^1[3-9]\d{9}$/),
  fc.stringMatching(/^0\d{2,3}-[2-8]\d{6,7}$/)
)

/** Communities of STORED a cell can name without ambiguity, with the id each names. */
export const NAMED_COMMUNITIES = [
  ['军门社区', 'c1'],
  ['南街社区（柳城街道）', 'c2'],
  ['柳城街道/南街社区', 'c2'],
  ['南街社区(东街街道)', 'c3']
] as const

/**
 * The dry run of `rows` (cells keyed by column) under the spec's headers in the order of `keys`,
 * mapped as named: header matching has its own properties, and is the slow part here.
 */
export function dryRunRows<D extends object, L>(
  spec: ImportSpec<D, L>,
  keys: readonly string[],
  rows: readonly Readonly<Record<string, unknown>>[],
  stored: ImportContext = STORED
): DryRunResult<D> {
  const header = keys.map((key) => spec.columns.find((column) => column.key === key)!.header)
  const grid = [header, ...rows.map((row) => keys.map((key) => row[key] ?? null))]
  return dryRun(spec, { grid, headerRow: 0, mapping: keys }, stored)
}

/**
 * Every one of `count` rows is to be imported as a new record: no error, and a draft the
 * entity's own rule accepts.
 */
export function expectAllNew<D extends object, L>(
  spec: ImportSpec<D, L>,
  result: DryRunResult<D>,
  count: number,
  stored: ImportContext = STORED
): D[] {
  expect(result.rows.map((row) => [row.row, row.errors])).toEqual(
    Array.from({ length: count }, (_, index) => [index + 2, []])
  )
  expect(result.counts).toEqual({ new: count, existing: 0, error: 0 })
  return result.rows.map((row) => {
    const checked = spec.check(row.draft!, stored)
    expect(checked.ok ? [] : checked.issues).toEqual([])
    return row.draft!
  })
}

/** Whatever a hand-edited backup or an older version may have stored: any value at all. */
export const storedJunk = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true
})

/**
 * A stored record with each of `valid`'s fields either kept or replaced by junk, and which were
 * replaced.
 */
export function partlyBroken<T extends Record<string, unknown>>(
  valid: fc.Arbitrary<T>
): fc.Arbitrary<{ valid: T; stored: Record<string, unknown>; broken: Set<string> }> {
  return valid.chain((record) =>
    fc
      .record(
        Object.fromEntries(
          Object.keys(record).map((key) => [key, fc.option(storedJunk, { freq: 3 })])
        ) as Record<string, fc.Arbitrary<unknown>>
      )
      .map((junk) => {
        const stored: Record<string, unknown> = { ...record }
        const broken = new Set<string>()
        for (const [key, value] of Object.entries(junk)) {
          if (value === null) continue
          stored[key] = value
          broken.add(key)
        }
        return { valid: record, stored, broken }
      })
  )
}

/** Junk for one field of a draft: any value, and lists and texts long enough to pass every limit. */
export const fieldJunk = fc.oneof(
  { weight: 4, arbitrary: storedJunk },
  {
    weight: 1,
    arbitrary: fc
      .nat({ max: 1200 })
      .map((n) => Array.from({ length: n }, (_, index) => `id${index}`))
  },
  { weight: 1, arbitrary: fc.nat({ max: 1200 }).map((n) => '字'.repeat(n)) }
)

/**
 * A record rule fed its stand-ins with one field replaced by junk: it never throws, and each
 * refusal is in Chinese and addressed to one of the record's fields.
 */
export function expectJunkRefusedInChinese(
  check: (draft: unknown) => CheckResult<unknown>,
  standIns: object,
  runs: number
): void {
  const keys = Object.keys(standIns)
  fc.assert(
    fc.property(fc.constantFrom(...keys), fieldJunk, (key, junk) => {
      const result = check({ ...standIns, [key]: junk })
      if (result.ok) return
      for (const issue of result.issues) {
        expect([issue.field, issue.message]).toEqual([issue.field, expect.stringMatching(CJK)])
        expect(keys).toContain(topField(issue.field))
      }
    }),
    propertyRuns(runs)
  )
}
