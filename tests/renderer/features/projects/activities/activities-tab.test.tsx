import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { ActivitiesTab } from '@renderer/features/projects/activities/activities-tab'
import { button, choose, drawer, formItem, type } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { activity, deliveryDatabase, PROJECT_ID, renderTab } from '../../../helpers/project-seed'

const totals = () => screen.getByRole('region', { name: '服务记录合计' })
const grid = () => screen.getByRole('grid', { name: '服务记录列表' })

/** Types a date into the picker labelled `label` and commits it. */
function typeDate(container: HTMLElement, label: string, date: string) {
  const input = within(container).getByLabelText(label)
  fireEvent.mouseDown(input)
  fireEvent.focus(input)
  fireEvent.change(input, { target: { value: date } })
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 })
  fireEvent.blur(input)
}

describe('a project’s 服务记录 tab', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('records an activity, warning about a date before the service period', async () => {
    const { db } = await deliveryDatabase()
    renderTab(db, ActivitiesTab)

    fireEvent.click(await screen.findByRole('button', { name: /新增服务记录/ }))
    const form = await drawer('新增服务记录')
    typeDate(form, '活动日期', '2026-02-20')
    await within(formItem(form, '活动日期')).findByText(
      '活动日期 2026-02-20 早于项目服务期开始日 2026-03-01'
    )
    type(form, '活动名称', '长者健康讲座')
    type(form, '服务人次', '35')
    type(form, '志愿服务时长（小时）', '4')
    await within(formItem(form, '志愿者人次')).findByText(
      '记录了志愿服务时长 4 小时，请填写志愿者人次'
    )
    type(form, '志愿者人次', '2')
    await waitFor(() =>
      expect(within(formItem(form, '志愿者人次')).queryByText(/请填写志愿者人次/)).toBeNull()
    )
    await choose(form, '社区', '华侨路社区（鼓楼街道）')
    await choose(form, '社工', '李娜')
    fireEvent.click(button('保存', form))

    await screen.findByText('已新增服务记录')
    const [stored] = await db.activities.where('projectId').equals(PROJECT_ID).toArray()
    expect(stored).toMatchObject({
      date: '2026-02-20',
      communityId: 'community-1',
      title: '长者健康讲座',
      participants: 35,
      volunteers: 2,
      volunteerHours: 4,
      socialWorkerIds: ['worker-1'],
      note: null
    })
    expect(await within(grid()).findByText('长者健康讲座')).toBeTruthy()
    expect(within(totals()).getByText('35')).toBeTruthy()
  })

  it('archives a record after asking, leaves it out of the totals, and restores it', async () => {
    const { db } = await deliveryDatabase()
    await db.activities.bulkAdd([
      activity('a-1'),
      activity('a-2', { title: '社区义诊', participants: 60, communityId: 'community-2' })
    ])
    renderTab(db, ActivitiesTab)
    await screen.findByRole('grid', { name: '服务记录列表' })

    const participants = () =>
      within(totals()).getByText('服务人次').closest('.ant-statistic') as HTMLElement
    await within(grid()).findByText('社区义诊')
    expect(within(participants()).getByText('100')).toBeTruthy()

    const row = within(grid()).getByText('社区义诊').closest('[role="row"]') as HTMLElement
    fireEvent.click(button('归档', row))
    fireEvent.click(button('归档', document.querySelector('.ant-popconfirm') as HTMLElement))

    await waitFor(() => expect(within(grid()).queryByText('社区义诊')).toBeNull())
    expect(within(participants()).getByText('40')).toBeTruthy()
    expect((await db.activities.get('a-2'))!.archivedAt).not.toBeNull()

    fireEvent.click(screen.getByRole('switch'))
    const archived = (await within(grid()).findByText('社区义诊')).closest(
      '[role="row"]'
    ) as HTMLElement
    fireEvent.click(button('恢复使用', archived))
    await waitFor(() => expect(within(participants()).getByText('100')).toBeTruthy())
    expect((await db.activities.get('a-2'))!.archivedAt).toBeNull()
  })
})
