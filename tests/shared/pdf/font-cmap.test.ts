import { describe, expect, it } from 'vitest'
import { FontFileError, readGlyphMap } from '@shared/pdf/font-cmap'
import { fontFile } from '../helpers/bundled-fonts'

function withSignature(signature: number): Uint8Array {
  const bytes = new Uint8Array(64)
  new DataView(bytes.buffer).setUint32(0, signature)
  return bytes
}

describe('readGlyphMap', () => {
  it('reads the BMP and the supplementary-plane characters of Noto Sans SC', () => {
    const map = readGlyphMap(fontFile('400Regular'))
    expect(map.get('黉'.codePointAt(0)!)).toBeGreaterThan(0)
    expect(map.get('A'.codePointAt(0)!)).toBeGreaterThan(0)
    expect([...map.keys()].some((code) => code > 0xffff)).toBe(true)
    // Extension B's first character is not in Noto Sans SC.
    expect(map.has(0x20000)).toBe(false)
  })

  it.each([
    [withSignature(0x74746366), '这是字体集合（.ttc），请选择单个 TrueType 字体（.ttf）'],
    [
      withSignature(0x4f54544f),
      '这是 CFF 轮廓的 OpenType 字体（.otf），报告只能嵌入 TrueType 字体（.ttf）'
    ],
    [new TextEncoder().encode('%PDF-1.7 not a font at all'), '不是 TrueType 字体文件（.ttf）'],
    [new Uint8Array(4), '文件太小，不是字体文件'],
    [withSignature(0x00010000), '字体没有 TrueType 轮廓（glyf 表），报告无法嵌入']
  ])('refuses a file jsPDF could not embed, in words (%#)', (bytes, message) => {
    expect(() => readGlyphMap(bytes)).toThrow(new FontFileError(message))
  })

  it('calls a truncated font damaged rather than failing with a RangeError', () => {
    const truncated = fontFile('400Regular').slice(0, 400)
    expect(() => readGlyphMap(truncated)).toThrow(FontFileError)
  })
})
