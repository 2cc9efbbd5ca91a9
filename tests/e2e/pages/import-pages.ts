import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { label } from './dialogs'

export type DryRunCount = '可导入' | '已存在' | '有错误'
export type DoneCount = '新增' | '更新' | '无变化' | '跳过' | '有错误未导入' | '未写入'

/**
 * The Excel import wizard of a registry page (「导入」 next to 显示已归档): 选择文件 → 核对列 →
 * 预检 → 导入 → 完成, in one dialog named `导入<registry>`.
 */
export class ImportWizard {
  readonly openButton: Locator
  readonly dialog: Locator
  readonly chooseFileButton: Locator
  readonly templateButton: Locator
  readonly headerRowNote: Locator
  readonly nextButton: Locator
  readonly startButton: Locator
  readonly cancelButton: Locator
  readonly closeButton: Locator
  /** The counts of the dry run: 可导入 / 已存在 / 有错误. */
  readonly dryRunCounts: Locator
  readonly problemsOnly: Locator
  readonly exportProblemsButton: Locator
  /** One row of the dry-run list per sheet row (the header row left out). */
  readonly dryRunRows: Locator
  readonly updateExisting: Locator
  readonly progress: Locator
  readonly doneTitle: Locator

  constructor(
    readonly page: Page,
    registry: '社会组织' | '社区' | '社工'
  ) {
    this.openButton = page.getByRole('button', { name: label('导入') })
    this.dialog = page.getByRole('dialog', { name: `导入${registry}` })
    this.chooseFileButton = this.dialog.getByRole('button', { name: '选择文件' })
    this.templateButton = this.dialog.getByRole('button', { name: '下载模板' })
    this.headerRowNote = this.dialog.getByText(/^表头在第 \d+ 行/)
    this.nextButton = this.dialog.getByRole('button', { name: '下一步' })
    this.startButton = this.dialog.getByRole('button', { name: '开始导入' })
    this.cancelButton = this.dialog.getByRole('button', { name: label('取消') })
    this.closeButton = this.dialog.locator('.ant-modal-footer').getByRole('button', {
      name: label('关闭')
    })
    this.dryRunCounts = this.dialog.getByRole('group', { name: '预检' })
    this.problemsOnly = this.dialog.getByRole('checkbox', { name: '只看有问题的行' })
    this.exportProblemsButton = this.dialog.getByRole('button', { name: '导出问题行' })
    this.dryRunRows = this.dialog.locator('.ant-table-tbody tr.ant-table-row')
    this.updateExisting = this.dialog.getByRole('radio', { name: /用文件中的内容更新/ })
    this.progress = this.dialog.getByText(/^已处理 \d+ \/ \d+ 行$/)
    this.doneTitle = this.dialog.getByText(/^导入(完成|已取消)$/)
  }

  async open(): Promise<void> {
    await this.openButton.click()
    await expect(this.dialog).toBeVisible()
  }

  /** 选择文件, handing the file chooser a workbook; resolves on the 核对列 step. */
  async chooseFile(name: string, data: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.chooseFileButton.click()
    await (
      await chooser
    ).setFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: data
    })
    await expect(this.headerRowNote).toBeVisible()
  }

  /** 下一步 from 核对列: runs the dry run and waits for its counts. */
  async runDryRun(): Promise<void> {
    await this.nextButton.click()
    await expect(this.dryRunCounts).toBeVisible({ timeout: 30_000 })
  }

  /** The figure under `title` in the dry run's counts. */
  dryRunCount(title: DryRunCount): Locator {
    return this.dryRunCounts
      .locator('.ant-statistic')
      .filter({ hasText: title })
      .locator('.ant-statistic-content-value')
  }

  /** 导出问题行; resolves with the download the browser version turns it into. */
  async exportProblems(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.exportProblemsButton.click()
    return download
  }

  /**
   * 下一步 to 导入, then 开始导入; resolves once the import is done (within `timeout` ms: the
   * bench imports a city's worth of rows).
   */
  async importAll(options: { updateExisting?: boolean; timeout?: number } = {}): Promise<void> {
    await this.nextButton.click()
    if (options.updateExisting) await this.updateExisting.check()
    await this.startButton.click()
    await expect(this.doneTitle).toBeVisible({ timeout: options.timeout ?? 60_000 })
  }

  /** The figure of one count on the 完成 step, e.g. `490 条`. */
  doneCount(title: DoneCount): Locator {
    return this.dialog
      .locator('.ant-descriptions-item-label', { hasText: new RegExp(`^${title}$`) })
      .locator('xpath=following-sibling::td[1]')
  }

  async close(): Promise<void> {
    await this.closeButton.click()
    await expect(this.dialog).toBeHidden()
  }
}
