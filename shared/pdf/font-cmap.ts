/**
 * Which characters a TrueType font has, read from its `cmap` table.
 *
 * jsPDF reads only the BMP subtables (formats 0 and 4), and a character its font lacks does worse
 * than draw a box: its text encoder stops at glyph 0 and drops the rest of the string. So the
 * report engine asks this map, not jsPDF, before drawing anything: characters the fonts lack are
 * listed to the user, and supplementary-plane characters (CJK Extension B and beyond, common in
 * rare names) are drawn from the format-12 subtable jsPDF cannot read (see render-fonts.ts).
 */

/** Code point → glyph id, for every character the font maps to a real glyph. */
export type GlyphMap = ReadonlyMap<number, number>

/** What is wrong with a font file the user chose, in words for the 设置 page. */
export class FontFileError extends Error {}

function tableOffset(view: DataView, tag: string): number | null {
  const tables = view.getUint16(4)
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16
    const name = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3)
    )
    if (name === tag) return view.getUint32(record + 8)
  }
  return null
}

function readFormat4(view: DataView, at: number, map: Map<number, number>): void {
  const segments = view.getUint16(at + 6) / 2
  const ends = at + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2)
    const start = view.getUint16(starts + s * 2)
    const delta = view.getInt16(deltas + s * 2)
    const rangeOffsetAt = rangeOffsets + s * 2
    const rangeOffset = view.getUint16(rangeOffsetAt)
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number
      if (rangeOffset === 0) {
        glyph = (code + delta) & 0xffff
      } else {
        const glyphAt = rangeOffsetAt + rangeOffset + (code - start) * 2
        const raw = view.getUint16(glyphAt)
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff
      }
      if (glyph !== 0) map.set(code, glyph)
    }
  }
}

function readFormat12(view: DataView, at: number, map: Map<number, number>): void {
  const groups = view.getUint32(at + 12)
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12
    const start = view.getUint32(group)
    const end = view.getUint32(group + 4)
    const firstGlyph = view.getUint32(group + 8)
    for (let code = start; code <= end; code++) map.set(code, firstGlyph + code - start)
  }
}

/**
 * Reads the Unicode mapping of a TrueType font (`.ttf`). Throws `FontFileError` with a Chinese
 * message for anything jsPDF could not embed: OpenType/CFF (`.otf`), collections (`.ttc`),
 * web fonts, or a font without a Unicode cmap.
 */
export function readGlyphMap(bytes: Uint8Array): GlyphMap {
  if (bytes.byteLength < 12) throw new FontFileError('文件太小，不是字体文件')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const signature = view.getUint32(0)
  if (signature === 0x74746366) {
    throw new FontFileError('这是字体集合（.ttc），请选择单个 TrueType 字体（.ttf）')
  }
  if (signature === 0x4f54544f) {
    throw new FontFileError(
      '这是 CFF 轮廓的 OpenType 字体（.otf），报告只能嵌入 TrueType 字体（.ttf）'
    )
  }
  if (signature !== 0x00010000 && signature !== 0x74727565) {
    throw new FontFileError('不是 TrueType 字体文件（.ttf）')
  }
  try {
    if (tableOffset(view, 'glyf') === null) {
      throw new FontFileError('字体没有 TrueType 轮廓（glyf 表），报告无法嵌入')
    }
    const cmap = tableOffset(view, 'cmap')
    if (cmap === null) throw new FontFileError('字体缺少字符映射表（cmap）')
    const subtables = view.getUint16(cmap + 2)
    let format4: number | null = null
    let format12: number | null = null
    for (let i = 0; i < subtables; i++) {
      const record = cmap + 4 + i * 8
      const platform = view.getUint16(record)
      const encoding = view.getUint16(record + 2)
      const at = cmap + view.getUint32(record + 4)
      const format = view.getUint16(at)
      const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))
      if (!unicode) continue
      if (format === 4 && format4 === null) format4 = at
      if (format === 12 && format12 === null) format12 = at
    }
    if (format4 === null && format12 === null) {
      throw new FontFileError('字体没有 Unicode 字符映射，无法用于中文报告')
    }
    const map = new Map<number, number>()
    if (format4 !== null) readFormat4(view, format4, map)
    if (format12 !== null) readFormat12(view, format12, map)
    return map
  } catch (error) {
    if (error instanceof FontFileError) throw error
    throw new FontFileError('字体文件已损坏，无法读取')
  }
}
