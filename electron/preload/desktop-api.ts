/**
 * The `window.desktop` object, built from an ipcRenderer-like object so it can be tested with a
 * fake. Every method is one `invoke` of its channel; the host answers with an IpcResult envelope,
 * which is unwrapped here so the page sees a value or a DesktopError with its code.
 *
 * Nothing of Electron leaks through: no ipcRenderer, no event objects, only plain data and the
 * functions of the DesktopApi contract.
 */
import type { IpcRenderer } from 'electron'
import { IPC_CHANNELS, MENU_COMMAND_CHANNEL } from '@shared/ipc/channels'
import type { DesktopApi, MenuCommand } from '@shared/ipc/contract'
import { DesktopError, isDesktopError, unwrapIpcResult, type IpcResult } from '@shared/ipc/errors'

/** The part of ipcRenderer the API needs. */
export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>

// Record<MenuCommand, true> makes the compiler reject a missing or unknown command, so this list
// cannot drift from the contract.
const MENU_COMMANDS: Readonly<Record<MenuCommand, true>> = {
  'navigate-settings': true,
  'navigate-about': true
}

/** True for a string that is one of the contract's menu commands. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && Object.hasOwn(MENU_COMMANDS, value)
}

function isIpcResult(value: unknown): value is IpcResult<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  )
}

/**
 * Invokes `channel` and unwraps the envelope. A rejected invoke (no handler registered, window
 * closing) or a reply that is not an envelope also becomes a DesktopError, so callers need only
 * one catch path.
 */
async function call<T>(ipc: IpcRendererLike, channel: string, ...args: unknown[]): Promise<T> {
  let reply: unknown
  try {
    reply = await ipc.invoke(channel, ...args)
  } catch (error) {
    if (isDesktopError(error)) throw error
    throw new DesktopError('IO', '桌面功能暂时不可用，请重启社联台后再试')
  }
  if (!isIpcResult(reply)) throw new DesktopError('IO', '桌面功能返回了无法识别的结果')
  return unwrapIpcResult(reply as IpcResult<T>)
}

/** Builds the DesktopApi on top of `ipc` (the real ipcRenderer in the preload). */
export function createDesktopApi(ipc: IpcRendererLike): DesktopApi {
  return {
    getAppInfo: () => call(ipc, IPC_CHANNELS.getAppInfo),
    saveFile: (request) => call(ipc, IPC_CHANNELS.saveFile, request),
    openFile: (request) => call(ipc, IPC_CHANNELS.openFile, request),
    writeBackup: (request) => call(ipc, IPC_CHANNELS.writeBackup, request),
    listBackups: () => call(ipc, IPC_CHANNELS.listBackups),
    readBackup: (name) => call(ipc, IPC_CHANNELS.readBackup, name),
    notify: (request) => call(ipc, IPC_CHANNELS.notify, request),
    onMenuCommand(callback) {
      const listener = (_event: unknown, command: unknown): void => {
        if (isMenuCommand(command)) callback(command)
      }
      ipc.on(MENU_COMMAND_CHANNEL, listener)
      let subscribed = true
      return () => {
        if (!subscribed) return
        subscribed = false
        ipc.removeListener(MENU_COMMAND_CHANNEL, listener)
      }
    }
  }
}
