/**
 * The kinds of file the app reads and writes, with the dialog filters and size limits that go
 * with them. Declared once so the Electron dialogs and the browser twin offer the same choices.
 */

export const FILE_KIND_NAMES = ['pdf', 'xlsx', 'backup', 'font'] as const

export type FileKind = (typeof FILE_KIND_NAMES)[number]

export interface FileKindSpec {
  /** Label shown in the dialog's type filter. */
  label: string
  /** Extensions without the dot; the first is the default on save. */
  extensions: readonly string[]
  /** MIME type used for browser downloads and `accept`. */
  mime: string
  /** Largest file the app will read of this kind, in bytes. */
  maxOpenBytes: number
}

const MiB = 1024 * 1024

export const FILE_KINDS: Readonly<Record<FileKind, FileKindSpec>> = {
  pdf: { label: 'PDF 文档', extensions: ['pdf'], mime: 'application/pdf', maxOpenBytes: 50 * MiB },
  xlsx: {
    label: 'Excel 工作簿',
    extensions: ['xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    maxOpenBytes: 50 * MiB
  },
  backup: {
    label: '社联台备份',
    extensions: ['json'],
    mime: 'application/json',
    maxOpenBytes: 1024 * MiB
  },
  // The fallback font for reports (设置 → 报告字体): jsPDF embeds only TrueType outlines, and a
  // CJK font with Extension B (HanaMinB, 宋体-方正超大字符集) runs to 20–40 MB.
  font: { label: 'TrueType 字体', extensions: ['ttf'], mime: 'font/ttf', maxOpenBytes: 64 * MiB }
}

/** Largest payload the renderer may hand to a save or backup call. */
export const MAX_WRITE_BYTES = 1024 * MiB

/** Bounds for the backup rotation setting. */
export const BACKUP_KEEP_MIN = 1
export const BACKUP_KEEP_MAX = 100
export const BACKUP_KEEP_DEFAULT = 10

/** True when `fileName` ends with one of the kind's extensions (case-insensitive). */
export function hasKindExtension(kind: FileKind, fileName: string): boolean {
  const lower = fileName.toLowerCase()
  return FILE_KINDS[kind].extensions.some((ext) => lower.endsWith(`.${ext}`))
}

/** `name` with the kind's default extension added when it has none of the kind's extensions. */
export function withKindExtension(kind: FileKind, name: string): string {
  return hasKindExtension(kind, name) ? name : `${name}.${FILE_KINDS[kind].extensions[0]}`
}
