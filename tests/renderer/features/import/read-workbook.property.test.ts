/**
 * Fuzzing the Excel reader (issue #10, item 1): random workbooks written by exceljs — random
 * sheets, some hidden, random header and data cells of every kind the reader handles (text,
 * numbers, booleans, dates, rich text, formulas, hyperlinks, error values) and merged ranges —
 * come back as the grids they were built from; random bytes, files with the wrong name,
 * workbooks cut short or with bytes flipped, and well-formed archives whose parts are missing,
 * cut short, replaced or not a workbook at all are refused with a WorkbookReadError and a
 * Chinese message. Nothing else may come out of readWorkbook.
 */
import fc from 'fast-check'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readWorkbook, WorkbookReadError } from '@renderer/features/import/read-workbook'
import { IMPORT_STRINGS as S } from '@renderer/features/import/strings'
import { propertyRuns } from '../../../helpers/property-runs'
import { unzipStored, zipArchive, type ZipEntry } from '../../helpers/zip-archive'

/** Cases per property; a workbook is written and read in about 10 ms. */
const ROUND_TRIP_RUNS = 200
const GARBAGE_RUNS = 500
const DAMAGED_RUNS = 200
const ARCHIVE_RUNS = 200

const HAN = /\p{Script=Han}/u
const encoder = new TextEncoder()

// ---------------------------------------------------------------------------------------------
// Workbooks: each cell as plain data, so a failing case prints readably.

type CellSpec =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; day: number }
  | { kind: 'rich'; runs: string[]; bold: boolean }
  | { kind: 'formula'; result: number | string }
  | { kind: 'link'; text: string }
  | { kind: 'error'; error: ExcelJS.CellErrorValue['error'] }

interface SheetSpec {
  name: string
  state: 'visible' | 'hidden' | 'veryHidden'
  rows: CellSpec[][]
  /** Row, column (from 0) and size of one merged range, when there is one. */
  merge: { row: number; column: number; rows: number; columns: number } | null
}

/**
 * Characters Excel cannot keep in a cell (XML forbids the control characters; exceljs drops
 * them) and the `_x0041_` escapes of the format, which it decodes: left out of text meant to
 * come back as it went in.
 */
function kept(character: string): boolean {
  const code = character.codePointAt(0)!
  if (code === 0xfffe || code === 0xffff) return false
  return code >= 0x20 || character === '\t' || character === '\n' || character === '\r'
}
const keptText = (text: string) =>
  Array.from(text)
    .filter(kept)
    .join('')
    .replace(/_x[0-9a-fA-F]{4}_/g, '')

const textArb = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom(
      '组织名称',
      '统一社会信用代码',
      ' 鼓楼区 ',
      '52350102MA01C7K265',
      '0012',
      '=SUM(A1)',
      '\n'
    )
  )
  .map(keptText)

const cellArb: fc.Arbitrary<CellSpec> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'empty' as const }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('text' as const), text: textArb }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('number' as const),
      value: fc.oneof(
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => value + 0)
      )
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('boolean' as const), value: fc.boolean() })
  },
  {
    weight: 2,
    // Days from 1900-03-01 to 2099: where Excel's serial dates are unambiguous.
    arbitrary: fc.record({
      kind: fc.constant('date' as const),
      day: fc.integer({ min: -25_508, max: 47_480 })
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rich' as const),
      runs: fc.array(textArb, { minLength: 1, maxLength: 3 }),
      bold: fc.boolean()
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('formula' as const),
      result: fc.oneof(
        fc.integer(),
        textArb.filter((text) => text.length > 0)
      )
    })
  },
  {
    weight: 1,
    // exceljs writes a link without text as the JSON of the link: not what a user's file holds.
    arbitrary: fc.record({
      kind: fc.constant('link' as const),
      text: textArb.filter((text) => text.length > 0)
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('error' as const),
      error: fc.constantFrom<ExcelJS.CellErrorValue['error']>(
        '#N/A',
        '#REF!',
        '#NAME?',
        '#DIV/0!',
        '#NULL!',
        '#VALUE!',
        '#NUM!'
      )
    })
  }
)

/** Sheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
const sheetNameArb = fc
  .string({
    unit: fc.constantFrom(...'社区组织工作表名录一二三abcXYZ0129 -_（）'.split('')),
    minLength: 1,
    maxLength: 31
  })
  .filter((name) => name.trim() === name && name.length > 0)

const sheetsArb: fc.Arbitrary<SheetSpec[]> = fc
  .uniqueArray(sheetNameArb, {
    minLength: 1,
    maxLength: 4,
    selector: (name) => name.toLowerCase()
  })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc.record({
          name: fc.constant(name),
          state: fc.oneof(
            { weight: 4, arbitrary: fc.constant('visible' as const) },
            { weight: 1, arbitrary: fc.constantFrom('hidden' as const, 'veryHidden' as const) }
          ),
          rows: fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 12 }),
          merge: fc.option(
            fc.record({
              row: fc.nat({ max: 8 }),
              column: fc.nat({ max: 6 }),
              rows: fc.integer({ min: 1, max: 3 }),
              columns: fc.integer({ min: 1, max: 3 })
            }),
            { freq: 3 }
          )
        })
      )
    )
  )

const DAY_MS = 86_400_000
const dateOf = (day: number) => new Date(day * DAY_MS)

function cellValue(cell: CellSpec): ExcelJS.CellValue {
  switch (cell.kind) {
    case 'empty':
      return null
    case 'text':
      return cell.text
    case 'number':
    case 'boolean':
      return cell.value
    case 'date':
      return dateOf(cell.day)
    case 'rich':
      return {
        richText: cell.runs.map((text, index) => ({
          text,
          ...(cell.bold && index === 0 ? { font: { bold: true } } : {})
        }))
      }
    case 'formula':
      return { formula: 'A1', result: cell.result } as ExcelJS.CellFormulaValue
    case 'link':
      return { text: cell.text, hyperlink: 'https://example.org/名录' }
    case 'error':
      return { error: cell.error }
  }
}

/** What the reader must give for a cell: its plain value. */
function plain(cell: CellSpec): unknown {
  switch (cell.kind) {
    case 'empty':
      return null
    case 'text':
    case 'link':
      return cell.text
    case 'number':
    case 'boolean':
      return cell.value
    case 'date':
      return dateOf(cell.day)
    case 'rich':
      return cell.runs.join('')
    case 'formula':
      return cell.result
    case 'error':
      return { error: cell.error }
  }
}

/** The merge of a sheet, when it is not a single cell (exceljs refuses to merge one cell). */
function mergeOf(sheet: SheetSpec) {
  const merge = sheet.merge
  return merge && (merge.rows > 1 || merge.columns > 1) ? merge : null
}

async function workbookBytes(
  sheets: readonly SheetSpec[],
  compression: 'DEFLATE' | 'STORE' = 'DEFLATE'
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { state: spec.state })
    spec.rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (cell.kind !== 'empty') sheet.getCell(r + 1, c + 1).value = cellValue(cell)
      })
    })
    const merge = mergeOf(spec)
    if (merge) {
      sheet.mergeCells(
        merge.row + 1,
        merge.column + 1,
        merge.row + merge.rows,
        merge.column + merge.columns
      )
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression } } as never))
}

/** The grid the reader must give for a sheet: merged cells hold the merge's value. */
function expectedGrid(spec: SheetSpec): unknown[][] {
  const grid = spec.rows.map((cells) => cells.map(plain))
  const merge = mergeOf(spec)
  if (merge) {
    const value = plain(spec.rows[merge.row]?.[merge.column] ?? { kind: 'empty' })
    for (let r = merge.row; r < merge.row + merge.rows; r += 1) {
      grid[r] ??= []
      for (let c = merge.column; c < merge.column + merge.columns; c += 1) grid[r]![c] = value
    }
  }
  const rows = Array.from(grid, (row) => {
    const cells = Array.from(row ?? [], (cell) => cell ?? null)
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop()
    return cells
  })
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop()
  return rows
}

// ---------------------------------------------------------------------------------------------

/** readWorkbook's failure, which must be a WorkbookReadError in Chinese; null when it read. */
async function refusal(name: string, data: Uint8Array): Promise<WorkbookReadError | null> {
  const outcome = await readWorkbook(name, data).then(
    () => null,
    (thrown: unknown) => thrown
  )
  if (outcome === null) return null
  expect(outcome).toBeInstanceOf(WorkbookReadError)
  expect((outcome as Error).message).toMatch(HAN)
  return outcome as WorkbookReadError
}

/** Read, or refused as unreadable or as holding no sheet: what a damaged .xlsx may give. */
async function readOrRefusedAsDamaged(name: string, data: Uint8Array) {
  const refused = await refusal(name, data)
  if (refused) expect([S.unreadable(name), S.noSheets(name)]).toContain(refused.message)
}

const xlsxNameArb = fc.oneof(
  fc.constantFrom('社会组织.xlsx', '名录.XLSX', 'a.xlsx'),
  fc.string({ unit: 'grapheme', maxLength: 12 }).map((stem) => `${stem}.xlsx`)
)

describe('reading a workbook built at random', () => {
  it('gives back every visible sheet as the grid it was built from', async () => {
    await fc.assert(
      fc.asyncProperty(sheetsArb, async (sheets) => {
        const data = await workbookBytes(sheets)
        const visible = sheets.filter((sheet) => sheet.state === 'visible')
        if (visible.length === 0) {
          const refused = await refusal('名录.xlsx', data)
          expect(refused?.message).toBe(S.noSheets('名录.xlsx'))
          return
        }
        const read = await readWorkbook('名录.xlsx', data)
        expect(read).toEqual(
          visible.map((sheet) => ({ name: sheet.name, grid: expectedGrid(sheet) }))
        )
      }),
      propertyRuns(ROUND_TRIP_RUNS)
    )
  }, 30_000)
})

/**
 * What the property above found (about one run in 300): exceljs's `cell.value` of a formula
 * leaves out a result that is falsy (its FormulaValue copies `result` only `if (value)`), so a
 * formula that computed 0 or FALSE — a 服务人次 or 金额 column of sums, say — reads as an empty
 * cell. `cell.result` (of the merge's master cell) still holds it.
 */
describe('reading a formula whose result is 0 or FALSE', () => {
  it('gives its result, not an empty cell', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('服务记录')
    sheet.addRow(['活动名称', '服务人次', '已结项'])
    sheet.addRow([
      '长者生日会',
      { formula: 'SUM(D2:E2)', result: 0 },
      { formula: 'D2>0', result: false }
    ] as ExcelJS.CellValue[])
    const data = new Uint8Array(await workbook.xlsx.writeBuffer())

    expect(await readWorkbook('服务记录.xlsx', data)).toEqual([
      {
        name: '服务记录',
        grid: [
          ['活动名称', '服务人次', '已结项'],
          ['长者生日会', 0, false]
        ]
      }
    ])
  })
})

describe('reading a huge sheet', () => {
  it('reads a header row 16,384 columns wide, the most Excel has', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('组织')
    sheet.getCell('A1').value = '组织名称'
    sheet.getCell('XFD1').value = '最后一列'
    sheet.getCell('A2').value = '鼓楼区第1服务中心'
    const [read] = await readWorkbook(
      '组织.xlsx',
      new Uint8Array(await workbook.xlsx.writeBuffer())
    )
    expect(read!.grid[0]).toHaveLength(16_384)
    expect(read!.grid[0]!.at(-1)).toBe('最后一列')
    expect(read!.grid[1]).toEqual(['鼓楼区第1服务中心'])
  })

  it('reads header cells of 2,000 columns of long text', async () => {
    const headers = Array.from({ length: 2000 }, (_, index) => `第${index + 1}列`.padEnd(300, '社'))
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('组织').addRow(headers)
    const [read] = await readWorkbook(
      '组织.xlsx',
      new Uint8Array(await workbook.xlsx.writeBuffer())
    )
    expect(read!.grid).toEqual([headers])
  })
})

describe('reading what is not a good workbook', () => {
  const ZIP = [0x50, 0x4b, 0x03, 0x04]
  const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

  it('refuses random bytes under any name, saying which kind of file it is not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          xlsxNameArb,
          fc.constantFrom('名录.xls', '名录.csv', '名录', '名录.xlsx.bak', '.xlsx')
        ),
        fc.constantFrom<readonly number[]>([], ZIP, OLE),
        fc.uint8Array({ maxLength: 300 }),
        async (name, magic, rest) => {
          const data = new Uint8Array([...magic, ...rest])
          const refused = await refusal(name, data)
          const isOle = OLE.slice(0, 4).every((byte, index) => data[index] === byte)
          const isZip = ZIP.every((byte, index) => data[index] === byte)
          if (isOle) expect(refused?.message).toBe(S.legacyXls(name))
          else if (!isZip || !/\.xlsx$/i.test(name)) expect(refused?.message).toBe(S.notXlsx(name))
          else expect(refused?.message).toBe(S.unreadable(name))
        }
      ),
      propertyRuns(GARBAGE_RUNS)
    )
  }, 30_000)

  it('reads a workbook cut short or with bytes flipped, or refuses it as damaged', async () => {
    await fc.assert(
      fc.asyncProperty(
        sheetsArb,
        fc.oneof(
          fc.record({ cut: fc.nat() }),
          fc.record({
            flips: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
              minLength: 1,
              maxLength: 6
            })
          })
        ),
        async (sheets, damage) => {
          const data = await workbookBytes(sheets)
          let damaged: Uint8Array
          if ('cut' in damage) {
            damaged = data.slice(0, 4 + (damage.cut % (data.length - 4)))
          } else {
            damaged = data.slice()
            // The first four bytes stay: a file that is not a ZIP is refused before exceljs.
            for (const flip of damage.flips) damaged[4 + (flip.at % (data.length - 4))] = flip.byte
          }
          await readOrRefusedAsDamaged('名录.xlsx', damaged)
        }
      ),
      propertyRuns(DAMAGED_RUNS)
    )
  }, 30_000)

  type PartChange =
    | { op: 'drop'; part: number }
    | { op: 'cut'; part: number; at: number }
    | { op: 'replace'; part: number; text: string }
    | { op: 'bytes'; part: number; bytes: Uint8Array }
    | { op: 'add'; name: string; text: string }

  const partChangeArb: fc.Arbitrary<PartChange> = fc.oneof(
    fc.record({ op: fc.constant('drop' as const), part: fc.nat() }),
    fc.record({ op: fc.constant('cut' as const), part: fc.nat(), at: fc.nat() }),
    fc.record({
      op: fc.constant('replace' as const),
      part: fc.nat(),
      text: fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.constantFrom(
          '',
          '<?xml version="1.0"?>',
          '<worksheet/>',
          '<workbook><sheets><sheet name="甲" sheetId="1" r:id="rId9"/></sheets></workbook>',
          '<sheetData><row r="0"><c r="A0" t="s"><v>99</v></c></row></sheetData>',
          '<sst count="1"><si><t>社区</t></si>',
          '<c r="XFD1048577"><v>1</v></c>',
          '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><x>&a;&a;&a;</x>'
        )
      )
    }),
    fc.record({
      op: fc.constant('bytes' as const),
      part: fc.nat(),
      bytes: fc.uint8Array({ maxLength: 60 })
    }),
    fc.record({
      op: fc.constant('add' as const),
      name: fc.constantFrom('xl/worksheets/sheet9.xml', 'docProps/extra.xml', '名录/说明.txt'),
      text: fc.string({ maxLength: 40 })
    })
  )

  function changed(entries: readonly ZipEntry[], change: PartChange): ZipEntry[] {
    const copy = entries.map((entry) => ({ ...entry }))
    if (change.op === 'add')
      return [...copy, { name: change.name, data: encoder.encode(change.text) }]
    if (copy.length === 0) return copy
    const index = change.part % copy.length
    const entry = copy[index]!
    switch (change.op) {
      case 'drop':
        copy.splice(index, 1)
        break
      case 'cut':
        entry.data = entry.data.slice(0, change.at % (entry.data.length + 1))
        break
      case 'replace':
        entry.data = encoder.encode(change.text)
        break
      case 'bytes':
        entry.data = change.bytes
        break
    }
    return copy
  }

  it('reads an archive whose parts are missing, cut short or replaced, or refuses it', async () => {
    await fc.assert(
      fc.asyncProperty(
        sheetsArb,
        fc.array(partChangeArb, { minLength: 1, maxLength: 3 }),
        async (sheets, changes) => {
          const entries = unzipStored(await workbookBytes(sheets, 'STORE'))
          const archive = zipArchive(changes.reduce(changed, entries))
          await readOrRefusedAsDamaged('名录.xlsx', archive)
        }
      ),
      propertyRuns(ARCHIVE_RUNS)
    )
  }, 30_000)

  it('refuses a ZIP archive that is not a workbook at all', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            name: fc.oneof(
              fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }),
              fc.constantFrom('word/document.xml', '[Content_Types].xml', 'mimetype', '说明.txt')
            ),
            text: fc.string({ maxLength: 60 })
          }),
          // An archive without entries does not start like one: refused before exceljs (above).
          { minLength: 1, maxLength: 5 }
        ),
        async (parts) => {
          const archive = zipArchive(
            parts.map((part) => ({ name: part.name, data: encoder.encode(part.text) }))
          )
          const refused = await refusal('名录.xlsx', archive)
          expect(refused).not.toBeNull()
          expect([S.unreadable('名录.xlsx'), S.noSheets('名录.xlsx')]).toContain(refused!.message)
        }
      ),
      propertyRuns(ARCHIVE_RUNS)
    )
  }, 30_000)

  it('takes its archive helper apart and back together losslessly', async () => {
    const data = await workbookBytes(
      [
        {
          name: '社区',
          state: 'visible',
          rows: [[{ kind: 'text', text: '社区名称' }], [{ kind: 'number', value: 1200 }]],
          merge: null
        }
      ],
      'STORE'
    )
    const entries = unzipStored(data)
    expect(entries.map((entry) => entry.name)).toContain('xl/workbook.xml')
    expect(await readWorkbook('社区.xlsx', zipArchive(entries))).toEqual([
      { name: '社区', grid: [['社区名称'], [1200]] }
    ])
  })
})
