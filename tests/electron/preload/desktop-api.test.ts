import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS, MENU_COMMAND_CHANNEL } from '@shared/ipc/channels'
import { DesktopError, type IpcResult } from '@shared/ipc/errors'
import {
  createDesktopApi,
  isMenuCommand,
  type IpcRendererLike
} from '../../../electron/preload/desktop-api'

/** An ipcRenderer stand-in: invoke answers from a table, on/removeListener are a real emitter. */
function fakeIpcRenderer(reply: (channel: string, ...args: unknown[]) => unknown) {
  const emitter = new EventEmitter()
  const invoke = vi.fn(async (channel: string, ...args: unknown[]) => reply(channel, ...args))
  const ipc = {
    invoke,
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      emitter.on(channel, listener)
      return ipc
    }),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      emitter.removeListener(channel, listener)
      return ipc
    })
  }
  return { ipc: ipc as unknown as IpcRendererLike, invoke, emitter }
}

const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value })

describe('createDesktopApi', () => {
  const bytes = new Uint8Array([1, 2, 3])

  it.each<
    [string, (api: ReturnType<typeof createDesktopApi>) => Promise<unknown>, string, unknown[]]
  >([
    ['getAppInfo', (api) => api.getAppInfo(), IPC_CHANNELS.getAppInfo, []],
    [
      'saveFile',
      (api) => api.saveFile({ kind: 'pdf', suggestedName: 'a.pdf', data: bytes }),
      IPC_CHANNELS.saveFile,
      [{ kind: 'pdf', suggestedName: 'a.pdf', data: bytes }]
    ],
    [
      'openFile',
      (api) => api.openFile({ kind: 'xlsx' }),
      IPC_CHANNELS.openFile,
      [{ kind: 'xlsx' }]
    ],
    [
      'writeBackup',
      (api) => api.writeBackup({ reason: 'manual', schemaVersion: 2, data: bytes, keep: 5 }),
      IPC_CHANNELS.writeBackup,
      [{ reason: 'manual', schemaVersion: 2, data: bytes, keep: 5 }]
    ],
    ['listBackups', (api) => api.listBackups(), IPC_CHANNELS.listBackups, []],
    ['readBackup', (api) => api.readBackup('b.json'), IPC_CHANNELS.readBackup, ['b.json']],
    [
      'notify',
      (api) => api.notify({ title: '社联台：2 项待办已逾期', body: '初核\n场地交还' }),
      IPC_CHANNELS.notify,
      [{ title: '社联台：2 项待办已逾期', body: '初核\n场地交还' }]
    ]
  ])(
    '%s invokes %s with its arguments and unwraps the value',
    async (_name, call, channel, args) => {
      const { ipc, invoke } = fakeIpcRenderer((ch) => ok(`answer from ${ch}`))
      await expect(call(createDesktopApi(ipc))).resolves.toBe(`answer from ${channel}`)
      expect(invoke).toHaveBeenCalledExactlyOnceWith(channel, ...args)
    }
  )

  it('turns an error envelope back into a DesktopError with its code', async () => {
    const { ipc } = fakeIpcRenderer(() => ({
      ok: false,
      error: { code: 'TOO_LARGE', message: '文件过大' }
    }))
    const error = await createDesktopApi(ipc)
      .openFile({ kind: 'pdf' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DesktopError)
    expect(error).toMatchObject({ code: 'TOO_LARGE', message: '文件过大' })
  })

  it('turns a failed invoke (no handler, window closing) into a DesktopError', async () => {
    const { ipc } = fakeIpcRenderer(() => {
      throw new Error("No handler registered for 'files:open'")
    })
    await expect(createDesktopApi(ipc).openFile({ kind: 'pdf' })).rejects.toMatchObject({
      name: 'DesktopError',
      code: 'IO'
    })
  })

  it('refuses a reply that is not an envelope', async () => {
    const { ipc } = fakeIpcRenderer(() => 'surprise')
    await expect(createDesktopApi(ipc).listBackups()).rejects.toMatchObject({ code: 'IO' })
  })

  it('exposes exactly the DesktopApi methods, all plain functions', () => {
    const api = createDesktopApi(fakeIpcRenderer(() => ok(null)).ipc)
    expect(Object.keys(api).sort()).toEqual(
      [
        'getAppInfo',
        'listBackups',
        'notify',
        'onMenuCommand',
        'openFile',
        'readBackup',
        'saveFile',
        'writeBackup'
      ].sort()
    )
    for (const member of Object.values(api)) expect(typeof member).toBe('function')
  })
})

describe('onMenuCommand', () => {
  it('passes only the command, never the event object', () => {
    const { ipc, emitter } = fakeIpcRenderer(() => ok(null))
    const callback = vi.fn()
    createDesktopApi(ipc).onMenuCommand(callback)
    const event = { sender: { send: () => undefined }, ports: [] }
    emitter.emit(MENU_COMMAND_CHANNEL, event, 'navigate-about')
    expect(callback).toHaveBeenCalledExactlyOnceWith('navigate-about')
  })

  it('drops commands that are not in the contract', () => {
    const { ipc, emitter } = fakeIpcRenderer(() => ok(null))
    const callback = vi.fn()
    createDesktopApi(ipc).onMenuCommand(callback)
    for (const bogus of [
      'navigate-evil',
      '',
      42,
      null,
      { command: 'navigate-about' },
      'toString'
    ]) {
      emitter.emit(MENU_COMMAND_CHANNEL, {}, bogus)
    }
    expect(callback).not.toHaveBeenCalled()
  })

  it('stops delivering after unsubscribe, and unsubscribing twice is harmless', () => {
    const { ipc, emitter } = fakeIpcRenderer(() => ok(null))
    const callback = vi.fn()
    const unsubscribe = createDesktopApi(ipc).onMenuCommand(callback)
    emitter.emit(MENU_COMMAND_CHANNEL, {}, 'navigate-settings')
    unsubscribe()
    unsubscribe()
    emitter.emit(MENU_COMMAND_CHANNEL, {}, 'navigate-settings')
    expect(callback).toHaveBeenCalledOnce()
    expect(emitter.listenerCount(MENU_COMMAND_CHANNEL)).toBe(0)
    expect(ipc.removeListener).toHaveBeenCalledOnce()
  })

  it('keeps separate subscriptions independent', () => {
    const { ipc, emitter } = fakeIpcRenderer(() => ok(null))
    const api = createDesktopApi(ipc)
    const first = vi.fn()
    const second = vi.fn()
    const stopFirst = api.onMenuCommand(first)
    api.onMenuCommand(second)
    stopFirst()
    emitter.emit(MENU_COMMAND_CHANNEL, {}, 'navigate-about')
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledWith('navigate-about')
  })
})

describe('isMenuCommand', () => {
  it.each([
    ['navigate-settings', true],
    ['navigate-about', true],
    ['navigate-evil', false],
    ['constructor', false],
    ['__proto__', false],
    [undefined, false]
  ])('%s → %s', (value, expected) => {
    expect(isMenuCommand(value)).toBe(expected)
  })
})
