import { expect, type Locator, type Page } from '@playwright/test'
import { fillDate, pick } from './antd'
import { confirmWith, label } from './dialogs'

/** 项目管理: every project of both channels and 新建购买服务项目. */
export class ProjectsPage {
  readonly navItem: Locator
  readonly heading: Locator
  readonly grid: Locator
  readonly createButton: Locator

  constructor(readonly page: Page) {
    this.navItem = page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', {
      name: '项目管理'
    })
    this.heading = page.getByRole('heading', { level: 3, name: '项目管理' })
    this.grid = page.getByRole('grid', { name: '项目列表' })
    this.createButton = page.getByRole('button', { name: label('新建购买服务项目') })
  }

  /** Opens 项目管理 from the left navigation. */
  async open(): Promise<void> {
    await this.navItem.click()
    await this.heading.waitFor()
  }
}

export interface BidderInput {
  name: string
  /** 元, as typed. */
  quote?: string
  score?: number
}

export interface ProcurementInput {
  /** The method as the select shows it, e.g. `单一来源采购` or `公开招标`. */
  method: string
  /** The method's own fields by label; values shaped `YYYY-MM-DD` are typed as dates. */
  fields: Record<string, string>
  bidders: BidderInput[]
  /** The winner's name, as listed among the bidders. */
  awarded: string
  awardedOn: string
}

export interface PurchaseProjectInput {
  title: string
  purchaser: string
  /** The 服务目录 item's name, found by typing it. */
  catalogueItem: string
  budgetSource: string
  /** The provider's name, found by typing it. */
  organization: string
  /** A community the project serves, found by typing its name. */
  community?: string
  /** 元, as typed, e.g. `300000` or `30万`. */
  amount: string
  /** `YYYY-MM-DD`; the end follows one year on. */
  startOn: string
  procurement: ProcurementInput
  /** The 绩效目标表 template's name as the select shows it. */
  template: string
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** The drawer 新建政府购买服务项目. */
export class PurchaseProjectForm {
  readonly dialog: Locator
  readonly saveButton: Locator
  /** `大写：人民币叁拾万元整` under the amount. */
  readonly amountInWords: Locator
  /** `合同期 12 个月` under the end date. */
  readonly periodLength: Locator
  /** `比例合计 100% / 100%` under the tranches. */
  readonly trancheTotal: Locator
  /** Each tranche's amount as worked out while typing, e.g. `150,000.00 元`. */
  readonly trancheAmounts: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: '新建政府购买服务项目' })
    this.saveButton = this.dialog.getByRole('button', { name: label('保存') })
    this.amountInWords = this.dialog.getByText(/^大写：/)
    this.periodLength = this.dialog.getByText(/^合同期 \d+ 个月$/)
    this.trancheTotal = this.dialog.getByText(/^比例合计 /)
    this.trancheAmounts = this.dialog.getByText(/^[\d,]+\.\d{2} 元$/)
  }

  /** The input labelled exactly `text` inside the drawer. */
  field(text: string | RegExp): Locator {
    return this.dialog.getByLabel(text, { exact: true })
  }

  /** The percent input of the `no`th tranche (from 1), and the gate its select shows. */
  tranche(no: number): { percent: Locator; gate: Locator } {
    return {
      percent: this.field(`比例 ${no}`),
      gate: this.field(`拨付条件 ${no}`)
        .locator(
          'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]'
        )
        .locator('.ant-select-content')
    }
  }

  private async typeField(field: Locator, value: string): Promise<void> {
    if (DATE.test(value)) await fillDate(field, value)
    else await field.fill(value)
  }

  /** Fills the whole form; the tranches are left at the default 50 / 30 / 20. */
  async fill(input: PurchaseProjectInput): Promise<void> {
    const { page } = this
    await this.field('项目名称').fill(input.title)
    await this.field('购买方').fill(input.purchaser)
    await pick(page, this.field('服务目录事项'), input.catalogueItem, input.catalogueItem)
    await pick(page, this.field('资金来源'), input.budgetSource)
    await pick(page, this.field('承接组织'), input.organization, input.organization)
    if (input.community) {
      await pick(page, this.field('服务社区'), input.community, input.community)
    }
    await this.field('合同金额（元）').fill(input.amount)
    await fillDate(this.field('服务开始日期'), input.startOn)

    const { procurement } = input
    await pick(page, this.field('采购方式'), procurement.method)
    for (const [name, value] of Object.entries(procurement.fields)) {
      await this.typeField(this.field(name), value)
    }
    for (const [index, bidder] of procurement.bidders.entries()) {
      const n = index + 1
      await this.dialog
        .getByRole('button', { name: /(^|\s)添加(供应商|投标人|入围供应商)$/ })
        .click()
      await this.field(`名称 ${n}`).fill(bidder.name)
      if (bidder.quote !== undefined) await this.field(`报价（元） ${n}`).fill(bidder.quote)
      if (bidder.score !== undefined) await this.field(`综合评分 ${n}`).fill(String(bidder.score))
    }
    const winner = procurement.bidders.findIndex((bidder) => bidder.name === procurement.awarded)
    await pick(
      page,
      this.field(/^中标（成交）(供应商|投标人|入围供应商)$/),
      `${winner + 1}. ${procurement.awarded}`
    )
    await fillDate(this.field('中标（成交）日期'), procurement.awardedOn)

    await pick(page, this.field('绩效目标表模板'), input.template)
  }

  /** 保存; lands on the new project's page. */
  async save(): Promise<void> {
    await this.saveButton.click()
    await this.dialog.waitFor({ state: 'hidden' })
    await this.page.waitForURL(/#\/projects\/[^/?]+$/)
  }
}

export type ProjectTab =
  '概况' | '协议与变更' | '绩效目标' | '服务记录' | '拨付' | '评估' | '双向评估' | '操作记录'

const TAB_KEYS: Readonly<Record<ProjectTab, string>> = {
  概况: 'overview',
  协议与变更: 'agreement',
  绩效目标: 'indicators',
  服务记录: 'activities',
  拨付: 'payments',
  评估: 'evaluations',
  双向评估: 'mutual',
  操作记录: 'history'
}

/** One project: its summary, status, tabs, and the 到期事项 on 概况. */
export class ProjectPage {
  readonly summary: Locator
  readonly heading: Locator
  readonly statusTag: Locator
  readonly due: Locator

  constructor(readonly page: Page) {
    this.summary = page.getByRole('region', { name: '项目概要' })
    this.heading = this.summary.getByRole('heading', { level: 3 })
    this.statusTag = page.getByLabel('项目状态')
    this.due = page.getByRole('region', { name: '到期事项' })
  }

  /** The project's hash route, e.g. `/projects/…`, to come back to it later. */
  route(): string {
    return new URL(this.page.url()).hash.slice(1).split('?')[0]!
  }

  /** Opens the project at `route` on `tab`, reloading the app (so it reads the clock afresh). */
  async open(route: string, tab: ProjectTab = '概况'): Promise<void> {
    const query = tab === '概况' ? '' : `?tab=${TAB_KEYS[tab]}`
    await this.page.goto(`/#${route}${query}`)
    await this.page.reload()
    await this.tab(tab).waitFor()
  }

  tab(name: ProjectTab): Locator {
    return this.page.getByRole('tab', { name, exact: true })
  }

  async switchTab(name: ProjectTab): Promise<void> {
    await this.tab(name).click()
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true')
  }

  /** A line of 到期事项 by its title, e.g. `中期评估`, with its date and days left. */
  dueItem(title: string): Locator {
    return this.due.getByText(title, { exact: true }).locator('xpath=..')
  }

  /** A notice of the app, e.g. `已新建项目：…`. */
  message(text: string | RegExp): Locator {
    return this.page.getByText(text)
  }
}

export interface AgreementInput {
  number: string
  terms: string
}

/** 协议与变更: the draft agreement, its signing and the locked agreement. */
export class AgreementTab {
  readonly draftButton: Locator
  readonly form: Locator
  readonly headings: Locator
  readonly signButton: Locator
  readonly lockedNotice: Locator
  readonly effectiveTerms: Locator

  constructor(readonly page: Page) {
    this.draftButton = page.getByRole('button', { name: label('起草协议') })
    this.form = page.getByRole('dialog', { name: /^(起草协议|编辑协议：)/ })
    this.headings = this.form.getByRole('group', { name: /^条款要点/ })
    this.signButton = page.getByRole('button', { name: label('签订') })
    this.lockedNotice = page.getByText(/^协议 .+ 已于 \d{4}-\d{2}-\d{2} 签订，不能再修改/)
    this.effectiveTerms = page.getByRole('region', { name: '现行条款' })
  }

  /** The input labelled exactly `text` in the agreement drawer, e.g. `甲方`. */
  field(text: string): Locator {
    return this.form.getByLabel(text, { exact: true })
  }

  /** 起草协议: opens the drawer, prefilled from the project. */
  async openDraft(): Promise<void> {
    await this.draftButton.click()
    await this.form.waitFor()
  }

  /** Types the number and replaces the terms' skeleton with `terms`. */
  async fillDraft(input: AgreementInput): Promise<void> {
    await this.field('合同编号').fill(input.number)
    await this.field('合同条款').fill(input.terms)
  }

  /** 保存 in the drawer; waits until it has closed. */
  async saveDraft(): Promise<void> {
    await this.form.getByRole('button', { name: label('保存') }).click()
    await this.form.waitFor({ state: 'hidden' })
  }

  /** 签订 on `signedOn` (today when omitted), confirmed. */
  async sign(number: string, signedOn?: string): Promise<void> {
    await this.signButton.click()
    const dialog = this.page.getByRole('dialog', { name: `签订协议：${number}` })
    if (signedOn) await fillDate(dialog.getByLabel('签订日期'), signedOn)
    await dialog.getByRole('button', { name: label('签订') }).click()
    await confirmWith(this.page.getByRole('dialog', { name: '确认签订协议？' }), '签订')
    await dialog.waitFor({ state: 'hidden' })
  }
}
