/**
 * The shared DesktopApi contract, run against the real Electron chain: the preload's api object
 * → a fake ipcRenderer → the real main-process handlers, with a temp folder for files and
 * backups and scripted stand-ins for the native dialogs. The browser twin passes the same suite
 * in tests/renderer/platform.
 */
import { mkdtempSync } from 'node:fs'
import { readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { registerIpcHandlers } from '../../../electron/main/ipc'
import { nodeBackupFs } from '../../../electron/main/ipc/backups'
import { createFolderMemory } from '../../../electron/main/ipc/files'
import { createDesktopApi, type IpcRendererLike } from '../../../electron/preload/desktop-api'
import { describeDesktopApiContract, type HarnessFile } from '../../contract/desktop-api-contract'
import { fakeIpcMain, trustedEvent } from '../helpers/fake-ipc'

describeDesktopApiContract('Electron: preload → IPC → main handlers', () => {
  const root = mkdtempSync(join(tmpdir(), 'shelian-contract-'))
  const saveDir = join(root, 'documents')
  const openDir = join(root, 'picked')
  let cancelSave = false
  let openFile: HarnessFile | null = null
  let now = new Date(2026, 10, 22, 9, 0, 0)
  const saved: string[] = []

  const ipcMain = fakeIpcMain()
  registerIpcHandlers(ipcMain, {
    files: {
      dialogs: {
        async showSaveDialog(options) {
          if (cancelSave) return { canceled: true }
          return { canceled: false, filePath: options.defaultPath }
        },
        async showOpenDialog() {
          if (!openFile) return { canceled: true, filePaths: [] }
          const filePath = join(openDir, openFile.fileName)
          await nodeBackupFs.mkdir(openDir)
          await writeFile(filePath, openFile.data)
          return { canceled: false, filePaths: [filePath] }
        }
      },
      folders: createFolderMemory(saveDir, () => {}),
      async writeFile(filePath, data) {
        await nodeBackupFs.mkdir(saveDir)
        await writeFile(filePath, data)
        saved.push(filePath)
      },
      stat: (filePath) => stat(filePath),
      readFile: (filePath) => readFile(filePath)
    },
    backups: { backupDir: join(root, 'backups'), now: () => now, fs: nodeBackupFs },
    appInfo: {
      getVersion: () => '0.1.0',
      versions: { electron: '45.4.1', chrome: '144.0.0.0', node: '22.0.0' },
      platform: 'linux',
      arch: 'x64',
      backupDir: join(root, 'backups')
    }
  })

  // structuredClone stands in for the IPC boundary, so the bytes arrive as a copy, as in Electron.
  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]) =>
      ipcMain.invoke(channel, trustedEvent(), ...structuredClone(args)),
    on: () => ipcRenderer,
    removeListener: () => ipcRenderer
  } as unknown as IpcRendererLike

  return {
    api: createDesktopApi(ipcRenderer),
    chooseSaveOutcome: (cancel) => (cancelSave = cancel),
    nextOpenFile: (file) => (openFile = file),
    savedFiles: () =>
      Promise.all(
        saved.map(async (filePath) => ({
          fileName: basename(filePath),
          data: new Uint8Array(await readFile(filePath))
        }))
      ),
    setNow: (at) => (now = at),
    dispose: () => rm(root, { recursive: true, force: true })
  }
})
