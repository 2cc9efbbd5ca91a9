import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DesktopApi } from '@shared/ipc/contract'

// getDesktopApi decides once per page, so each test loads a fresh copy of the module.
async function loadGetDesktopApi() {
  vi.resetModules()
  return (await import('@renderer/platform/get-desktop-api')).getDesktopApi
}

function fakeDesktop(): DesktopApi {
  return {
    getAppInfo: vi.fn(),
    saveFile: vi.fn(),
    openFile: vi.fn(),
    writeBackup: vi.fn(),
    listBackups: vi.fn(),
    readBackup: vi.fn(),
    onMenuCommand: vi.fn(() => () => {})
  } as unknown as DesktopApi
}

describe('getDesktopApi', () => {
  beforeEach(() => {
    delete window.desktop
  })
  afterEach(() => {
    delete window.desktop
  })

  it('uses window.desktop when the Electron preload exposed it', async () => {
    const desktop = fakeDesktop()
    window.desktop = desktop
    const getDesktopApi = await loadGetDesktopApi()
    expect(getDesktopApi()).toBe(desktop)
  })

  it('falls back to the browser twin when there is no window.desktop', async () => {
    const getDesktopApi = await loadGetDesktopApi()
    const api = getDesktopApi()
    expect((await api.getAppInfo()).host).toBe('browser')
  })

  it('keeps the first choice for the life of the page', async () => {
    const getDesktopApi = await loadGetDesktopApi()
    const first = getDesktopApi()
    window.desktop = fakeDesktop()
    expect(getDesktopApi()).toBe(first)
  })
})
