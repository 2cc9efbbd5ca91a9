import { expect, type Locator, type Page } from '@playwright/test'
import { escapeRegExp, fillDate, pick } from './antd'
import { label } from './dialogs'

/**
 * The cell under `header` in `row` of a data grid. The grid numbers its columns (a selectable
 * grid has its check boxes first), so the header says which cell of the row is its own.
 */
async function gridCell(grid: Locator, row: Locator, header: string): Promise<Locator> {
  const column = await grid
    .getByRole('columnheader', { name: header, exact: true })
    .getAttribute('aria-colindex')
  return row.locator(`[role="gridcell"][aria-colindex="${column}"]`)
}

/** The grid's data row whose cell reads exactly `text` (the header row is not one). */
function gridRow(grid: Locator, text: string): Locator {
  return grid
    .locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])')
    .filter({ has: grid.page().getByRole('gridcell', { name: text, exact: true }) })
}

export type LinkageTab = '需求清单' | '资源清单' | '覆盖情况'

/** 三社联动: the menu entry and its tabs 需求清单 / 资源清单 / 覆盖情况. */
export class LinkagePage {
  readonly navItem: Locator
  readonly heading: Locator

  constructor(readonly page: Page) {
    this.navItem = page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', {
      name: '三社联动'
    })
    this.heading = page.getByRole('heading', { level: 3, name: '三社联动' })
  }

  tab(name: LinkageTab): Locator {
    return this.page.getByRole('tab', { name, exact: true })
  }

  /** Opens 三社联动 from the left navigation, on `tab`. */
  async open(tab: LinkageTab): Promise<void> {
    await this.navItem.click()
    await this.heading.waitFor()
    await this.tab(tab).click()
    await expect(this.tab(tab)).toHaveAttribute('aria-selected', 'true')
  }
}

/** 覆盖情况: the community × figures matrix, and the gaps (高需求无项目, 未覆盖). */
export class CoverageTab {
  readonly grid: Locator
  readonly search: Locator
  /** 有高需求、没有在办项目的社区: one row per community, its loud needs as links. */
  readonly unmetDemand: Locator

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid', { name: '社区覆盖矩阵' })
    this.search = page.getByRole('region', { name: '社区覆盖' }).getByLabel('搜索', { exact: true })
    this.unmetDemand = page.getByRole('table', { name: '高需求无项目的社区' })
  }

  /** Narrows the matrix to `community` and returns its row. */
  async community(community: string): Promise<Locator> {
    await this.search.fill(community)
    const row = gridRow(this.grid, community)
    await expect(row).toHaveCount(1)
    return row
  }

  /**
   * One figure of `community`'s row, e.g. `未解决需求` or `在办项目`, as the matrix shows it
   * (a count above 0 is a link to the list it counts).
   */
  async figure(community: string, column: string): Promise<Locator> {
    return gridCell(this.grid, await this.community(community), column)
  }

  /** The figure read as a number, to compare with a later reading. */
  async figureValue(community: string, column: string): Promise<number> {
    const figure = await this.figure(community, column)
    return Number((await figure.innerText()).trim())
  }

  /** The row of `community` among the communities with high demand and no project. */
  unmetRow(community: string): Locator {
    return this.unmetDemand
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: community, exact: true }) })
  }

  /** Opens `community`'s page from its name in the gap list. */
  async openFromGap(community: string): Promise<void> {
    await this.unmetRow(community).getByRole('link', { name: community, exact: true }).click()
    await this.page.waitForURL(/#\/communities\/[^/?]+/)
  }
}

/** 需求清单: the needs ranked by demand, 新建需求 and 合并重复需求. */
export class NeedsTab {
  readonly grid: Locator
  readonly search: Locator
  readonly createButton: Locator

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid', { name: '需求清单' })
    this.search = page.getByRole('tabpanel').getByLabel('搜索', { exact: true })
    this.createButton = page.getByRole('button', { name: label('新建需求') })
  }

  /** A notice of the app, e.g. `已新建需求：…`. */
  message(text: string | RegExp): Locator {
    return this.page.getByText(text)
  }

  /** The grid row of the need named `name`. */
  row(name: string): Locator {
    return gridRow(this.grid, name)
  }

  /** A cell of the need's row, e.g. `需求排名` or `状态`. */
  async cell(name: string, header: string): Promise<Locator> {
    return gridCell(this.grid, this.row(name), header)
  }

  async searchFor(query: string): Promise<void> {
    await this.search.fill(query)
  }

  /** Opens the need named `name` (a double click on its row); lands on its page. */
  async open(name: string): Promise<void> {
    const cell = this.row(name).getByRole('gridcell', { name, exact: true })
    await expect(async () => {
      await cell.dblclick({ timeout: 5_000 })
      await this.page.waitForURL(/#\/linkage\/needs\/[^/?]+$/, { timeout: 5_000 })
    }).toPass()
  }
}

export interface NeedInput {
  name: string
  /** The community's name, found by typing it. */
  community: string
  category: string
  source: string
  raisedBy: number
  /** `YYYY-MM-DD`; today when omitted. */
  raisedOn?: string
  description?: string
}

/** The drawer 新建需求. */
export class NeedForm {
  readonly dialog: Locator
  readonly saveButton: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: '新建需求' })
    this.saveButton = this.dialog.getByRole('button', { name: label('保存') })
  }

  /** The input labelled exactly `text` inside the drawer, e.g. `需求名称`. */
  field(text: string): Locator {
    return this.dialog.getByLabel(text, { exact: true })
  }

  /** A message the form shows at a field, e.g. `请选择社区`. */
  fieldMessage(text: string): Locator {
    return this.dialog.getByText(text, { exact: true })
  }

  /** Whether `field` is marked invalid with `message`, as a screen reader announces it. */
  async expectFieldError(field: Locator, message: string): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)))
  }

  async fill(input: NeedInput): Promise<void> {
    const { page } = this
    await this.field('需求名称').fill(input.name)
    await pick(page, this.field('社区'), input.community, input.community)
    await pick(page, this.field('需求类别'), input.category)
    await pick(page, this.field('需求来源'), input.source)
    await this.field('提出人数').fill(String(input.raisedBy))
    if (input.raisedOn) await fillDate(this.field('提出日期'), input.raisedOn)
    if (input.description) await this.field('需求描述').fill(input.description)
  }

  /** 保存 only; the drawer stays open when a field refuses. */
  async clickSave(): Promise<void> {
    await this.saveButton.click()
  }

  /** 保存; waits until the drawer has closed. */
  async save(): Promise<void> {
    await this.clickSave()
    await this.dialog.waitFor({ state: 'hidden' })
  }
}

export type SuggestionKind = '社会组织' | '社工' | '资源'

/** One need's page: its summary and status, 对接建议 with the match form, and 对接记录. */
export class NeedPage {
  readonly heading: Locator
  readonly statusTag: Locator
  readonly suggestions: Locator
  readonly matches: Locator
  /** `已选：社会组织 …，社工 1 名，资源 0 项` above the match form. */
  readonly chosenSummary: Locator
  readonly roundSelect: Locator
  readonly createApplicationButton: Locator
  /** `已按需求生成申报书草稿，并记入对接记录。` with the 打开申报书 link. */
  readonly applicationNotice: Locator
  readonly openApplicationLink: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 3 })
    this.statusTag = page.getByLabel('需求状态')
    this.suggestions = page.getByRole('region', { name: '对接建议' })
    this.matches = page.getByRole('region', { name: '对接记录' })
    this.chosenSummary = this.suggestions.getByText(/^已选：/)
    this.roundSelect = this.suggestions.getByLabel('公益创投批次', { exact: true })
    this.createApplicationButton = this.suggestions.getByRole('button', {
      name: label('生成申报草稿')
    })
    this.applicationNotice = this.suggestions
      .getByRole('alert')
      .filter({ hasText: '已按需求生成申报书草稿' })
    this.openApplicationLink = this.applicationNotice.getByRole('link', { name: '打开申报书' })
  }

  /** A notice of the app, e.g. `已生成申报书草稿`. */
  message(text: string | RegExp): Locator {
    return this.page.getByText(text)
  }

  /**
   * One suggestion of `kind` by its name: the box to pick it, its points (`8 分`) and its
   * reasons, each a tag.
   */
  suggestion(kind: SuggestionKind, name: string): Locator {
    return this.suggestions
      .getByRole('region', { name: kind, exact: true })
      .getByRole('checkbox', { name, exact: true })
      .locator(
        'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-flex-vertical ")][1]'
      )
  }

  /** The reasons a suggestion shows, in order. */
  reasons(kind: SuggestionKind, name: string): Locator {
    return this.suggestion(kind, name)
      .locator('.ant-tag')
      .filter({ hasNotText: /^\d+ 分$/ })
  }

  /** Ticks the suggestion of `kind` named `name`. */
  async choose(kind: SuggestionKind, name: string): Promise<void> {
    const box = this.suggestion(kind, name).getByRole('checkbox', { name, exact: true })
    await box.check()
    await expect(box).toBeChecked()
  }

  /** 生成下一批次申报草稿 in `round` (its name as listed, before `（状态）`), then 生成申报草稿. */
  async createApplication(round: string): Promise<void> {
    // A button-style radio: its input is hidden behind the label a user clicks.
    const target = this.suggestions.getByRole('radio', { name: '生成下一批次申报草稿' })
    await this.suggestions.getByText('生成下一批次申报草稿', { exact: true }).click()
    await expect(target).toBeChecked()
    await pick(this.page, this.roundSelect, round)
    await this.createApplicationButton.click()
    await this.applicationNotice.waitFor()
  }

  /** The 对接记录 row of the match to `target` (a project's or application's title). */
  matchRow(target: string): Locator {
    return this.matches.getByRole('row').filter({ hasText: target })
  }

  /** 打开申报书 in the notice; lands on the application. */
  async openApplication(): Promise<void> {
    await this.openApplicationLink.click()
    await this.page.waitForURL(/#\/venture\/applications\/[^/?]+$/)
  }
}

/** One community's page: its lists (the needs among them) and its linkage graph. */
export class CommunityPage {
  readonly heading: Locator
  readonly needs: Locator
  readonly graph: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('region', { name: '社区概要' }).getByRole('heading', {
      level: 3
    })
    this.needs = page.getByRole('table', { name: '本社区未解决的需求' })
    this.graph = page.getByRole('group', { name: '社区联动图' })
  }

  /** The row of the need named `name` in the community's open needs. */
  needRow(name: string): Locator {
    return this.needs.getByRole('row').filter({ hasText: name })
  }

  /**
   * The graph's node of `kind` (its column, e.g. `需求`) named `name`: its accessible name reads
   * `需求：名称（类别 · N 人提出 · 状态），打开`.
   */
  graphNode(kind: string, name: string): Locator {
    return this.graph.getByRole('link', {
      name: new RegExp(`^${escapeRegExp(`${kind}：${name}（`)}`)
    })
  }
}
