import type { Locator, Page } from '@playwright/test'
import { pick } from './antd'
import { confirmWith, label } from './dialogs'

/** 孵化基地: the board, the grid of every stay, and 入驻申请. */
export class IncubationListPage {
  readonly applyButton: Locator
  readonly applyDialog: Locator
  readonly allStaysTab: Locator
  readonly grid: Locator

  constructor(readonly page: Page) {
    this.applyButton = page.getByRole('button', { name: label('入驻申请') })
    this.applyDialog = page.getByRole('dialog', { name: '入驻申请' })
    this.allStaysTab = page.getByRole('tab', { name: '全部入驻记录' })
    this.grid = page.getByRole('grid', { name: '入驻记录列表' })
  }

  /** A board list, e.g. `初核逾期`, by the start of its title. */
  boardList(title: string): Locator {
    return this.page
      .locator('.ant-card')
      .filter({ has: this.page.getByText(new RegExp(`^${title}`)) })
  }

  /** 入驻申请 for `organization`, found by typing its name; the other fields keep their defaults. */
  async apply(organization: string): Promise<void> {
    await this.applyButton.click()
    await pick(
      this.page,
      this.applyDialog.getByLabel('组织', { exact: true }),
      organization,
      organization
    )
    await this.applyDialog.getByRole('button', { name: label('保存') }).click()
  }
}

export interface AssessmentInput {
  kind: '入驻' | '中期' | '出壳'
  evaluators: string
  /** The same score for every dimension. */
  score: number
}

/** One stay: its workflow steps, facts, timeline, history, services and assessments. */
export class StayPage {
  readonly heading: Locator
  readonly organizationLink: Locator
  readonly timeline: Locator
  readonly history: Locator
  readonly services: Locator
  readonly serviceTotals: Locator
  readonly assessments: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 3 })
    this.organizationLink = this.heading.getByRole('link')
    this.timeline = page.getByRole('region', { name: '办理经过' })
    this.history = page.getByRole('region', { name: '修改记录' })
    this.services = page.getByRole('region', { name: '服务记录' })
    this.serviceTotals = this.services.getByRole('table', { name: '按类型合计' })
    this.assessments = page.getByRole('region', { name: '能力评估' })
  }

  /** The status tag beside the organisation's name. */
  status(text: string): Locator {
    return this.page.locator('.ant-space').filter({ has: this.heading }).getByText(text, {
      exact: true
    })
  }

  /** A workflow step's button, e.g. `出壳`. */
  step(name: string): Locator {
    return this.page.getByRole('button', { name: label(name) }).first()
  }

  /** Why a step is not offered yet, as the page explains it under the buttons. */
  refusal(name: string): Locator {
    return this.page.getByText(new RegExp(`^${name}：`))
  }

  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title, exact: true })
  }

  /**
   * Takes a step: opens its dialog, fills the fields given by label, and confirms with the
   * step's own button (and once more when the step ends the stay).
   */
  async takeStep(
    name: string,
    fields: Record<string, string> = {},
    options: { confirm?: boolean } = {}
  ): Promise<void> {
    await this.step(name).click()
    const dialog = this.dialog(name)
    for (const [field, value] of Object.entries(fields)) await dialog.getByLabel(field).fill(value)
    await dialog.getByRole('button', { name: label(name) }).click()
    if (options.confirm) await confirmWith(this.dialog(`确认${name}？`), name)
    await dialog.waitFor({ state: 'hidden' })
  }

  async addService(type: string, hours: number): Promise<void> {
    await this.services.getByRole('button', { name: label('记录服务') }).click()
    const dialog = this.dialog('记录服务')
    await pick(this.page, dialog.getByLabel('服务类型'), type)
    await dialog.getByLabel('时长（小时）').fill(String(hours))
    await dialog.getByRole('button', { name: label('保存') }).click()
    await dialog.waitFor({ state: 'hidden' })
  }

  async newAssessment(input: AssessmentInput): Promise<void> {
    await this.assessments.getByRole('button', { name: label('新建评估') }).click()
    const dialog = this.dialog('新建评估')
    await pick(this.page, dialog.getByLabel('评估类型'), input.kind)
    await dialog.getByLabel('评估人').fill(input.evaluators)
    for (const score of await dialog.getByRole('spinbutton').all()) {
      await score.fill(String(input.score))
    }
    await dialog.getByLabel('加权总分').waitFor()
    await dialog.getByRole('button', { name: label('保存') }).click()
    await dialog.waitFor({ state: 'hidden' })
  }

  /** 定稿 of the only draft, confirmed. */
  async finalizeAssessment(): Promise<void> {
    await this.assessments.getByRole('button', { name: label('定稿') }).click()
    await this.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: label('定稿') })
      .click()
  }

  /** The assessments table's row of a `kind` assessment. */
  assessmentRow(kind: string): Locator {
    return this.assessments.getByRole('row').filter({ hasText: kind })
  }
}

/** The incubation part of an organisation's page. */
export class OrganizationIncubationSection {
  readonly region: Locator
  readonly stays: Locator

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: '孵化记录' })
    this.stays = this.region.getByRole('table', { name: '入驻' })
  }
}
