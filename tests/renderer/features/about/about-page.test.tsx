import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { AboutPage } from '@renderer/features/about/about-page'
import { APP_VERSION } from '@renderer/platform/app-identity'
import { createFakeDesktop } from '../../helpers/fake-desktop-api'
import { renderApp } from '../../helpers/render-app'

// The licence list comes from tests/renderer/helpers/license-fixture.ts (mocked in setup.ts).

function infoValue(label: string): string {
  const info = screen.getByRole('region', { name: '软件信息' })
  const row = within(info).getByText(label).closest('tr')!
  return row.querySelector('td')?.textContent ?? ''
}

describe('AboutPage', () => {
  it('shows product, version, browser host, runtime and where backups are', async () => {
    renderApp(<AboutPage />)
    await screen.findByText('浏览器版')
    expect(infoValue('产品名称')).toBe('社联台')
    expect(infoValue('版本')).toBe(APP_VERSION)
    expect(infoValue('运行环境')).toBe('Chromium 156.0.8078.79')
    expect(infoValue('系统平台')).toBe('Linux x86_64')
    expect(infoValue('备份位置')).toBe('本浏览器的存储（可在“设置”页另存为文件）')
  })

  it('shows the desktop host with its runtimes and backup folder', async () => {
    const desktop = createFakeDesktop({
      getAppInfo: async () => ({
        productName: '社联台',
        version: '0.1.0',
        host: 'electron',
        versions: { electron: '45.4.1', chrome: '146.0.0.0', node: '22.20.0' },
        platform: 'win32 x64',
        backupDir: 'D:\\社联台\\backups'
      })
    })
    renderApp(<AboutPage />, { api: desktop.api })
    await screen.findByText('桌面版')
    expect(infoValue('运行环境')).toBe('Electron 45.4.1 · Chromium 146.0.0.0 · Node.js 22.20.0')
    expect(infoValue('备份位置')).toBe('D:\\社联台\\backups')
  })

  it('lists the third-party licences, searchable and with their texts', async () => {
    renderApp(<AboutPage />)
    await screen.findByText('共 3 个组件')
    const table = screen.getByRole('table', { name: '第三方组件许可' })
    expect(within(table).getByText('antd')).toBeTruthy()
    expect(within(table).getByText('Apache-2.0')).toBeTruthy()

    fireEvent.change(screen.getByLabelText('按名称或许可证搜索'), { target: { value: 'apache' } })
    expect(within(table).queryByText('antd')).toBeNull()
    const row = within(table).getByText('dexie').closest('tr')!
    fireEvent.click(within(row).getByRole('button'))
    await screen.findByText('Apache License 2.0')

    fireEvent.change(screen.getByLabelText('按名称或许可证搜索'), { target: { value: 'no-text' } })
    const emptyRow = within(table).getByText('no-text').closest('tr')!
    fireEvent.click(within(emptyRow).getByRole('button'))
    await screen.findByText('该组件未附带许可证全文，请以其许可证类型为准。')

    fireEvent.change(screen.getByLabelText('按名称或许可证搜索'), { target: { value: 'zzz' } })
    await screen.findByText('没有匹配的组件')
  })

  it('credits the report font with the full SIL Open Font License, folded until opened', async () => {
    renderApp(<AboutPage />)
    const fonts = screen.getByRole('region', { name: '随附字体' })
    const panel = within(fonts).getByRole('button', {
      name: '思源黑体 Noto Sans SC（Regular、Bold）— SIL Open Font License 1.1'
    })
    expect(within(fonts).queryByText(/SIL OPEN FONT LICENSE Version 1\.1/)).toBeNull()
    fireEvent.click(panel)

    const text = await within(fonts).findByText(/SIL OPEN FONT LICENSE Version 1\.1/)
    const shipped = readFileSync(
      'node_modules/@expo-google-fonts/noto-sans-sc/LICENSE_FONT',
      'utf8'
    )
    expect(text.textContent).toBe(shipped.trim())
    expect(text.textContent).toMatch(/^Copyright 2014-2021 Adobe/)
    expect(text.textContent).toContain('PERMISSION & CONDITIONS')
  })
})
