import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { MutualEvaluationsTab } from '@renderer/features/projects/mutual/mutual-evaluations-tab'
import { DEFAULT_MUTUAL_TEMPLATE } from '@shared/domain/evaluations/mutual-evaluation'
import { button, dialog, type } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { deliveryDatabase, renderTab, runningProject } from '../../../helpers/project-seed'

/** The card titled `title`. */
async function card(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: '.ant-card-head-title' })
  return heading.closest('.ant-card') as HTMLElement
}

describe('新建双向评估', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('is not offered before the contract is signed', async () => {
    const { db } = await deliveryDatabase(runningProject({ status: '待签约' }))
    renderTab(db, MutualEvaluationsTab)

    const create = await screen.findByRole('button', { name: /新建双向评估/ })
    expect(create).toHaveProperty('disabled', true)
  })

  it('starts from the default obligations and holds a side whose maxima do not add up to 100', async () => {
    const { db } = await deliveryDatabase()
    renderTab(db, MutualEvaluationsTab)

    fireEvent.click(await screen.findByRole('button', { name: /新建双向评估/ }))
    const form = await dialog('新建双向评估')
    expect(within(form).getByLabelText('评估期间')).toHaveProperty('value', '2026年度')
    const first = within(form).getByRole('group', { name: '义务 1' })
    expect(within(first).getByLabelText('义务')).toHaveProperty('value', '按时足额拨付')
    type(first, '满分', '10')
    expect(await within(form).findByText('购买方各项义务满分合计 90，应为 100')).toBeTruthy()
    expect(within(form).getByText('购买方合计 90 分；承接方合计 100 分')).toBeTruthy()
    fireEvent.click(button('保存', form))
    // The refusal above the form says what the list under it already shows.
    await waitFor(() =>
      expect(within(form).getAllByText(/购买方各项义务满分合计 90/)).toHaveLength(2)
    )
    expect(await db.mutualEvaluations.count()).toBe(0)

    type(first, '满分', '20')
    fireEvent.click(button('保存', form))

    expect(await card('购买方填写')).toBeTruthy()
    expect(await card('承接方填写')).toBeTruthy()
    const [stored] = await db.mutualEvaluations.toArray()
    expect(stored).toMatchObject({
      periodLabel: '2026年度',
      periodStart: '2026-03-01',
      periodEnd: '2027-02-28',
      status: '草稿'
    })
    expect(stored!.obligations).toHaveLength(DEFAULT_MUTUAL_TEMPLATE.length)
  })
})
