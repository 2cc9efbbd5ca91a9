import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  amountInWords,
  formatWanYuan,
  formatYuan,
  yuanText,
  parseAmountToFen,
  roundDiv,
  sumFen
} from '@shared/domain/money'

describe('amountInWords (PBOC examples, domain-cn.md §9.1)', () => {
  it.each([
    [140950, '人民币壹仟肆佰零玖元伍角'],
    [600714, '人民币陆仟零柒元壹角肆分'],
    [168032, '人民币壹仟陆佰捌拾元零叁角贰分'],
    [10700053, '人民币壹拾万柒仟元零伍角叁分'],
    [1640902, '人民币壹万陆仟肆佰零玖元零贰分'],
    [32504, '人民币叁佰贰拾伍元零肆分']
  ])('%i 分 → %s', (fen, words) => {
    expect(amountInWords(fen)).toBe(words)
  })

  it.each([
    [0, '零元整'],
    [1000, '壹拾元整'],
    [10001000000, '壹亿零壹万元整'],
    [100000100, '壹佰万零壹元整'],
    [30500000008, '叁亿零伍佰万元零捌分'],
    [50, '伍角'],
    [5, '伍分'],
    [1500000000, '壹仟伍佰万元整'],
    [20000000, '贰拾万元整'],
    [15000000, '壹拾伍万元整'],
    [100100, '壹仟零壹元整'],
    [1000000000000, '壹佰亿元整']
  ])('%i 分 → %s', (fen, words) => {
    expect(amountInWords(fen, { prefix: false })).toBe(words)
  })

  it('refuses negative and fractional 分', () => {
    expect(() => amountInWords(-1)).toThrow(RangeError)
    expect(() => amountInWords(1.5)).toThrow(RangeError)
  })

  it('uses only the official characters, never 一二三, 两, 毛 or 另', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999_999_999 }), (fen) => {
        const words = amountInWords(fen, { prefix: false })
        expect(words).toMatch(/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/)
        expect(words).not.toMatch(/零零|零元|零万|零亿/)
        expect(words.endsWith('整')).toBe(fen % 100 === 0)
      }),
      { numRuns: 2000 }
    )
  })
})

describe('formatting', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [123456, '1,234.56'],
    [-123456, '-1,234.56'],
    [15000000, '150,000.00']
  ])('formatYuan(%i) = %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text)
  })

  it.each([
    [15000000, 2, '15.00'],
    [15050000, 1, '15.1'],
    [14994999, 2, '14.99'],
    [14995000, 2, '15.00'],
    [123, 4, '0.0001'],
    [150, 4, '0.0002'],
    [12345678901, 2, '12,345.68'],
    [-14995000, 2, '-15.00']
  ] as const)('formatWanYuan(%i, %i) = %s', (fen, decimals, text) => {
    expect(formatWanYuan(fen, decimals)).toBe(text)
  })

  it('sums in 分 first so a total matches its lines', () => {
    const lines = [3333, 3333, 3334]
    expect(formatYuan(sumFen(lines))).toBe('100.00')
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError)
    expect(() => sumFen([1.5])).toThrow(RangeError)
  })
})

describe('parseAmountToFen', () => {
  it.each([
    ['1234.5', 123450],
    ['1,234.56', 123456],
    ['¥ 1234', 123400],
    ['1234.5元', 123450],
    ['15万', 15000000],
    ['15.5 万元', 15500000],
    ['０.３万', 300000],
    ['１２３４．５６', 123456],
    ['人民币200元', 20000],
    [88.8, 8880]
  ] as const)('%j → %i 分', (input, fen) => {
    expect(parseAmountToFen(input)).toEqual({ ok: true, fen })
  })

  it.each([
    ['', '不能为空'],
    ['-5', '负数'],
    ['1.234', '两位小数'],
    ['1.2345678万', '6 位小数'],
    ['1e5', '无法识别'],
    ['十五万', '无法识别'],
    ['12,34', '无法识别'],
    ['99999999999999999', '过大']
  ])('%j is refused with a message containing %j', (input, fragment) => {
    const result = parseAmountToFen(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain(fragment)
  })

  it('round-trips every amount it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), (fen) => {
        expect(parseAmountToFen(formatYuan(fen))).toEqual({ ok: true, fen })
        expect(parseAmountToFen(`${formatYuan(fen, { grouping: false })}元`)).toEqual({
          ok: true,
          fen
        })
      }),
      { numRuns: 2000 }
    )
  })

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseAmountToFen(text)
        if (result.ok) expect(Number.isSafeInteger(result.fen) && result.fen >= 0).toBe(true)
        else expect(result.message.length).toBeGreaterThan(0)
      }),
      { numRuns: 2000 }
    )
  })
})

describe('yuanText', () => {
  it('writes an amount for a sentence, in 元 with grouping', () => {
    expect(yuanText(200_000_000)).toBe('2,000,000.00 元')
    expect(yuanText(-150)).toBe('-1.50 元')
  })
})

describe('roundDiv', () => {
  it.each([
    [5, 2, 3],
    [-5, 2, -3],
    [4, 3, 1],
    [149, 100, 1],
    [150, 100, 2]
  ])('%i ÷ %i rounds half away from zero to %i', (value, divisor, expected) => {
    expect(roundDiv(value, divisor)).toBe(expected)
  })
})
