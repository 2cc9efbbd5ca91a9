/**
 * The one contract between the renderer and whatever hosts it.
 *
 * In Electron the preload exposes an object of this type as `window.desktop`; in a plain browser
 * the renderer builds a twin of it (renderer/src/platform). Both are run through the same
 * contract test suite, so the renderer never needs to know which one it has.
 */
import type { FileKind } from './file-kinds'

/** What the host tells the 关于 page and the backup files about itself. */
export interface AppInfo {
  /** Chinese product name shown to users. */
  productName: string
  /** Semver of the application. */
  version: string
  /** `electron` when running in the desktop shell, `browser` for the browser twin. */
  host: 'electron' | 'browser'
  /** Runtime versions worth putting in a bug report. Empty strings where unknown. */
  versions: { electron: string; chrome: string; node: string }
  /** e.g. `win32 x64`, `linux arm64`, or the browser's user agent platform. */
  platform: string
  /** Where automatic backups are written; null where the host keeps them elsewhere. */
  backupDir: string | null
}

/** A file the user chose to save. */
export interface SaveFileRequest {
  kind: FileKind
  /** Suggested file name including extension, e.g. `出壳评估报告-2026.pdf`. */
  suggestedName: string
  data: Uint8Array
}

/** `saved: false` means the user cancelled the dialog, which is not an error. */
export type SaveFileResult = { saved: true; fileName: string } | { saved: false }

export interface OpenFileRequest {
  kind: FileKind
}

/** `null` when the user cancelled. */
export type OpenFileResult = { fileName: string; data: Uint8Array } | null

/** Why an automatic backup was taken; it becomes part of the file name. */
export type BackupReason = 'startup' | 'upgrade' | 'manual' | 'restore'

export interface WriteBackupRequest {
  reason: BackupReason
  /** Schema version of the database the backup was taken from. */
  schemaVersion: number
  data: Uint8Array
  /** Keep at most this many automatic backups; older ones are removed after the write. */
  keep: number
}

export interface BackupEntry {
  /** File name only, never a path; the host resolves it inside its backup folder. */
  name: string
  sizeBytes: number
  /** ISO timestamp of when the backup was written. */
  createdAt: string
  reason: BackupReason
  schemaVersion: number
}

/**
 * A notice shown by the operating system (the desktop's notification centre, or the browser's),
 * e.g. the 待办 overdue at start-up. Plain text; limits in schemas.ts.
 */
export interface NotifyRequest {
  title: string
  body: string
}

/** Commands the application menu sends to the page. */
export type MenuCommand = 'navigate-settings' | 'navigate-about'

export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  openFile(request: OpenFileRequest): Promise<OpenFileResult>
  writeBackup(request: WriteBackupRequest): Promise<BackupEntry>
  listBackups(): Promise<BackupEntry[]>
  readBackup(name: string): Promise<Uint8Array>
  /**
   * Shows a system notification. Resolves once handed to the system, and also when the system
   * has none or the user does not allow them: a notice is a courtesy, never an error to handle.
   */
  notify(request: NotifyRequest): Promise<void>
  /**
   * Subscribe to application-menu commands. The callback receives the command only, never an
   * event object. Returns the unsubscribe function.
   */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void
}
