import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FontFileError } from '@shared/pdf/font-cmap'
import {
  createSettingsRepository,
  REPORT_FONT_SETTINGS_KEY,
  type SettingsRepository
} from '@renderer/db/repositories/settings-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import {
  createFallbackFontStore,
  FALLBACK_FONT_FILE_NAME,
  opfsFontStorage
} from '@renderer/features/reports/fallback-font-store'
import { freshDatabase } from '../../helpers/render-app'
import {
  createMemoryFontStorage,
  NOTO_LIGHT_CHARACTERS,
  NOTO_LIGHT_PATH,
  type MemoryFontStorage
} from '../../helpers/memory-font-storage'

const font = new Uint8Array(readFileSync(NOTO_LIGHT_PATH))
// toEqual walks ten million bytes one by one; Buffer compares them in one call.
const sameBytes = (a: Uint8Array | null | undefined, b: Uint8Array) =>
  a != null && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b))
const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')

let db: ShelianDatabase
let settings: SettingsRepository
let files: MemoryFontStorage

beforeEach(() => {
  db = freshDatabase()
  settings = createSettingsRepository(db)
  files = createMemoryFontStorage()
})

describe('fallback font store', () => {
  it('has no font before one is chosen', async () => {
    const store = createFallbackFontStore(settings, files)
    await expect(store.readFallbackFont()).resolves.toBeNull()
    await expect(settings.getReportFont()).resolves.toEqual({ fallback: null })
  })

  it('refuses a file that is not a font with the Chinese reason, and writes nothing', async () => {
    const store = createFallbackFontStore(settings, files)
    const refusal = store.saveFallbackFont('评估报告.ttf', pdf)
    await expect(refusal).rejects.toBeInstanceOf(FontFileError)
    await expect(refusal).rejects.toThrow('不是 TrueType 字体文件（.ttf）')
    expect(files.writes()).toBe(0)
    await expect(db.settings.get(REPORT_FONT_SETTINGS_KEY)).resolves.toBeUndefined()
  })

  it('refuses a font collection, which reports cannot embed', async () => {
    const store = createFallbackFontStore(settings, files)
    const collection = new Uint8Array([0x74, 0x74, 0x63, 0x66, 0, 2, 0, 0, 0, 0, 0, 1])
    await expect(store.saveFallbackFont('simsun.ttf', collection)).rejects.toThrow(
      '这是字体集合（.ttc），请选择单个 TrueType 字体（.ttf）'
    )
    expect(files.stored()).toBeNull()
  })

  it('keeps the file in the file store and its description in the settings, audited', async () => {
    const store = createFallbackFontStore(settings, files)
    const info = await store.saveFallbackFont('NotoSansSC-Light.ttf', font)
    const expected = {
      name: 'NotoSansSC-Light.ttf',
      byteSize: font.byteLength,
      characterCount: NOTO_LIGHT_CHARACTERS
    }
    expect(info).toEqual(expected)
    expect(sameBytes(files.stored(), font)).toBe(true)
    await expect(db.settings.get(REPORT_FONT_SETTINGS_KEY)).resolves.toMatchObject({
      value: { fallback: expected }
    })
    // The database holds no font bytes, so backups stay small.
    expect(JSON.stringify(await db.settings.toArray()).length).toBeLessThan(1000)
    const audit = await db.auditLog.toArray()
    expect(audit).toMatchObject([
      {
        table: 'settings',
        recordId: REPORT_FONT_SETTINGS_KEY,
        action: 'update',
        changes: { fallback: [null, expected] }
      }
    ])
  })

  it('reads back what was saved', async () => {
    await createFallbackFontStore(settings, files).saveFallbackFont('HanaMinB.ttf', font)
    const again = createFallbackFontStore(createSettingsRepository(db), files)
    const read = await again.readFallbackFont()
    expect(read?.name).toBe('HanaMinB.ttf')
    expect(sameBytes(read?.bytes, font)).toBe(true)
  })

  it('reads nothing when the file is gone (a restore on another PC brings only the name)', async () => {
    const store = createFallbackFontStore(settings, files)
    await store.saveFallbackFont('HanaMinB.ttf', font)
    await files.remove()
    await expect(store.readFallbackFont()).resolves.toBeNull()
    await expect(store.hasFallbackFontFile()).resolves.toBe(false)
  })

  it('removes both the file and the settings entry', async () => {
    const store = createFallbackFontStore(settings, files)
    await store.saveFallbackFont('HanaMinB.ttf', font)
    await expect(store.hasFallbackFontFile()).resolves.toBe(true)
    await store.removeFallbackFont()
    expect(files.stored()).toBeNull()
    await expect(settings.getReportFont()).resolves.toEqual({ fallback: null })
    await expect(store.readFallbackFont()).resolves.toBeNull()
  })

  it('refuses a name the settings would refuse before writing the file', async () => {
    const store = createFallbackFontStore(settings, files)
    await expect(store.saveFallbackFont(`${'字'.repeat(256)}.ttf`, font)).rejects.toThrow(
      '字体名称不能超过 255 个字'
    )
    expect(files.writes()).toBe(0)
  })

  it('takes the new file away again when its settings entry cannot be stored', async () => {
    const failing = {
      getReportFont: settings.getReportFont,
      saveReportFont: async () => {
        throw new Error('磁盘已满')
      }
    }
    const store = createFallbackFontStore(failing, files)
    await expect(store.saveFallbackFont('HanaMinB.ttf', font)).rejects.toThrow('磁盘已满')
    expect(files.stored()).toBeNull()
  })
})

/** Just enough of the Origin Private File System for the default storage. */
function fakeOpfsRoot() {
  const entries = new Map<string, Uint8Array>()
  const notFound = () => new DOMException('not found', 'NotFoundError')
  const handle = (name: string) => ({
    getFile: async () => new Blob([entries.get(name)! as Uint8Array<ArrayBuffer>]),
    createWritable: async () => {
      let pending = new Uint8Array(0)
      return {
        write: async (bytes: Uint8Array) => {
          pending = new Uint8Array(bytes)
        },
        close: async () => {
          entries.set(name, pending)
        },
        abort: async () => undefined
      }
    }
  })
  return {
    entries,
    root: {
      getFileHandle: async (name: string, options?: { create?: boolean }) => {
        if (!entries.has(name)) {
          if (!options?.create) throw notFound()
          entries.set(name, new Uint8Array(0))
        }
        return handle(name)
      },
      removeEntry: async (name: string) => {
        if (!entries.delete(name)) throw notFound()
      }
    }
  }
}

describe('the Origin Private File System storage', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'storage')
  })

  it('says in Chinese that it cannot save where there is none, and finds nothing there', async () => {
    expect('storage' in navigator).toBe(false)
    await expect(opfsFontStorage.write(font)).rejects.toThrow('此环境不支持保存字体文件')
    await expect(opfsFontStorage.read()).resolves.toBeNull()
    await expect(opfsFontStorage.exists()).resolves.toBe(false)
    await expect(opfsFontStorage.remove()).resolves.toBeUndefined()
  })

  it('writes, reads and removes report-fallback-font.ttf', async () => {
    const opfs = fakeOpfsRoot()
    Object.defineProperty(navigator, 'storage', {
      value: { getDirectory: async () => opfs.root },
      configurable: true
    })
    await expect(opfsFontStorage.read()).resolves.toBeNull()
    await opfsFontStorage.write(font.subarray(0, 64))
    expect([...opfs.entries.keys()]).toEqual([FALLBACK_FONT_FILE_NAME])
    await expect(opfsFontStorage.exists()).resolves.toBe(true)
    await expect(opfsFontStorage.read()).resolves.toEqual(font.subarray(0, 64))
    await opfsFontStorage.remove()
    await expect(opfsFontStorage.exists()).resolves.toBe(false)
    await expect(opfsFontStorage.remove()).resolves.toBeUndefined()
  })
})
