/**
 * Fakes for IPC tests: an ipcMain that records handlers in a Map, and invoke events from a
 * trusted top frame, a foreign origin, a subframe or a destroyed frame.
 */
import type { IpcMainInvokeEvent } from 'electron'
import type { IpcMainLike } from '../../../electron/main/ipc/guard'

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>

export interface FakeIpcMain extends IpcMainLike {
  handlers: Map<string, Listener>
  invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown>
}

export function fakeIpcMain(): FakeIpcMain {
  const handlers = new Map<string, Listener>()
  return {
    handlers,
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      handlers.set(channel, listener)
    },
    invoke(channel, event, ...args) {
      const listener = handlers.get(channel)
      if (!listener) throw new Error(`no handler for ${channel}`)
      return listener(event, ...args)
    }
  }
}

function eventFrom(frame: { url: string; parent: unknown } | null): IpcMainInvokeEvent {
  return { senderFrame: frame, sender: {} } as unknown as IpcMainInvokeEvent
}

/** The app's own top frame. */
export const trustedEvent = (url = 'app://shelian/index.html'): IpcMainInvokeEvent =>
  eventFrom({ url, parent: null })

/** A top frame on another origin. */
export const foreignEvent = (url = 'https://evil.example/'): IpcMainInvokeEvent =>
  eventFrom({ url, parent: null })

/** A subframe of the app's own page (same origin, but not the top frame). */
export const subframeEvent = (): IpcMainInvokeEvent =>
  eventFrom({ url: 'app://shelian/index.html', parent: { url: 'app://shelian/index.html' } })

/** The frame navigated away or was destroyed before the call was handled. */
export const frameGoneEvent = (): IpcMainInvokeEvent => eventFrom(null)
