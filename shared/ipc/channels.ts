/**
 * IPC channel names, one per DesktopApi method, shared by main and preload so a rename cannot
 * leave the two out of step.
 */
export const IPC_CHANNELS = {
  getAppInfo: 'app:get-info',
  saveFile: 'files:save',
  openFile: 'files:open',
  writeBackup: 'backups:write',
  listBackups: 'backups:list',
  readBackup: 'backups:read',
  notify: 'app:notify'
} as const

/** Main → renderer: a command chosen in the application menu. */
export const MENU_COMMAND_CHANNEL = 'menu:command'

export type InvokeChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS]
