/** The fonts the app bundles, read straight from node_modules as the build takes them. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadReportFonts, type ReportFonts } from '@shared/pdf/report-fonts'

const FONT_DIR = join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-sc')

export function fontFile(weight: '300Light' | '400Regular' | '700Bold'): Uint8Array {
  return new Uint8Array(readFileSync(join(FONT_DIR, weight, `NotoSansSC_${weight}.ttf`)))
}

let cached: ReportFonts | undefined

/** Noto Sans SC Regular and Bold, read once per test file. */
export function bundledFonts(): ReportFonts {
  cached ??= loadReportFonts({ regular: fontFile('400Regular'), bold: fontFile('700Bold') })
  return cached
}

/**
 * A copy of `bytes` (a TrueType font with a format-12 cmap) whose first single-character mapping
 * above `codePoint` is moved to it: a stand-in for a system font with Extension B, which this
 * machine does not have. The glyph keeps its old outline; only the
 * character it answers for changes, which is all the report engine's plumbing looks at.
 */
export function withCharacterMovedTo(bytes: Uint8Array, codePoint: number): Uint8Array {
  const copy = bytes.slice()
  const view = new DataView(copy.buffer)
  const tables = view.getUint16(4)
  let cmap = -1
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16
    if (String.fromCharCode(...copy.subarray(record, record + 4)) === 'cmap') {
      cmap = view.getUint32(record + 8)
    }
  }
  const subtables = view.getUint16(cmap + 2)
  for (let i = 0; i < subtables; i++) {
    const at = cmap + view.getUint32(cmap + 4 + i * 8 + 4)
    if (view.getUint16(at) !== 12) continue
    const groups = view.getUint32(at + 12)
    for (let g = 0; g < groups; g++) {
      const group = at + 16 + g * 12
      const start = view.getUint32(group)
      const end = view.getUint32(group + 4)
      if (start <= codePoint || start !== end) continue
      // Groups stay in order: the one before must end below the new character.
      const previousEnd = g > 0 ? view.getUint32(group - 12 + 4) : 0
      if (previousEnd >= codePoint) throw new Error(`U+${codePoint.toString(16)} is already mapped`)
      view.setUint32(group, codePoint)
      view.setUint32(group + 4, codePoint)
      return copy
    }
  }
  throw new Error(`no single-character mapping above U+${codePoint.toString(16)} to move`)
}
