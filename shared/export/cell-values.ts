/**
 * How a value of the app becomes an Excel cell. Exports write what the user reads as what Excel
 * can compute with: amounts as numbers of 元 with two decimals, dates as real Excel dates (day
 * serials with a date format, so they sort, filter and subtract), counts as numbers, everything
 * else as text. Text stays text even when it looks like a number, so 区划代码 and 证书编号 keep
 * their leading zeros.
 */
import { isIsoDate, todayInChina, type IsoDate } from '../domain/dates'
import { formatYuan, parseAmountToFen } from '../domain/money'
import { excelDateSerial, isoDateOfSerial } from '../excel/sheet-basics'

/**
 * What a column holds, and so how it is written:
 * - `text`: as shown;
 * - `number`: a number (counts, scores, years); numeric text such as `1,234` is read as one;
 * - `yuan`: an amount in 元 formatted `#,##0.00`. A number is taken as 分, the way every amount
 *   is stored; text is read as the 元 the screen shows (`1,234.50`);
 * - `date`: an Excel date formatted `yyyy-mm-dd`, from `YYYY-MM-DD` or an ISO instant (taken as
 *   its calendar date in China).
 *
 * A value that does not fit its type (a `—`, a range such as `2026-01-01 至 2026-12-31`) is
 * written as the text it is, rather than dropped.
 */
export const EXPORT_TYPES = ['text', 'number', 'yuan', 'date'] as const
export type ExportType = (typeof EXPORT_TYPES)[number]

/** A value as the app has it: what a grid column or a ledger row gives. */
export type RawValue = string | number | null | undefined

/** A computed cell: the formula, and the value it gives for readers that do not recalculate. */
export interface FormulaValue {
  formula: string
  result: number
}

/** A cell as the workbook writer takes it: text, a number (dates as serials), or empty. */
export type ExcelValue = string | number | FormulaValue | null

/** Excel number format of each type. `General` keeps years (2026) and scores (87.5) as typed. */
export const NUMBER_FORMATS: Readonly<Record<ExportType, string>> = {
  text: '@',
  number: 'General',
  yuan: '#,##0.00',
  date: 'yyyy-mm-dd'
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/

const FULL_WIDTH_DIGITS = /[\uff10-\uff19\uff0e\uff0c\uff0d]/g

/** `1,234`, `１２３４`, ` 87.5 ` → the number; anything else → null. */
export function parseNumberText(text: string): number | null {
  const plain = text
    .replace(FULL_WIDTH_DIGITS, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s,]/g, '')
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(plain)) return null
  return Number(plain)
}

function isEmpty(raw: RawValue): raw is null | undefined | '' {
  return raw === null || raw === undefined || raw === ''
}

/** The calendar date a date column's text stands for, or null when it is not one. */
function dateOf(text: string): IsoDate | null {
  if (isIsoDate(text)) return text
  if (ISO_INSTANT.test(text)) {
    const instant = new Date(text)
    if (!Number.isNaN(instant.getTime())) return todayInChina(instant)
  }
  return null
}

/** The cell that `raw` becomes in a column of `type`; empty values become empty cells. */
export function excelValue(type: ExportType, raw: RawValue): string | number | null {
  if (isEmpty(raw)) return null
  switch (type) {
    case 'text':
      return String(raw)
    case 'number': {
      if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null
      return parseNumberText(raw) ?? raw
    }
    case 'yuan': {
      if (typeof raw === 'number') return Number.isFinite(raw) ? fenToYuan(raw) : null
      const parsed = parseAmountToFen(raw)
      return parsed.ok ? fenToYuan(parsed.fen) : raw
    }
    case 'date': {
      if (typeof raw === 'number') return raw
      const date = dateOf(raw.trim())
      return date === null ? raw : excelDateSerial(date)
    }
  }
}

/** 分 → 元 as Excel stores it (a double; the format shows the two decimals). */
export function fenToYuan(fen: number): number {
  return fen / 100
}

/**
 * The text Excel shows for a written cell, for sizing columns: amounts grouped with two
 * decimals, dates as `yyyy-mm-dd`, formulas by their result.
 */
export function shownText(type: ExportType, value: ExcelValue): string {
  if (value === null) return ''
  if (typeof value === 'object') return shownText(type, value.result)
  if (typeof value === 'string') return value
  if (type === 'yuan') return formatYuan(Math.round(value * 100))
  if (type === 'date') return isoDateOfSerial(value)
  return String(value)
}
