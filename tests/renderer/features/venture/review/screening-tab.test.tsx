import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { ScreeningTab } from '@renderer/features/venture/review/screening-tab'
import { button, dialog, dialogGone, type } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { OPERATOR } from '../../../helpers/office-database'
import { renderRoundTab, roundInScreening } from '../seed'

// The same organisation applies twice in one track: each application fails 同类别申报.
const FIRST = '独居老人助餐'
const SECOND = '独居老人探访'
const OTHER = '长者健康讲堂'

describe('初审 tab', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('shows the eligibility rows and passes a failed application only with a note', async () => {
    const seeded = await roundInScreening([
      { title: FIRST, organization: 0 },
      { title: SECOND, organization: 0 },
      { title: OTHER, organization: 1 }
    ])
    renderRoundTab(seeded, (round) => <ScreeningTab round={round} />)

    expect(await screen.findByRole('tab', { name: '待初审（3）' })).toBeTruthy()
    const first = await screen.findByRole('region', { name: FIRST })
    await within(first).findByText('资格审查有 1 项未通过')
    const failedRow = within(first).getByText('同类别申报').closest('tr') as HTMLElement
    expect(within(failedRow).getByText('✗ 未通过')).toBeTruthy()
    expect(within(failedRow).getByText(/每个组织在同一类别只能申报一个项目/)).toBeTruthy()
    const other = screen.getByRole('region', { name: OTHER })
    expect(await within(other).findByText('资格审查全部通过')).toBeTruthy()

    fireEvent.click(button('初审通过', first))
    const form = await dialog('初审通过')
    fireEvent.click(button('初审通过', form))
    expect(
      await within(form).findByText(
        '资格审查有未通过的项目（同类别申报），初审通过须在初审意见中说明理由'
      )
    ).toBeTruthy()
    expect((await seeded.repos.applications.get(seeded.ids[FIRST]!))!.status).toBe('已提交')

    type(form, '初审意见', '另一份申报将撤回，经研究同意进入评审')
    fireEvent.click(button('初审通过', form))
    await dialogGone('初审通过')

    const stored = (await seeded.repos.applications.get(seeded.ids[FIRST]!))!
    expect(stored.status).toBe('初审通过')
    expect(stored.screening).toMatchObject({
      eligible: false,
      decision: '通过',
      note: '另一份申报将撤回，经研究同意进入评审',
      decidedBy: OPERATOR
    })

    fireEvent.click(await screen.findByRole('tab', { name: '已作结论（1）' }))
    const decided = await screen.findByRole('region', { name: FIRST })
    expect(within(decided).getByText('初审结论：通过')).toBeTruthy()
    expect(within(decided).getByText('另一份申报将撤回，经研究同意进入评审')).toBeTruthy()
    expect(within(decided).getByText(OPERATOR)).toBeTruthy()
    expect(within(decided).getByRole('table', { name: '作结论时的资格审查' })).toBeTruthy()
  })
})
