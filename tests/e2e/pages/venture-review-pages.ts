import type { Locator, Page } from '@playwright/test'
import { confirmWith, label } from './dialogs'

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export interface ExpertInput {
  name: string
  affiliation?: string
  /** 单位统一社会信用代码. */
  uscc?: string
  title?: string
  phone?: string
}

/** 评审专家库 (a tab of the 公益创投 page): the pool's grid and the 新增专家 dialog. */
export class ReviewerPoolPage {
  readonly grid: Locator
  readonly addButton: Locator
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid', { name: '评审专家列表' })
    this.addButton = page.getByRole('button', { name: label('新增专家') })
    this.dialog = page.getByRole('dialog', { name: '新增专家', exact: true })
  }

  /** Opens 新增专家 and fills the fields given; leaves the dialog open. */
  async fillExpert(input: ExpertInput): Promise<void> {
    await this.addButton.click()
    await this.dialog.getByLabel('专家姓名').fill(input.name)
    if (input.affiliation) await this.dialog.getByLabel('工作单位').fill(input.affiliation)
    if (input.uscc) await this.dialog.getByLabel('单位统一社会信用代码').fill(input.uscc)
    if (input.title) await this.dialog.getByLabel('职称 / 职务').fill(input.title)
    if (input.phone) await this.dialog.getByLabel('联系电话').fill(input.phone)
  }

  /** Clicks 保存 in the open dialog (which stays open when the save is refused). */
  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: label('保存') }).click()
  }

  /** Adds an expert and waits until the dialog has closed. */
  async addExpert(input: ExpertInput): Promise<void> {
    await this.fillExpert(input)
    await this.save()
    await this.dialog.waitFor({ state: 'hidden' })
  }

  /** A message shown in the open dialog, e.g. the USCC check-digit refusal under its field. */
  dialogMessage(text: string | RegExp): Locator {
    return this.dialog.getByText(text)
  }

  /** The grid row of an expert. */
  row(name: string): Locator {
    return this.grid.getByRole('row').filter({ hasText: name })
  }
}

export interface EligibilityRow {
  rule: string
  passed: boolean
  reason: string
}

/** 初审 tab of a round: one card (region) per application, 待初审 and 已作结论 tabs. */
export class ScreeningTab {
  readonly waitingTab: Locator
  readonly decidedTab: Locator

  constructor(readonly page: Page) {
    this.waitingTab = page.getByRole('tab', { name: /^待初审/ })
    this.decidedTab = page.getByRole('tab', { name: /^已作结论/ })
  }

  /** The card of an application, by its title. */
  card(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true })
  }

  /** The eligibility rows of a waiting application (or, once decided, those it was decided on). */
  async eligibility(title: string): Promise<EligibilityRow[]> {
    const table = this.card(title).getByRole('table', { name: /资格审查$/ })
    await table.getByRole('row').nth(1).waitFor()
    const rows: EligibilityRow[] = []
    for (const row of await table.getByRole('row').all()) {
      const cells = await row.getByRole('cell').allTextContents()
      if (cells.length !== 3) continue
      rows.push({ rule: cells[0]!, passed: cells[1]!.includes('✓'), reason: cells[2]! })
    }
    return rows
  }

  /** 初审通过, with the opinion when given; waits for the dialog to close. */
  async pass(title: string, note?: string): Promise<void> {
    await this.card(title)
      .getByRole('button', { name: label('初审通过') })
      .click()
    const dialog = this.page.getByRole('dialog', { name: '初审通过', exact: true })
    if (note) await dialog.getByLabel('初审意见').fill(note)
    await dialog.getByRole('button', { name: label('初审通过') }).click()
    await dialog.waitFor({ state: 'hidden' })
  }

  /**
   * 初审通过 without an opinion where one is required: leaves the dialog open and returns the
   * refusal shown in it.
   */
  async passRefused(title: string): Promise<Locator> {
    await this.card(title)
      .getByRole('button', { name: label('初审通过') })
      .click()
    const dialog = this.page.getByRole('dialog', { name: '初审通过', exact: true })
    await dialog.getByRole('button', { name: label('初审通过') }).click()
    return dialog.getByRole('alert')
  }

  /** 初审不通过 with the reason, confirmed; waits for the dialog to close. */
  async fail(title: string, reason: string): Promise<void> {
    await this.card(title)
      .getByRole('button', { name: label('初审不通过') })
      .click()
    const dialog = this.page.getByRole('dialog', { name: '初审不通过', exact: true })
    await dialog.getByLabel('初审不通过的理由').fill(reason)
    await dialog.getByRole('button', { name: label('初审不通过') }).click()
    await confirmWith(
      this.page.getByRole('dialog', { name: '确认初审不通过？', exact: true }),
      '初审不通过'
    )
    await dialog.waitFor({ state: 'hidden' })
  }
}

/** 评审 tab of a round: batch assignment, progress per application, load, review day. */
export class ReviewTab {
  readonly assignSection: Locator
  readonly progressTable: Locator
  readonly loadTable: Locator
  readonly reviewDayButton: Locator

  constructor(readonly page: Page) {
    this.assignSection = page.getByRole('region', { name: '批量分配评审专家' })
    this.progressTable = page.getByRole('table', { name: '评审进度' })
    this.loadTable = page.getByRole('table', { name: '专家工作量' })
    this.reviewDayButton = page.getByRole('button', { name: /进入评审日模式/ })
  }

  /**
   * 分配 with every expert in use (the default) and `perApplication` experts per application;
   * returns the outcome notice (created, conflicts left out, applications short of experts).
   */
  async assign(perApplication: number): Promise<Locator> {
    await this.assignSection.getByLabel('每份申报书的专家人数').fill(String(perApplication))
    await this.assignSection.getByRole('button', { name: label('分配') }).click()
    const outcome = this.assignSection
      .getByRole('alert')
      .filter({ hasText: /已新分配|没有需要新分配/ })
    await outcome.waitFor()
    return outcome
  }

  /** The progress row of an application, by its title. */
  progressRow(title: string): Locator {
    return this.progressTable.getByRole('row').filter({ hasText: title }).first()
  }

  /** e.g. `已提交 2 / 5` for an application. */
  async progress(title: string): Promise<string> {
    return (await this.progressRow(title).getByLabel('评审进度').textContent()) ?? ''
  }

  /** Whether the application shows the 完成 tick. */
  complete(title: string): Locator {
    return this.progressRow(title).getByText('完成', { exact: true })
  }

  /** Opens the review-day mode. */
  async enterReviewDay(): Promise<void> {
    await this.reviewDayButton.click()
  }
}

/** 评审日模式: experts take turns at one PC, declare, then score. */
export class ReviewDayPage {
  readonly expertSelect: Locator
  readonly switchExpertButton: Locator
  readonly total: Locator
  readonly submittedNotice: Locator
  readonly exitLink: Locator

  constructor(readonly page: Page) {
    this.expertSelect = page.getByLabel('当前评审专家')
    this.switchExpertButton = page.getByRole('button', { name: label('换下一位专家') })
    this.total = page.getByLabel('合计')
    this.submittedNotice = page.getByText('评分表已提交；如需修改，请由工作人员退回重评')
    this.exitLink = page.getByRole('link', { name: '退出评审日模式' })
  }

  /** Step 1: the expert who sits at the PC now, by name. */
  async chooseExpert(name: string): Promise<void> {
    await this.expertSelect.click()
    await this.expertSelect.fill(name)
    await this.page.getByTitle(new RegExp(`^${escape(name)}`)).click()
  }

  /** The card of one of the current expert's applications. */
  application(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true })
  }

  /** Step 2: opens an application (declaration first when not yet declared). */
  async openApplication(title: string): Promise<void> {
    await this.application(title).getByRole('button').click()
  }

  /** Declares 无利益冲突 and confirms; the score sheet appears. */
  async declareNoConflict(): Promise<void> {
    await this.declare('无利益冲突')
  }

  /** Declares 有利益冲突（回避） with its explanation and confirms. */
  async declareConflict(note: string): Promise<void> {
    await this.declare('有利益冲突（回避）', note)
  }

  private async declare(choice: string, note?: string): Promise<void> {
    await this.page.getByText(choice, { exact: true }).click()
    if (note) await this.page.getByLabel('利益冲突说明').fill(note)
    await this.page.getByRole('button', { name: label('确认声明') }).click()
    await confirmWith(
      this.page.getByRole('dialog', { name: '确认这份声明？', exact: true }),
      '确认声明'
    )
  }

  /** The score input of a criterion, by its name (e.g. 需求分析). */
  score(criterion: string): Locator {
    return this.page.getByLabel(new RegExp(`^${escape(criterion)}（满分`))
  }

  /** Types a score for a criterion. */
  async fillScore(criterion: string, value: number): Promise<void> {
    await this.score(criterion).fill(String(value))
  }

  /** Types the 评审意见. */
  async fillComment(text: string): Promise<void> {
    await this.page.getByLabel('评审意见').fill(text)
  }

  /** 暂存 the sheet as it stands. */
  async saveDraft(): Promise<void> {
    await this.page.getByRole('button', { name: label('暂存') }).click()
  }

  /** 提交评分, confirmed; waits for the read-only notice. */
  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: label('提交评分') }).click()
    await confirmWith(
      this.page.getByRole('dialog', { name: '提交评分表？', exact: true }),
      '提交评分'
    )
    await this.submittedNotice.waitFor()
  }

  /** Back from an application to the current expert's list. */
  async backToList(): Promise<void> {
    await this.page.getByRole('button', { name: label('返回申报书列表') }).click()
  }

  /** 换下一位专家; `discard` confirms dropping scores not yet kept. */
  async switchExpert(options: { discard?: boolean } = {}): Promise<void> {
    await this.switchExpertButton.click()
    if (options.discard) {
      await confirmWith(
        this.page.getByRole('dialog', { name: '评分还没有暂存', exact: true }),
        '放弃改动'
      )
    }
    await this.expertSelect.waitFor()
  }
}
