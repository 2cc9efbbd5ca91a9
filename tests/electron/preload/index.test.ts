/**
 * The preload entry with a mocked electron: it must expose exactly one object, `desktop`, built
 * on ipcRenderer — and never ipcRenderer itself or any other global.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest'

const mocks = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  ipcRenderer: {
    invoke: vi.fn(async () => ({ ok: true, value: [] })),
    on: vi.fn(),
    removeListener: vi.fn(),
    send: vi.fn(),
    sendSync: vi.fn()
  }
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: mocks.exposeInMainWorld },
  ipcRenderer: mocks.ipcRenderer
}))

describe('preload index', () => {
  beforeAll(async () => {
    await import('../../../electron/preload/index')
  })

  it('exposes exactly one object, window.desktop', () => {
    expect(mocks.exposeInMainWorld).toHaveBeenCalledOnce()
    expect(mocks.exposeInMainWorld.mock.calls[0]?.[0]).toBe('desktop')
  })

  it('exposes the DesktopApi methods and nothing of ipcRenderer', () => {
    const api = mocks.exposeInMainWorld.mock.calls[0]?.[1] as Record<string, unknown>
    expect(api).not.toBe(mocks.ipcRenderer)
    expect(Object.keys(api)).not.toContain('invoke')
    expect(Object.keys(api)).not.toContain('send')
    expect(Object.values(api)).not.toContain(mocks.ipcRenderer)
  })

  it('is wired to the real ipcRenderer', async () => {
    const api = mocks.exposeInMainWorld.mock.calls[0]?.[1] as { listBackups(): Promise<unknown> }
    await expect(api.listBackups()).resolves.toEqual([])
    expect(mocks.ipcRenderer.invoke).toHaveBeenCalledWith('backups:list')
  })
})
