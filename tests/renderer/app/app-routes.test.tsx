import { describe, expect, it } from 'vitest'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { AppRoutes } from '@renderer/app/app-routes'
import { MENU_COMMAND_PATHS } from '@renderer/app/use-menu-commands'
import { createSettingsRepository } from '@renderer/db/repositories/settings-repository'
import { createFakeDesktop } from '../helpers/fake-desktop-api'
import { freshDatabase, renderApp } from '../helpers/render-app'

const pageHeading = (name: string) => screen.findByRole('heading', { level: 3, name })

describe('app shell', () => {
  it('opens the 工作台 by default', async () => {
    renderApp(<AppRoutes />, { route: '/' })
    await pageHeading('工作台')
  })

  it('sends unknown paths to the 工作台', async () => {
    renderApp(<AppRoutes />, { route: '/no-such-page' })
    await pageHeading('工作台')
  })

  it('offers exactly the pages that exist, and navigates between them', async () => {
    renderApp(<AppRoutes />, { route: '/settings' })
    const nav = screen.getByRole('navigation', { name: '主导航' })
    const items = within(nav).getAllByRole('menuitem')
    expect(items.map((item) => item.textContent)).toEqual([
      '工作台',
      '社会组织',
      '孵化基地',
      '公益创投',
      '项目管理',
      '服务目录',
      '三社联动',
      '社区',
      '社工',
      '报告',
      '操作日志',
      '设置',
      '关于'
    ])

    fireEvent.click(within(nav).getByRole('menuitem', { name: /社区/ }))
    await pageHeading('社区')
    fireEvent.click(within(nav).getByRole('menuitem', { name: /社工/ }))
    await pageHeading('社工')

    fireEvent.click(within(nav).getByRole('menuitem', { name: /报告/ }))
    await pageHeading('报告')
    fireEvent.click(within(nav).getByRole('menuitem', { name: /关于/ }))
    await pageHeading('关于')
    fireEvent.click(within(nav).getByRole('menuitem', { name: /设置/ }))
    await pageHeading('设置')
  })

  it('shows the product and the saved office name in the header', async () => {
    const db = freshDatabase()
    renderApp(<AppRoutes />, { route: '/settings', db })
    const header = screen.getByRole('banner')
    expect(within(header).getByText('社联台')).toBeTruthy()
    await act(() =>
      createSettingsRepository(db).saveGeneral({
        operatorName: '张晓梅',
        officeName: '鼓楼区军门社区孵化基地',
        backupKeep: 10
      })
    )
    await within(header).findByText('鼓楼区军门社区孵化基地')
    expect(within(header).getByText('操作人：张晓梅')).toBeTruthy()
  })

  it('follows commands from the application menu and unsubscribes on unmount', async () => {
    const desktop = createFakeDesktop()
    const { unmount } = renderApp(<AppRoutes />, { route: '/settings', api: desktop.api })
    await pageHeading('设置')
    await waitFor(() => expect(desktop.menuListenerCount()).toBe(1))
    act(() => desktop.emitMenuCommand('navigate-about'))
    await pageHeading('关于')
    act(() => desktop.emitMenuCommand('navigate-settings'))
    await pageHeading('设置')
    unmount()
    expect(desktop.menuListenerCount()).toBe(0)
  })

  it('maps every menu command to a page that exists', () => {
    expect(MENU_COMMAND_PATHS).toEqual({
      'navigate-settings': '/settings',
      'navigate-about': '/about'
    })
  })
})
