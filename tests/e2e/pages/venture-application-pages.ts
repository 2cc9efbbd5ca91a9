import type { Locator, Page } from '@playwright/test'
import { pick } from './antd'
import { confirmWith, label } from './dialogs'

export interface NewApplicationInput {
  organization: string
  /** The track's name, e.g. `为老服务`. */
  track: string
  title: string
}

/** A round's 申报书 tab: the grid of its applications and 新建申报书. */
export class ApplicationsTab {
  readonly grid: Locator
  readonly createButton: Locator
  readonly createDialog: Locator

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid', { name: '申报书列表' })
    this.createButton = page.getByRole('button', { name: label('新建申报书') })
    this.createDialog = page.getByRole('dialog', { name: '新建申报书' })
  }

  /** 新建申报书 for `organization` (found by typing its name) in `track`; lands on the draft. */
  async newApplication(input: NewApplicationInput): Promise<void> {
    await this.createButton.click()
    const dialog = this.createDialog
    await pick(this.page, dialog.getByLabel('申报单位'), input.organization, input.organization)
    await pick(this.page, dialog.getByLabel('申报类别'), input.track)
    await dialog.getByLabel('项目名称').fill(input.title)
    await dialog.getByRole('button', { name: label('保存') }).click()
    await dialog.waitFor({ state: 'hidden' })
    await this.page.waitForURL(/#\/venture\/applications\/[^/]+$/)
  }

  /** The grid row of the application titled `title`. */
  row(title: string): Locator {
    return this.grid.getByRole('row').filter({ hasText: title })
  }

  /**
   * Opens the application titled `title` from its link. The grid re-renders a clipped cell when
   * the pointer arrives (for its tooltip), so the pointer rests on the link before the click.
   */
  async open(title: string): Promise<void> {
    const link = this.grid.getByRole('link', { name: title, exact: true })
    await link.hover()
    await this.page.waitForTimeout(200)
    await link.click()
    await this.page.waitForURL(/#\/venture\/applications\/[^/]+$/)
  }

  /** Switches 显示已归档 on or off. */
  async showArchived(on: boolean): Promise<void> {
    const toggle = this.page.getByRole('switch')
    if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click()
  }
}

export interface BeneficiaryInput {
  type: string
  count: number
}

export interface ActivityInput {
  /** `YYYY-MM`. */
  month: string
  content: string
}

export interface TeamMemberInput {
  /** The social worker's name as the picker lists it (before `（职业水平）`). */
  name: string
  role: string
}

export interface BudgetLineInput {
  category: string
  item: string
  /** 元, as typed. */
  unitPrice: string
  quantity: number
  note?: string
}

export interface ApplicationInput {
  title?: string
  track?: string
  /** Community names to add to the target communities. */
  communities?: string[]
  beneficiaries?: BeneficiaryInput[]
  problem?: string
  objectives?: string
  activities?: ActivityInput[]
  team?: TeamMemberInput[]
  budgetLines?: BudgetLineInput[]
  /** 元, as typed. */
  requested?: string
  /** 元, as typed. */
  matching?: string
  contactName?: string
  contactPhone?: string
}

/** One 申报书: the draft form with its live checks, or the submitted application read-only. */
export class ApplicationPage {
  readonly heading: Locator
  readonly statusTag: Locator
  readonly saveButton: Locator
  readonly submitButton: Locator
  readonly withdrawButton: Locator
  readonly reopenButton: Locator
  readonly printButton: Locator
  /** The list of what still stops 提交; absent when there is nothing left. */
  readonly issueList: Locator
  /**
   * Its entries, each `字段：说明`. The checks follow typing a moment later, so assert on these
   * with `expect(...).toHaveText([...])`, which waits for them to settle.
   */
  readonly issueItems: Locator
  readonly readyNotice: Locator
  readonly lockedNotice: Locator
  readonly events: Locator
  readonly history: Locator
  readonly screening: Locator
  readonly award: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 3 })
    this.statusTag = page.getByLabel('申报书状态')
    this.saveButton = page.getByRole('button', { name: label('保存草稿') })
    this.submitButton = page.getByRole('button', { name: label('提交') })
    this.withdrawButton = page.getByRole('button', { name: label('撤回') })
    this.reopenButton = page.getByRole('button', { name: label('退回修改') })
    this.printButton = page.getByRole('button', { name: label('打印申报书摘要') })
    this.issueList = page.getByRole('list', { name: /^提交前还需处理/ })
    this.issueItems = this.issueList.getByRole('listitem')
    this.readyNotice = page.getByRole('alert').filter({ hasText: '已符合提交条件' })
    this.lockedNotice = page.getByText(/^申报书已(提交|撤回)，内容不能再修改。$/)
    this.events = page.getByRole('region', { name: '办理经过' })
    this.history = page.getByRole('region', { name: '修改记录' })
    this.screening = page.getByRole('region', { name: '资格初审' })
    this.award = page.getByRole('region', { name: '评审结果' })
  }

  /** The status shown beside the title, e.g. `草稿`. */
  async status(): Promise<string> {
    return (await this.statusTag.innerText()).trim()
  }

  /**
   * What stops 提交 as the page shows it now, each as `字段：说明` (or only the reason, for the
   * application as a whole); see {@link issueItems} for waiting on them.
   */
  async liveIssues(): Promise<string[]> {
    if ((await this.issueList.count()) === 0) return []
    return (await this.issueItems.allInnerTexts()).map((text) => text.trim())
  }

  /** The input labelled `name` in the form, e.g. `申请金额（元）`. */
  field(name: string): Locator {
    return this.page.getByLabel(name, { exact: true })
  }

  /** The `index`-th row (from 1) of a list in the form: 服务对象, 活动计划, 项目团队, 预算明细. */
  listRow(list: '服务对象' | '活动计划' | '项目团队' | '预算明细', index: number): Locator {
    return this.page.getByRole('group', { name: `${list} ${index}`, exact: true })
  }

  /** Rows the list has now. */
  async rowCount(list: '服务对象' | '活动计划' | '项目团队' | '预算明细'): Promise<number> {
    return this.page.getByRole('group', { name: new RegExp(`^${list} \\d+$`) }).count()
  }

  async addBeneficiary(row: BeneficiaryInput): Promise<void> {
    const next = (await this.rowCount('服务对象')) + 1
    await this.page.getByRole('button', { name: label('添加服务对象') }).click()
    const group = this.listRow('服务对象', next)
    await group.getByLabel('服务对象类型').fill(row.type)
    await group.getByLabel('人数').fill(String(row.count))
  }

  async addActivity(row: ActivityInput): Promise<void> {
    const next = (await this.rowCount('活动计划')) + 1
    await this.page.getByRole('button', { name: label('添加活动') }).click()
    const group = this.listRow('活动计划', next)
    const month = group.getByLabel('月份')
    await month.fill(row.month)
    await month.press('Enter')
    await group.getByLabel('活动内容').fill(row.content)
  }

  async addTeamMember(row: TeamMemberInput): Promise<void> {
    const next = (await this.rowCount('项目团队')) + 1
    await this.page.getByRole('button', { name: label('添加成员') }).click()
    const group = this.listRow('项目团队', next)
    await pick(this.page, group.getByLabel('社工'), row.name, row.name)
    await group.getByLabel('团队角色').fill(row.role)
  }

  /** Adds a budget line and fills it; its amount is computed on the row. */
  async addBudgetLine(line: BudgetLineInput): Promise<void> {
    const next = (await this.rowCount('预算明细')) + 1
    await this.page.getByRole('button', { name: label('添加预算项') }).click()
    const group = this.listRow('预算明细', next)
    await pick(this.page, group.getByLabel('科目'), line.category)
    await group.getByLabel('支出内容').fill(line.item)
    await group.getByLabel('单价（元）').fill(line.unitPrice)
    await group.getByLabel('数量').fill(String(line.quantity))
    if (line.note) await group.getByLabel('备注').fill(line.note)
  }

  /** The amount the `index`-th budget line (from 1) comes to, as shown, e.g. `60,000.00`. */
  async lineAmount(index: number): Promise<string> {
    return (await this.page.getByLabel(`金额（元） ${index}`, { exact: true }).innerText()).trim()
  }

  /** Fills what is given; list rows are added after those already there. */
  async fill(input: ApplicationInput): Promise<void> {
    if (input.title !== undefined) await this.field('项目名称').fill(input.title)
    if (input.track !== undefined) await pick(this.page, this.field('申报类别'), input.track)
    for (const community of input.communities ?? []) {
      await pick(this.page, this.field('服务社区'), community, community)
      await this.field('服务社区').press('Escape')
    }
    for (const row of input.beneficiaries ?? []) await this.addBeneficiary(row)
    if (input.problem !== undefined) await this.field('问题分析').fill(input.problem)
    if (input.objectives !== undefined) await this.field('项目目标').fill(input.objectives)
    for (const row of input.activities ?? []) await this.addActivity(row)
    for (const row of input.team ?? []) await this.addTeamMember(row)
    for (const line of input.budgetLines ?? []) await this.addBudgetLine(line)
    if (input.requested !== undefined) await this.field('申请金额（元）').fill(input.requested)
    if (input.matching !== undefined) await this.field('配套资金（元）').fill(input.matching)
    if (input.contactName !== undefined) await this.field('联系人').fill(input.contactName)
    if (input.contactPhone !== undefined) await this.field('联系电话').fill(input.contactPhone)
  }

  /** 保存草稿, waiting for the notice that it was saved (with or without open issues). */
  async save(): Promise<void> {
    await this.saveButton.click()
    await this.page
      .getByText(/^草稿已保存/)
      .first()
      .waitFor()
  }

  /** 提交, confirmed; waits until the page shows the application as submitted. */
  async submit(): Promise<void> {
    await this.submitButton.click()
    await confirmWith(this.page.getByRole('dialog', { name: '提交这份申报书？' }), '提交')
    await this.lockedNotice.waitFor()
  }

  /** 撤回 with `reason`, confirmed once more (nothing undoes it). */
  async withdraw(reason: string): Promise<void> {
    await this.takeStep(this.withdrawButton, '撤回', '撤回原因', reason, true)
  }

  /** 退回修改 with `reason`: the application goes back to 草稿. */
  async reopen(reason: string): Promise<void> {
    await this.takeStep(this.reopenButton, '退回修改', '退回修改的原因', reason, false)
  }

  private async takeStep(
    button: Locator,
    name: string,
    field: string,
    reason: string,
    confirm: boolean
  ): Promise<void> {
    await button.click()
    const dialog = this.page.getByRole('dialog', { name, exact: true })
    await dialog.getByLabel(field).fill(reason)
    await dialog.getByRole('button', { name: label(name) }).click()
    if (confirm) {
      await confirmWith(this.page.getByRole('dialog', { name: `确认${name}？` }), name)
    }
    await dialog.waitFor({ state: 'hidden' })
  }

  /** 打印申报书摘要: the print view of this application. */
  async openPrint(): Promise<ApplicationPrintPage> {
    await this.printButton.click()
    await this.page.waitForURL(/\/print$/)
    const print = new ApplicationPrintPage(this.page)
    await print.sheet.waitFor()
    return print
  }
}

/** 申报书摘要: the A4 print view. */
export class ApplicationPrintPage {
  readonly sheet: Locator
  readonly printButton: Locator
  readonly backButton: Locator
  readonly budgetTable: Locator

  constructor(readonly page: Page) {
    this.sheet = page.getByRole('article', { name: '公益创投项目申报书摘要' })
    this.printButton = page.getByRole('button', { name: label('打印') })
    this.backButton = page.getByRole('button', { name: label('返回') })
    this.budgetTable = this.sheet.getByRole('table', { name: '预算明细' })
  }

  /** Everything the sheet says, as text. */
  async text(): Promise<string> {
    return this.sheet.innerText()
  }

  /** The text of the first row that holds `label`, e.g. `申请金额` → its amount and 大写. */
  async rowText(label: string): Promise<string> {
    return (await this.sheet.getByRole('row').filter({ hasText: label }).first().innerText()).trim()
  }

  /** 返回 to the application's page. */
  async back(): Promise<void> {
    await this.backButton.click()
    await this.page.waitForURL(/#\/venture\/applications\/[^/]+$/)
  }
}
