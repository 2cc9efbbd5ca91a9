/**
 * The fallback font for reports (设置 → 报告字体): a TrueType file the user points us at, used
 * for exactly the characters Noto Sans SC lacks.
 *
 * The file lives in the Origin Private File System, not in IndexedDB: it is usually a system
 * font, not the office's data, it may run to tens of megabytes that would bloat every backup, and
 * it is not ours to copy into backup files. Only its name, size and character count go into the
 * settings table (key `reportFont`), so the 设置 page can show them without reading the file.
 */
import { useMemo } from 'react'
import { checkRecord, RecordValidationError } from '@shared/domain/check'
import { fallbackFontInfoSchema, type FallbackFontInfo } from '@shared/domain/report-settings'
import { readGlyphMap } from '@shared/pdf/font-cmap'
import type { SettingsRepository } from '@renderer/db/repositories/settings-repository'
import { useSettingsRepository } from '@renderer/db/use-settings'

export interface FallbackFont {
  name: string
  bytes: Uint8Array
}

/** Where the font file is kept: the Origin Private File System, or a fake in tests. */
export interface FontFileStorage {
  /** The stored file, or null when there is none. */
  read(): Promise<Uint8Array | null>
  /** Whether a file is stored, without reading it (a font can be 40 MB). */
  exists(): Promise<boolean>
  /** Replaces the stored file. */
  write(bytes: Uint8Array): Promise<void>
  /** Removes the stored file; nothing happens when there is none. */
  remove(): Promise<void>
}

export const FALLBACK_FONT_FILE_NAME = 'report-fallback-font.ttf'

export const FONT_STORAGE_UNAVAILABLE = '此环境不支持保存字体文件'

function opfsAvailable(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function'
}

async function fileHandle(): Promise<FileSystemFileHandle | null> {
  const root = await navigator.storage.getDirectory()
  try {
    return await root.getFileHandle(FALLBACK_FONT_FILE_NAME)
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotFoundError') return null
    throw error
  }
}

/**
 * The Origin Private File System of the app's origin. Where it is missing (an old browser, a
 * page not served over a secure origin) nothing can have been stored, so reading finds no file
 * and removing has nothing to do; only writing has to refuse.
 */
export const opfsFontStorage: FontFileStorage = {
  async read() {
    if (!opfsAvailable()) return null
    const handle = await fileHandle()
    return handle ? new Uint8Array(await (await handle.getFile()).arrayBuffer()) : null
  },
  async exists() {
    return opfsAvailable() && (await fileHandle()) !== null
  },
  async write(bytes) {
    if (!opfsAvailable()) throw new Error(FONT_STORAGE_UNAVAILABLE)
    const root = await navigator.storage.getDirectory()
    const handle = await root.getFileHandle(FALLBACK_FONT_FILE_NAME, { create: true })
    // A writable stream writes to a temporary file that replaces the old one only on close, so
    // a failed write leaves the previous font whole.
    const writable = await handle.createWritable()
    try {
      // The bytes come from an opened file, never from shared memory.
      await writable.write(bytes as Uint8Array<ArrayBuffer>)
      await writable.close()
    } catch (error) {
      await writable.abort()
      throw error
    }
  },
  async remove() {
    if (!opfsAvailable()) return
    const root = await navigator.storage.getDirectory()
    try {
      await root.removeEntry(FALLBACK_FONT_FILE_NAME)
    } catch (error) {
      if (error instanceof DOMException && error.name === 'NotFoundError') return
      throw error
    }
  }
}

export interface FallbackFontStore {
  /** The chosen font, or null when none is chosen or its file is no longer there. */
  readFallbackFont(): Promise<FallbackFont | null>
  /** Whether the font file is still there: a restore on another PC brings only the name. */
  hasFallbackFontFile(): Promise<boolean>
  /**
   * Checks the file with the report engine's own reader first: a file it cannot use throws
   * FontFileError with a Chinese message, and nothing is written. Resolves with what is stored.
   */
  saveFallbackFont(name: string, bytes: Uint8Array): Promise<FallbackFontInfo>
  /** Forgets the chosen font and deletes its file. */
  removeFallbackFont(): Promise<void>
}

export function createFallbackFontStore(
  settings: Pick<SettingsRepository, 'getReportFont' | 'saveReportFont'>,
  files: FontFileStorage = opfsFontStorage
): FallbackFontStore {
  return {
    async readFallbackFont() {
      const { fallback } = await settings.getReportFont()
      if (!fallback) return null
      const bytes = await files.read()
      return bytes ? { name: fallback.name, bytes } : null
    },

    async hasFallbackFontFile() {
      return files.exists()
    },

    async saveFallbackFont(name, bytes) {
      const characterCount = readGlyphMap(bytes).size
      // The settings row is checked before the file is written, so a refused row (a name too
      // long) cannot leave the new file under the old font's name.
      const checked = checkRecord(
        fallbackFontInfoSchema,
        { name, byteSize: bytes.byteLength, characterCount },
        (value) => ({ value, issues: [] })
      )
      if (!checked.ok) throw new RecordValidationError(checked.issues)
      await files.write(bytes)
      try {
        await settings.saveReportFont({ fallback: checked.value })
      } catch (error) {
        // The old row would now describe the new file; without the file the report lists the
        // characters it lacks instead of drawing them from a font nobody chose.
        await files.remove()
        throw error
      }
      return checked.value
    },

    async removeFallbackFont() {
      // The row first: if deleting the file then fails, the leftover file is never read.
      await settings.saveReportFont({ fallback: null })
      await files.remove()
    }
  }
}

/** The store over the open database, keeping the file in `files` (OPFS unless a test says). */
export function useFallbackFontStore(files: FontFileStorage = opfsFontStorage): FallbackFontStore {
  const settings = useSettingsRepository()
  return useMemo(() => createFallbackFontStore(settings, files), [settings, files])
}
