/**
 * Start-up wiring of the main process. Everything Electron is passed in, so the order of the
 * calls (which matters: userData and the scheme must be set before `ready`) can be tested with
 * fakes. The decisions themselves live in the pure modules this file calls.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type * as ElectronTypes from 'electron'
import { MENU_COMMAND_CHANNEL } from '@shared/ipc/channels'
import { buildMenuTemplate } from './menu'
import { registerIpcHandlers } from './ipc'
import { nodeBackupFs } from './ipc/backups'
import {
  createFolderMemory,
  parseLastFolder,
  serializeLastFolder,
  type FileDialogs
} from './ipc/files'
import {
  APP_USER_MODEL_ID,
  DIALOG_STATE_FILE,
  WINDOW_STATE_FILE,
  backupDirFor,
  userDataDir
} from './paths'
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler
} from './protocol'
import { applySessionGuards, attachWebContentsGuards, devOriginOf } from './security'
import { createMainWindow, restoreAndFocus } from './window'
import { parseWindowState, restoreBounds, serializeWindowState } from './window-state'

type ElectronExports = typeof ElectronTypes

/** The Electron modules the bootstrap uses; `index.ts` passes the real ones. */
export type ElectronModules = Pick<
  ElectronExports,
  'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'Menu' | 'protocol' | 'screen' | 'session'
>

/** Facts about the running process, passed in so tests can choose them. */
export interface BootstrapOptions {
  /** `process.env`; only `ELECTRON_RENDERER_URL` is read, and only when not packaged. */
  env: Record<string, string | undefined>
  /** Folder of the built main bundle (`out/main`); preload and renderer sit beside it. */
  mainDir: string
  /** `process.platform`. */
  platform: string
  /** `process.arch`. */
  arch: string
  /** `process.versions`. */
  versions: Partial<Record<'electron' | 'chrome' | 'node', string | undefined>>
}

/**
 * The dev server URL electron-vite passes in `ELECTRON_RENDERER_URL`, honoured only in an
 * unpackaged run and only when it is a plain http(s) URL. A packaged app always loads its own
 * `app://shelian` pages, whatever the environment says.
 */
export function devRendererUrl(
  env: Record<string, string | undefined>,
  isPackaged: boolean
): string | undefined {
  if (isPackaged) return undefined
  const url = env.ELECTRON_RENDERER_URL
  return devOriginOf(url) === undefined ? undefined : url
}

function readTextOrNull(filePath: string): string | null {
  try {
    return readFileSync(filePath, 'utf8')
  } catch {
    return null
  }
}

/**
 * Starts the app. Before `ready`: pins userData to the fixed folder, turns on the sandbox for
 * every renderer, registers the `app` scheme as privileged, and takes the single-instance lock
 * (which is keyed by userData, so it must come after the pin). On `ready`: the protocol handler,
 * session permission guards, IPC handlers, the menu, and the main window.
 *
 * @returns false when another instance already runs (this one quits), true otherwise.
 */
export function bootstrap(electron: ElectronModules, options: BootstrapOptions): boolean {
  const { app } = electron
  const isDev = !app.isPackaged

  const userData = userDataDir(app.getPath('appData'), isDev)
  app.setPath('userData', userData)
  if (options.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)
  app.enableSandbox()
  electron.protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }
  ])

  // A second instance would fail to open IndexedDB ("backing store" LOCK); hand over and quit.
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }

  const devUrl = devRendererUrl(options.env, app.isPackaged)
  const devOrigin = devOriginOf(devUrl)
  const backupDir = backupDirFor(userData)
  let mainWindow: ElectronTypes.BrowserWindow | null = null

  app.on('second-instance', () => restoreAndFocus(mainWindow))
  app.on('web-contents-created', (_event, contents) => attachWebContentsGuards(contents, devOrigin))
  app.on('window-all-closed', () => {
    if (options.platform !== 'darwin') app.quit()
  })

  const openMainWindow = (): ElectronTypes.BrowserWindow => {
    const statePath = join(userData, WINDOW_STATE_FILE)
    const saved = parseWindowState(readTextOrNull(statePath))
    const { screen } = electron
    const bounds = restoreBounds(
      saved,
      screen.getAllDisplays().map((display) => display.workArea),
      screen.getPrimaryDisplay().workArea
    )
    const win = createMainWindow({
      BrowserWindow: electron.BrowserWindow,
      preloadPath: join(options.mainDir, '../preload/index.cjs'),
      url: devUrl ?? APP_ENTRY_URL,
      bounds,
      maximized: saved?.maximized ?? false,
      // Synchronous: the app may exit right after the last window closes.
      saveState: (state) => writeFileSync(statePath, serializeWindowState(state))
    })
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null
    })
    return win
  }

  const dialogs: FileDialogs = {
    showSaveDialog(dialogOptions, event) {
      const owner = electron.BrowserWindow.fromWebContents(event.sender)
      return owner
        ? electron.dialog.showSaveDialog(owner, dialogOptions)
        : electron.dialog.showSaveDialog(dialogOptions)
    },
    showOpenDialog(dialogOptions, event) {
      const owner = electron.BrowserWindow.fromWebContents(event.sender)
      return owner
        ? electron.dialog.showOpenDialog(owner, dialogOptions)
        : electron.dialog.showOpenDialog(dialogOptions)
    }
  }

  app
    .whenReady()
    .then(() => {
      electron.protocol.handle(
        APP_SCHEME,
        createAppProtocolHandler({ rootDir: join(options.mainDir, '../renderer'), readFile })
      )
      applySessionGuards(electron.session.defaultSession)

      const dialogStatePath = join(userData, DIALOG_STATE_FILE)
      const folders = createFolderMemory(
        parseLastFolder(readTextOrNull(dialogStatePath), app.getPath('documents')),
        (folder) => {
          writeFile(dialogStatePath, serializeLastFolder(folder)).catch((error: unknown) =>
            console.warn('[files] could not remember the last folder', error)
          )
        }
      )
      registerIpcHandlers(
        electron.ipcMain,
        {
          files: {
            dialogs,
            folders,
            writeFile: (filePath, data) => writeFile(filePath, data),
            stat: (filePath) => stat(filePath),
            readFile: (filePath) => readFile(filePath)
          },
          backups: { backupDir, now: () => new Date(), fs: nodeBackupFs },
          appInfo: {
            getVersion: () => app.getVersion(),
            versions: options.versions,
            platform: options.platform,
            arch: options.arch,
            backupDir
          }
        },
        { devOrigin }
      )

      const template = buildMenuTemplate({
        isMac: options.platform === 'darwin',
        appVersion: app.getVersion(),
        isPackaged: app.isPackaged,
        send: (command) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command)
      })
      electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(template))

      mainWindow = openMainWindow()
      app.on('activate', () => {
        if (mainWindow === null) mainWindow = openMainWindow()
      })
    })
    .catch((error: unknown) => {
      console.error('[main] start-up failed', error)
      app.quit()
    })

  return true
}
