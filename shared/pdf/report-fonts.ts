/**
 * The fonts a report is drawn with, and which of them draws each character.
 *
 * Noto Sans SC Regular and Bold come with the app; a fallback font the user chose in 设置 is
 * used for exactly the characters Noto lacks. A character no font has is never handed to jsPDF
 * (it would silently cut the rest of the line): the export flow lists it first, and if the user
 * goes on anyway it is drawn as `□`.
 */
import { readGlyphMap, type GlyphMap } from './font-cmap'

/** The raw font files, as read from the app's assets (renderer) or node_modules (tests). */
export interface ReportFontFiles {
  regular: Uint8Array
  bold: Uint8Array
  /** A TrueType font chosen in 设置 for characters Noto Sans SC lacks. */
  fallback?: { name: string; bytes: Uint8Array }
}

/**
 * Font files with their character maps read once, so every report of a session shares them. The
 * files are also kept as the binary strings jsPDF's virtual file system takes.
 */
export interface ReportFonts {
  files: ReportFontFiles
  regular: GlyphMap
  bold: GlyphMap
  fallback: GlyphMap | null
  binary: { regular: string; bold: string; fallback: string | null }
}

/**
 * One character per byte. `apply` on small chunks joined at the end: spreading 32 KB chunks into
 * a growing string took 600 ms for one 10 MB font, this takes 80 ms.
 */
export function binaryString(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += 4096) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 4096) as unknown as number[]))
  }
  return parts.join('')
}

export function loadReportFonts(files: ReportFontFiles): ReportFonts {
  return {
    files,
    regular: readGlyphMap(files.regular),
    bold: readGlyphMap(files.bold),
    fallback: files.fallback ? readGlyphMap(files.fallback.bytes) : null,
    binary: {
      regular: binaryString(files.regular),
      bold: binaryString(files.bold),
      fallback: files.fallback ? binaryString(files.fallback.bytes) : null
    }
  }
}

/** Drawn in place of a character no font has, so the gap is visible on paper. */
export const MISSING_GLYPH_MARK = '□'

export type FontRole = 'main' | 'fallback' | 'missing'

/** Which font draws `codePoint` in the given weight. Line breaks and tabs count as present. */
export function fontRoleFor(fonts: ReportFonts, codePoint: number, bold: boolean): FontRole {
  if (codePoint === 0x0a || codePoint === 0x09) return 'main'
  if ((bold ? fonts.bold : fonts.regular).has(codePoint)) return 'main'
  if (fonts.fallback?.has(codePoint)) return 'fallback'
  return 'missing'
}
