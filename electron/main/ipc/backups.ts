/**
 * Automatic backups in `<userData>/backups`.
 *
 * The renderer exports the database and hands over the bytes; main chooses the file name (from
 * the clock, the reason and the schema version), writes it atomically, and rotates old ones. The
 * renderer can only ever name a backup that matches the strict name pattern, so no call can
 * reach a file outside the backup folder.
 */
import { open, mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import {
  BACKUP_NAME_PATTERN,
  backupFileName,
  backupsToPrune,
  parseBackupFileName
} from '@shared/ipc/backup-names'
import { IPC_CHANNELS } from '@shared/ipc/channels'
import type { BackupEntry, WriteBackupRequest } from '@shared/ipc/contract'
import { DesktopError } from '@shared/ipc/errors'
import { FILE_KINDS } from '@shared/ipc/file-kinds'
import { backupNameSchema, writeBackupRequestSchema } from '@shared/ipc/schemas'
import { isInsideDir } from '../protocol'
import { formatMegabytes, toTransferableBytes } from './bytes'
import { handle, type GuardOptions, type IpcMainLike } from './guard'

/** The file-system calls backups need; the real ones by default, fakes to simulate failures. */
export interface BackupFs {
  mkdir(dir: string): Promise<unknown>
  /** Writes the file and flushes it to disk before resolving. */
  writeFileDurably(filePath: string, data: Uint8Array): Promise<void>
  rename(from: string, to: string): Promise<void>
  readdir(dir: string): Promise<string[]>
  stat(filePath: string): Promise<{ size: number; mtime: Date; isFile(): boolean }>
  unlink(filePath: string): Promise<void>
  readFile(filePath: string): Promise<Uint8Array>
}

/** Node's file system. `writeFileDurably` fsyncs, so a power cut cannot leave a half backup. */
export const nodeBackupFs: BackupFs = {
  mkdir: (dir) => mkdir(dir, { recursive: true }),
  async writeFileDurably(filePath, data) {
    const file = await open(filePath, 'w')
    try {
      await file.writeFile(data)
      await file.sync()
    } finally {
      await file.close()
    }
  },
  rename,
  readdir: (dir) => readdir(dir),
  stat,
  unlink,
  readFile
}

/** Where backups go, the clock and the file system; a temp dir and a fixed clock in tests. */
export interface BackupDeps {
  /** `<userData>/backups`; created on first write. */
  backupDir: string
  /** The clock; backup names and createdAt come from it. */
  now: () => Date
  fs: BackupFs
}

/**
 * When a backup was taken, read back from its name (which holds the host's local time to the
 * millisecond), as an ISO timestamp; null for a name that is not a backup name.
 */
export function backupCreatedAt(name: string): string | null {
  const match = BACKUP_NAME_PATTERN.exec(name)
  if (!match) return null
  const [day, time] = [match[1], match[2]]
  const at = new Date(
    Number(day.slice(0, 4)),
    Number(day.slice(4, 6)) - 1,
    Number(day.slice(6, 8)),
    Number(time.slice(0, 2)),
    Number(time.slice(2, 4)),
    Number(time.slice(4, 6)),
    Number(time.slice(6, 9))
  )
  return Number.isNaN(at.getTime()) ? null : at.toISOString()
}

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT'
}

/**
 * Writes a backup: to `<name>.tmp` first, flushed, then renamed, so a crash mid-write never
 * leaves a truncated file under a real backup name. Then removes all but the newest `keep`
 * backups. The file just written is never removed, even if the clock was turned back and its
 * name sorts before older ones. A failed rotation is logged, not reported: the backup itself is
 * safe on disk, which is what the caller asked for.
 */
export async function writeBackup(
  deps: BackupDeps,
  request: WriteBackupRequest
): Promise<BackupEntry> {
  const { fs, backupDir } = deps
  await fs.mkdir(backupDir)
  const at = deps.now()
  const name = backupFileName(at, request.reason, request.schemaVersion)
  const finalPath = join(backupDir, name)
  const tempPath = `${finalPath}.tmp`
  try {
    await fs.writeFileDurably(tempPath, request.data)
    await fs.rename(tempPath, finalPath)
  } catch (error) {
    await fs.unlink(tempPath).catch(() => undefined)
    throw error
  }

  try {
    const others = (await fs.readdir(backupDir)).filter((other) => other !== name)
    for (const doomed of backupsToPrune(others, request.keep - 1)) {
      await fs.unlink(join(backupDir, doomed)).catch((error: unknown) => {
        if (!isMissing(error)) throw error
      })
    }
  } catch (error) {
    console.warn('[backups] rotation failed; the new backup was written', error)
  }

  return {
    name,
    sizeBytes: request.data.byteLength,
    createdAt: at.toISOString(),
    reason: request.reason,
    schemaVersion: request.schemaVersion
  }
}

/**
 * The backups in the folder, newest first. Files that are not backups (including `.tmp` leftovers
 * of an interrupted write) are ignored; a missing folder is an empty list.
 */
export async function listBackups(deps: BackupDeps): Promise<BackupEntry[]> {
  let names: string[]
  try {
    names = await deps.fs.readdir(deps.backupDir)
  } catch (error) {
    if (isMissing(error)) return []
    throw error
  }
  const entries: BackupEntry[] = []
  for (const name of names) {
    const meta = parseBackupFileName(name)
    if (!meta) continue
    let info: Awaited<ReturnType<BackupFs['stat']>>
    try {
      info = await deps.fs.stat(join(deps.backupDir, name))
    } catch (error) {
      if (isMissing(error)) continue // removed while listing
      throw error
    }
    if (!info.isFile()) continue
    entries.push({
      name,
      sizeBytes: info.size,
      createdAt: backupCreatedAt(name) ?? info.mtime.toISOString(),
      ...meta
    })
  }
  return entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))
}

/**
 * The bytes of one backup. `name` has already passed `backupNameSchema` (no separators, no
 * `..`); the resolved path is still checked to lie inside the folder. NOT_FOUND when it does not
 * exist, TOO_LARGE over the backup kind's limit.
 */
export async function readBackup(deps: BackupDeps, name: string): Promise<Uint8Array> {
  const filePath = join(deps.backupDir, name)
  if (!isInsideDir(deps.backupDir, filePath) || filePath === join(deps.backupDir)) {
    throw new DesktopError('INVALID_ARGUMENT', '备份名称不合法')
  }
  let info: Awaited<ReturnType<BackupFs['stat']>>
  try {
    info = await deps.fs.stat(filePath)
  } catch (error) {
    if (isMissing(error)) throw new DesktopError('NOT_FOUND', `找不到备份文件 ${name}`)
    throw error
  }
  if (!info.isFile()) throw new DesktopError('NOT_FOUND', `找不到备份文件 ${name}`)
  const limit = FILE_KINDS.backup.maxOpenBytes
  if (info.size > limit) {
    throw new DesktopError(
      'TOO_LARGE',
      `备份文件过大（${formatMegabytes(info.size)} MB），最大只能读取 ${formatMegabytes(limit)} MB`
    )
  }
  return toTransferableBytes(await deps.fs.readFile(filePath))
}

/** Registers `backups:write`, `backups:list` and `backups:read`. */
export function registerBackupHandlers(
  ipcMain: IpcMainLike,
  deps: BackupDeps,
  options: GuardOptions = {}
): void {
  handle(
    ipcMain,
    IPC_CHANNELS.writeBackup,
    z.tuple([writeBackupRequestSchema]),
    ([request]) => writeBackup(deps, request),
    options
  )
  handle(ipcMain, IPC_CHANNELS.listBackups, z.tuple([]), () => listBackups(deps), options)
  handle(
    ipcMain,
    IPC_CHANNELS.readBackup,
    z.tuple([backupNameSchema]),
    ([name]) => readBackup(deps, name),
    options
  )
}
