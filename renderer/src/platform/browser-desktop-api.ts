/**
 * The browser twin of `window.desktop`: the same DesktopApi built from what a plain browser has.
 * Saving is a download, opening is a file input, and automatic backups live in a separate
 * IndexedDB database with the same names and rotation as the desktop backup folder.
 *
 * Everything that touches the page (the download link, the file input, the clock, the database)
 * comes in as a dependency, so the shared contract suite can drive this exactly as it drives the
 * Electron implementation.
 */
import type { z } from 'zod'
import type {
  AppInfo,
  BackupEntry,
  DesktopApi,
  NotifyRequest,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
  WriteBackupRequest
} from '@shared/ipc/contract'
import { DesktopError } from '@shared/ipc/errors'
import { FILE_KINDS, hasKindExtension, withKindExtension } from '@shared/ipc/file-kinds'
import { backupFileName, backupsToPrune } from '@shared/ipc/backup-names'
import {
  backupNameSchema,
  notifyRequestSchema,
  openFileRequestSchema,
  saveFileRequestSchema,
  writeBackupRequestSchema
} from '@shared/ipc/schemas'
import { APP_VERSION, PRODUCT_NAME } from './app-identity'
import { createBrowserBackupDatabase, type BrowserBackupDatabase } from './browser-backup-database'
import { formatBytes } from './format-bytes'

/** A file handed over for download. */
export interface DownloadFile {
  fileName: string
  data: Uint8Array
  mime: string
}

/** The part of a `File` the twin needs; lets tests pick files without building real ones. */
export interface PickedFile {
  name: string
  size: number
  arrayBuffer(): Promise<ArrayBuffer>
}

/** The page's `Notification` API, as much of it as the twin uses. */
export interface PageNotifications {
  permission(): NotificationPermission
  /** Asks the user; resolves with the answer (or the standing one, if already given). */
  requestPermission(): Promise<NotificationPermission>
  show(title: string, body: string): void
}

/** The page's own notifications, or null in a browser without them. */
export function pageNotifications(): PageNotifications | null {
  if (typeof Notification === 'undefined') return null
  return {
    permission: () => Notification.permission,
    requestPermission: () => Notification.requestPermission(),
    show: (title, body) => {
      // The notice shows itself once constructed; there is nothing to keep.
      void new Notification(title, { body })
    }
  }
}

export interface BrowserDesktopApiDeps {
  /**
   * Hands the bytes to the browser as a download. Returns false when the user cancelled; a plain
   * `<a download>` can never tell, so the real one always returns true.
   */
  download(file: DownloadFile): boolean | Promise<boolean>
  /** Lets the user choose one file; `accept` is the input's accept list. Null on cancel. */
  pickFile(accept: string): Promise<PickedFile | null>
  /** Backup storage; defaults to the real `shelian-browser-backups` database. */
  db?: BrowserBackupDatabase
  /** The clock that names and stamps backups. */
  now?: () => Date
  /** Defaults to `navigator.userAgent`; read for the Chromium version on the 关于 page. */
  userAgent?: string
  /** Defaults to `navigator.platform`. */
  platform?: string
  /** Defaults to the page's `Notification` ({@link pageNotifications}); null: none. */
  notifications?: PageNotifications | null
}

/** Rejects bad arguments the way the desktop side does: DesktopError INVALID_ARGUMENT. */
function parseArgument<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const detail = result.error.issues
    .map((issue) => `${issue.path.join('.') || '参数'}: ${issue.message}`)
    .join('; ')
  throw new DesktopError('INVALID_ARGUMENT', `${what}的参数不符合约定（${detail}）`)
}

/** The accept list for a file input, from the same table the desktop dialogs use. */
export function acceptFor(kind: OpenFileRequest['kind']): string {
  const spec = FILE_KINDS[kind]
  return [...spec.extensions.map((ext) => `.${ext}`), spec.mime].join(',')
}

/** `Chrome/156.0.8078.79` → `156.0.8078.79`; empty when the browser is not Chromium-based. */
export function chromeVersionFrom(userAgent: string): string {
  return /(?:Chrome|Chromium)\/([\d.]+)/.exec(userAgent)?.[1] ?? ''
}

function copyBytes(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(data)
}

export function createBrowserDesktopApi(deps: BrowserDesktopApiDeps): DesktopApi {
  const now = deps.now ?? (() => new Date())
  let db = deps.db
  // Opened on first use so a page that never touches backups never creates the database.
  const backups = (): BrowserBackupDatabase => (db ??= createBrowserBackupDatabase())

  async function getAppInfo(): Promise<AppInfo> {
    const userAgent = deps.userAgent ?? navigator.userAgent
    return {
      productName: PRODUCT_NAME,
      version: APP_VERSION,
      host: 'browser',
      versions: { electron: '', chrome: chromeVersionFrom(userAgent), node: '' },
      platform: deps.platform ?? navigator.platform,
      backupDir: null
    }
  }

  async function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
    const { kind, suggestedName, data } = parseArgument(saveFileRequestSchema, request, '保存文件')
    const fileName = withKindExtension(kind, suggestedName)
    const saved = await deps.download({
      fileName,
      data: copyBytes(data),
      mime: FILE_KINDS[kind].mime
    })
    return saved ? { saved: true, fileName } : { saved: false }
  }

  async function openFile(request: OpenFileRequest): Promise<OpenFileResult> {
    const { kind } = parseArgument(openFileRequestSchema, request, '打开文件')
    const spec = FILE_KINDS[kind]
    const file = await deps.pickFile(acceptFor(kind))
    if (!file) return null
    // The accept list is only a hint to the dialog; the user can still choose "all files".
    if (!hasKindExtension(kind, file.name)) {
      const extensions = spec.extensions.map((ext) => `.${ext}`).join('、')
      throw new DesktopError(
        'INVALID_ARGUMENT',
        `文件类型不符：请选择${spec.label}（${extensions}），而不是“${file.name}”。`
      )
    }
    // Checked before reading so an oversized file is never pulled into memory.
    if (file.size > spec.maxOpenBytes) {
      throw new DesktopError(
        'TOO_LARGE',
        `文件过大：“${file.name}”有 ${formatBytes(file.size)}，${spec.label}最大只能打开 ${formatBytes(spec.maxOpenBytes)}。`
      )
    }
    return { fileName: file.name, data: new Uint8Array(await file.arrayBuffer()) }
  }

  async function writeBackup(request: WriteBackupRequest): Promise<BackupEntry> {
    const { reason, schemaVersion, data, keep } = parseArgument(
      writeBackupRequestSchema,
      request,
      '写入备份'
    )
    const at = now()
    const entry: BackupEntry = {
      name: backupFileName(at, reason, schemaVersion),
      sizeBytes: data.byteLength,
      createdAt: at.toISOString(),
      reason,
      schemaVersion
    }
    const store = backups()
    // Write and rotate in one transaction: either the new backup is in and the oldest are out,
    // or nothing changed.
    await store.transaction('rw', store.backups, store.backupData, async () => {
      await store.backups.put(entry)
      await store.backupData.put({ name: entry.name, data: new Blob([copyBytes(data)]) })
      const names = (await store.backups.toCollection().primaryKeys()) as string[]
      const prune = backupsToPrune(names, keep)
      await store.backups.bulkDelete(prune)
      await store.backupData.bulkDelete(prune)
    })
    return entry
  }

  async function listBackups(): Promise<BackupEntry[]> {
    // Names sort chronologically, so reverse key order is newest first.
    return backups().backups.reverse().toArray()
  }

  async function readBackup(name: string): Promise<Uint8Array> {
    const checked = parseArgument(backupNameSchema, name, '读取备份')
    const row = await backups().backupData.get(checked)
    if (!row) throw new DesktopError('NOT_FOUND', `找不到备份“${checked}”，它可能已被轮换删除。`)
    return new Uint8Array(row.data instanceof Blob ? await row.data.arrayBuffer() : row.data)
  }

  /**
   * Asks for permission the first time; a notice the user does not allow, or a browser without
   * notifications, is silently not shown, as the contract allows.
   */
  async function notify(request: NotifyRequest): Promise<void> {
    const { title, body } = parseArgument(notifyRequestSchema, request, '系统通知')
    const notifications =
      deps.notifications === undefined ? pageNotifications() : deps.notifications
    if (!notifications) return
    let permission = notifications.permission()
    if (permission === 'default') {
      permission = await notifications.requestPermission().catch(() => 'denied' as const)
    }
    if (permission === 'granted') notifications.show(title, body)
  }

  function onMenuCommand(): () => void {
    // A browser page has no application menu; the subscription is real but never fires.
    return () => {}
  }

  return {
    getAppInfo,
    saveFile,
    openFile,
    writeBackup,
    listBackups,
    readBackup,
    notify,
    onMenuCommand
  }
}
