/**
 * The real entry module, imported with `electron` mocked (the binary cannot load here): importing
 * it must pin userData to the fixed folder and take the single-instance lock synchronously, before
 * `ready`, and finish the wiring once ready.
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS } from '@shared/ipc/channels'
import { FakeBrowserWindow } from '../helpers/fake-electron'

// Built inside vi.hoisted because the vi.mock factory below runs before this file's imports.
const fake = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('../helpers/fake-electron')
  const { mkdtempSync: mkdtemp } = await import('node:fs')
  const { tmpdir: tmp } = await import('node:os')
  const { join: joinPath } = await import('node:path')
  return createFakeElectron({ appData: mkdtemp(joinPath(tmp(), 'shelian-index-')) })
})

vi.mock('electron', () => fake.modules)
afterAll(() => rmSync(fake.modules.app.getPath('appData'), { recursive: true, force: true }))

describe('electron/main/index.ts', () => {
  it('pins userData and takes the lock at import time, before ready', async () => {
    await import('../../../electron/main/index')
    const appDataPath = fake.modules.app.getPath('appData')
    expect(fake.modules.app.setPath).toHaveBeenCalledWith(
      'userData',
      join(appDataPath, 'ShelianDesk')
    )
    expect(fake.modules.app.requestSingleInstanceLock).toHaveBeenCalledOnce()
    expect(fake.calls.slice(0, 2)).toEqual(['app.setPath', 'app.enableSandbox'])
    expect(fake.calls.indexOf('app.requestSingleInstanceLock')).toBeLessThan(
      fake.calls.indexOf('app.whenReady')
    )
    expect(FakeBrowserWindow.instances).toHaveLength(0)
  })

  it('wires protocol, IPC and the window once ready', async () => {
    await fake.ready()
    expect(fake.modules.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(fake.modules.ipcMain.handlers.size).toBe(Object.keys(IPC_CHANNELS).length)
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    expect(FakeBrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://shelian/index.html')
  })
})
