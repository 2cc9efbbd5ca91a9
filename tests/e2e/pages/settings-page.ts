import { expect, type Locator, type Page } from '@playwright/test'

export interface GeneralSettingsInput {
  operatorName: string
  officeName: string
  backupKeep?: number
}

/** 设置: the general settings form. */
export class SettingsPage {
  readonly operatorName: Locator
  readonly officeName: Locator
  readonly backupKeep: Locator
  /** antd spaces out two-character button labels (保 存). */
  readonly saveButton: Locator
  readonly savedMessage: Locator

  constructor(readonly page: Page) {
    this.operatorName = page.getByLabel('操作人')
    this.officeName = page.getByLabel('单位名称')
    this.backupKeep = page.getByLabel('保留自动备份份数')
    this.saveButton = page.getByRole('button', { name: /^保\s*存$/ })
    this.savedMessage = page.getByText('设置已保存')
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
