/**
 * Names of exported workbooks and of their sheets. Windows refuses `\ / : * ? " < > |` in file
 * names, and Excel refuses `\ / ? * [ ] :` and more than 31 characters in a sheet name.
 */
import type { IsoDate } from '../domain/dates'

const FILE_NAME_FORBIDDEN = /[\\/:*?"<>|]+/g
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]+/g
const SHEET_NAME_MAX = 31

/** Used when a page has no name to give its export. */
export const DEFAULT_EXPORT_NAME = '导出'

/** `社会组织列表`, `2026-11-22` → `社会组织列表-2026-11-22.xlsx`. */
export function exportFileName(pageName: string, date: IsoDate): string {
  const name = pageName.replace(FILE_NAME_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim()
  return `${name || DEFAULT_EXPORT_NAME}-${date}.xlsx`
}

/** A name Excel accepts for a sheet: forbidden characters dropped, cut to 31 characters. */
export function sheetName(name: string): string {
  const clean = [
    ...name
      .replace(SHEET_NAME_FORBIDDEN, '')
      .replace(/^'+|'+$/g, '')
      .trim()
  ]
  return clean.slice(0, SHEET_NAME_MAX).join('') || '工作表1'
}
