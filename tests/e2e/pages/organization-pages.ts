import { expect, type Locator, type Page } from '@playwright/test'
import { pick } from './antd'
import { confirmWith, label } from './dialogs'
import { RegistryPage } from './registry-page'

/** 社会组织: the registry grid and its 新建组织 button. */
export class OrganizationListPage extends RegistryPage {
  readonly createButton: Locator

  constructor(page: Page) {
    super(page, '社会组织列表')
    this.createButton = page.getByRole('button', { name: label('新建组织') })
  }
}

export interface OrganizationInput {
  name: string
  category: string
  uscc?: string
  legalRepName?: string
  legalRepIdNumber?: string
  contactPhone?: string
  /** `YYYY-MM-DD`, typed into the date field. */
  establishedOn?: string
}

/** The drawer that registers or edits an organisation. */
export class OrganizationForm {
  readonly dialog: Locator
  readonly name: Locator
  readonly uscc: Locator
  readonly legalRepName: Locator
  readonly legalRepIdNumber: Locator
  readonly contactPhone: Locator
  readonly establishedOn: Locator
  readonly saveButton: Locator
  readonly cancelButton: Locator

  constructor(
    readonly page: Page,
    title: string | RegExp = '新建社会组织'
  ) {
    this.dialog = page.getByRole('dialog', { name: title })
    this.name = this.dialog.getByLabel('组织名称')
    this.uscc = this.dialog.getByLabel('统一社会信用代码')
    this.legalRepName = this.dialog.getByLabel('法定代表人', { exact: true })
    this.legalRepIdNumber = this.dialog.getByLabel('法定代表人身份证号')
    this.contactPhone = this.dialog.getByLabel('联系电话')
    this.establishedOn = this.dialog.getByLabel('成立日期')
    this.saveButton = this.dialog.getByRole('button', { name: label('保存') })
    this.cancelButton = this.dialog.getByRole('button', { name: label('取消') })
  }

  /** Picks `option` in the select labelled `field`. */
  async choose(field: string, option: string): Promise<void> {
    await pick(this.page, this.dialog.getByLabel(field, { exact: true }), option)
  }

  /** Fills what is given and leaves each field, as a user tabbing through does. */
  async fill(input: OrganizationInput): Promise<void> {
    await this.name.fill(input.name)
    await this.choose('服务领域', input.category)
    const texts: [Locator, string | undefined][] = [
      [this.uscc, input.uscc],
      [this.legalRepName, input.legalRepName],
      [this.legalRepIdNumber, input.legalRepIdNumber],
      [this.contactPhone, input.contactPhone]
    ]
    for (const [field, value] of texts) {
      if (value === undefined) continue
      await field.fill(value)
      await field.blur()
    }
    if (input.establishedOn) {
      await this.establishedOn.fill(input.establishedOn)
      await this.establishedOn.press('Enter')
    }
  }

  async save(): Promise<void> {
    await this.saveButton.click()
  }

  /** 取消, then 放弃修改 in the confirmation. */
  async discard(): Promise<void> {
    await this.cancelButton.click()
    await confirmWith(
      this.page
        .getByRole('dialog')
        .filter({ has: this.page.getByRole('button', { name: '放弃修改' }) }),
      '放弃修改'
    )
    await this.dialog.waitFor({ state: 'hidden' })
  }

  /** antd ties a field's message to its input through aria-describedby. */
  async expectFieldError(field: Locator, message: string | RegExp): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await expect(field).toHaveAccessibleDescription(message)
  }
}

/** One organisation's own page. */
export class OrganizationDetailPage {
  readonly heading: Locator
  readonly basicInfo: Locator
  readonly rating: Locator
  readonly incubation: Locator
  readonly history: Locator
  readonly editButton: Locator
  readonly archiveButton: Locator
  readonly restoreButton: Locator
  readonly backButton: Locator
  /** The 已归档 tag beside the name. */
  readonly archivedTag: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 3 })
    this.basicInfo = page.getByRole('region', { name: '基本信息' })
    this.rating = page.getByRole('region', { name: '等级评估与年检' })
    this.incubation = page.getByRole('region', { name: '孵化记录' })
    this.history = page.getByRole('region', { name: '修改记录' })
    this.editButton = page.getByRole('button', { name: label('编辑') })
    this.archiveButton = page.getByRole('button', { name: label('归档') })
    this.restoreButton = page.getByRole('button', { name: '恢复使用' })
    this.backButton = page.getByRole('button', { name: '返回列表' })
    this.archivedTag = page.getByText('已归档', { exact: true })
  }

  /** 归档, confirmed in the popover that asks first. */
  async archive(): Promise<void> {
    await this.archiveButton.click()
    await this.page
      .getByRole('tooltip')
      .getByRole('button', { name: label('归档') })
      .click()
  }
}
