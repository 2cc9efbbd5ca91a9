import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import type { ShelianDatabase } from '@renderer/db/schema'
import { CommunitiesPage } from '@renderer/features/communities/communities-page'
import { CommunityPage } from '@renderer/features/communities/community-page'
import { button, drawer, formItem, type } from '../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'
import { projectDatabase } from '../../helpers/project-seed'
import { renderApp } from '../../helpers/render-app'

function renderCommunities(db: ShelianDatabase, route = '/communities') {
  return renderApp(
    <Routes>
      <Route path="/communities" element={<CommunitiesPage />} />
      <Route path="/communities/:id" element={<CommunityPage />} />
    </Routes>,
    { db, route }
  )
}

/** Types into a field and leaves it, as a user moving on to the next field does. */
function typeAndLeave(form: HTMLElement, label: string, value: string) {
  const input = within(form).getByLabelText(label)
  fireEvent.focus(input)
  fireEvent.change(input, { target: { value } })
  fireEvent.blur(input)
}

describe('新建 / 编辑社区', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('refuses a division code of the wrong shape at its field, then saves the corrected community into the list', async () => {
    const { db } = await projectDatabase()
    renderCommunities(db)
    await screen.findByText('共 2 条')

    fireEvent.click(button('新建社区'))
    const form = await drawer('新建社区')
    type(form, '社区名称', '军门社区')
    type(form, '区县', '鼓楼区')
    type(form, '街道', '东街街道')
    typeAndLeave(form, '区划代码', '35010200100')
    expect(
      await within(formItem(form, '区划代码')).findByText(
        '区划代码应为 12 位数字，当前为“35010200100”（11 位）'
      )
    ).toBeTruthy()
    fireEvent.click(button('保存', form))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await db.communities.count()).toBe(2)

    typeAndLeave(form, '区划代码', '350102001001')
    type(form, '户数', '2600')
    type(form, '人口', '7200')
    type(form, '网格数', '8')
    await waitFor(() =>
      expect(formItem(form, '区划代码').querySelector('.ant-form-item-explain')).toBeNull()
    )
    fireEvent.click(button('保存', form))

    expect(await screen.findByText('已新建社区：军门社区')).toBeTruthy()
    await screen.findByText('共 3 条')
    const grid = screen.getByRole('grid', { name: '社区列表' })
    const row = within(grid).getByText('军门社区').closest('[role="row"]') as HTMLElement
    expect(within(row).getByText('350102001001')).toBeTruthy()
    expect(within(row).getByText('东街街道')).toBeTruthy()
    const stored = (await db.communities.toArray()).find((c) => c.name === '军门社区')
    expect(stored).toMatchObject({
      district: '鼓楼区',
      subdistrict: '东街街道',
      divisionCode: '350102001001',
      households: 2600,
      population: 7200,
      grids: 8
    })
  })

  it('edits a community from its page, warning when households outnumber residents', async () => {
    const { db } = await projectDatabase()
    renderCommunities(db, '/communities/community-1')
    expect(await screen.findByRole('heading', { name: '华侨路社区', level: 3 })).toBeTruthy()

    fireEvent.click(button('编辑'))
    const form = await drawer('编辑社区：华侨路社区')
    type(form, '户数', '9000')
    expect(await within(formItem(form, '户数')).findByText('户数多于人口，请核对')).toBeTruthy()
    fireEvent.click(button('保存', form))

    expect(await screen.findByText('已保存')).toBeTruthy()
    await waitFor(async () =>
      expect(await db.communities.get('community-1')).toMatchObject({
        name: '华侨路社区',
        subdistrict: '鼓楼街道',
        households: 9000,
        population: 8000,
        grids: 10
      })
    )
  })
})
