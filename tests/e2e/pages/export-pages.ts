import { expect, type Download, type Locator, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { pick } from './antd'
import { label } from './dialogs'

/**
 * 导出 Excel of a grid: the toolbar button, a column's select filter, and the dialog that writes
 * the current view and hands the file to the browser as a download.
 */
export class GridExport {
  readonly exportButton: Locator
  readonly dialog: Locator
  readonly withTitle: Locator
  readonly startButton: Locator

  constructor(readonly page: Page) {
    this.exportButton = page.getByRole('button', { name: /导出 Excel/ })
    this.dialog = page.getByRole('dialog', { name: '导出 Excel' })
    this.withTitle = this.dialog.getByRole('checkbox', { name: '首行加标题' })
    this.startButton = this.dialog.getByRole('button', { name: label('导出') })
  }

  /** Ticks `value` in the select filter of the column `header`, then closes the filter. */
  async filterBy(header: string, value: string): Promise<void> {
    const toggle = this.page.getByRole('button', { name: `筛选：${header}` })
    const panel = this.page.getByRole('group', { name: `筛选：${header}` })
    await toggle.click()
    // Each option reads as the value followed by its count, e.g. `涌泉街道12`.
    await panel.getByRole('checkbox', { name: new RegExp(`^${value}\\s*\\d+$`) }).check()
    await toggle.click()
    await expect(panel).toBeHidden()
  }

  /** Opens the dialog, optionally asks for a title row, exports and returns the download. */
  async export(options: { title?: boolean } = {}): Promise<Download> {
    await this.exportButton.click()
    await expect(this.dialog).toBeVisible()
    if (options.title) await this.withTitle.check()
    const download = this.page.waitForEvent('download')
    await this.startButton.click()
    return download
  }
}

/** The Excel 台账 card of the 报告 page. */
export class LedgerExports {
  readonly card: Locator
  readonly round: Locator

  constructor(readonly page: Page) {
    this.card = page.getByRole('region', { name: 'Excel 台账' })
    this.round = this.card.getByLabel('公益创投批次')
  }

  /** Clicks the ledger's button (e.g. `导出项目台账`) and returns the download. */
  async export(button: string): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.card.getByRole('button', { name: button }).click()
    return download
  }

  async chooseRound(option: string): Promise<void> {
    await pick(this.page, this.round, option)
  }
}

/** A downloaded workbook, read in Node with exceljs as a test reads what a user would open. */
export async function readDownload(download: Download): Promise<ExcelJS.Workbook> {
  const path = await download.path()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  return workbook
}

/** The cell values of each row from `from` on, column A first. */
export function sheetRows(sheet: ExcelJS.Worksheet, from: number): unknown[][] {
  const rows: unknown[][] = []
  for (let r = from; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as unknown[]
    rows.push(Array.from({ length: sheet.columnCount }, (_, c) => values[c + 1] ?? null))
  }
  return rows
}
