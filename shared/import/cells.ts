/**
 * Tolerant readers for the cells of an imported spreadsheet. Offices type the same fact many
 * ways — full-width digits from a Chinese input method, 2026/3/5 or 2026年3月5日, 12万元, stray
 * and non-breaking spaces — and Excel itself stores dates as serial numbers and long codes as
 * numbers. Each reader accepts what a person would read the same way and refuses the rest with
 * a Chinese reason; the caller adds the row and the column.
 *
 * A cell arrives as the workbook reader hands it over (renderer/src/features/import): text,
 * number, boolean, a `Date` whose UTC calendar date is the cell's date, null for an empty cell,
 * or `{ error: '#N/A' }` for a formula that failed. Every reader returns null for an empty cell;
 * whether a value is required is the record rule's to say.
 */
import { isIsoDate, type IsoDate } from '../domain/dates'
import { parseAmountToFen, type Fen } from '../domain/money'
import { excelDateSerial, FIRST_REAL_SERIAL, isoDateOfSerial } from '../excel/sheet-basics'

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string }

/** A formula cell whose result is an Excel error. */
export interface CellError {
  error: string
}

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value })
const fail = (message: string): CellResult<never> => ({ ok: false, message })

function isCellError(value: unknown): value is CellError {
  return (
    typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string'
  )
}

const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g
/** Spaces of every width, the non-breaking one pasted from web pages, and zero-width ones. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/g

/**
 * Full-width digits and Latin letters to ASCII and every kind of space to a plain one; Chinese
 * punctuation such as （） is left alone, because it is part of names.
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(FULL_WIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(ODD_SPACES, ' ')
}

/** What {@link cleanText} changes: a space or break of any kind, a full-width letter or digit. */
const NEEDS_CLEANING = /[\s\u200b\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/

/** A space between two Chinese characters: never meant in a name, common from copying. */
const SPACE_IN_CJK = /(?<=[\u3400-\u9fff\uf900-\ufaff]) (?=[\u3400-\u9fff\uf900-\ufaff])/g

/**
 * Half-width, runs of spaces and line breaks collapsed to one space and dropped between two
 * Chinese characters (军门 社区 → 军门社区), trimmed.
 */
export function cleanText(text: string): string {
  // Most cells need none of it, and a 15,000-row file has some 200,000 (bench figure 11).
  if (!NEEDS_CLEANING.test(text)) return text
  return toHalfWidth(text).replace(/\s+/g, ' ').replace(SPACE_IN_CJK, '').trim()
}

/** True for a cell with nothing in it (spaces only count as nothing). */
export function isBlankCell(value: unknown): boolean {
  if (value === null || value === undefined) return true
  return typeof value === 'string' && cleanText(value) === ''
}

/**
 * Excel keeps 15 significant digits of a number; an 18-digit ID number or USCC typed into a
 * number cell has already lost its last digits, and no reader can get them back.
 */
const LOST_DIGITS =
  '数字位数过多，Excel 已把它存成数值并丢掉了末几位（身份证号、信用代码常见），请把该列设为“文本”格式后重新填写'

function numberText(value: number): CellResult<string> {
  if (!Number.isFinite(value)) return fail('不是有效的数字')
  if (Math.abs(value) >= 1e15) return fail(LOST_DIGITS)
  return ok(String(value))
}

function unreadable(value: unknown): CellResult<never> {
  if (isCellError(value)) return fail(`单元格是出错的公式（${value.error}），请改为具体的值`)
  return fail('无法识别的单元格内容')
}

/** The calendar date a `Date` cell holds: the reader stores the cell's date as UTC midnight. */
function dateOfCell(value: Date): IsoDate | null {
  if (Number.isNaN(value.getTime())) return null
  return value.toISOString().slice(0, 10)
}

/** Text as it should be stored: cleaned; numbers as written; 是/否 for booleans. */
export function readText(value: unknown): CellResult<string | null> {
  if (isBlankCell(value)) return ok(null)
  if (typeof value === 'string') return ok(cleanText(value))
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'boolean') return ok(value ? '是' : '否')
  if (value instanceof Date) {
    const date = dateOfCell(value)
    return date ? ok(date) : fail('不是有效的日期')
  }
  return unreadable(value)
}

const EARLIEST_YEAR = 1900
const LATEST_YEAR = 2100

function dateFromParts(year: number, month: number, day: number, written: string) {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return fail(`日期“${written}”的年份不在 ${EARLIEST_YEAR}–${LATEST_YEAR} 年之间`)
  }
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  if (!isIsoDate(iso)) return fail(`日期不存在：${year}年${month}月${day}日`)
  return ok(iso)
}

/** The first serial past the latest year read; larger ones are no date a register holds. */
const AFTER_LATEST_SERIAL = excelDateSerial(`${LATEST_YEAR + 1}-01-01`)

function dateFromSerial(serial: number): CellResult<IsoDate> {
  if (serial < FIRST_REAL_SERIAL) return fail(`“${serial}”不是有效的日期`)
  if (serial >= AFTER_LATEST_SERIAL) {
    return fail(`日期“${serial}”的年份不在 ${EARLIEST_YEAR}–${LATEST_YEAR} 年之间`)
  }
  const [year, month, day] = isoDateOfSerial(serial).split('-').map(Number) as [
    number,
    number,
    number
  ]
  return dateFromParts(year, month, day, String(serial))
}

/** 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, each optionally followed by a time of day. */
const DATE_TEXT =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/

/**
 * A calendar date from text in the usual Chinese ways, a date cell, an Excel date serial, or
 * an eight-digit number such as 20260305. Impossible dates (2026-02-30) and two-digit years
 * (26/3/5, which could be any century) are refused.
 */
export function readDate(value: unknown): CellResult<IsoDate | null> {
  if (isBlankCell(value)) return ok(null)
  if (value instanceof Date) {
    const date = dateOfCell(value)
    if (!date) return fail('不是有效的日期')
    return dateFromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), date)
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return fail(`“${value}”不是有效的日期`)
    const compact = COMPACT_DATE.exec(String(value))
    if (compact) {
      return dateFromParts(
        Number(compact[1]),
        Number(compact[2]),
        Number(compact[3]),
        String(value)
      )
    }
    return dateFromSerial(value)
  }
  if (typeof value !== 'string') return unreadable(value)
  const text = cleanText(value)
  const match = DATE_TEXT.exec(text) ?? COMPACT_DATE.exec(text)
  if (match) return dateFromParts(Number(match[1]), Number(match[2]), Number(match[3]), text)
  if (/^\d{4}\s*[-/.年]\s*\d{1,2}\s*月?$/.test(text)) {
    return fail(`日期“${text}”缺少日，请写成 2026-03-05 或 2026年3月5日`)
  }
  return fail(`无法识别的日期“${text}”，请写成 2026-03-05 或 2026年3月5日`)
}

/**
 * An amount in 分 from `1,200.50`, `1200元`, `12万元`, `12.5万`, `￥800`, full-width digits,
 * or a number cell (in 元). The text rules are those of every amount input
 * (parseAmountToFen); a number cell may carry binary noise from a formula (0.1 + 0.2), which
 * is rounded away only when it is far below a 分.
 */
export function readAmount(value: unknown): CellResult<Fen | null> {
  if (isBlankCell(value)) return ok(null)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('金额不是有效数字')
    if (value < 0) return fail('金额不能为负数')
    const fen = Math.round(value * 100)
    // Noise of a few units in the last place of the product, which grows with the amount.
    const noise = Math.max(1e-6, fen * 4 * Number.EPSILON)
    if (Math.abs(value * 100 - fen) > noise) return fail('金额最多保留两位小数（到分）')
    if (!Number.isSafeInteger(fen)) return fail('金额过大')
    return ok(fen)
  }
  if (typeof value !== 'string') return unreadable(value)
  const parsed = parseAmountToFen(cleanText(value))
  return parsed.ok ? ok(parsed.fen) : fail(parsed.message)
}

/** 1,234 or 1234, with a unit after it as registers write one (3200户, 12 个网格). */
const COUNT_TEXT = /^(\d{1,3}(?:,\d{3})+|\d+)(\.0+)?\s*(?:户|人|名|个|家|次|人次|场|个网格)?$/

/** A whole number not below 0: households, residents, staff. */
export function readCount(value: unknown): CellResult<number | null> {
  if (isBlankCell(value)) return ok(null)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('不是有效的数字')
    if (value < 0) return fail('不能为负数')
    if (!Number.isInteger(value)) return fail(`须为整数，而不是 ${value}`)
    if (!Number.isSafeInteger(value)) return fail('数字过大')
    return ok(value)
  }
  if (typeof value !== 'string') return unreadable(value)
  const text = cleanText(value)
  if (/^-\s*\d/.test(text)) return fail('不能为负数')
  const match = COUNT_TEXT.exec(text)
  if (!match) {
    return /^\d+\.\d+/.test(text) ? fail(`须为整数，而不是 ${text}`) : fail(`“${text}”不是数字`)
  }
  const count = Number(match[1]!.replace(/,/g, ''))
  return Number.isSafeInteger(count) ? ok(count) : fail('数字过大')
}

/** A number that may have decimals (a score); refuses anything that is not one. */
export function readNumber(value: unknown): CellResult<number | null> {
  if (isBlankCell(value)) return ok(null)
  if (typeof value === 'number') {
    return Number.isFinite(value) ? ok(value) : fail('不是有效的数字')
  }
  if (typeof value !== 'string') return unreadable(value)
  const text = cleanText(value).replace(/\s*分$/, '')
  if (!/^-?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/.test(text)) return fail(`“${text}”不是数字`)
  const number = Number(text.replace(/,/g, ''))
  return Number.isFinite(number) ? ok(number) : fail('数字过大')
}

/** How an enumeration value is compared: half-width, no spaces, Latin letters upper-case. */
export function enumKey(text: string): string {
  return cleanText(text).replace(/\s+/g, '').toUpperCase()
}

/** An enumeration: its values, and other ways offices write them (synonym → value). */
export interface EnumSpec<T extends string> {
  options: readonly T[]
  synonyms?: Readonly<Record<string, T>>
}

/**
 * One of `spec.options`, written as the option itself or one of its synonyms (民非 for
 * 社会服务机构, AAAA for 4A), ignoring spaces, full-width letters and letter case.
 */
export function readEnum<T extends string>(
  value: unknown,
  spec: EnumSpec<T>
): CellResult<T | null> {
  const text = readText(value)
  if (!text.ok || text.value === null) return text as CellResult<null>
  const key = enumKey(text.value)
  const option = spec.options.find((candidate) => enumKey(candidate) === key)
  if (option) return ok(option)
  for (const [synonym, target] of Object.entries(spec.synonyms ?? {})) {
    if (enumKey(synonym) === key) return ok(target)
  }
  return fail(`“${text.value}”不是可选的值，应为：${spec.options.join('、')}`)
}

const TRUE_WORDS = ['是', '有', 'Y', 'YES', 'TRUE', '√', '✓', '✔', '1', '对']
const FALSE_WORDS = ['否', '无', '没有', 'N', 'NO', 'FALSE', '×', '✗', '✘', '0', '不是']

/** 是 / 否 and the ways a checkbox column is filled in (√ ×, Y N, 1 0, TRUE FALSE). */
export function readBoolean(value: unknown): CellResult<boolean | null> {
  if (isBlankCell(value)) return ok(null)
  if (typeof value === 'boolean') return ok(value)
  if (typeof value === 'number' && (value === 0 || value === 1)) return ok(value === 1)
  const text = readText(value)
  if (!text.ok || text.value === null) return text as CellResult<null>
  const key = enumKey(text.value)
  if (TRUE_WORDS.includes(key)) return ok(true)
  if (FALSE_WORDS.includes(key)) return ok(false)
  return fail(`“${text.value}”应填“是”或“否”`)
}

/** Items of a list cell, separated by 、，,；; or line breaks; empty items dropped. */
export function readList(value: unknown): CellResult<string[]> {
  if (typeof value === 'string') {
    return ok(
      toHalfWidth(value)
        .split(/[、,，;；\n\r]+/)
        .map((item) => cleanText(item))
        .filter((item) => item !== '')
    )
  }
  const text = readText(value)
  if (!text.ok) return text
  return ok(text.value === null ? [] : [text.value])
}
