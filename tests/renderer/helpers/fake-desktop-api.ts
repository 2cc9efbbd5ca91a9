/**
 * A DesktopApi for component tests: the real browser twin on a fresh in-memory IndexedDB, with
 * downloads and notifications (allowed) recorded instead of shown, and menu commands that the
 * test can send.
 */
import { vi } from 'vitest'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import type { DesktopApi, MenuCommand, NotifyRequest } from '@shared/ipc/contract'
import { createBrowserDesktopApi, type DownloadFile } from '@renderer/platform/browser-desktop-api'
import { createBrowserBackupDatabase } from '@renderer/platform/browser-backup-database'

export interface FakeDesktop {
  api: DesktopApi
  downloads: DownloadFile[]
  /** System notifications shown, oldest first. */
  notices: NotifyRequest[]
  /** Sets the clock that names the next backup. */
  setNow(at: Date): void
  /** Sends a command as the application menu would. */
  emitMenuCommand(command: MenuCommand): void
  /** How many menu subscriptions are live. */
  menuListenerCount(): number
}

export function createFakeDesktop(overrides: Partial<DesktopApi> = {}): FakeDesktop {
  const downloads: DownloadFile[] = []
  const notices: NotifyRequest[] = []
  const listeners = new Set<(command: MenuCommand) => void>()
  let now = new Date(2026, 10, 22, 9, 0, 0)
  const twin = createBrowserDesktopApi({
    download: (file) => {
      downloads.push(file)
      return true
    },
    pickFile: vi.fn(async () => null),
    db: createBrowserBackupDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }),
    now: () => now,
    userAgent: 'Mozilla/5.0 Chrome/156.0.8078.79 Safari/537.36',
    platform: 'Linux x86_64',
    notifications: {
      permission: () => 'granted',
      requestPermission: async () => 'granted',
      show: (title, body) => notices.push({ title, body })
    }
  })
  const api: DesktopApi = {
    ...twin,
    onMenuCommand: (callback) => {
      listeners.add(callback)
      return () => {
        listeners.delete(callback)
      }
    },
    ...overrides
  }
  return {
    api,
    downloads,
    notices,
    setNow: (at) => {
      now = at
    },
    emitMenuCommand: (command) => listeners.forEach((listener) => listener(command)),
    menuListenerCount: () => listeners.size
  }
}
