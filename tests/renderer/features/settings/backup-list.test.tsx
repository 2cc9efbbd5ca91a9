import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { DesktopError } from '@shared/ipc/errors'
import { BackupList } from '@renderer/features/settings/backup-list'
import { createFakeDesktop } from '../../helpers/fake-desktop-api'
import { buttonName, renderApp } from '../../helpers/render-app'

async function desktopWithBackups() {
  const desktop = createFakeDesktop()
  desktop.setNow(new Date(2026, 10, 20, 8, 0, 0))
  await desktop.api.writeBackup({
    reason: 'startup',
    schemaVersion: 1,
    data: new TextEncoder().encode('{"old":true}'),
    keep: 10
  })
  desktop.setNow(new Date(2026, 10, 21, 8, 30, 5))
  const newest = await desktop.api.writeBackup({
    reason: 'upgrade',
    schemaVersion: 1,
    data: new TextEncoder().encode('{"new":true}'),
    keep: 10
  })
  return { desktop, newest }
}

describe('BackupList', () => {
  it('says there are none yet and where they are kept in the browser', async () => {
    renderApp(<BackupList />)
    // antd shows the empty text under the loading spinner too, so wait for the loaded state.
    await screen.findByText('浏览器版的备份保存在本浏览器的存储中，可以另存为文件留底。')
    expect(screen.getByText('还没有自动备份')).toBeTruthy()
  })

  it('shows the desktop backup folder', async () => {
    const desktop = createFakeDesktop()
    const getAppInfo = desktop.api.getAppInfo
    desktop.api.getAppInfo = async () => ({
      ...(await getAppInfo()),
      host: 'electron',
      backupDir: 'C:\\Users\\社工\\AppData\\Roaming\\SheLianDesk\\backups'
    })
    renderApp(<BackupList />, { api: desktop.api })
    await screen.findByText('备份文件夹：C:\\Users\\社工\\AppData\\Roaming\\SheLianDesk\\backups')
  })

  it('lists backups newest first with time, reason and size', async () => {
    const { desktop } = await desktopWithBackups()
    renderApp(<BackupList />, { api: desktop.api })
    await screen.findByText('升级前备份')
    const rows = screen.getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('2026-11-21 08:30:05升级前备份12 字节'),
      expect.stringContaining('2026-11-20 08:00:00启动时备份12 字节')
    ])
  })

  it('saves a backup as a file through the DesktopApi', async () => {
    const { desktop, newest } = await desktopWithBackups()
    renderApp(<BackupList />, { api: desktop.api })
    const row = (await screen.findByText('升级前备份')).closest('tr')!
    fireEvent.click(within(row).getByRole('button', { name: '另存为' }))
    await screen.findByText(`备份已另存为 ${newest.name}`)
    expect(desktop.downloads).toHaveLength(1)
    expect(desktop.downloads[0]!.fileName).toBe(newest.name)
    expect(new TextDecoder().decode(desktop.downloads[0]!.data)).toBe('{"new":true}')
  })

  it('reports a failed read in Chinese', async () => {
    const { desktop } = await desktopWithBackups()
    desktop.api.readBackup = async () => {
      throw new DesktopError('NOT_FOUND', '找不到备份')
    }
    renderApp(<BackupList />, { api: desktop.api })
    const row = (await screen.findByText('升级前备份')).closest('tr')!
    fireEvent.click(within(row).getByRole('button', { name: '另存为' }))
    await screen.findByText('另存备份失败：找不到备份')
  })

  it('offers 恢复 only when asked, and hands over the backup’s name and bytes', async () => {
    const { desktop, newest } = await desktopWithBackups()
    const onRestore = vi.fn()
    const { unmount } = renderApp(<BackupList />, { api: desktop.api })
    await screen.findByText('升级前备份')
    expect(screen.queryByRole('button', { name: buttonName('恢复') })).toBeNull()
    unmount()

    renderApp(<BackupList onRestore={onRestore} />, { api: desktop.api })
    const row = (await screen.findByText('升级前备份')).closest('tr')!
    fireEvent.click(within(row).getByRole('button', { name: buttonName('恢复') }))
    await vi.waitFor(() => expect(onRestore).toHaveBeenCalledTimes(1))
    const [source] = onRestore.mock.calls[0]!
    expect(source.name).toBe(newest.name)
    expect(new TextDecoder().decode(source.data)).toBe('{"new":true}')
  })

  it('reloads when its refresh key changes', async () => {
    const desktop = createFakeDesktop()
    function Refreshing() {
      const [key, setKey] = useState(0)
      return (
        <>
          <button onClick={() => setKey(key + 1)}>刷新</button>
          <BackupList refreshKey={key} />
        </>
      )
    }
    renderApp(<Refreshing />, { api: desktop.api })
    await screen.findByText('还没有自动备份')
    await desktop.api.writeBackup({
      reason: 'manual',
      schemaVersion: 2,
      data: new TextEncoder().encode('{}'),
      keep: 10
    })
    fireEvent.click(screen.getByRole('button', { name: '刷新' }))
    await screen.findByText('手动备份')
  })
})
