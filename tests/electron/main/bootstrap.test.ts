import { EventEmitter } from 'node:events'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS, MENU_COMMAND_CHANNEL } from '@shared/ipc/channels'
import { PRODUCTION_CSP } from '@shared/security/csp'
import { bootstrap, devRendererUrl } from '../../../electron/main/bootstrap'
import { FakeBrowserWindow, createFakeElectron } from '../helpers/fake-electron'
import { trustedEvent } from '../helpers/fake-ipc'
import { tempDir } from '../../helpers/temp-dir'

/** A temp layout like the build: out/main (mainDir), out/renderer/index.html, and appData. */
function layout() {
  const root = tempDir('shelian-boot-')
  const mainDir = join(root, 'out', 'main')
  mkdirSync(mainDir, { recursive: true })
  mkdirSync(join(root, 'out', 'renderer'))
  writeFileSync(join(root, 'out', 'renderer', 'index.html'), '<title>社联台</title>')
  const appData = join(root, 'appData')
  mkdirSync(appData)
  return { root, mainDir, appData }
}

function start(
  options: {
    isPackaged?: boolean
    gotLock?: boolean
    env?: Record<string, string>
    platform?: string
  } = {}
) {
  const paths = layout()
  const fake = createFakeElectron({
    appData: paths.appData,
    isPackaged: options.isPackaged ?? true,
    gotLock: options.gotLock
  })
  const started = bootstrap(fake.asElectron, {
    env: options.env ?? {},
    mainDir: paths.mainDir,
    platform: options.platform ?? 'win32',
    arch: 'x64',
    versions: { electron: '45.4.1', chrome: '156', node: '22' }
  })
  return { ...paths, fake, started, userData: join(paths.appData, 'ShelianDesk') }
}

describe('devRendererUrl', () => {
  it.each<[Record<string, string>, boolean, string | undefined]>([
    [{ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false, 'http://localhost:5173'],
    [{ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true, undefined],
    [{ ELECTRON_RENDERER_URL: 'file:///tmp/evil.html' }, false, undefined],
    [{ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false, 'https://evil.example/'],
    [{}, false, undefined]
  ])('%o, packaged %s → %s', (env, isPackaged, expected) => {
    expect(devRendererUrl(env, isPackaged)).toBe(expected)
  })
})

describe('bootstrap, before ready', () => {
  it('pins userData to the fixed folder first, before the lock and before ready', () => {
    const { fake, userData } = start()
    expect(fake.modules.app.setPath).toHaveBeenCalledWith('userData', userData)
    expect(fake.calls.indexOf('app.setPath')).toBe(0)
    expect(fake.calls.indexOf('app.setPath')).toBeLessThan(
      fake.calls.indexOf('app.requestSingleInstanceLock')
    )
    expect(fake.calls.indexOf('app.setPath')).toBeLessThan(fake.calls.indexOf('app.whenReady'))
  })

  it('uses the -dev folder for unpackaged runs', () => {
    const { fake, appData } = start({ isPackaged: false })
    expect(fake.modules.app.setPath).toHaveBeenCalledWith(
      'userData',
      join(appData, 'ShelianDesk-dev')
    )
  })

  it('registers the app scheme as privileged and enables the sandbox before ready', () => {
    const { fake } = start()
    expect(fake.modules.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true }
      }
    ])
    expect(fake.modules.app.enableSandbox).toHaveBeenCalled()
    expect(fake.modules.protocol.handle).not.toHaveBeenCalled()
    expect(FakeBrowserWindow.instances).toHaveLength(0)
  })

  it('names the app to Windows, so its notifications show as 社联台', () => {
    const { fake } = start({ platform: 'win32' })
    expect(fake.modules.app.setAppUserModelId).toHaveBeenCalledWith('cn.shelian.desk')
    expect(fake.calls.indexOf('app.setAppUserModelId')).toBeLessThan(
      fake.calls.indexOf('app.whenReady')
    )
  })

  it('leaves the AppUserModelID alone on Linux', () => {
    const { fake } = start({ platform: 'linux' })
    expect(fake.modules.app.setAppUserModelId).not.toHaveBeenCalled()
  })

  it('takes the single-instance lock', () => {
    const { fake, started } = start()
    expect(fake.modules.app.requestSingleInstanceLock).toHaveBeenCalledOnce()
    expect(started).toBe(true)
    expect(fake.modules.app.quit).not.toHaveBeenCalled()
  })

  it('quits, and sets nothing else up, when another instance holds the lock', async () => {
    const { fake, started } = start({ gotLock: false })
    expect(started).toBe(false)
    expect(fake.modules.app.quit).toHaveBeenCalledOnce()
    expect(fake.modules.app.whenReady).not.toHaveBeenCalled()
    await fake.ready()
    expect(FakeBrowserWindow.instances).toHaveLength(0)
    expect(fake.modules.ipcMain.handlers.size).toBe(0)
  })
})

describe('bootstrap, on ready', () => {
  it('serves app:// from out/renderer with the CSP header', async () => {
    const { fake } = start()
    await fake.ready()
    const [scheme, handler] = fake.modules.protocol.handle.mock.calls[0] as [
      string,
      (request: { url: string }) => Promise<Response>
    ]
    expect(scheme).toBe('app')
    const response = await handler({ url: 'app://shelian/index.html' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(PRODUCTION_CSP)
    expect(await response.text()).toContain('社联台')
  })

  it('denies every permission on the default session', async () => {
    const { fake } = start()
    await fake.ready()
    const session = fake.modules.session.defaultSession
    const callback = vi.fn()
    session.setPermissionRequestHandler.mock.calls[0]?.[0]({}, 'media', callback, {})
    expect(callback).toHaveBeenCalledWith(false)
    expect(session.setPermissionCheckHandler.mock.calls[0]?.[0]()).toBe(false)
    expect(session.setDevicePermissionHandler.mock.calls[0]?.[0]()).toBe(false)
  })

  it('registers every IPC channel, answering with the backup folder in userData', async () => {
    const { fake, userData } = start()
    await fake.ready()
    expect([...fake.modules.ipcMain.handlers.keys()].sort()).toEqual(
      Object.values(IPC_CHANNELS).sort()
    )
    await expect(
      fake.modules.ipcMain.invoke(IPC_CHANNELS.getAppInfo, trustedEvent())
    ).resolves.toMatchObject({
      ok: true,
      value: { productName: '社联台', backupDir: join(userData, 'backups'), platform: 'win32 x64' }
    })
  })

  it('refuses the dev origin over IPC in a packaged app, even with the env var set', async () => {
    const { fake } = start({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } })
    await fake.ready()
    await expect(
      fake.modules.ipcMain.invoke(IPC_CHANNELS.getAppInfo, trustedEvent('http://localhost:5173/'))
    ).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
  })

  it('opens one hidden, sandboxed window on app://shelian/index.html', async () => {
    const { fake, mainDir } = start()
    await fake.ready()
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    const win = FakeBrowserWindow.instances[0]!
    expect(win.options).toMatchObject({ show: false, title: '社联台', minWidth: 1024 })
    expect(win.options.webPreferences).toMatchObject({
      preload: join(mainDir, '..', 'preload', 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false
    })
    expect(win.loadURL).toHaveBeenCalledWith('app://shelian/index.html')
    // The page may only load once the protocol serves it and permissions are locked down.
    const loadedAt = win.loadURL.mock.invocationCallOrder[0]!
    expect(fake.modules.protocol.handle.mock.invocationCallOrder[0]).toBeLessThan(loadedAt)
    expect(
      fake.modules.session.defaultSession.setPermissionRequestHandler.mock.invocationCallOrder[0]
    ).toBeLessThan(loadedAt)
  })

  it('loads the dev server URL only in an unpackaged run', async () => {
    const dev = start({
      isPackaged: false,
      env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }
    })
    await dev.fake.ready()
    expect(FakeBrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173/')

    const packaged = start({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' } })
    await packaged.fake.ready()
    expect(FakeBrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://shelian/index.html')
  })

  it('sets the Chinese menu, whose 关于 item messages the window', async () => {
    const { fake } = start()
    await fake.ready()
    const template = fake.modules.Menu.buildFromTemplate.mock.calls[0]?.[0] as {
      label: string
      submenu: { label: string; click?: () => void }[]
    }[]
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助'])
    expect(fake.modules.Menu.setApplicationMenu).toHaveBeenCalled()
    const help = template.find((item) => item.label === '帮助')!
    help.submenu.find((item) => item.label === '关于社联台')!.click!()
    expect(FakeBrowserWindow.instances[0]?.webContents.send).toHaveBeenCalledWith(
      MENU_COMMAND_CHANNEL,
      'navigate-about'
    )
  })

  it('restores the remembered window state and saves it again on close', async () => {
    const { fake, userData } = start()
    mkdirSync(userData, { recursive: true })
    const statePath = join(userData, 'window-state.json')
    writeFileSync(
      statePath,
      JSON.stringify({ x: 50, y: 60, width: 1500, height: 900, maximized: true })
    )
    await fake.ready()
    const win = FakeBrowserWindow.instances[0]!
    expect(win.options).toMatchObject({ x: 50, y: 60, width: 1500, height: 900 })
    win.emit('ready-to-show')
    expect(win.maximize).toHaveBeenCalled()

    win.emit('close')
    expect(JSON.parse(readFileSync(statePath, 'utf8'))).toEqual({
      x: 50,
      y: 60,
      width: 1500,
      height: 900,
      maximized: true
    })
  })
})

describe('bootstrap, app events', () => {
  it('brings the existing window back when a second instance starts', async () => {
    const { fake } = start()
    await fake.ready()
    const win = FakeBrowserWindow.instances[0]!
    win.minimized = true
    fake.appEvents.emit('second-instance', {}, [], '/')
    expect(win.restore).toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
  })

  it('guards every web contents Chromium creates', () => {
    const { fake } = start()
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() })
    fake.appEvents.emit('web-contents-created', {}, contents)
    const event = { preventDefault: vi.fn() }
    contents.emit('will-navigate', event, 'https://evil.example/')
    expect(event.preventDefault).toHaveBeenCalled()
    expect(contents.setWindowOpenHandler.mock.calls[0]?.[0]({ url: 'x' })).toEqual({
      action: 'deny'
    })
  })

  it.each([
    ['win32', true],
    ['linux', true],
    ['darwin', false]
  ])('on %s, closing the last window quits: %s', (platform, quits) => {
    const { fake } = start({ platform })
    fake.appEvents.emit('window-all-closed')
    expect(fake.modules.app.quit).toHaveBeenCalledTimes(quits ? 1 : 0)
  })
})
