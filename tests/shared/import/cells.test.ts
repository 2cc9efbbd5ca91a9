import { describe, expect, it } from 'vitest'
import {
  cleanText,
  isBlankCell,
  readAmount,
  readBoolean,
  readCount,
  readDate,
  readEnum,
  readList,
  readNumber,
  readText,
  toHalfWidth
} from '@shared/import/cells'

const value = <T>(result: { ok: true; value: T } | { ok: false; message: string }) => {
  if (!result.ok) throw new Error(`expected a value, got: ${result.message}`)
  return result.value
}
const message = (result: { ok: boolean; message?: string }) => {
  if (result.ok) throw new Error('expected a refusal')
  return result.message!
}

/** exceljs hands date cells over as UTC midnight of the cell's date. */
const dateCell = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

describe('text', () => {
  it.each([
    ['  鼓楼区  晨光 ', '鼓楼区晨光'],
    ['ＡＢＣ１２３', 'ABC123'],
    ['鼓楼区\u3000温泉街道', '鼓楼区温泉街道'],
    ['鼓楼区\u00a0温泉街道', '鼓楼区温泉街道'],
    ['ABC  社工  服务中心', 'ABC 社工服务中心'],
    ['杨桥路\n18 号', '杨桥路 18 号'],
    ['\ufeff军门社区\u200b', '军门社区'],
    ['福州（鼓楼）', '福州（鼓楼）']
  ])('cleans %j to %j', (input, expected) => {
    expect(value(readText(input))).toBe(expected)
  })

  it('keeps Chinese brackets and punctuation, converting only digits, letters and spaces', () => {
    expect(toHalfWidth('（ＡＢ）：１，')).toBe('（AB）：1，')
    expect(cleanText('  a  b ')).toBe('a b')
  })

  it.each([
    [null, null],
    [undefined, null],
    ['', null],
    ['   \u3000', null],
    [13912345678, '13912345678'],
    [1.5, '1.5'],
    [true, '是'],
    [false, '否'],
    [dateCell('2026-03-05'), '2026-03-05']
  ])('reads %j as %j', (input, expected) => {
    expect(value(readText(input))).toBe(expected)
  })

  it('refuses an 18-digit code Excel stored as a number, saying the digits are lost', () => {
    expect(message(readText(110105194912310020))).toMatch(/丢掉了末几位.*文本/)
  })

  it('names a failed formula and refuses what it cannot read', () => {
    expect(message(readText({ error: '#N/A' }))).toContain('#N/A')
    expect(message(readText({ something: 1 }))).toBe('无法识别的单元格内容')
  })

  it('counts spaces-only cells as blank', () => {
    expect(isBlankCell(' \u00a0 ')).toBe(true)
    expect(isBlankCell(0)).toBe(false)
  })
})

describe('dates', () => {
  it.each([
    ['2026-03-05', '2026-03-05'],
    ['2026-3-5', '2026-03-05'],
    ['2026/3/5', '2026-03-05'],
    ['2026.3.5', '2026-03-05'],
    ['2026年3月5日', '2026-03-05'],
    ['2026 年 3 月 5 日', '2026-03-05'],
    ['２０２６年３月５日', '2026-03-05'],
    ['2026-03-05 14:30:00', '2026-03-05'],
    ['2026-03-05T00:00:00.000Z', '2026-03-05'],
    ['20260305', '2026-03-05'],
    [20260305, '2026-03-05'],
    [46086, '2026-03-05'],
    [46086.75, '2026-03-05'],
    [dateCell('2026-03-05'), '2026-03-05'],
    [new Date('2026-03-05T14:30:00.000Z'), '2026-03-05'],
    ['', null],
    [null, null]
  ])('reads %j as %j', (input, expected) => {
    expect(value(readDate(input))).toBe(expected)
  })

  it.each([
    ['2026-02-30', '日期不存在：2026年2月30日'],
    ['2025年2月29日', '日期不存在：2025年2月29日'],
    ['2026-13-01', '日期不存在：2026年13月1日'],
    [20260230, '日期不存在：2026年2月30日'],
    ['1899-12-31', '年份不在 1900–2100 年之间'],
    ['26/3/5', '无法识别的日期“26/3/5”'],
    ['2026年3月', '缺少日'],
    ['下个月', '无法识别的日期“下个月”'],
    [0, '不是有效的日期'],
    [-5, '不是有效的日期'],
    [30, '不是有效的日期'],
    [3000000, '年份不在'],
    [new Date(Number.NaN), '不是有效的日期'],
    [true, '无法识别的单元格内容']
  ])('refuses %j', (input, expected) => {
    expect(message(readDate(input))).toContain(expected)
  })
})

describe('amounts', () => {
  it.each([
    ['1,200.50', 120_050],
    ['1200元', 120_000],
    ['1200 元', 120_000],
    ['12万元', 12_000_000],
    ['12.5万', 12_500_000],
    ['１２００．５', 120_050],
    ['￥800', 80_000],
    [1200.5, 120_050],
    [0.1 + 0.2, 30],
    [0, 0],
    ['', null],
    [null, null]
  ])('reads %j as %j 分', (input, expected) => {
    expect(value(readAmount(input))).toBe(expected)
  })

  it.each([
    ['-5', '金额不能为负数'],
    [-5, '金额不能为负数'],
    ['12.345', '金额最多保留两位小数'],
    [12.345, '金额最多保留两位小数'],
    ['十二万', '无法识别的金额'],
    [Number.POSITIVE_INFINITY, '金额不是有效数字'],
    [{ error: '#DIV/0!' }, '#DIV/0!']
  ])('refuses %j', (input, expected) => {
    expect(message(readAmount(input))).toContain(expected)
  })
})

describe('counts', () => {
  it.each([
    [3200, 3200],
    ['3200', 3200],
    ['3,200', 3200],
    ['３２００', 3200],
    ['3200户', 3200],
    ['12 个网格', 12],
    ['8.0', 8],
    ['', null]
  ])('reads %j as %j', (input, expected) => {
    expect(value(readCount(input))).toBe(expected)
  })

  it.each([
    [-1, '不能为负数'],
    ['-1', '不能为负数'],
    [2.5, '须为整数，而不是 2.5'],
    ['2.5', '须为整数，而不是 2.5'],
    ['约三千', '“约三千”不是数字'],
    ['3200 户左右', '不是数字']
  ])('refuses %j', (input, expected) => {
    expect(message(readCount(input))).toContain(expected)
  })
})

describe('numbers', () => {
  it.each([
    [865, 865],
    ['865.5', 865.5],
    ['865 分', 865],
    ['1,000', 1000],
    ['', null]
  ])('reads %j as %j', (input, expected) => {
    expect(value(readNumber(input))).toBe(expected)
  })

  it('refuses text that is not a number', () => {
    expect(message(readNumber('八百'))).toBe('“八百”不是数字')
  })
})

describe('enumerations', () => {
  const spec = {
    options: ['社会团体', '社会服务机构', '4A'] as const,
    synonyms: { 民非: '社会服务机构', AAAA: '4A' } as const
  }

  it.each([
    ['社会服务机构', '社会服务机构'],
    [' 社会 服务机构 ', '社会服务机构'],
    ['民非', '社会服务机构'],
    ['4a', '4A'],
    ['４Ａ', '4A'],
    ['aaaa', '4A'],
    ['', null]
  ])('reads %j as %j', (input, expected) => {
    expect(value(readEnum(input, spec))).toBe(expected)
  })

  it('refuses another value, listing the choices', () => {
    expect(message(readEnum('基金', spec))).toBe(
      '“基金”不是可选的值，应为：社会团体、社会服务机构、4A'
    )
  })
})

describe('booleans', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['√', true],
    ['×', false],
    ['y', true],
    ['No', false],
    ['TRUE', true],
    [true, true],
    [0, false],
    [1, true],
    ['有', true],
    ['无', false],
    ['', null]
  ])('reads %j as %j', (input, expected) => {
    expect(value(readBoolean(input))).toBe(expected)
  })

  it('refuses anything else', () => {
    expect(message(readBoolean('也许'))).toBe('“也许”应填“是”或“否”')
    expect(message(readBoolean(2))).toBe('“2”应填“是”或“否”')
  })
})

describe('lists', () => {
  it.each([
    ['军门社区、南街社区', ['军门社区', '南街社区']],
    ['军门社区，南街社区;黉门街社区', ['军门社区', '南街社区', '黉门街社区']],
    ['军门社区\n 南街社区 、', ['军门社区', '南街社区']],
    ['', []],
    [null, []],
    [12, ['12']]
  ])('reads %j as %j', (input, expected) => {
    expect(value(readList(input))).toEqual(expected)
  })
})
