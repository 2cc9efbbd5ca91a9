import type { Locator, Page } from '@playwright/test'
import { fillDate, pick } from './antd'
import { confirmWith, label } from './dialogs'

export interface NewEvaluationInput {
  kind: '中期' | '末期' | '年度'
  mode: '自评' | '购买方评价' | '第三方评估'
  evaluators: string
  /** `YYYY-MM-DD`; today when omitted. */
  evaluatedOn?: string
}

export interface EvaluationScoresInput {
  /** A score per leaf indicator, by its name. */
  scores: Record<string, number>
  /** 评分依据 by indicator name, where given. */
  evidence?: Record<string, string>
  survey?: { surveyed: number; satisfied: number }
  findings?: string
  recommendations?: string
}

/** The cells of a table row by their column header. */
async function cellsByHeader(table: Locator, row: Locator): Promise<Record<string, string>> {
  await row.waitFor()
  const headers = await table.getByRole('columnheader').allInnerTexts()
  const cells = await row.getByRole('cell').allInnerTexts()
  return Object.fromEntries(headers.map((header, i) => [header.trim(), (cells[i] ?? '').trim()]))
}

/** A project's 评估 tab: the list, 新建评估 and the score sheet of the open draft. */
export class EvaluationsTab {
  readonly list: Locator
  readonly newButton: Locator
  readonly newDialog: Locator
  /** The 拨付条件 notice of the open draft: which tranche its 定稿 decides. */
  readonly gateNotice: Locator
  /** `83 分 良好（按本单位分数线：合格）`, or how many indicators are still unscored. */
  readonly total: Locator
  readonly satisfactionRate: Locator

  constructor(readonly page: Page) {
    this.list = page.getByRole('table', { name: '项目评估列表' })
    this.newButton = page.getByRole('button', { name: label('新建评估') })
    this.newDialog = page.getByRole('dialog', { name: '新建评估' })
    this.gateNotice = page.getByRole('alert').filter({ hasText: '拨付条件' })
    this.total = page.getByLabel('总分', { exact: true })
    this.satisfactionRate = page.getByLabel('满意率', { exact: true }).last()
  }

  /** The title of the open score sheet or report, e.g. `中期评估 第 1 版（草稿）`. */
  sheetTitle(text: string | RegExp): Locator {
    return this.page.getByText(text, { exact: true })
  }

  /** 新建评估, created; the new draft opens below the list. */
  async create(input: NewEvaluationInput): Promise<void> {
    await this.newButton.click()
    const dialog = this.newDialog
    await pick(this.page, dialog.getByLabel('类型'), input.kind)
    await pick(this.page, dialog.getByLabel('方式'), input.mode)
    if (input.evaluatedOn) await fillDate(dialog.getByLabel('评估日期'), input.evaluatedOn)
    await dialog.getByLabel('评估人').fill(input.evaluators)
    await dialog.getByRole('button', { name: label('新建评估') }).click()
    await dialog.waitFor({ state: 'hidden' })
  }

  /** The score input of a leaf indicator. */
  score(indicator: string): Locator {
    return this.page.getByLabel(`${indicator}得分`, { exact: true })
  }

  /** Types the scores, their basis, the survey and the texts into the open draft. */
  async fillScores(input: EvaluationScoresInput): Promise<void> {
    for (const [indicator, score] of Object.entries(input.scores)) {
      await this.score(indicator).fill(String(score))
    }
    for (const [indicator, text] of Object.entries(input.evidence ?? {})) {
      await this.page.getByLabel(`${indicator}评分依据`, { exact: true }).fill(text)
    }
    if (input.survey) {
      await this.page.getByLabel('调查人数', { exact: true }).fill(String(input.survey.surveyed))
      await this.page.getByLabel('满意人数', { exact: true }).fill(String(input.survey.satisfied))
    }
    if (input.findings) await this.page.getByLabel('评估发现').fill(input.findings)
    if (input.recommendations) await this.page.getByLabel('改进建议').fill(input.recommendations)
  }

  /** 定稿, confirmed: the evaluation is saved and locked. */
  async finalize(): Promise<void> {
    await this.page.getByRole('button', { name: label('定稿') }).click()
    await confirmWith(this.page.getByRole('dialog', { name: '确认定稿？' }), '定稿')
    await this.sheetTitle(/（定稿）$/).waitFor()
  }

  /** The list row of the `kind` evaluation's version `version`, by column. */
  async row(kind: string, version = 1): Promise<Record<string, string>> {
    const row = this.list
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: kind, exact: true }) })
      .filter({ has: this.page.getByRole('cell', { name: `第 ${version} 版`, exact: true }) })
    return cellsByHeader(this.list, row)
  }
}

export type MutualSideLabel = '购买方' | '承接方'

export interface MutualSheetInput {
  rater: string
  /** The side's score of each obligation (both sides' obligations), by obligation name. */
  scores: Record<string, number>
  comments?: Record<string, string>
}

/** A project's 双向评估 tab: the periods, 新建双向评估, both sheets and the comparison. */
export class MutualEvaluationsTab {
  readonly list: Locator
  readonly newButton: Locator
  readonly newDialog: Locator
  readonly comparison: Locator

  constructor(readonly page: Page) {
    this.list = page.getByRole('table', { name: '双向评估列表' })
    this.newButton = page.getByRole('button', { name: label('新建双向评估') })
    this.newDialog = page.getByRole('dialog', { name: '新建双向评估' })
    this.comparison = page.getByRole('table', { name: '双方评分比较表' })
  }

  /** `购买方合计 100 分；承接方合计 100 分` under the obligations of 新建双向评估. */
  newTotals(): Locator {
    return this.newDialog.getByText(/^购买方合计 \d+ 分；承接方合计 \d+ 分$/)
  }

  /** 新建双向评估: opens the dialog with the office's default obligations. */
  async openNew(): Promise<void> {
    await this.newButton.click()
    await this.newDialog.waitFor()
  }

  /** 保存 in 新建双向评估; the new evaluation opens below the list. */
  async saveNew(): Promise<void> {
    await this.newDialog.getByRole('button', { name: label('保存') }).click()
    await this.newDialog.waitFor({ state: 'hidden' })
  }

  /** The open evaluation of the period labelled `period`, e.g. `2027年度`. */
  view(period: string): Locator {
    return this.page.getByRole('region', { name: period, exact: true })
  }

  /** One side's sheet, e.g. `购买方填写`. */
  sheet(side: MutualSideLabel): Locator {
    return this.page.getByLabel(`${side}填写`, { exact: true })
  }

  /** Fills `side`'s sheet: who rates, and a score (and comment) per obligation. */
  async fillSheet(side: MutualSideLabel, input: MutualSheetInput): Promise<void> {
    const sheet = this.sheet(side)
    await sheet.getByLabel('评价人').fill(input.rater)
    for (const [name, score] of Object.entries(input.scores)) {
      await sheet.getByLabel(`${side}对“${name}”的评分`, { exact: true }).fill(String(score))
    }
    for (const [name, comment] of Object.entries(input.comments ?? {})) {
      await sheet.getByLabel(`${side}对“${name}”的说明`, { exact: true }).fill(comment)
    }
  }

  /** 提交 `side`'s sheet, confirmed; it turns read only. */
  async submitSheet(side: MutualSideLabel): Promise<void> {
    const sheet = this.sheet(side)
    await sheet.getByRole('button', { name: label('提交') }).click()
    await confirmWith(this.page.getByRole('dialog', { name: `提交${side}的评价表？` }), '提交')
    await this.submittedLine(side).waitFor()
  }

  /** `王敏 于 2027-09-30 提交` on a submitted sheet. */
  submittedLine(side: MutualSideLabel): Locator {
    return this.sheet(side).getByText(/ 于 \d{4}-\d{2}-\d{2} 提交$/)
  }

  /** 定稿 of the evaluation of `period`, confirmed. */
  async finalize(period: string): Promise<void> {
    await this.view(period)
      .getByRole('button', { name: label('定稿') })
      .click()
    await confirmWith(this.page.getByRole('dialog', { name: '确认定稿？' }), '定稿')
    await this.finalizedNotice(period).waitFor()
  }

  /** `张敏 于 2027-09-30 定稿，只读。` */
  finalizedNotice(period: string): Locator {
    return this.view(period).getByText(/ 定稿，只读。$/)
  }

  /** The comparison row of an obligation, by column (义务, 责任方, 满分, 自评, 他评, 差距). */
  async comparisonRow(name: string): Promise<Record<string, string>> {
    const row = this.comparison
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name, exact: true }) })
    return cellsByHeader(this.comparison, row)
  }

  /** A side's totals row: `[label, 满分, 自评, 他评]` as shown. */
  async totalsRow(side: MutualSideLabel): Promise<string[]> {
    const row = this.comparison.getByRole('row').filter({ hasText: `${side}合计` })
    await row.waitFor()
    return (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim()).slice(0, 4)
  }
}
