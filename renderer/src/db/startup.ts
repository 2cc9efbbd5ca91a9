/**
 * Opening the database at start-up, which the app awaits before showing anything:
 *
 *  1. Look at what is installed, without upgrading it: a Dexie with no versions declared opens
 *     the database as it is ("dynamic mode"), or fails with NoSuchDatabaseError when there is
 *     none. Dexie stores version × 10 in IndexedDB, so `verno` is already our version number.
 *  2. If it is older than SCHEMA_VERSION, export every table and write an `upgrade` backup
 *     through the DesktopApi BEFORE the upgrade runs. If that backup fails, stop: the database
 *     is left at its old version and the user is told what to do.
 *  3. Open with the current schema (Dexie runs the upgrade).
 *
 * The everyday start-up backup is not taken here: at city scale it costs more than a second, so
 * the app takes it after the first screen is up (backup/daily-backup.ts).
 *
 * A database newer than this program (the user went back to an older version) is not opened:
 * the older code would not know the newer rules.
 */
import { Dexie } from 'dexie'
import type { BackupEntry, DesktopApi } from '@shared/ipc/contract'
import { backupKeepFrom } from './backup/automatic'
import { encodeBackup, readTables } from './backup/export'
import {
  createDatabase,
  DB_NAME,
  SCHEMA_VERSION,
  type DatabaseOptions,
  type ShelianDatabase
} from './schema'
import { errorText } from '@shared/text/error-text'

export interface StartDatabaseOptions extends DatabaseOptions {
  api: Pick<DesktopApi, 'writeBackup'>
  appVersion: string
  now?: () => Date
  /** Give up opening after this long (another window may be holding the database). */
  timeoutMs?: number
}

export interface StartedDatabase {
  db: ShelianDatabase
  /** The schema version the database was upgraded from, or null when no upgrade ran. */
  upgradedFrom: number | null
  /** Backups written during start-up (the one before an upgrade). */
  backups: BackupEntry[]
}

export type DatabaseStartProblem =
  'upgrade-backup-failed' | 'newer-database' | 'in-use' | 'timeout' | 'open-failed'

/** The database could not be opened; `message` says why and what to do, in Chinese. */
export class DatabaseStartError extends Error {
  readonly problem: DatabaseStartProblem

  constructor(problem: DatabaseStartProblem, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'DatabaseStartError'
    this.problem = problem
  }
}

/** What is installed, read without upgrading anything. */
export type InstalledDatabase =
  { exists: false } | { exists: true; schemaVersion: number; tableNames: string[] }

function openFailure(error: unknown): DatabaseStartError {
  const text = errorText(error)
  if (/backing store/i.test(text)) {
    return new DatabaseStartError(
      'in-use',
      `数据库正被另一个社联台窗口使用（程序已在运行）。请切换到已打开的社联台窗口，或关闭它后点“重试”。`,
      { cause: error }
    )
  }
  return new DatabaseStartError(
    'open-failed',
    `打开数据库失败：${text}。请点“重试”；仍然失败时请重启电脑，并联系技术支持（数据备份在“设置”所示的备份文件夹中）。`,
    { cause: error }
  )
}

/** Opens whatever is installed as it is; never creates or upgrades a database. */
export async function inspectInstalledDatabase(
  options: DatabaseOptions = {}
): Promise<InstalledDatabase & { probe?: Dexie }> {
  const probe = new Dexie(DB_NAME, { ...options })
  try {
    await probe.open()
  } catch (error) {
    if ((error as { name?: string }).name === Dexie.errnames.NoSuchDatabase)
      return { exists: false }
    throw openFailure(error)
  }
  return {
    exists: true,
    // Dexie 4 may have patched a schema without a version bump (native 11 → verno 1.1).
    schemaVersion: Math.floor(probe.verno),
    // `$meta` and other `$` stores are Dexie's own bookkeeping, not our data.
    tableNames: probe.tables.map((table) => table.name).filter((name) => !name.startsWith('$')),
    probe
  }
}

async function backUpBeforeUpgrade(
  probe: Dexie,
  schemaVersion: number,
  tableNames: string[],
  options: StartDatabaseOptions
): Promise<BackupEntry> {
  try {
    const tables = await readTables(probe, tableNames)
    const { data } = await encodeBackup({
      tables,
      schemaVersion,
      appVersion: options.appVersion,
      exportedAt: (options.now ?? (() => new Date()))()
    })
    return await options.api.writeBackup({
      reason: 'upgrade',
      schemaVersion,
      data,
      keep: backupKeepFrom(tables.settings)
    })
  } catch (error) {
    throw new DatabaseStartError(
      'upgrade-backup-failed',
      `这个版本的社联台需要升级数据库（v${schemaVersion} → v${SCHEMA_VERSION}），但升级前的自动备份没有写成（${errorText(error)}）。为保护数据，没有升级，数据仍是原样。请检查磁盘空间和备份文件夹的写入权限后点“重试”；仍然失败请联系技术支持，不要删除程序数据文件夹。`,
      { cause: error }
    )
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout()
      reject(
        new DatabaseStartError(
          'timeout',
          `打开数据库超时（${Math.round(ms / 1000)} 秒）。可能另一个社联台窗口或浏览器标签页正在使用数据库：请关闭其他社联台窗口后点“重试”。`
        )
      )
    }, ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      }
    )
  })
}

interface Attempt {
  db?: ShelianDatabase
  probe?: Dexie
  /** Set when the attempt timed out: it must not go on to open (and upgrade) anything. */
  cancelled?: boolean
}

async function start(options: StartDatabaseOptions, state: Attempt): Promise<StartedDatabase> {
  const { indexedDB, IDBKeyRange } = options
  const dbOptions = { ...(indexedDB ? { indexedDB } : {}), ...(IDBKeyRange ? { IDBKeyRange } : {}) }
  const installed = await inspectInstalledDatabase(dbOptions)
  const backups: BackupEntry[] = []
  let upgradedFrom: number | null = null
  if (installed.exists) {
    state.probe = installed.probe
    try {
      if (installed.schemaVersion > SCHEMA_VERSION) {
        throw new DatabaseStartError(
          'newer-database',
          `本机的数据来自更新版本的社联台（数据版本 v${installed.schemaVersion}），这个版本只支持到 v${SCHEMA_VERSION}。请安装最新版本的社联台再打开；不要删除数据文件夹。`
        )
      }
      if (installed.schemaVersion < SCHEMA_VERSION) {
        backups.push(
          await backUpBeforeUpgrade(
            installed.probe!,
            installed.schemaVersion,
            installed.tableNames,
            options
          )
        )
        upgradedFrom = installed.schemaVersion
      }
    } finally {
      // The probe must let go before the upgrade, or the upgrade would wait for it.
      installed.probe!.close()
    }
  }

  if (state.cancelled) throw new DatabaseStartError('timeout', '打开数据库已超时取消。')
  const db = createDatabase(dbOptions)
  state.db = db
  try {
    await db.open()
  } catch (error) {
    throw openFailure(error)
  }
  if (state.cancelled) {
    db.close()
    throw new DatabaseStartError('timeout', '打开数据库已超时取消。')
  }

  return { db, upgradedFrom, backups }
}

/** Opens the database for the app: backs up, upgrades if needed, and reports what happened. */
export async function startDatabase(options: StartDatabaseOptions): Promise<StartedDatabase> {
  const state: Attempt = {}
  return withTimeout(start(options, state), options.timeoutMs ?? 60_000, () => {
    // Cancels a pending open, so a later 重试 does not race this attempt.
    state.cancelled = true
    state.probe?.close()
    state.db?.close()
  })
}
