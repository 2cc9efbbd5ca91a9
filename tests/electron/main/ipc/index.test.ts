/**
 * The whole IPC surface at once: every channel of the contract is registered, and every one of
 * them refuses foreign senders, subframes, destroyed frames and malformed arguments before any
 * dialog, clock or file system is touched.
 */
import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS } from '@shared/ipc/channels'
import { registerIpcHandlers, type IpcDeps } from '../../../../electron/main/ipc'
import {
  fakeIpcMain,
  foreignEvent,
  frameGoneEvent,
  subframeEvent,
  trustedEvent
} from '../../helpers/fake-ipc'

function untouchableDeps() {
  const touched = vi.fn()
  const fail = (what: string) => () => {
    touched(what)
    throw new Error(`${what} must not be reached`)
  }
  const deps: IpcDeps = {
    files: {
      dialogs: { showSaveDialog: fail('save dialog'), showOpenDialog: fail('open dialog') },
      folders: { get: fail('folders.get'), set: fail('folders.set') },
      writeFile: fail('writeFile'),
      stat: fail('stat'),
      readFile: fail('readFile')
    },
    backups: {
      backupDir: '/nonexistent/backups',
      now: fail('clock'),
      fs: {
        mkdir: fail('mkdir'),
        writeFileDurably: fail('write'),
        rename: fail('rename'),
        readdir: fail('readdir'),
        stat: fail('stat'),
        unlink: fail('unlink'),
        readFile: fail('readFile')
      }
    },
    appInfo: {
      getVersion: fail('getVersion'),
      versions: {},
      platform: 'linux',
      arch: 'x64',
      backupDir: '/nonexistent/backups'
    },
    notifications: { show: fail('notification') }
  }
  return { deps, touched }
}

const valid: Record<keyof typeof IPC_CHANNELS, unknown[]> = {
  getAppInfo: [],
  saveFile: [{ kind: 'pdf', suggestedName: 'a.pdf', data: new Uint8Array(1) }],
  openFile: [{ kind: 'pdf' }],
  writeBackup: [{ reason: 'manual', schemaVersion: 1, data: new Uint8Array(1), keep: 3 }],
  listBackups: [],
  readBackup: ['shelian-backup-20261122-093015123-startup-v3.json'],
  notify: [{ title: '社联台：1 项待办已逾期', body: '阳光助老服务中心：入驻申请初核' }]
}

const malformed: Record<keyof typeof IPC_CHANNELS, unknown[][]> = {
  getAppInfo: [['extra'], [{}]],
  saveFile: [
    [],
    [null],
    [{ kind: 'pdf', suggestedName: 'a.pdf' }],
    [{ kind: 'pdf', suggestedName: 42, data: new Uint8Array(1) }],
    [{ kind: 'pdf', suggestedName: 'a.pdf', data: new Uint8Array(1), dir: '/tmp' }],
    [{ kind: 'pdf', suggestedName: 'x'.repeat(201), data: new Uint8Array(1) }],
    [{ kind: 'pdf', suggestedName: '../a.pdf', data: new Uint8Array(1) }]
  ],
  openFile: [[], [{}], [{ kind: 'pdf', maxBytes: 1e12 }], ['pdf']],
  writeBackup: [
    [],
    [{ reason: 'manual', schemaVersion: 1, data: new Uint8Array(1) }],
    [{ reason: 'manual', schemaVersion: 1, data: new Uint8Array(1), keep: 3, name: 'x.json' }],
    [{ reason: 'manual', schemaVersion: -1, data: new Uint8Array(1), keep: 3 }]
  ],
  listBackups: [['../'], [{ dir: '/' }]],
  readBackup: [[], ['../x.json'], ['..'], [42], ['x'.repeat(201)], ['a', 'b']],
  notify: [
    [],
    [{ title: '逾期' }],
    [{ title: '', body: '' }],
    [{ title: '逾期', body: 'x'.repeat(501) }],
    [{ title: '逾期', body: '', icon: 'C:\\evil.png' }],
    [{ title: '逾期\u0007', body: '' }],
    [{ title: '逾期', body: '' }, 'extra']
  ]
}

const names = Object.keys(IPC_CHANNELS) as (keyof typeof IPC_CHANNELS)[]

describe('registerIpcHandlers', () => {
  it('registers exactly the channels of the contract', () => {
    const ipc = fakeIpcMain()
    registerIpcHandlers(ipc, untouchableDeps().deps)
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort())
  })

  const senders: [string, () => IpcMainInvokeEvent][] = [
    ['a foreign origin', () => foreignEvent()],
    ['a look-alike origin', () => foreignEvent('app://shelian.evil/index.html')],
    ['a file:// page', () => foreignEvent('file:///C:/Users/li/Desktop/evil.html')],
    ['the dev server in production', () => foreignEvent('http://localhost:5173/')],
    ['a subframe of the app', () => subframeEvent()],
    ['a destroyed frame', () => frameGoneEvent()]
  ]

  describe.each(names)('%s', (name) => {
    it.each(senders)('refuses %s with FORBIDDEN_SENDER, touching nothing', async (_why, event) => {
      const ipc = fakeIpcMain()
      const { deps, touched } = untouchableDeps()
      registerIpcHandlers(ipc, deps)
      const result = await ipc.invoke(IPC_CHANNELS[name], event(), ...valid[name])
      expect(result).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN_SENDER', message: '此页面无权调用桌面功能' }
      })
      expect(touched).not.toHaveBeenCalled()
    })

    it.each(malformed[name].map((args) => [JSON.stringify(args), args] as const))(
      'refuses the arguments %s with INVALID_ARGUMENT, touching nothing',
      async (_label, args) => {
        const ipc = fakeIpcMain()
        const { deps, touched } = untouchableDeps()
        registerIpcHandlers(ipc, deps)
        const result = await ipc.invoke(IPC_CHANNELS[name], trustedEvent(), ...args)
        expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
        expect(touched).not.toHaveBeenCalled()
      }
    )

    it('reaches its dependencies with valid arguments from the app (control case)', async () => {
      const ipc = fakeIpcMain()
      const { deps, touched } = untouchableDeps()
      registerIpcHandlers(ipc, deps)
      const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
      await ipc.invoke(IPC_CHANNELS[name], trustedEvent(), ...valid[name])
      log.mockRestore()
      expect(touched).toHaveBeenCalled()
    })
  })
})
