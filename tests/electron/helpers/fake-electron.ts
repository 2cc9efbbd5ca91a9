/**
 * A stand-in for the Electron modules the main process bootstrap uses. Every call is recorded in
 * `calls` (in order) so tests can check what happens before `ready`; `ready()` resolves
 * `app.whenReady()` when the test decides.
 */
import { EventEmitter } from 'node:events'
import { vi } from 'vitest'
import type { ElectronModules } from '../../../electron/main/bootstrap'
import { fakeIpcMain } from './fake-ipc'

export interface FakeElectronOptions {
  appData: string
  documents?: string
  isPackaged?: boolean
  gotLock?: boolean
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = []
  static fromWebContents = vi.fn((_contents: unknown) => FakeBrowserWindow.instances[0] ?? null)
  readonly options: Record<string, unknown>
  readonly webContents = { send: vi.fn() }
  readonly loadURL = vi.fn((_url: string) => Promise.resolve())
  minimized = false
  maximized = false
  readonly show = vi.fn()
  readonly focus = vi.fn()
  readonly restore = vi.fn()
  readonly maximize = vi.fn(() => {
    this.maximized = true
  })

  constructor(options: Record<string, unknown>) {
    super()
    this.options = options
    FakeBrowserWindow.instances.push(this)
  }
  isMinimized(): boolean {
    return this.minimized
  }
  isMaximized(): boolean {
    return this.maximized
  }
  getNormalBounds() {
    const { x, y, width, height } = this.options as Record<string, number>
    return { x, y, width, height }
  }
}

export function createFakeElectron(options: FakeElectronOptions) {
  const calls: string[] = []
  const record =
    <A extends unknown[], R>(name: string, impl: (...args: A) => R) =>
    (...args: A): R => {
      calls.push(name)
      return impl(...args)
    }

  let resolveReady: () => void = () => undefined
  const readyPromise = new Promise<void>((resolve) => {
    resolveReady = resolve
  })
  const appEvents = new EventEmitter()
  const paths: Record<string, string> = {
    appData: options.appData,
    documents: options.documents ?? options.appData
  }

  const app = {
    isPackaged: options.isPackaged ?? true,
    getPath: vi.fn((name: string) => {
      const value = paths[name]
      if (value === undefined) throw new Error(`unexpected getPath(${name})`)
      return value
    }),
    setPath: vi.fn(
      record('app.setPath', (name: string, value: string) => {
        paths[name] = value
      })
    ),
    enableSandbox: vi.fn(record('app.enableSandbox', () => undefined)),
    setAppUserModelId: vi.fn(record('app.setAppUserModelId', (_id: string) => undefined)),
    requestSingleInstanceLock: vi.fn(
      record('app.requestSingleInstanceLock', () => options.gotLock ?? true)
    ),
    quit: vi.fn(record('app.quit', () => undefined)),
    getVersion: vi.fn(() => '0.1.0'),
    whenReady: vi.fn(record('app.whenReady', () => readyPromise)),
    on: vi.fn((event: string, listener: (...args: unknown[]) => void) => {
      calls.push(`app.on(${event})`)
      appEvents.on(event, listener)
      return app
    })
  }

  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn()
    }
  }
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(
      record('protocol.registerSchemesAsPrivileged', (_schemes: unknown) => undefined)
    ),
    handle: vi.fn(record('protocol.handle', (_scheme: string, _handler: unknown) => undefined))
  }
  const Menu = {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(record('Menu.setApplicationMenu', (_menu: unknown) => undefined))
  }
  const primary = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } }
  const screen = { getAllDisplays: () => [primary], getPrimaryDisplay: () => primary }
  const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() }
  const ipcMain = fakeIpcMain()
  FakeBrowserWindow.instances = []

  const modules = {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog,
    ipcMain,
    Menu,
    protocol,
    screen,
    session
  }

  return {
    modules,
    asElectron: modules as unknown as ElectronModules,
    calls,
    appEvents,
    /** Resolves app.whenReady() and lets the ready work run. */
    async ready(): Promise<void> {
      resolveReady()
      await readyPromise
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
  }
}
