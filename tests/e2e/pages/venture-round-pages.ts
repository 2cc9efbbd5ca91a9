import { expect, type Locator, type Page } from '@playwright/test'
import { confirmWith, label } from './dialogs'

/** What a round form step fills; anything left out keeps the form's value. */
export interface RoundInput {
  year?: number
  name?: string
  /** 元 as a user types it, e.g. `200万` or `2000000`. */
  fundPool?: string
  /** Replaces the tracks, in order; `budget` in 元, left empty to share the pool. */
  tracks?: { name: string; budget?: string }[]
  /** 元, e.g. `20万`. */
  perProjectCap?: string
  maxGrantSharePercent?: number
  /** Replaces the criteria, in order; the weights must add up to 100 for the save to pass. */
  criteria?: { name: string; weight: number }[]
  /** The option as shown, e.g. `中位数`. */
  aggregation?: string
  /** Dates by their label (`开始征集`, `申报截止` … `签约`), `YYYY-MM-DD`. */
  timeline?: Record<string, string>
  /** Replaces the tranche plan; `gate` as shown, e.g. `中期评估合格后`. */
  tranches?: { percent: number; gate: string }[]
}

/** The drawer that creates, copies or edits a round. */
export class RoundForm {
  readonly dialog: Locator
  readonly saveButton: Locator
  readonly cancelButton: Locator

  constructor(
    readonly page: Page,
    title: string | RegExp = /^(新建批次|复制上年批次|编辑：)/
  ) {
    this.dialog = page.getByRole('dialog', { name: title })
    this.saveButton = this.dialog.getByRole('button', { name: label('保存') })
    this.cancelButton = this.dialog.getByRole('button', { name: label('取消') })
  }

  /** The input labelled exactly `text` inside the drawer. */
  field(text: string): Locator {
    return this.dialog.getByLabel(text, { exact: true })
  }

  /**
   * Picks `option` in the select labelled `field`. Its list is the only one open (the last one
   * has faded out), and the option is the last visible element with that title: the chosen
   * values of the form's selects carry the same titles above it.
   */
  async choose(field: string, option: string): Promise<void> {
    const lists = this.page.getByRole('listbox')
    await this.field(field).click()
    await expect(lists).toHaveCount(1)
    await this.page.getByTitle(option, { exact: true }).filter({ visible: true }).last().click()
    await expect(lists).toHaveCount(0)
  }

  /** Rows of a list editor as they stand, counted by the list's delete buttons. */
  private async rowCount(removeLabel: string): Promise<number> {
    return this.dialog.getByRole('button', { name: new RegExp(`^${removeLabel} \\d+$`) }).count()
  }

  /**
   * Makes a list editor hold `wanted` rows: adds rows at the end or deletes the last ones, then
   * lets `fill` fill row n (1-based).
   */
  private async replaceRows<T>(
    wanted: readonly T[],
    addLabel: string,
    removeLabel: string,
    fill: (row: T, n: number) => Promise<void>
  ): Promise<void> {
    let count = await this.rowCount(removeLabel)
    for (; count < wanted.length; count += 1) {
      await this.dialog.getByRole('button', { name: label(addLabel) }).click()
    }
    for (; count > wanted.length; count -= 1) {
      await this.dialog
        .getByRole('button', { name: `${removeLabel} ${count}`, exact: true })
        .click()
    }
    for (const [index, row] of wanted.entries()) await fill(row, index + 1)
  }

  /** Fills what is given, leaving every other field as it is. */
  async fill(input: RoundInput): Promise<void> {
    if (input.year !== undefined) await this.field('年度').fill(String(input.year))
    if (input.name !== undefined) await this.field('批次名称').fill(input.name)
    if (input.fundPool !== undefined) await this.field('资金池（元）').fill(input.fundPool)
    if (input.tracks) {
      await this.replaceRows(input.tracks, '添加类别', '删除类别', async (track, n) => {
        await this.field(`类别名称 ${n}`).fill(track.name)
        await this.field(`类别预算（元） ${n}`).fill(track.budget ?? '')
      })
    }
    if (input.perProjectCap !== undefined) {
      await this.field('单个项目上限（元）').fill(input.perProjectCap)
    }
    if (input.maxGrantSharePercent !== undefined) {
      await this.field('资助占预算总额上限（%）').fill(String(input.maxGrantSharePercent))
    }
    if (input.criteria) {
      await this.replaceRows(input.criteria, '添加评审项', '删除评审项', async (criterion, n) => {
        await this.field(`评审项 ${n}`).fill(criterion.name)
        await this.field(`满分 ${n}`).fill(String(criterion.weight))
      })
    }
    if (input.aggregation) await this.choose('评分汇总方式', input.aggregation)
    for (const [step, date] of Object.entries(input.timeline ?? {})) {
      await this.field(step).fill(date)
      await this.field(step).press('Enter')
    }
    if (input.tranches) {
      await this.replaceRows(input.tranches, '添加一期', '删除这一期', async (tranche, n) => {
        await this.field(`拨付比例（%） ${n}`).fill(String(tranche.percent))
        await this.choose(`拨付条件 ${n}`, tranche.gate)
      })
    }
  }

  /** 保存, and waits for the drawer to close (it stays open when the round is refused). */
  async save(): Promise<void> {
    await this.saveButton.click()
    await this.dialog.waitFor({ state: 'hidden' })
  }

  /** 取消 after typing, confirmed with 放弃修改 (untouched, 取消 closes the drawer at once). */
  async discard(): Promise<void> {
    await this.cancelButton.click()
    await confirmWith(
      this.page.getByRole('dialog').filter({ hasText: '放弃未保存的修改？' }),
      '放弃修改'
    )
    await this.dialog.waitFor({ state: 'hidden' })
  }

  /** A refusal shown in the drawer, at its field or above the form. */
  error(text: string | RegExp): Locator {
    return this.dialog.getByText(text)
  }
}

/** 公益创投: the rounds grid with 新建批次 and 复制上年批次, and the 评审专家库 tab. */
export class VentureRoundsPage {
  readonly navItem: Locator
  readonly heading: Locator
  readonly roundsTab: Locator
  readonly reviewersTab: Locator
  readonly grid: Locator
  readonly createButton: Locator
  readonly copyButton: Locator

  constructor(readonly page: Page) {
    this.navItem = page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', {
      name: '公益创投'
    })
    this.heading = page.getByRole('heading', { level: 3, name: '公益创投' })
    this.roundsTab = page.getByRole('tab', { name: '批次', exact: true })
    this.reviewersTab = page.getByRole('tab', { name: '评审专家库', exact: true })
    this.grid = page.getByRole('grid', { name: '批次列表' })
    this.createButton = page.getByRole('button', { name: label('新建批次') })
    this.copyButton = page.getByRole('button', { name: label('复制上年批次') })
  }

  /** Opens 公益创投 from the left navigation. */
  async open(): Promise<void> {
    await this.navItem.click()
    await this.heading.waitFor()
  }

  /** Switches to the 评审专家库 tab. */
  async openReviewers(): Promise<void> {
    await this.reviewersTab.click()
  }

  /** The grid row of the round named `name`. */
  row(name: string): Locator {
    return this.grid.getByRole('row').filter({ hasText: name })
  }

  /** 新建批次 with `input` over the defaults; lands on the new round's page. */
  async createRound(input: RoundInput): Promise<void> {
    await this.createButton.click()
    const form = new RoundForm(this.page, '新建批次')
    await form.fill(input)
    await form.save()
  }

  /** 复制上年批次 from the latest round, a year on, with `changes`; lands on the copy's page. */
  async copyLastYear(changes: RoundInput = {}): Promise<void> {
    await this.copyButton.click()
    const form = new RoundForm(this.page, /^复制上年批次/)
    await form.fill(changes)
    await form.save()
  }

  /** Opens the round named `name` from the grid. */
  async openRound(name: string): Promise<void> {
    await this.row(name).getByRole('link', { name, exact: true }).click()
  }
}

/** One round: its stage steps, 编辑, 归档 and the tabs 概况 / 申报书 / 初审 / 评审 / 结果. */
export class RoundPage {
  /** The name, status, year and fund pool at the top of the page. */
  readonly summary: Locator
  readonly heading: Locator
  readonly editButton: Locator
  readonly archiveButton: Locator
  readonly timeline: Locator
  readonly rules: Locator
  readonly events: Locator
  readonly history: Locator

  constructor(readonly page: Page) {
    this.summary = page.getByRole('region', { name: '批次概要' })
    this.heading = this.summary.getByRole('heading', { level: 3 })
    this.editButton = page.getByRole('button', { name: label('编辑') })
    this.archiveButton = page.getByRole('button', { name: label('归档') })
    this.timeline = page.getByRole('region', { name: '时间安排' })
    this.rules = page.getByRole('region', { name: '批次规则' })
    this.events = page.getByRole('region', { name: '办理经过' })
    this.history = page.getByRole('region', { name: '修改记录' })
  }

  /** The status tag beside the round's name, e.g. `征集中`. */
  status(text: string): Locator {
    return this.summary.getByText(text, { exact: true })
  }

  /** A stage step's button: `开始征集`, `截止申报` or `开始评审`. */
  stage(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true }).first()
  }

  /** Why a stage step is not offered yet, as the page explains it under the buttons. */
  refusal(name: string): Locator {
    return this.page.getByText(new RegExp(`^${name}：`))
  }

  /** The confirmation a stage step asks for, saying what the step changes. */
  confirmation(name: string): Locator {
    return this.page.getByRole('dialog').filter({ hasText: `确认${name}？` })
  }

  /** Takes a stage step and confirms it. */
  async takeStage(name: string): Promise<void> {
    await this.stage(name).click()
    await confirmWith(this.confirmation(name), name)
  }

  /** 编辑 with `changes`, saved; only the name and dates are open once the call has started. */
  async edit(changes: RoundInput): Promise<void> {
    await this.editButton.click()
    const form = new RoundForm(this.page, /^编辑：/)
    await form.fill(changes)
    await form.save()
  }

  /** The drawer 编辑 opens, for checking a refusal or what is locked. */
  editForm(): RoundForm {
    return new RoundForm(this.page, /^编辑：/)
  }

  /** A tab of the round: `概况`, `申报书`, `初审`, `评审` or `结果`. */
  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true })
  }

  /** Switches to the tab `name`; the address keeps it (`?tab=`). */
  async switchTab(name: '概况' | '申报书' | '初审' | '评审' | '结果'): Promise<void> {
    await this.tab(name).click()
  }

  /** Back to 公益创投 through the breadcrumb. */
  async backToList(): Promise<void> {
    await this.page.getByRole('link', { name: '公益创投', exact: true }).click()
  }
}
