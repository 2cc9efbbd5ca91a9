/**
 * exceljs, loaded on first use: about 1 MB that only Excel import and export need, kept out of
 * the start-up bundle. One loader for both, so the chunk is fetched once.
 */
import type ExcelJS from 'exceljs'

let loading: Promise<typeof ExcelJS> | null = null

export function loadExcel(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then(
    // The browser bundle's CommonJS module arrives as `default`; Node (the tests) may not wrap it.
    (module) => (module as unknown as { default?: typeof ExcelJS }).default ?? module,
    (error: unknown) => {
      // A failed chunk load is tried again on the next call rather than remembered.
      loading = null
      throw error
    }
  )
  return loading
}

/** The bytes of a workbook, as the DesktopApi and the browser twin take them. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
