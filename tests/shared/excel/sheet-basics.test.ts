import { describe, expect, it } from 'vitest'
import { columnLetters, excelDateSerial, isoDateOfSerial } from '@shared/excel/sheet-basics'

describe('columnLetters', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA']
  ])('column %i is %s', (index, letters) => expect(columnLetters(index)).toBe(letters))
})

describe('excelDateSerial', () => {
  it.each([
    ['1900-03-01', 61],
    ['1970-01-01', 25569],
    ['2026-11-22', 46348],
    ['2024-02-29', 45351]
  ])('%s is day %i of Excel', (date, serial) => {
    expect(excelDateSerial(date)).toBe(serial)
    expect(isoDateOfSerial(serial)).toBe(date)
  })

  it('refuses what is not a calendar date', () => {
    expect(() => excelDateSerial('2026-02-30')).toThrow(/不是有效的日期/)
  })
})
