import type { Locator, Page } from '@playwright/test'

/** The frame around every page: left navigation, header, and the current page's title. */
export class AppShell {
  readonly navigation: Locator
  readonly navItems: Locator
  readonly header: Locator

  constructor(readonly page: Page) {
    this.navigation = page.getByRole('navigation', { name: '主导航' })
    this.navItems = this.navigation.getByRole('menuitem')
    this.header = page.getByRole('banner')
  }

  /** Opens the app at a hash route (e.g. `/about`); the root by default. */
  async open(route = '/'): Promise<void> {
    await this.page.goto(route === '/' ? '/' : `/#${route}`)
  }

  async reload(): Promise<void> {
    await this.page.reload()
  }

  /** The title of the page currently shown. */
  pageHeading(name: string): Locator {
    return this.page.getByRole('heading', { level: 3, name })
  }

  async navigateTo(label: '社会组织' | '社区' | '社工' | '设置' | '关于'): Promise<void> {
    await this.navigation.getByRole('menuitem', { name: label }).click()
  }

  /** Whether the Electron preload's bridge is present (it must not be in a plain browser). */
  async hasDesktopBridge(): Promise<boolean> {
    return this.page.evaluate(() => 'desktop' in window)
  }
}
