import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes, useLocation } from 'react-router'
import type { ShelianDatabase } from '@renderer/db/schema'
import { LinkagePage } from '@renderer/features/linkage/linkage-page'
import { yuan } from '@shared/domain/money'
import { resource } from '../../../helpers/linkage-seed'
import { button, choose, drawer, formItem, type } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { deliveryDatabase } from '../../../helpers/project-seed'
import { renderApp } from '../../../helpers/render-app'

function Address() {
  const location = useLocation()
  return <output aria-label="当前地址">{location.pathname + location.search}</output>
}

function renderResources(db: ShelianDatabase, route = '/linkage?tab=resources') {
  return renderApp(
    <>
      <Routes>
        <Route path="/linkage" element={<LinkagePage />} />
      </Routes>
      <Address />
    </>,
    { db, route }
  )
}

const address = () => screen.getByRole('status', { name: '当前地址' }).textContent
const panelTitle = (name: string) => screen.findByText(name, { selector: '.ant-drawer-title span' })

describe('资源清单', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('asks a 资金 resource for its amount, then lists it with its leg and the phone masked', async () => {
    const { db } = await deliveryDatabase()
    await db.resources.add(
      resource('resource-hall', '社区活动室', { availableUntil: '2026-06-30' })
    )
    renderResources(db)

    const grid = await screen.findByRole('grid', { name: '资源清单' })
    const hall = (await within(grid).findByText('社区活动室')).closest('[role="row"]')!
    expect(within(hall as HTMLElement).getByText('已过期')).toBeTruthy()

    fireEvent.click(button('新增资源'))
    const form = await drawer('新增资源')
    type(form, '资源名称', '助老微基金')
    await choose(form, '资源类型', '资金')
    type(form, '资源数量或规模', '每年资助 4 个助老小项目')
    await choose(form, '提供方类型', '慈善组织')
    type(form, '提供方名称', '鼓楼区慈善会')
    type(form, '联系电话', '13912345678')
    fireEvent.click(button('保存', form))
    expect(
      await within(formItem(form, '资金金额（元）')).findByText('资金类资源须填写资金金额')
    ).toBeTruthy()
    expect(await db.resources.count()).toBe(1)

    type(form, '资金金额（元）', '2万')
    fireEvent.click(button('保存', form))

    await waitFor(async () =>
      expect((await db.resources.toArray()).find((r) => r.name === '助老微基金')).toMatchObject({
        type: '资金',
        amountFen: yuan(20_000),
        providerKind: '慈善组织',
        contactPhone: '13912345678',
        communityIds: []
      })
    )
    const fund = (await within(grid).findByText('助老微基金')).closest('[role="row"]')!
    expect(within(fund as HTMLElement).getByText('社会慈善资源')).toBeTruthy()
    expect(within(fund as HTMLElement).getByText('139****5678')).toBeTruthy()
    expect(within(fund as HTMLElement).getByText('20,000.00')).toBeTruthy()
  })
  it('shows a stored resource’s expiry at its field as soon as 编辑 opens', async () => {
    const { db } = await deliveryDatabase()
    await db.resources.add(
      resource('resource-hall', '社区活动室', { availableUntil: '2026-06-30' })
    )
    renderResources(db)

    const grid = await screen.findByRole('grid', { name: '资源清单' })
    fireEvent.doubleClick(await within(grid).findByText('社区活动室'))
    fireEvent.click(await screen.findByRole('button', { name: /编\s*辑/ }))
    const form = await drawer('编辑资源：社区活动室')
    expect(await within(form).findByText('“社区活动室”已过期（可用至 2026-06-30）')).toBeTruthy()
  })

  it('opens the resource the address names on the 资源清单 tab, and keeps the tab in the address', async () => {
    const { db } = await deliveryDatabase()
    await db.resources.bulkAdd([
      resource('resource-hall', '社区活动室'),
      resource('resource-fund', '助老微基金', { type: '资金', amountFen: yuan(20_000) })
    ])
    renderResources(db, '/linkage?tab=resources&open=resource-hall')
    await panelTitle('社区活动室')

    fireEvent.click(document.querySelector<HTMLElement>('.ant-drawer-close')!)
    await waitFor(() => expect(address()).toBe('/linkage?tab=resources'))
    const grid = await screen.findByRole('grid', { name: '资源清单' })
    fireEvent.doubleClick(await within(grid).findByText('助老微基金'))
    await panelTitle('助老微基金')
    expect(address()).toBe('/linkage?tab=resources&open=resource-fund')
  })
})
