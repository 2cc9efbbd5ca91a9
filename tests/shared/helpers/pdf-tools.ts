/**
 * Reading generated PDFs the way a user's tools would: poppler's pdftotext, pdffonts and pdfinfo,
 * and qpdf (Debian packages that `.ci/run` installs). Used by unit and e2e tests alike.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Runs a tool on the bytes saved to a file of their own, removed afterwards (1,100 a run). */
function withFile<T>(bytes: Uint8Array, run: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'shelian-pdf-'))
  try {
    const path = join(dir, 'report.pdf')
    writeFileSync(path, bytes)
    return run(path)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The text of the PDF, or of one page, as pdftotext extracts it. */
export function pdfText(bytes: Uint8Array, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  return withFile(bytes, (path) =>
    execFileSync('pdftotext', [...range, '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
  )
}

export interface PdfFont {
  name: string
  type: string
  embedded: boolean
  subset: boolean
  unicode: boolean
}

/** The fonts pdffonts lists (every font any page uses). */
export function pdfFonts(bytes: Uint8Array): PdfFont[] {
  const out = withFile(bytes, (path) => execFileSync('pdffonts', [path], { encoding: 'utf8' }))
  return (
    out
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      // Fixed columns: name, type, encoding, then emb / sub / uni at 72, 76 and 80.
      .map((line) => ({
        name: line.slice(0, 36).trim(),
        type: line.slice(37, 54).trim(),
        embedded: line.slice(72, 75) === 'yes',
        subset: line.slice(76, 79) === 'yes',
        unicode: line.slice(80, 83) === 'yes'
      }))
  )
}

/** Pages and document properties as pdfinfo prints them. */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withFile(bytes, (path) => execFileSync('pdfinfo', [path], { encoding: 'utf8' }))
  return Object.fromEntries(
    out
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [
        line.slice(0, line.indexOf(':')).trim(),
        line.slice(line.indexOf(':') + 1).trim()
      ])
  )
}

/** Throws with qpdf's findings when the file's structure is broken. */
export function qpdfCheck(bytes: Uint8Array): string {
  return withFile(bytes, (path) => execFileSync('qpdf', ['--check', path], { encoding: 'utf8' }))
}
