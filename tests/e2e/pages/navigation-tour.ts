import { expect, type Locator, type Page } from '@playwright/test'

/** Walks the left navigation: every page a user can reach from the menu, in menu order. */
export class NavigationTour {
  readonly navItems: Locator

  constructor(readonly page: Page) {
    this.navItems = page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem')
  }

  /**
   * Opens each page of the menu and waits for its title; returns the labels visited. A menu
   * entry's text may end in a count badge (工作台 3), which is not part of the title.
   */
  async visitEveryPage(): Promise<string[]> {
    const visited: string[] = []
    const count = await this.navItems.count()
    for (let index = 0; index < count; index += 1) {
      const item = this.navItems.nth(index)
      const label = ((await item.textContent()) ?? '').replace(/[\d\s]+$/, '')
      await item.click()
      await expect(this.page.getByRole('heading', { level: 3, name: label })).toBeVisible()
      visited.push(label)
    }
    return visited
  }
}
