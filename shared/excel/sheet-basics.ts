/**
 * How Excel counts columns and days, shared by the import (reading what offices typed) and the
 * export (writing what they will read): one definition, so a date written out reads back as
 * itself and a column named in an import message is the one the template put there.
 */
import { addDays, daysBetween, type IsoDate } from '../domain/dates'

/** `0` → `A`, `25` → `Z`, `26` → `AA`: the letters Excel shows for a 0-based column. */
export function columnLetters(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  }
  return letters
}

/** Day 0 of Excel's 1900 date system as it counts today (past its fictitious 1900-02-29). */
const EXCEL_EPOCH: IsoDate = '1899-12-30'

/** The first serial that is a real date: 60 is the 29 February 1900 Excel wrongly counts. */
export const FIRST_REAL_SERIAL = 61

/**
 * The Excel serial of a calendar date (`2026-11-22` → 46348). Exact for every date from
 * 1900-03-01 on, the only ones an office records.
 */
export function excelDateSerial(date: IsoDate): number {
  return daysBetween(EXCEL_EPOCH, date)
}

/** The calendar date of an Excel serial (the time of day dropped); the inverse of the above. */
export function isoDateOfSerial(serial: number): IsoDate {
  return addDays(EXCEL_EPOCH, Math.floor(serial))
}
