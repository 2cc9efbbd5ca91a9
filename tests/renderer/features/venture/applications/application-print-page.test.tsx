import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { content, draftOf, ORGANIZATIONS, SOCIAL_WORKERS } from '../seed'
import { renderApplications, seeded } from './seed'

describe('申报书摘要', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('prints the budget by category, the amounts in 大写 and no full phone number', async () => {
    const seed = await seeded()
    const draft = await draftOf(seed, content())
    await seed.repos.applications.perform(draft.id, 'submit', {})
    renderApplications(seed.db, `/venture/applications/${draft.id}/print`)

    const sheet = await screen.findByRole('article', { name: '公益创投项目申报书摘要' })
    expect(within(sheet).getByText('2027 年度社区公益创投')).toBeTruthy()
    expect(within(sheet).getByText(ORGANIZATIONS[0]!.name)).toBeTruthy()
    const budget = within(sheet).getByRole('table', { name: '预算明细' })
    expect(within(budget).getByText('人员费小计').nextElementSibling?.textContent).toBe('60,000.00')
    expect(within(budget).getByText('预算总额').nextElementSibling?.textContent).toBe('100,000.00')
    expect(within(sheet).getByText('人民币陆万元整')).toBeTruthy()
    expect(within(sheet).getByText('人民币肆万元整')).toBeTruthy()
    expect(within(sheet).getByText('138****5678')).toBeTruthy()
    expect(sheet.textContent).not.toContain('13812345678')
    const worker = SOCIAL_WORKERS[0]!
    expect(within(sheet).getByText(worker.name)).toBeTruthy()
    if (worker.phone) expect(sheet.textContent).not.toContain(worker.phone)
  })
})
