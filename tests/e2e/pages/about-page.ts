import type { Locator, Page } from '@playwright/test'

/** 关于: software information and the third-party licence list. */
export class AboutPage {
  readonly info: Locator
  readonly licenses: Locator
  readonly licenseSearch: Locator
  readonly licenseCount: Locator

  constructor(readonly page: Page) {
    this.info = page.getByRole('region', { name: '软件信息' })
    this.licenses = page.getByRole('region', { name: '第三方组件许可' })
    this.licenseSearch = this.licenses.getByLabel('按名称或许可证搜索')
    this.licenseCount = this.licenses.getByText(/^共 \d+ 个组件$/)
  }

  /** The value cell next to a label in the software information, e.g. `版本`. */
  infoValue(label: string): Locator {
    return this.info
      .getByRole('row')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .getByRole('cell')
  }

  /** The licence table row of a package. */
  licenseRow(packageName: string): Locator {
    return this.licenses
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: packageName, exact: true }) })
  }

  async searchLicenses(text: string): Promise<void> {
    await this.licenseSearch.fill(text)
  }

  /** Expands a package's row and returns the licence text shown under it. */
  async expandLicense(packageName: string): Promise<Locator> {
    const row = this.licenseRow(packageName)
    await row.getByRole('button').click()
    return row.locator('xpath=following-sibling::tr[1]')
  }
}
