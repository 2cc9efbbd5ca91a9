import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, formatChineseDate, isIsoDate } from '@shared/domain/dates'
import { formatWanYuan, formatYuan, isFen, roundDiv } from '@shared/domain/money'
import { excelDateSerial } from '@shared/excel/sheet-basics'
import {
  cleanText,
  enumKey,
  isBlankCell,
  readAmount,
  readBoolean,
  readCount,
  readDate,
  readEnum,
  readList,
  readNumber,
  readText,
  toHalfWidth,
  type CellResult
} from '@shared/import/cells'
import { propertyRuns } from '../../helpers/property-runs'
import {
  decorated,
  fullWidth,
  junkCell,
  junkDate,
  junkNumber,
  junkText,
  ODD_SPACES
} from './arbitraries'

const CJK = /[\u3400-\u9fff]/

/** A refusal must say why, in Chinese. */
function expectReason(result: CellResult<unknown>) {
  if (!result.ok) {
    expect(typeof result.message).toBe('string')
    expect(result.message).toMatch(CJK)
  }
}

const valueOf = <T>(result: CellResult<T>): T => {
  if (!result.ok) throw new Error(`refused: ${result.message}`)
  return result.value
}

/** Every calendar date an office records (Excel's serials are exact from 1900-03-01 on). */
const isoDate = fc
  .integer({ min: 0, max: 73_350 })
  .map((days) => addDays('1900-03-01', days))
  .filter((date) => date <= '2100-12-31')

const SAMPLE_ENUM = {
  options: ['社会团体', '社会服务机构', '基金会', '4A', 'AAAA级'] as const,
  synonyms: { 民非: '社会服务机构', 社团: '社会团体' } as const
}

describe('every cell reader, fed any cell', () => {
  const readers = {
    readText,
    readDate,
    readAmount,
    readCount,
    readNumber,
    readBoolean,
    readList,
    readEnum: (cell: unknown) => readEnum(cell, SAMPLE_ENUM)
  }

  it('never throws, and gives a value or a Chinese reason', () => {
    fc.assert(
      fc.property(junkCell, (cell) => {
        for (const read of Object.values(readers)) expectReason(read(cell))
      }),
      propertyRuns(1000)
    )
  })

  it('gives values of the promised kind', () => {
    fc.assert(
      fc.property(junkCell, (cell) => {
        const text = readText(cell)
        if (text.ok && text.value !== null) {
          expect(text.value).toBe(cleanText(text.value))
          expect(text.value).not.toBe('')
        }
        const date = readDate(cell)
        if (date.ok && date.value !== null) {
          expect(isIsoDate(date.value)).toBe(true)
          expect(date.value >= '1900-01-01' && date.value <= '2100-12-31').toBe(true)
        }
        const amount = readAmount(cell)
        if (amount.ok && amount.value !== null) {
          expect(isFen(amount.value) && amount.value >= 0).toBe(true)
        }
        const count = readCount(cell)
        if (count.ok && count.value !== null) {
          expect(Number.isSafeInteger(count.value) && count.value >= 0).toBe(true)
        }
        const number = readNumber(cell)
        if (number.ok && number.value !== null) expect(Number.isFinite(number.value)).toBe(true)
        const list = readList(cell)
        if (list.ok) {
          for (const item of list.value) expect(item).toBe(cleanText(item))
          expect(list.value).not.toContain('')
        }
        const option = readEnum(cell, SAMPLE_ENUM)
        if (option.ok && option.value !== null) expect(SAMPLE_ENUM.options).toContain(option.value)
      }),
      propertyRuns(1000)
    )
  })

  it('reads blank cells as empty, whatever kind of space fills them', () => {
    const blank = fc.oneof(
      fc.constantFrom(null, undefined),
      fc.array(fc.constantFrom(...ODD_SPACES), { maxLength: 6 }).map((spaces) => spaces.join(''))
    )
    fc.assert(
      fc.property(blank, (cell) => {
        expect(isBlankCell(cell)).toBe(true)
        for (const read of Object.values(readers)) {
          const result: CellResult<unknown> = read(cell)
          expect(valueOf(result) ?? []).toEqual([])
        }
      }),
      propertyRuns(200)
    )
  })
})

describe('text', () => {
  it('is cleaned once and for all: cleaning again changes nothing', () => {
    fc.assert(
      fc.property(junkText, (text) => {
        const cleaned = cleanText(text)
        expect(cleanText(cleaned)).toBe(cleaned)
        expect(toHalfWidth(toHalfWidth(text))).toBe(toHalfWidth(text))
        expect(cleaned).toBe(cleaned.trim())
        expect(cleaned).not.toMatch(
          /\s{2}|[\u00a0\u3000\u200b\ufeff]|[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/
        )
      }),
      propertyRuns(1000)
    )
  })

  it('reads full-width digits and letters and padded spaces as the plain text', () => {
    const plain = fc.stringMatching(
      /^[0-9A-Za-z\u4e00-\u9fa5]([0-9A-Za-z\u4e00-\u9fa5 ]{0,20}[0-9A-Za-z\u4e00-\u9fa5])?$/
    )
    fc.assert(
      fc.property(
        plain
          .filter((text) => cleanText(text) === text)
          .chain((text) => fc.tuple(fc.constant(text), decorated(text))),
        ([text, cell]) => {
          expect(valueOf(readText(cell))).toBe(text)
        }
      ),
      propertyRuns(500)
    )
  })
})

describe('dates', () => {
  /** The ways offices write one date; each must read as that date. */
  function writings(date: string): unknown[] {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number]
    const compact = date.replaceAll('-', '')
    return [
      date,
      `${year}/${month}/${day}`,
      `${year}.${month}.${day}`,
      `${year}年${month}月${day}日`,
      formatChineseDate(date),
      `${year} 年 ${month} 月 ${day} 日`,
      `${date} 08:30`,
      `${date}T08:30:15`,
      fullWidth(`${year}/${month}/${day}`),
      `\u3000${date}\u00a0`,
      compact,
      Number(compact),
      excelDateSerial(date),
      excelDateSerial(date) + 0.75,
      new Date(`${date}T00:00:00.000Z`)
    ]
  }

  it('reads a date back from every way it is written, a written serial included', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        for (const cell of writings(date))
          expect([cell, valueOf(readDate(cell))]).toEqual([cell, date])
      }),
      propertyRuns(500)
    )
  })

  it('refuses a day its month does not have, naming it', () => {
    const impossible = fc
      .record({
        year: fc.integer({ min: 1900, max: 2100 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 29, max: 31 })
      })
      .filter(
        ({ year, month, day }) => !isIsoDate(`${year}-${String(month).padStart(2, '0')}-${day}`)
      )
    fc.assert(
      fc.property(impossible, ({ year, month, day }) => {
        const result = readDate(`${year}-${month}-${day}`)
        expect(result).toEqual({ ok: false, message: `日期不存在：${year}年${month}月${day}日` })
      }),
      propertyRuns(300)
    )
  })

  it('never throws on a number cell, however large', () => {
    fc.assert(
      fc.property(junkNumber, (cell) => {
        expectReason(readDate(cell))
      }),
      propertyRuns(1000)
    )
  })

  it('gives only real dates in 1900–2100 from a date cell, as from text and serials', () => {
    fc.assert(
      fc.property(junkDate, (cell) => {
        const result = readDate(cell)
        expectReason(result)
        if (result.ok && result.value !== null) {
          expect(isIsoDate(result.value)).toBe(true)
          expect(result.value >= '1900-01-01' && result.value <= '2100-12-31').toBe(true)
        }
      }),
      propertyRuns(500)
    )
  })
})

describe('amounts', () => {
  const fen = fc.integer({ min: 0, max: 10 ** 13 })

  it('reads back every amount written in 元, with or without grouping, ¥, 元 or full-width digits', () => {
    const written = fen.chain((amount) =>
      fc.tuple(
        fc.constant(amount),
        fc
          .record({
            grouping: fc.boolean(),
            prefix: fc.constantFrom('', '¥', '￥', '人民币'),
            suffix: fc.constantFrom('', '元', ' 元'),
            wide: fc.boolean()
          })
          .map(({ grouping, prefix, suffix, wide }) => {
            const text = `${prefix}${formatYuan(amount, { grouping })}${suffix}`
            return wide
              ? fullWidth(text).replace(/[.,]/g, (ch) => (ch === '.' ? '．' : '，'))
              : text
          })
      )
    )
    fc.assert(
      fc.property(written, ([amount, cell]) => {
        expect(valueOf(readAmount(cell))).toBe(amount)
      }),
      propertyRuns(1000)
    )
  })

  it('reads an amount written in 万元 to the 分 it was rounded to', () => {
    fc.assert(
      fc.property(fen, fc.constantFrom('万', '万元'), (amount, unit) => {
        const cell = `${formatWanYuan(amount, 4)}${unit}`
        expect(valueOf(readAmount(cell))).toBe(roundDiv(amount, 100) * 100)
      }),
      propertyRuns(500)
    )
  })

  it('reads a number cell in 元 as its 分', () => {
    fc.assert(
      fc.property(fen, (amount) => {
        expect(readAmount(amount / 100)).toEqual({ ok: true, value: amount })
      }),
      propertyRuns(1000)
    )
  })

  it('refuses a fraction of a 分 and a negative amount, saying which', () => {
    fc.assert(
      fc.property(fen, fc.integer({ min: 1, max: 9 }), (amount, tenth) => {
        expect(readAmount(`${formatYuan(amount, { grouping: false })}${tenth}`)).toEqual({
          ok: false,
          message: '金额最多保留两位小数（到分）'
        })
        if (amount > 0) {
          expect(readAmount(-amount / 100)).toEqual({ ok: false, message: '金额不能为负数' })
          expect(readAmount(`-${formatYuan(amount)}`)).toEqual({
            ok: false,
            message: '金额不能为负数'
          })
        }
      }),
      propertyRuns(500)
    )
  })
})

describe('counts and numbers', () => {
  it('reads a count however it is written: number, grouped text, with a unit, full-width', () => {
    const count = fc.oneof(fc.nat({ max: 100_000 }), fc.maxSafeNat())
    fc.assert(
      fc.property(
        count,
        fc.constantFrom('', '户', '人', ' 个网格', '人次'),
        fc.boolean(),
        (n, unit, grouped) => {
          const digits = grouped ? n.toLocaleString('en-US') : String(n)
          for (const cell of [n, digits + unit, fullWidth(`${digits}${unit}`), `${digits}.00`]) {
            expect([cell, valueOf(readCount(cell))]).toEqual([cell, n])
          }
        }
      ),
      propertyRuns(500)
    )
  })

  it('refuses a count with a fraction or a minus, saying so', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.integer({ min: 1, max: 99 }), (n, hundredths) => {
        const decimal = `${n}.${String(hundredths).padStart(2, '0')}`
        expect(readCount(decimal)).toEqual({ ok: false, message: `须为整数，而不是 ${decimal}` })
        expect(readCount(Number(decimal))).toEqual({
          ok: false,
          message: `须为整数，而不是 ${Number(decimal)}`
        })
        expect(readCount(-n - 1)).toEqual({ ok: false, message: '不能为负数' })
        expect(readCount(`-${n + 1}`)).toEqual({ ok: false, message: '不能为负数' })
      }),
      propertyRuns(300)
    )
  })

  it('reads any finite number cell as itself, and decimal text as its number', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.nat({ max: 10 ** 9 }),
        fc.nat({ max: 9999 }),
        (number, whole, fraction) => {
          expect(readNumber(number)).toEqual({ ok: true, value: number })
          const text = `${whole.toLocaleString('en-US')}.${fraction}分`
          expect(valueOf(readNumber(text))).toBe(Number(`${whole}.${fraction}`))
        }
      ),
      propertyRuns(500)
    )
  })
})

describe('enumerations, booleans and lists', () => {
  /** Options that read differently from one another (enumKey compares them). */
  const options = fc
    .uniqueArray(
      fc.string({
        unit: fc.oneof(fc.constantFrom('a', 'B', '1', '-'), cjkLike()),
        minLength: 1,
        maxLength: 6
      }),
      {
        minLength: 1,
        maxLength: 8,
        selector: enumKey
      }
    )
    .filter((list) => list.every((option) => enumKey(option) !== ''))

  function cjkLike() {
    return fc.constantFrom('社', '会', '团', '体', '服', '务', '机', '构')
  }

  it('reads an option however it is spaced, widened or cased, and refuses anything else listing them', () => {
    fc.assert(
      fc.property(
        options.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc
              .nat({ max: list.length - 1 })
              .chain((index) => fc.tuple(fc.constant(index), decorated(list[index]!))),
            junkText
          )
        ),
        ([list, [index, cell], other]) => {
          const spec = { options: list }
          expect(valueOf(readEnum(cell, spec))).toBe(list[index])
          expect(valueOf(readEnum(cell.toLowerCase(), spec))).toBe(list[index])
          const read = readEnum(other, spec)
          if (read.ok) {
            if (read.value !== null) expect(list).toContain(read.value)
          } else {
            expect(read.message).toContain(`应为：${list.join('、')}`)
          }
        }
      ),
      propertyRuns(500)
    )
  })

  it('reads 是 / 否 in every way a checkbox column is filled', () => {
    const yes = ['是', '有', 'y', 'Yes', 'TRUE', '√', '✓', '✔', '1', '对', true, 1]
    const no = ['否', '无', '没有', 'n', 'No', 'false', '×', '✗', '✘', '0', '不是', false, 0]
    fc.assert(
      fc.property(
        fc.constantFrom(...yes, ...no),
        fc.constantFrom('', ' ', '\u3000'),
        (word, pad) => {
          const cell = typeof word === 'string' ? `${pad}${fullWidth(word)}${pad}` : word
          expect(valueOf(readBoolean(cell))).toBe(yes.includes(word))
        }
      ),
      propertyRuns(200)
    )
  })

  it('splits a list cell on every separator offices use, dropping empty items', () => {
    const item = fc
      .stringMatching(/^[0-9A-Za-z\u4e00-\u9fa5][0-9A-Za-z\u4e00-\u9fa5 ]{0,8}$/)
      .map(cleanText)
      .filter((text) => text !== '')
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 8 }),
        fc.array(fc.constantFrom('、', ',', '，', ';', '；', '\n', '\r\n', '、 、', ' , '), {
          minLength: 8,
          maxLength: 8
        }),
        (items, separators) => {
          const cell = items.map((text, index) => `${text}${separators[index]}`).join('')
          expect(valueOf(readList(cell))).toEqual(items)
        }
      ),
      propertyRuns(500)
    )
  })
})
