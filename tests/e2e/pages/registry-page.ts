import type { Locator, Page } from '@playwright/test'

/**
 * A registry list page (社会组织, 社区, 社工): its grid, search box, counts and column headers.
 */
export class RegistryPage {
  readonly grid: Locator
  readonly search: Locator
  /** `共 240 条` or `筛选出 3 / 240 条`. */
  readonly count: Locator
  readonly dataRows: Locator
  readonly showArchived: Locator

  constructor(
    readonly page: Page,
    gridName: string
  ) {
    this.grid = page.getByRole('grid', { name: gridName })
    this.search = page.getByRole('searchbox', { name: '搜索' }).or(page.getByLabel('搜索'))
    this.count = page.getByText(/^(共 [\d,]+ 条|筛选出 [\d,]+ \/ [\d,]+ 条)$/)
    this.dataRows = this.grid.locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])')
    this.showArchived = page.getByRole('switch')
  }

  async searchFor(query: string): Promise<void> {
    await this.search.fill(query)
  }

  /** Clicks a column header's sort button (ascending, then descending, then off). */
  async sortBy(header: string): Promise<void> {
    await this.grid.getByRole('columnheader', { name: header }).getByRole('button').first().click()
  }

  columnHeader(header: string): Locator {
    return this.grid.getByRole('columnheader', { name: header })
  }

  /** Text of the first cell of every rendered data row, top to bottom. */
  async firstColumnTexts(): Promise<string[]> {
    return this.dataRows.evaluateAll((rows) =>
      rows
        .sort(
          (a, b) =>
            Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex'))
        )
        .map(
          (row) =>
            row
              .querySelector('[role="gridcell"] .sl-grid-text, [role="gridcell"]')
              ?.textContent?.trim() ?? ''
        )
    )
  }

  async openRow(text: string): Promise<void> {
    await this.dataRows.filter({ hasText: text }).first().dblclick()
  }
}
