import { expect, type Download, type Locator, type Page } from '@playwright/test'

/** The export dialog every report opens: number, draft notice, preview pages, save. */
export class ReportExportDialog {
  readonly dialog: Locator
  readonly number: Locator
  readonly pageCount: Locator
  /** One canvas per rendered page, named `第 N 页`. */
  readonly previewPages: Locator
  readonly draftNotice: Locator
  readonly missingCharacters: Locator
  readonly saveButton: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^导出 / })
    this.number = this.dialog.getByText(/^报告编号 /)
    this.pageCount = this.dialog.getByText(/^共 \d+ 页$/)
    this.previewPages = this.dialog.getByRole('img', { name: /^第 \d+ 页$/ })
    this.draftNotice = this.dialog.getByText(/报告每页带“草稿”字样/)
    this.missingCharacters = this.dialog.getByText(/个字报告字体里没有/)
    this.saveButton = this.dialog.getByRole('button', { name: /保存\s*PDF/ })
  }

  /** Waits until pdf.js has drawn the pages of the preview. */
  async waitForPreview(): Promise<void> {
    // The first report of a session also loads the fonts into the worker.
    await expect(this.pageCount).toBeVisible({ timeout: 60_000 })
    await expect(this.previewPages.first()).toBeVisible()
  }

  /** Saves the PDF; the browser twin downloads it. */
  async save(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.saveButton.click()
    return download
  }
}

/** 报告: the 年度工作汇总 card and the record of exports. */
export class ReportsPage {
  readonly annual: Locator
  readonly year: Locator
  readonly exportAnnual: Locator
  readonly history: Locator

  constructor(readonly page: Page) {
    this.annual = page.getByRole('region', { name: '年度工作汇总' })
    this.year = this.annual.getByLabel('年份')
    this.exportAnnual = this.annual.getByRole('button', { name: '导出年度工作汇总' })
    this.history = page.getByRole('region', { name: '导出记录' })
  }

  historyRow(number: string | RegExp): Locator {
    return this.history.getByRole('row').filter({ hasText: number })
  }
}
