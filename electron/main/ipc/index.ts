/**
 * Registers every IPC handler of the DesktopApi. Each capability lives in its own file; all go
 * through `handle` in guard.ts, so every channel checks its sender and arguments.
 */
import { registerAppInfoHandler, type AppInfoDeps } from './app-info'
import { registerBackupHandlers, type BackupDeps } from './backups'
import { registerFileHandlers, type FileHandlerDeps } from './files'
import type { GuardOptions, IpcMainLike } from './guard'
import {
  electronNotifications,
  registerNotificationHandler,
  type NotificationDeps
} from './notifications'

/** The dependencies of all handlers, grouped by capability. */
export interface IpcDeps {
  files: FileHandlerDeps
  backups: BackupDeps
  appInfo: AppInfoDeps
  /** Electron's own notifications unless given (tests pass a recorder). */
  notifications?: NotificationDeps
}

/** Registers all seven channels of `IPC_CHANNELS` on `ipcMain`. */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  deps: IpcDeps,
  options: GuardOptions = {}
): void {
  registerAppInfoHandler(ipcMain, deps.appInfo, options)
  registerFileHandlers(ipcMain, deps.files, options)
  registerBackupHandlers(ipcMain, deps.backups, options)
  registerNotificationHandler(ipcMain, deps.notifications ?? electronNotifications, options)
}
