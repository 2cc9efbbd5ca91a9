import { describe, expect, it } from 'vitest'
import { IPC_CHANNELS } from '@shared/ipc/channels'
import { getAppInfo, registerAppInfoHandler } from '../../../../electron/main/ipc/app-info'
import { fakeIpcMain, foreignEvent, trustedEvent } from '../../helpers/fake-ipc'

const deps = {
  getVersion: () => '0.3.1',
  versions: { electron: '45.4.1', chrome: '156.0.1', node: '22.20.0' },
  platform: 'win32',
  arch: 'x64',
  backupDir: 'C:\\Users\\li\\AppData\\Roaming\\ShelianDesk\\backups'
}

describe('getAppInfo', () => {
  it('describes the desktop host', () => {
    expect(getAppInfo(deps)).toEqual({
      productName: '社联台',
      version: '0.3.1',
      host: 'electron',
      versions: { electron: '45.4.1', chrome: '156.0.1', node: '22.20.0' },
      platform: 'win32 x64',
      backupDir: 'C:\\Users\\li\\AppData\\Roaming\\ShelianDesk\\backups'
    })
  })

  it('uses empty strings for runtime versions it does not know', () => {
    expect(getAppInfo({ ...deps, versions: { node: '20.0.0' } }).versions).toEqual({
      electron: '',
      chrome: '',
      node: '20.0.0'
    })
  })
})

describe('app:get-info handler', () => {
  const ipc = fakeIpcMain()
  registerAppInfoHandler(ipc, deps)

  it('answers the app itself', async () => {
    await expect(ipc.invoke(IPC_CHANNELS.getAppInfo, trustedEvent())).resolves.toMatchObject({
      ok: true,
      value: { productName: '社联台', version: '0.3.1' }
    })
  })

  it('refuses another origin and unexpected arguments', async () => {
    await expect(ipc.invoke(IPC_CHANNELS.getAppInfo, foreignEvent())).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' }
    })
    await expect(ipc.invoke(IPC_CHANNELS.getAppInfo, trustedEvent(), 'x')).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' }
    })
  })
})
