/**
 * Where the app keeps its files on disk.
 *
 * IndexedDB lives under userData and is keyed by that folder, so the folder must never move.
 * Electron derives the default from package.json's name/productName; we pin it instead, so a
 * rename of the product (社联台) or a trailing space in productName cannot orphan anyone's data.
 */
import { join } from 'node:path'

/** Fixed ASCII folder name of the installed app's data, under the OS's appData folder. */
export const USER_DATA_FOLDER = 'ShelianDesk'

/**
 * The Windows AppUserModelID, equal to electron-builder.json's `appId` (a test keeps them equal).
 * Windows attributes toast notifications to it: without it an installed app's notices may not
 * show, or show under electron.exe.
 */
export const APP_USER_MODEL_ID = 'cn.shelian.desk'

/** A separate folder for unpackaged (development) runs, so dev never touches real data. */
export const DEV_USER_DATA_FOLDER = 'ShelianDesk-dev'

/**
 * Sub-folder of userData that holds automatic backups. Deliberately not `databases`: Chromium
 * owns a folder of that name in the profile and has been seen wiping it (electron#45396).
 */
export const BACKUP_FOLDER = 'backups'

/** File in userData that remembers the main window's size, position and maximised state. */
export const WINDOW_STATE_FILE = 'window-state.json'

/** File in userData that remembers the folder last used in a save or open dialog. */
export const DIALOG_STATE_FILE = 'dialog-state.json'

/**
 * The userData folder: `<appData>/ShelianDesk`, or `<appData>/ShelianDesk-dev` for dev runs.
 *
 * @param appDataPath `app.getPath('appData')` (`%APPDATA%` on Windows, `~/.config` on Linux).
 * @param isDev true when the app is not packaged.
 */
export function userDataDir(appDataPath: string, isDev: boolean): string {
  return join(appDataPath, isDev ? DEV_USER_DATA_FOLDER : USER_DATA_FOLDER)
}

/** The folder automatic backups are written to, inside userData. */
export function backupDirFor(userDataPath: string): string {
  return join(userDataPath, BACKUP_FOLDER)
}
