/**
 * The downloadable template of an entity: one sheet with the Chinese headers (required ones in
 * red, each with a note), the two example rows the import recognises and skips, drop-down
 * validation on every enumeration and text format on code columns (so Excel keeps all 18
 * digits of an ID number); and a 说明 sheet listing every column with what to write.
 */
import type ExcelJS from 'exceljs'
import type { ColumnFormat, ImportSpec } from '@shared/import/import-spec'
import { columnLetters } from '@shared/excel/sheet-basics'
import { loadExcel, workbookBytes } from '@renderer/components/exceljs'
import { IMPORT_STRINGS as S } from './strings'

/** Rows below the header that get the drop-downs. */
const VALIDATED_ROWS = 2000

/** Excel refuses a list validation whose formula is longer than this (the 说明 sheet lists all). */
const MAX_LIST_FORMULA = 255

const NUMBER_FORMATS: Record<ColumnFormat, string> = {
  text: '@',
  date: 'yyyy-mm-dd',
  count: '0',
  number: 'General'
}

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE6F4FF' }
}

/** exceljs keeps range validations in the sheet's model; its typings name only the per-cell one. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void }
}

function listValidation(options: readonly string[]): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${options.join(',')}"`],
    showErrorMessage: true,
    errorTitle: S.dropdownError,
    error: `${S.dropdownError}：${options.join('、')}`
  }
}

function addDataSheet(workbook: ExcelJS.Workbook, spec: ImportSpec): void {
  const sheet = workbook.addWorksheet(spec.label, { views: [{ state: 'frozen', ySplit: 1 }] })
  spec.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1)
    sheetColumn.width = Math.max(12, [...column.header].length * 2 + 4)
    sheetColumn.numFmt = NUMBER_FORMATS[column.format]
    const cell = sheet.getRow(1).getCell(index + 1)
    cell.value = column.header
    cell.font = { bold: true, color: { argb: column.required ? 'FFCF1322' : 'FF000000' } }
    cell.fill = HEADER_FILL
    if (column.hint) cell.note = column.required ? `${S.required}。${column.hint}` : column.hint
  })
  for (const which of [0, 1] as const) {
    const row = sheet.getRow(2 + which)
    spec.columns.forEach((column, index) => {
      const value = column.examples[which]
      if (value !== null) row.getCell(index + 1).value = value
    })
    row.font = { color: { argb: 'FF8C8C8C' }, italic: true }
  }
  spec.columns.forEach((column, index) => {
    if (!column.options) return
    const validation = listValidation(column.options)
    if (String(validation.formulae[0]).length > MAX_LIST_FORMULA) return
    const letters = columnLetters(index)
    ;(sheet as unknown as RangeValidations).dataValidations.add(
      `${letters}2:${letters}${VALIDATED_ROWS + 1}`,
      validation
    )
  })
}

function addNotesSheet(workbook: ExcelJS.Workbook, spec: ImportSpec): void {
  const sheet = workbook.addWorksheet(S.templateNotesSheet)
  sheet.columns = [{ width: 22 }, { width: 10 }, { width: 60 }, { width: 60 }]
  S.templateNotes.forEach((note, index) => {
    sheet.getRow(index + 1).getCell(1).value = `${index + 1}. ${note}`
  })
  const header = sheet.getRow(S.templateNotes.length + 2)
  header.values = [...S.notesHeader]
  header.font = { bold: true }
  spec.columns.forEach((column, index) => {
    sheet.getRow(S.templateNotes.length + 3 + index).values = [
      column.header,
      column.required ? S.required : S.optional,
      column.hint,
      column.options?.join('、') ?? ''
    ]
  })
}

/** The template workbook of `spec`, as the bytes to save. */
export async function buildTemplate(spec: ImportSpec): Promise<Uint8Array> {
  const Excel = await loadExcel()
  const workbook = new Excel.Workbook()
  workbook.creator = '社联台'
  addDataSheet(workbook, spec)
  addNotesSheet(workbook, spec)
  return workbookBytes(workbook)
}
