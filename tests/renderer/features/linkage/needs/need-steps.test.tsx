import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { matchRow, needRow } from '../../../helpers/linkage-seed'
import { button, confirmation, dialog, type } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { PROJECT_ID } from '../../../helpers/project-seed'
import { needDatabase, renderNeed } from './seed'

/** A need 已对接 to the running project through one active match. */
async function matchedNeed() {
  const { db } = await needDatabase(
    needRow('need-1', '独居老人助餐', { status: '已对接', projectIds: [PROJECT_ID] })
  )
  await db.needMatches.add(matchRow('match-1', 'need-1'))
  return db
}

describe('need page: steps and withdrawals', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('marks the need resolved only with a 解决情况', async () => {
    const db = await matchedNeed()
    renderNeed(db, 'need-1')

    fireEvent.click(await screen.findByRole('button', { name: /标记已解决/ }))
    const form = await dialog('标记已解决')
    fireEvent.click(button('标记已解决', form))
    expect(await within(form).findByText('请填写解决情况')).toBeTruthy()
    expect((await db.needs.get('need-1'))!.status).toBe('已对接')

    type(form, '解决情况', '已为 24 位独居老人提供助餐')
    fireEvent.click(button('标记已解决', form))
    await waitFor(async () =>
      expect(await db.needs.get('need-1')).toMatchObject({
        status: '已解决',
        resolution: '已为 24 位独居老人提供助餐'
      })
    )
  })

  it('withdraws a match only with a reason, after confirming; the need goes back to 待对接', async () => {
    const db = await matchedNeed()
    renderNeed(db, 'need-1')

    const history = await screen.findByRole('region', { name: '对接记录' })
    fireEvent.click(await within(history).findByRole('button', { name: /撤\s*销/ }))
    const form = await dialog('撤销对接')
    fireEvent.click(button('撤销', form))
    expect(await within(form).findByText('请填写撤销原因')).toBeTruthy()
    type(form, '撤销原因', '项目不再服务该社区')
    fireEvent.click(button('撤销', form))
    const confirm = await confirmation('确认撤销这次对接？')
    expect(within(confirm).getByText(/对接记录会保留/)).toBeTruthy()
    fireEvent.click(button('撤销', confirm))

    await waitFor(async () =>
      expect(await db.needMatches.get('match-1')).toMatchObject({
        withdrawReason: '项目不再服务该社区'
      })
    )
    expect(await db.needs.get('need-1')).toMatchObject({ status: '待对接', projectIds: [] })
    expect(await within(history).findByText(/项目不再服务该社区/)).toBeTruthy()
  })
})
