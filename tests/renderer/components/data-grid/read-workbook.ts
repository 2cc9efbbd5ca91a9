/** Reads a written .xlsx back with exceljs, the way a test checks what an export produced. */
import ExcelJS from 'exceljs'

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  return workbook
}

/** The values of rows `from`…`to` (1-based, inclusive), each from column A on. */
export function rowValues(sheet: ExcelJS.Worksheet, from: number, to = sheet.rowCount) {
  const rows: unknown[][] = []
  for (let r = from; r <= to; r++) {
    const values = sheet.getRow(r).values as unknown[]
    // exceljs keeps column A at index 1.
    rows.push(Array.from({ length: sheet.columnCount }, (_, c) => values[c + 1] ?? null))
  }
  return rows
}
