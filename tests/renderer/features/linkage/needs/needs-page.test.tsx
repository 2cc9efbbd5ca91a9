import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import type { ShelianDatabase } from '@renderer/db/schema'
import { LinkagePage } from '@renderer/features/linkage/linkage-page'
import { needRow } from '../../../helpers/linkage-seed'
import {
  button,
  choose,
  confirmation,
  dialog,
  drawer,
  formItem,
  type
} from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { deliveryDatabase } from '../../../helpers/project-seed'
import { renderApp } from '../../../helpers/render-app'

function renderNeeds(db: ShelianDatabase) {
  return renderApp(
    <Routes>
      <Route path="/linkage" element={<LinkagePage />} />
    </Routes>,
    { db, route: '/linkage' }
  )
}

describe('需求清单', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('records a need: refused at the field left empty, then saved and ranked', async () => {
    const { db } = await deliveryDatabase()
    await db.needs.add(needRow('need-big', '社区停车难', { raisedBy: 40 }))
    renderNeeds(db)

    const grid = await screen.findByRole('grid', { name: '需求清单' })
    await within(grid).findByText('社区停车难')
    fireEvent.click(button('新建需求'))
    const form = await drawer('新建需求')
    await choose(form, '社区', '华侨路社区（鼓楼街道）')
    await choose(form, '需求类别', '青少年服务')
    await choose(form, '需求来源', '议事会')
    fireEvent.click(button('保存', form))
    expect(await within(formItem(form, '需求名称')).findByText('请填写需求名称')).toBeTruthy()
    expect(await db.needs.count()).toBe(1)

    type(form, '需求名称', '儿童放学后看护')
    fireEvent.click(button('保存', form))

    await waitFor(async () =>
      expect((await db.needs.toArray()).find((n) => n.name === '儿童放学后看护')).toMatchObject({
        communityId: 'community-1',
        category: '青少年服务',
        source: '议事会',
        raisedBy: 1,
        raisedOn: '2026-11-22',
        status: '待对接'
      })
    )
    const row = (await within(grid).findByText('儿童放学后看护')).closest('[role="row"]')!
    // Ranked by demand: one resident after the 40 who asked about parking.
    expect(within(row as HTMLElement).getAllByRole('gridcell')[1]!.textContent).toBe('2')
  })

  it('merges duplicates of one community: the counts add up and the duplicates are archived', async () => {
    const { db } = await deliveryDatabase()
    await db.needs.bulkAdd([
      needRow('need-1', '独居老人助餐', { raisedBy: 24 }),
      needRow('need-2', '老人吃饭难', { raisedBy: 8, source: '征集箱' })
    ])
    renderNeeds(db)

    // Ticked in the grid, the two are offered with the most-asked one kept.
    const grid = await screen.findByRole('grid', { name: '需求清单' })
    await within(grid).findByText('老人吃饭难')
    fireEvent.click(within(grid).getByLabelText('选择全部筛选出的记录'))
    fireEvent.click(button('合并重复需求'))
    const form = await dialog('合并重复需求')
    expect(
      await within(form).findByText('合并后“独居老人助餐”的提出人数：24 + 8 = 32 人')
    ).toBeTruthy()

    fireEvent.click(button('合并', form))
    const confirm = await confirmation('确认合并这些需求？')
    expect(within(confirm).getByText(/合计为 32 人（24 \+ 8）/)).toBeTruthy()
    expect(within(confirm).getByText(/“老人吃饭难”将归档/)).toBeTruthy()
    expect((await db.needs.get('need-1'))!.raisedBy).toBe(24)
    fireEvent.click(button('合并', confirm))

    await waitFor(async () => expect((await db.needs.get('need-1'))!.raisedBy).toBe(32))
    expect(await db.needs.get('need-2')).toMatchObject({ mergedIntoId: 'need-1' })
    expect((await db.needs.get('need-2'))!.archivedAt).not.toBeNull()
    await waitFor(() => expect(within(grid).queryByText('老人吃饭难')).toBeNull())
  })
})
