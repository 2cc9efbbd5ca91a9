import { describe, expect, it } from 'vitest'
import { subsetTag, toUnicodeCMap, utf16Hex } from '@shared/pdf/embed-font'

describe('subset tags', () => {
  it('are six capital letters, the same for the same glyphs and different for others', () => {
    const tag = subsetTag([0, 3, 17, 2401])
    expect(tag).toMatch(/^[A-Z]{6}$/)
    expect(subsetTag([0, 3, 17, 2401])).toBe(tag)
    expect(subsetTag([0, 3, 17, 2402])).not.toBe(tag)
  })
})

describe('ToUnicode', () => {
  it.each([
    [0x20, '<0020>'],
    [0x9ec9, '<9EC9>'],
    // Supplementary-plane characters are written as their UTF-16 surrogate pair.
    [0x20000, '<D840DC00>'],
    [0x2a6d6, '<D869DED6>']
  ])('U+%s is %s', (code, hex) => {
    expect(utf16Hex(code)).toBe(hex)
  })

  it('maps each glyph to its character, in chunks of at most 100 entries', () => {
    const map = new Map(
      Array.from({ length: 150 }, (_, i) => [i + 1, 0x4e00 + i] as [number, number])
    )
    const cmap = toUnicodeCMap(map)
    expect(cmap).toContain('100 beginbfchar')
    expect(cmap).toContain('50 beginbfchar')
    expect(cmap).toContain('<0001><4E00>')
    expect(cmap).toContain('<0096><4E95>')
  })
})
