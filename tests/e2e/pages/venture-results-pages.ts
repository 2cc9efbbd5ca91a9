import type { Locator, Page } from '@playwright/test'
import { confirmWith, label } from './dialogs'

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A computed result as the 评审结果 table shows it. */
export interface ResultRowText {
  rank: string
  trackRank: string
  score: string
  /** 最终资助, e.g. `60,000.00`. */
  grant: string
  /** 资助 / 未资助 / 待定（并列）. */
  status: string
  /** Why, as the rules or the adjustment put it. */
  reason: string
}

export interface ObjectionInput {
  /** The project title it concerns; omitted for 整份名单. */
  target?: string
  from: string
  content: string
  /** `YYYY-MM-DD`; today when omitted. */
  receivedOn?: string
}

export interface ObjectionAnswer {
  response: string
  outcome: '维持原结果' | '撤销资助'
  /** `YYYY-MM-DD`; today when omitted. */
  answeredOn?: string
}

export interface ProjectRowText {
  organization: string
  title: string
  category: string
  amount: string
  approvedOn: string
  status: string
  /** One line per tranche, e.g. `第 1 期 · 50% · 签约后 · 30,000.00 元`. */
  tranches: string[]
}

const FUNDING_STATUS = /^(待定（并列）|未资助|资助)/

/** A round's 评审结果 tab: results, adjustments, tie orders, 公示, objections and 立项. */
export class ResultsTab {
  readonly results: Locator
  readonly resultsTable: Locator
  readonly blockers: Locator
  readonly publishButton: Locator
  readonly publicity: Locator
  readonly publishedList: Locator
  readonly objections: Locator
  readonly objectionsTable: Locator
  readonly approveButton: Locator
  readonly projectsTable: Locator

  constructor(readonly page: Page) {
    this.results = page.getByRole('region', { name: '评审结果' })
    this.resultsTable = page.getByRole('table', { name: '评审结果列表' })
    this.blockers = this.results.getByRole('alert')
    this.publishButton = this.results.getByRole('button', { name: label('公示结果') })
    this.publicity = page.getByRole('region', { name: '公示', exact: true })
    this.publishedList = page.getByRole('table', { name: '公示名单列表' })
    this.objections = page.getByRole('region', { name: '公示异议' })
    this.objectionsTable = page.getByRole('table', { name: '公示异议列表' })
    this.approveButton = this.publicity.getByRole('button', { name: label('立项') })
    this.projectsTable = page.getByRole('table', { name: '立项项目列表' })
  }

  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title, exact: true })
  }

  /** The row of `table` whose 项目名称 cell is `title`. */
  row(table: Locator, title: string): Locator {
    return table
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: title, exact: true }) })
  }

  /** The cells of a row by their column header. */
  private async cells(table: Locator, title: string): Promise<Record<string, string>> {
    await this.row(table, title).waitFor()
    const headers = await table.getByRole('columnheader').allInnerTexts()
    const cells = await this.row(table, title).getByRole('cell').allInnerTexts()
    return Object.fromEntries(headers.map((header, i) => [header.trim(), (cells[i] ?? '').trim()]))
  }

  /** Rank, score, final grant and status of the application titled `title`. */
  async result(title: string): Promise<ResultRowText> {
    const cells = await this.cells(this.resultsTable, title)
    const statusCell = (cells['状态'] ?? '').replace(/\s+/g, ' ')
    const status = FUNDING_STATUS.exec(statusCell)?.[1] ?? ''
    return {
      rank: cells['排名'] ?? '',
      trackRank: cells['类别内排名'] ?? '',
      score: cells['得分'] ?? '',
      grant: cells['最终资助（元）'] ?? '',
      status,
      reason: statusCell.slice(status.length).trim()
    }
  }

  /** Opens 人工调整 for `title`, types the amount (元) and reason, and saves; leaves a refusal open. */
  async adjustGrant(title: string, yuan: string, reason: string): Promise<void> {
    await this.row(this.resultsTable, title)
      .getByRole('button', { name: label('人工调整') })
      .click()
    const dialog = this.dialog(`人工调整：${title}`)
    await dialog.getByLabel('调整后的资助金额（元）').fill(yuan)
    await dialog.getByLabel('调整理由').fill(reason)
    await dialog.getByRole('button', { name: label('保存') }).click()
  }

  /** The 人工调整 dialog of `title`, e.g. to read a refusal at the amount. */
  adjustDialog(title: string): Locator {
    return this.dialog(`人工调整：${title}`)
  }

  /** 撤销调整 of `title`, confirmed. */
  async removeAdjustment(title: string): Promise<void> {
    await this.row(this.resultsTable, title)
      .getByRole('button', { name: label('撤销调整') })
      .click()
    await this.page
      .getByRole('tooltip')
      .getByRole('button', { name: label('撤销调整') })
      .click()
  }

  /** 决定并列次序 from the tie `order` is in, putting it first-preferred-first, with the reason. */
  async orderTie(order: readonly string[], reason: string): Promise<void> {
    await this.row(this.resultsTable, order[0]!)
      .getByRole('button', { name: label('决定并列次序') })
      .click()
    const dialog = this.dialog('决定并列次序')
    const items = dialog.getByRole('list', { name: '决定并列次序' }).getByRole('listitem')
    for (const [wanted, title] of order.entries()) {
      for (;;) {
        const texts = await items.allInnerTexts()
        const at = texts.findIndex((text) => text.includes(title))
        if (at <= wanted) break
        await dialog.getByRole('button', { name: `上移 ${title}` }).click()
      }
    }
    await dialog.getByLabel('并列次序的依据').fill(reason)
    await dialog.getByRole('button', { name: label('保存') }).click()
    await dialog.waitFor({ state: 'hidden' })
  }

  /** 公示结果 with the period typed in (`YYYY-MM-DD`), confirmed. */
  async publish(startsOn: string, endsOn: string): Promise<void> {
    await this.publishButton.click()
    const dialog = this.dialog('公示结果')
    for (const [field, value] of [
      ['公示开始日期', startsOn],
      ['公示结束日期', endsOn]
    ] as const) {
      const input = dialog.getByLabel(field)
      await input.fill(value)
      await input.press('Enter')
    }
    await dialog.getByRole('button', { name: label('公示结果') }).click()
    await confirmWith(this.dialog('确认公示评审结果？'), '公示结果')
    await this.publishedList.waitFor()
  }

  /** Grant and status of `title` on the published list. */
  async published(title: string): Promise<{ grant: string; status: string; note: string }> {
    const cells = await this.cells(this.publishedList, title)
    return {
      grant: cells['资助金额（元）'] ?? '',
      status: cells['状态'] ?? '',
      note: cells['说明'] ?? ''
    }
  }

  /** 登记异议, saved. */
  async addObjection(input: ObjectionInput): Promise<void> {
    await this.objections.getByRole('button', { name: label('登记异议') }).click()
    const dialog = this.dialog('登记异议')
    if (input.receivedOn) {
      const date = dialog.getByLabel('收到日期')
      await date.fill(input.receivedOn)
      await date.press('Enter')
    }
    if (input.target) {
      await dialog.getByLabel('针对').click()
      await this.page.getByTitle(new RegExp(`^${escape(input.target)}（`)).click()
    }
    await dialog.getByLabel('异议人').fill(input.from)
    await dialog.getByLabel('异议内容').fill(input.content)
    await dialog.getByRole('button', { name: label('保存') }).click()
    await dialog.waitFor({ state: 'hidden' })
  }

  /** 处理 the objection from `from`; 撤销资助 is confirmed once more. */
  async answerObjection(from: string, answer: ObjectionAnswer): Promise<void> {
    await this.objectionsTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: from, exact: true }) })
      .getByRole('button', { name: label('处理') })
      .click()
    const dialog = this.dialog('处理异议')
    await dialog.getByLabel('处理意见').fill(answer.response)
    await dialog.getByRole('radio', { name: answer.outcome }).check()
    if (answer.answeredOn) {
      const date = dialog.getByLabel('答复日期')
      await date.fill(answer.answeredOn)
      await date.press('Enter')
    }
    await dialog.getByRole('button', { name: label('保存') }).click()
    if (answer.outcome === '撤销资助') {
      await confirmWith(this.dialog('确认撤销资助？'), '撤销资助')
    }
    await dialog.waitFor({ state: 'hidden' })
  }

  /** Why 立项 is not possible yet, as the tab says under the button (e.g. 公示期至 … 结束). */
  approvalRefusal(): Locator {
    return this.publicity.getByText(/^立项：/)
  }

  /** 立项, confirmed; waits for the projects to show. */
  async approve(): Promise<void> {
    await this.approveButton.click()
    await confirmWith(this.dialog('确认立项？'), '立项')
    await this.projectsTable.waitFor()
  }

  /** The projects 立项 created, as listed. */
  async projects(): Promise<ProjectRowText[]> {
    const headers = (await this.projectsTable.getByRole('columnheader').allInnerTexts()).map(
      (header) => header.trim()
    )
    const column = (name: string) => headers.indexOf(name)
    const rows = await this.projectsTable.getByRole('row').all()
    const projects: ProjectRowText[] = []
    for (const row of rows) {
      const cells = row.getByRole('cell')
      if ((await cells.count()) !== headers.length) continue
      const text = async (name: string) => (await cells.nth(column(name)).innerText()).trim()
      projects.push({
        organization: await text('承接组织'),
        title: await text('项目名称'),
        category: await text('类别'),
        amount: await text('资助金额（元）'),
        approvedOn: await text('立项日期'),
        status: await text('状态'),
        tranches: (await text('拨付计划')).split('\n').map((line) => line.trim())
      })
    }
    return projects
  }

  /** The tranche amounts of the project titled `title`, e.g. `['30,000.00', '18,000.00', …]`. */
  async trancheAmounts(title: string): Promise<string[]> {
    const project = (await this.projects()).find((entry) => entry.title === title)
    return (project?.tranches ?? []).map((line) => /([\d,]+\.\d{2}) 元$/.exec(line)?.[1] ?? '')
  }
}
