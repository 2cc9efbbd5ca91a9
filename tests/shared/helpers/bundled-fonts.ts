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
