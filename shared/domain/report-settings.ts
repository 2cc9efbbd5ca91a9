/**
 * 报告字体 on the 设置 page: which fallback font draws the characters Noto Sans SC lacks. Only
 * what describes the file is stored here; the file itself is kept outside the database (see
 * renderer/src/features/reports/fallback-font-store.ts), so a backup names the font the user
 * chose but never carries a copy of it.
 */
import { z } from 'zod'
import { FILE_KINDS } from '../ipc/file-kinds'
import { charCount } from './validation'

/** Longest font name accepted; the name is the file name, and few systems allow over 255. */
export const FALLBACK_FONT_NAME_MAX = 255

/** The chosen fallback font, as shown on the 设置 page. */
export interface FallbackFontInfo {
  /** The file name the user chose, e.g. `HanaMinB.ttf`. */
  name: string
  /** Size of the file in bytes. */
  byteSize: number
  /** How many characters the font maps to a glyph. */
  characterCount: number
}

export interface ReportFontSettings {
  /** Null until a fallback font is chosen, and again after it is removed. */
  fallback: FallbackFontInfo | null
}

export const DEFAULT_REPORT_FONT_SETTINGS: Readonly<ReportFontSettings> = { fallback: null }

export const fallbackFontInfoSchema = z.strictObject({
  name: z
    .string({ error: '字体名称须为文字' })
    .trim()
    .min(1, '字体名称不能为空')
    .refine((value) => charCount(value) <= FALLBACK_FONT_NAME_MAX, {
      message: `字体名称不能超过 ${FALLBACK_FONT_NAME_MAX} 个字`
    }),
  byteSize: z
    .number({ error: '字体文件大小须为数字' })
    .int('字体文件大小须为整数')
    .min(1, '字体文件不能为空')
    .max(FILE_KINDS.font.maxOpenBytes, '字体文件过大'),
  characterCount: z
    .number({ error: '字符数须为数字' })
    .int('字符数须为整数')
    .min(1, '字体没有收录任何字符')
})

export const reportFontSettingsSchema = z.strictObject({
  fallback: fallbackFontInfoSchema.nullable()
})

/**
 * Reads what is stored. A broken entry (a hand-edited backup) counts as no font chosen: the
 * report then lists the characters it cannot draw instead of trusting a name it cannot check.
 */
export function parseStoredReportFontSettings(stored: unknown): ReportFontSettings {
  const result = reportFontSettingsSchema.safeParse(stored)
  return result.success ? result.data : { ...DEFAULT_REPORT_FONT_SETTINGS }
}
