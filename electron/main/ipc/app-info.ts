/**
 * What the host tells the 关于 page (and the metadata of backup files) about itself.
 */
import { z } from 'zod'
import { IPC_CHANNELS } from '@shared/ipc/channels'
import type { AppInfo } from '@shared/ipc/contract'
import { handle, type GuardOptions, type IpcMainLike } from './guard'

/** The Chinese product name; fixed here rather than read from package.json's productName. */
export const PRODUCT_NAME = '社联台'

/** Process facts for `app:get-info`, injected so the answer is testable. */
export interface AppInfoDeps {
  /** `app.getVersion()`. */
  getVersion: () => string
  /** `process.versions`. */
  versions: Partial<Record<'electron' | 'chrome' | 'node', string | undefined>>
  /** `process.platform`. */
  platform: string
  /** `process.arch`. */
  arch: string
  backupDir: string
}

/** Builds the AppInfo; unknown runtime versions become empty strings, as the contract says. */
export function getAppInfo(deps: AppInfoDeps): AppInfo {
  return {
    productName: PRODUCT_NAME,
    version: deps.getVersion(),
    host: 'electron',
    versions: {
      electron: deps.versions.electron ?? '',
      chrome: deps.versions.chrome ?? '',
      node: deps.versions.node ?? ''
    },
    platform: `${deps.platform} ${deps.arch}`,
    backupDir: deps.backupDir
  }
}

/** Registers `app:get-info`. */
export function registerAppInfoHandler(
  ipcMain: IpcMainLike,
  deps: AppInfoDeps,
  options: GuardOptions = {}
): void {
  handle(ipcMain, IPC_CHANNELS.getAppInfo, z.tuple([]), () => getAppInfo(deps), options)
}
