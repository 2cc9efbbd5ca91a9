import { describe, expect, it } from 'vitest'
import {
  excelValue,
  fenToYuan,
  parseNumberText,
  shownText,
  type ExportType,
  type RawValue
} from '@shared/export/cell-values'

describe('parseNumberText', () => {
  it.each([
    ['1,234', 1234],
    [' 87.5 ', 87.5],
    ['１２３４', 1234],
    ['-3', -3],
    ['.5', 0.5]
  ])('%j → %d', (text, number) => expect(parseNumberText(text)).toBe(number))

  it.each(['', '—', '12 人', '1.2.3', '2026-01-01'])('%j is not a number', (text) => {
    expect(parseNumberText(text)).toBeNull()
  })
})

describe('excelValue', () => {
  const cases: [ExportType, RawValue, string | number | null][] = [
    // Empty values are empty cells, whatever the type.
    ['text', null, null],
    ['number', undefined, null],
    ['yuan', '', null],
    ['date', null, null],
    // Text stays text, numeric-looking included (leading zeros of codes survive).
    ['text', '0591-83123456', '0591-83123456'],
    ['text', '350102001001', '350102001001'],
    ['text', 12, '12'],
    ['text', '138****8000', '138****8000'],
    // Numbers.
    ['number', 42, 42],
    ['number', '1,234', 1234],
    ['number', 'n/a', 'n/a'],
    ['number', Number.NaN, null],
    // Amounts: numbers are 分, text is the 元 the screen shows.
    ['yuan', 123456, 1234.56],
    ['yuan', 0, 0],
    ['yuan', '1,234.50', 1234.5],
    ['yuan', '15万元', 150000],
    ['yuan', '—', '—'],
    // Dates: ISO dates and instants (their date in China) become serials.
    ['date', '2026-11-22', 46348],
    ['date', '2026-11-21T16:30:00.000Z', 46348],
    ['date', '2026-01-01 至 2026-12-31', '2026-01-01 至 2026-12-31'],
    ['date', '2026-02-30', '2026-02-30'],
    ['date', 46348, 46348]
  ]
  it.each(cases)('%s %j → %j', (type, raw, expected) => {
    expect(excelValue(type, raw)).toEqual(expected)
  })
})

describe('shownText', () => {
  it('shows cells as their formats do', () => {
    expect(shownText('yuan', fenToYuan(123456789))).toBe('1,234,567.89')
    expect(shownText('date', 46348)).toBe('2026-11-22')
    expect(shownText('number', 87.5)).toBe('87.5')
    expect(shownText('text', '鼓楼区')).toBe('鼓楼区')
    expect(shownText('yuan', null)).toBe('')
    expect(shownText('yuan', { formula: 'SUM(A2:A3)', result: 10 })).toBe('10.00')
  })
})
