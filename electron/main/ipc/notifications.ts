/**
 * `app:notify`: a notice from the page shown by the operating system, e.g. the 待办 overdue at
 * start-up. The text is checked like every argument (plain text within the limits of
 * notifyRequestSchema) and shown as given: no icon, action or URL comes from the page.
 */
import { z } from 'zod'
import { IPC_CHANNELS } from '@shared/ipc/channels'
import type { NotifyRequest } from '@shared/ipc/contract'
import { notifyRequestSchema } from '@shared/ipc/schemas'
import { handle, type GuardOptions, type IpcMainLike } from './guard'

/** Shows a notice; does nothing where the system has no notifications. */
export interface NotificationDeps {
  show(request: NotifyRequest): void | Promise<void>
}

/**
 * Electron's `Notification`, loaded when the first notice is shown: the main process has it once
 * the app is ready, and tests of the other handlers never load Electron at all.
 */
export const electronNotifications: NotificationDeps = {
  async show({ title, body }) {
    const { Notification } = await import('electron')
    if (!Notification.isSupported()) return
    new Notification({ title, body }).show()
  }
}

/** Registers `app:notify`. */
export function registerNotificationHandler(
  ipcMain: IpcMainLike,
  deps: NotificationDeps,
  options: GuardOptions = {}
): void {
  handle(
    ipcMain,
    IPC_CHANNELS.notify,
    z.tuple([notifyRequestSchema]),
    async ([request]) => {
      await deps.show(request)
    },
    options
  )
}
