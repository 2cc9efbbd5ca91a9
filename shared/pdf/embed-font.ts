/**
 * How our TrueType fonts are written into the PDF.
 *
 * jsPDF's own Identity-H writer (jspdf `identityHFunction`) has two gaps we cannot live with: its
 * ToUnicode map holds only 4-digit code units, so a rare name drawn through a supplementary-plane
 * glyph would copy out of the PDF as a private-use character; and it names the font without the
 * `ABCDEF+` subset tag, so viewers and `pdffonts` cannot tell the font is a subset. This writer does
 * the same job for the fonts the report engine registers (marked with `EMBED_MARK`) and leaves
 * every other font to jsPDF. It is installed once, to run before jsPDF's on the `putFont` event.
 */
import { jsPDF } from 'jspdf'

/** Set on a jsPDF font object whose glyphs this writer embeds. */
export const EMBED_MARK = 'sheLianEmbed'

/** What the report engine records on a marked font while drawing. */
export interface EmbedInfo {
  /** PostScript-style name written after the subset tag, e.g. `NotoSansSC-Bold`. */
  baseName: string
  /** Private-use code unit → the supplementary-plane code point it stands for. */
  astral: Map<number, number>
}

interface TtfMetadata {
  glyIdsUsed: number[]
  toUnicode: Record<number, number>
  Unicode: { widths: Array<number | number[]> }
  subset: { encode(glyphs: number[], ids: number): number[] | Uint8Array }
  bbox: number[]
  flags: number
  stemV: number
  italicAngle: number
  ascender: number
  decender: number
  capHeight: number
}

interface PutFontArgs {
  font: {
    encoding: string
    metadata: TtfMetadata
    objectNumber?: number
    isAlreadyPutted?: boolean
    [EMBED_MARK]?: EmbedInfo
  }
  out(line: string): void
  newObject(): number
  putStream(options: { data: string; addLength1?: boolean; objectId?: number }): void
}

/**
 * Six capital letters from the glyphs used: the same subset gets the same tag, a different one
 * almost always another (ISO 32000-1 §9.6.4 only asks that tags differ within a file).
 */
export function subsetTag(glyphs: readonly number[]): string {
  let hash = 2166136261
  for (const glyph of glyphs) {
    hash ^= glyph
    hash = Math.imul(hash, 16777619) >>> 0
  }
  let tag = ''
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26))
    hash = Math.floor(hash / 26) + (i + 1) * 7919
  }
  return tag
}

/** `<0020>` for a BMP code point, `<D840DC00>` (UTF-16 surrogate pair) for the others. */
export function utf16Hex(codePoint: number): string {
  const units = String.fromCodePoint(codePoint)
  let hex = ''
  for (let i = 0; i < units.length; i++) {
    hex += units.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase()
  }
  return `<${hex}>`
}

/** The ToUnicode CMap: glyph id → the text it stands for, so the PDF can be searched and copied. */
export function toUnicodeCMap(glyphToCodePoint: ReadonlyMap<number, number>): string {
  const entries = [...glyphToCodePoint].sort((a, b) => a[0] - b[0])
  const chunks: string[] = []
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100)
    const lines = chunk.map(
      ([glyph, code]) => `<${glyph.toString(16).padStart(4, '0')}>${utf16Hex(code)}`
    )
    chunks.push(`${chunk.length} beginbfchar\n${lines.join('\n')}\nendbfchar`)
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000><ffff>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end'
  ].join('\n')
}

/** `[0 [500] 3 [1000]]`: numbers and nested arrays in PDF syntax. */
function pdfArray(value: unknown): string {
  return Array.isArray(value) ? `[${value.map(pdfArray).join(' ')}]` : String(value)
}

function putMarkedFont(args: PutFontArgs): void {
  const { font, out, newObject, putStream } = args
  const info = font[EMBED_MARK]
  if (!info || font.isAlreadyPutted) return
  const metadata = font.metadata
  const used = [...new Set(metadata.glyIdsUsed)].sort((a, b) => a - b)
  const name = `${subsetTag(used)}+${info.baseName}`

  const bytes = metadata.subset.encode(metadata.glyIdsUsed, 1)
  let binary = ''
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i])
  const fontFile = newObject()
  putStream({ data: binary, addLength1: true, objectId: fontFile })
  out('endobj')

  const glyphToCode = new Map<number, number>()
  for (const [glyph, unit] of Object.entries(metadata.toUnicode)) {
    glyphToCode.set(Number(glyph), info.astral.get(unit) ?? unit)
  }
  const cmap = newObject()
  putStream({ data: toUnicodeCMap(glyphToCode), addLength1: true, objectId: cmap })
  out('endobj')

  const descriptor = newObject()
  out('<<')
  out('/Type /FontDescriptor')
  out(`/FontName /${name}`)
  out(`/FontFile2 ${fontFile} 0 R`)
  out(`/FontBBox ${pdfArray(metadata.bbox)}`)
  out(`/Flags ${metadata.flags}`)
  out(`/StemV ${metadata.stemV}`)
  out(`/ItalicAngle ${metadata.italicAngle}`)
  out(`/Ascent ${metadata.ascender}`)
  out(`/Descent ${metadata.decender}`)
  out(`/CapHeight ${metadata.capHeight}`)
  out('>>')
  out('endobj')

  const descendant = newObject()
  out('<<')
  out('/Type /Font')
  out('/Subtype /CIDFontType2')
  out(`/BaseFont /${name}`)
  out(`/FontDescriptor ${descriptor} 0 R`)
  out(`/W ${pdfArray(metadata.Unicode.widths)}`)
  out('/CIDToGIDMap /Identity')
  out('/DW 1000')
  out('/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>')
  out('>>')
  out('endobj')

  font.objectNumber = newObject()
  out('<<')
  out('/Type /Font')
  out('/Subtype /Type0')
  out(`/BaseFont /${name}`)
  out('/Encoding /Identity-H')
  out(`/DescendantFonts [${descendant} 0 R]`)
  out(`/ToUnicode ${cmap} 0 R`)
  out('>>')
  out('endobj')
  font.isAlreadyPutted = true
  // jsPDF's own writer runs next on this event and only looks at fonts still called Identity-H.
  font.encoding = 'SheLian-Identity-H'
}

type ApiEvents = Array<[string, (args: PutFontArgs) => void]>

let installed = false

/**
 * Puts our writer ahead of jsPDF's for every document created afterwards. Idempotent. jsPDF
 * subscribes a new document to `API.events` from the last entry to the first, and publishes in
 * subscription order, so the entry pushed last runs first.
 */
export function installFontWriter(): void {
  if (installed) return
  const events = (jsPDF.API as unknown as { events: ApiEvents }).events
  events.push(['putFont', putMarkedFont])
  installed = true
}
