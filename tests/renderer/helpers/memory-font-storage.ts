/** Stands in for the Origin Private File System, which happy-dom does not have. */
import type { FontFileStorage } from '@renderer/features/reports/fallback-font-store'

export interface MemoryFontStorage extends FontFileStorage {
  /** The stored file, as the storage holds it. */
  stored(): Uint8Array | null
  /** How many times a file was written. */
  writes(): number
}

export function createMemoryFontStorage(initial: Uint8Array | null = null): MemoryFontStorage {
  let file = initial
  let writes = 0
  return {
    read: async () => (file ? new Uint8Array(file) : null),
    exists: async () => file !== null,
    write: async (bytes) => {
      writes += 1
      file = new Uint8Array(bytes)
    },
    remove: async () => {
      file = null
    },
    stored: () => file,
    writes: () => writes
  }
}

/** A real TrueType font: Noto Sans SC Light, 10.1 MB, mapping 30,890 characters. */
export const NOTO_LIGHT_PATH =
  'node_modules/@expo-google-fonts/noto-sans-sc/300Light/NotoSansSC_300Light.ttf'
export const NOTO_LIGHT_CHARACTERS = 30_890
