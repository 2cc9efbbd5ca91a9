import { expect, type Download, type Locator, type Page } from '@playwright/test'

export interface GeneralSettingsInput {
  operatorName: string
  officeName: string
  backupKeep?: number
}

/**
 * 设置: the general settings form, 孵化基地设置, 数据备份与恢复, the automatic backups and 示例数据.
 * Each card is a region named by its title, and each settings card has its own 保存.
 */
export class SettingsPage {
  readonly generalSettings: Locator
  readonly operatorName: Locator
  readonly officeName: Locator
  readonly backupKeep: Locator
  /** antd spaces out two-character button labels (保 存). */
  readonly saveButton: Locator
  readonly savedMessage: Locator
  readonly incubationSettings: Locator
  readonly reviewWorkingDays: Locator
  /** `权重合计：100`, red with the reason when the weights do not add up to 100. */
  readonly weightTotal: Locator
  readonly incubationSaveButton: Locator
  readonly incubationSavedMessage: Locator
  /** `社会组织 240 个、社区 80 个、社工 160 名、操作日志 480 条` */
  readonly currentData: Locator
  readonly backUpNowButton: Locator
  readonly exportButton: Locator
  readonly restoreFromFileButton: Locator
  readonly automaticBackups: Locator
  readonly restoreDialog: Locator
  /** The per-table lines of the file shown in the restore preview, e.g. `社会组织 240 个`. */
  readonly restoreCounts: Locator
  readonly restoreProblem: Locator
  readonly confirmRestoreButton: Locator
  readonly sampleDataButton: Locator
  readonly sampleDataDialog: Locator

  constructor(readonly page: Page) {
    this.generalSettings = page.getByRole('region', { name: '基本信息' })
    this.operatorName = page.getByLabel('操作人')
    this.officeName = page.getByLabel('单位名称')
    this.backupKeep = page.getByLabel('保留自动备份份数')
    this.saveButton = this.generalSettings.getByRole('button', { name: /^保\s*存$/ })
    this.savedMessage = page.getByText('设置已保存')
    this.incubationSettings = page.getByRole('region', { name: '孵化基地设置' })
    this.reviewWorkingDays = this.incubationSettings.getByLabel('初核期限（工作日）')
    this.weightTotal = this.incubationSettings.getByText(/^权重合计：/)
    this.incubationSaveButton = this.incubationSettings.getByRole('button', {
      name: /^保\s*存$/
    })
    this.incubationSavedMessage = page.getByText('孵化基地设置已保存')
    this.currentData = page.getByLabel('当前数据：')
    this.backUpNowButton = page.getByRole('button', { name: '立即备份' })
    this.exportButton = page.getByRole('button', { name: '导出备份文件' })
    this.restoreFromFileButton = page.getByRole('button', { name: '从文件恢复' })
    this.automaticBackups = page.getByRole('region', { name: '自动备份' })
    this.restoreDialog = page.getByRole('dialog', { name: '从备份恢复' })
    this.restoreCounts = this.restoreDialog
      .getByRole('list', { name: '备份中的数据' })
      .getByRole('listitem')
    this.restoreProblem = this.restoreDialog.getByRole('alert')
    this.confirmRestoreButton = this.restoreDialog.getByRole('button', { name: '确认恢复' })
    this.sampleDataButton = page.getByRole('button', { name: /载入示例数据$/ })
    this.sampleDataDialog = page.getByRole('dialog', { name: '载入示例数据？' })
  }

  /** A toast or line of text saying exactly `text`. */
  /** The 当前数据 line as shown now, e.g. to compare after an action that should not change it. */
  async currentDataText(): Promise<string> {
    return (await this.currentData.textContent()) ?? ''
  }

  message(text: string | RegExp): Locator {
    return this.page.getByText(text)
  }

  /**
   * 载入示例数据, then 载入 in the confirmation; resolves once the app says it has loaded. The
   * city's sample data takes seconds to generate and check, longer than a default expectation
   * waits on a busy two-core machine.
   */
  async loadSampleData(): Promise<void> {
    await this.sampleDataButton.click()
    await this.sampleDataDialog.getByRole('button', { name: /^载\s*入$/ }).click()
    await expect(this.message(/^已载入示例数据/)).toBeVisible({ timeout: 60_000 })
  }

  /** 导出备份文件; resolves with the download the browser version turns it into. */
  async exportBackupFile(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.exportButton.click()
    return download
  }

  /** 从文件恢复, choosing `path` in the file chooser; the preview opens. */
  async restoreFromFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.restoreFromFileButton.click()
    await (await chooser).setFiles(path)
  }

  /** A row of the automatic backup list, by its reason (e.g. `手动备份`). */
  automaticBackup(reason: string): Locator {
    return this.automaticBackups.getByRole('row').filter({ hasText: reason })
  }

  /** The 维度名称 of the scorecard's `row`th dimension, counting from 1. */
  dimensionName(row: number): Locator {
    return this.incubationSettings.getByLabel(`第 ${row} 项维度名称`)
  }

  /** The 权重 of the scorecard's `row`th dimension, counting from 1. */
  dimensionWeight(row: number): Locator {
    return this.incubationSettings.getByLabel(`第 ${row} 项权重`)
  }

  async fill(settings: GeneralSettingsInput): Promise<void> {
    await this.operatorName.fill(settings.operatorName)
    await this.officeName.fill(settings.officeName)
    if (settings.backupKeep !== undefined) await this.backupKeep.fill(String(settings.backupKeep))
  }

  async save(): Promise<void> {
    await this.saveButton.click()
  }

  /**
   * Whether a field is marked invalid with `message`. antd ties the message to the input through
   * aria-describedby, so this is what a screen reader announces too.
   */
  async expectFieldError(field: Locator, message: string): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await expect(field).toHaveAccessibleDescription(new RegExp(message))
  }
}
