import { expect, type Locator, type Page } from '@playwright/test'
import { fillDate, pick } from './antd'
import { confirmWith, label } from './dialogs'

export interface ActivityInput {
  /** `YYYY-MM-DD`. */
  date: string
  /** A community's name, found by typing it. */
  community?: string
  title: string
  participants: number
  volunteers?: number
  volunteerHours?: number
}

/** A project's 服务记录 tab: the totals, the grid and 新增服务记录. */
export class ActivitiesTab {
  readonly totals: Locator
  readonly grid: Locator
  readonly createButton: Locator
  readonly form: Locator

  constructor(readonly page: Page) {
    this.totals = page.getByRole('region', { name: '服务记录合计' })
    this.grid = page.getByRole('grid', { name: '服务记录列表' })
    this.createButton = page.getByRole('button', { name: label('新增服务记录') })
    this.form = page.getByRole('dialog', { name: '新增服务记录' })
  }

  /** One figure of the totals, e.g. `活动场次`, reading `活动场次 2 场`. */
  total(metric: string): Locator {
    return this.totals.locator('.ant-statistic').filter({ hasText: metric })
  }

  /** The grid row of the activity titled `title`. */
  row(title: string): Locator {
    return this.grid.getByRole('row').filter({ hasText: title })
  }

  /** 新增服务记录 with `input`, saved; waits until the drawer has closed. */
  async add(input: ActivityInput): Promise<void> {
    await this.createButton.click()
    const field = (name: string) => this.form.getByLabel(name, { exact: true })
    await fillDate(field('活动日期'), input.date)
    if (input.community) {
      await pick(this.page, field('社区'), input.community, input.community)
    }
    await field('活动名称').fill(input.title)
    await field('服务人次').fill(String(input.participants))
    if (input.volunteers !== undefined) await field('志愿者人次').fill(String(input.volunteers))
    if (input.volunteerHours !== undefined) {
      await field('志愿服务时长（小时）').fill(String(input.volunteerHours))
    }
    await this.form.getByRole('button', { name: label('保存') }).click()
    await this.form.waitFor({ state: 'hidden' })
  }
}

export interface PayInput {
  /** `YYYY-MM-DD`; today when omitted. */
  paidOn?: string
  voucherNo: string
  note?: string
}

/** A project's 拨付 tab: 拨付概况, 待办 and the tranches with their steps. */
export class PaymentsTab {
  readonly summary: Locator
  readonly alerts: Locator
  readonly table: Locator

  constructor(readonly page: Page) {
    this.summary = page.getByRole('region', { name: '拨付概况' })
    this.alerts = page.getByRole('alert').filter({ hasText: '待办' }).getByRole('listitem')
    this.table = page.getByRole('table', { name: '各期拨付列表' })
  }

  /** The amount a total shows, e.g. `90,000.00` under `已拨付`. */
  total(name: '计划' | '已拨付' | '追回' | '待拨付'): Locator {
    return this.summary.getByLabel(name, { exact: true }).locator('.ant-statistic-content-value')
  }

  /** The row of the `no`th tranche. */
  row(no: number): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: `第 ${no} 期`, exact: true }) })
  }

  /** The status tag of the `no`th tranche, e.g. `可拨付`. */
  status(no: number): Locator {
    return this.row(no).locator('.ant-tag').first()
  }

  /** A step's button on the `no`th tranche, e.g. `审核`; disabled while the step is refused. */
  stepButton(no: number, step: string): Locator {
    return this.row(no).getByRole('button', { name: label(step) })
  }

  /** Points at a refused step's button and returns the tooltip that says why. */
  async refusal(no: number, step: string): Promise<Locator> {
    await this.stepButton(no, step).hover()
    return this.page.getByRole('tooltip').filter({ visible: true })
  }

  private dialog(no: number, step: string): Locator {
    return this.page.getByRole('dialog', { name: `第 ${no} 期：${step}` })
  }

  /** 转为可拨付, 经办 or 审核 on the `no`th tranche, with the 意见 when given. */
  async takeStep(no: number, step: '转为可拨付' | '经办' | '审核', note?: string): Promise<void> {
    await this.stepButton(no, step).click()
    const dialog = this.dialog(no, step)
    if (note) await dialog.getByLabel(`${step}意见`).fill(note)
    await dialog.getByRole('button', { name: label(step) }).click()
    await dialog.waitFor({ state: 'hidden' })
  }

  /** 拨付 the `no`th tranche with its date and voucher, confirmed once more. */
  async pay(no: number, input: PayInput): Promise<void> {
    await this.stepButton(no, '拨付').click()
    const dialog = this.dialog(no, '拨付')
    if (input.paidOn) await fillDate(dialog.getByLabel('拨付日期'), input.paidOn)
    await dialog.getByLabel('凭证号').fill(input.voucherNo)
    if (input.note) await dialog.getByLabel('备注').fill(input.note)
    await dialog.getByRole('button', { name: label('拨付') }).click()
    await confirmWith(this.page.getByRole('dialog', { name: `确认拨付第 ${no} 期？` }), '拨付')
    await dialog.waitFor({ state: 'hidden' })
  }

  /** Waits until the `no`th tranche shows `status`. */
  async expectStatus(no: number, status: string): Promise<void> {
    await expect(this.status(no)).toHaveText(status)
  }
}
