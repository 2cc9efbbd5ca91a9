import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { backupFileName } from '@shared/ipc/backup-names'
import { IPC_CHANNELS } from '@shared/ipc/channels'
import type { BackupEntry } from '@shared/ipc/contract'
import { FILE_KINDS } from '@shared/ipc/file-kinds'
import {
  backupCreatedAt,
  nodeBackupFs,
  registerBackupHandlers,
  type BackupDeps
} from '../../../../electron/main/ipc/backups'
import {
  fakeIpcMain,
  foreignEvent,
  subframeEvent,
  trustedEvent,
  type FakeIpcMain
} from '../../helpers/fake-ipc'
import { tempDir } from '../../../helpers/temp-dir'

// Tests run with TZ=Asia/Shanghai (vitest.config.ts); names carry local time.
let root: string
let backupDir: string
let clock: Date
let ipc: FakeIpcMain
let deps: BackupDeps

beforeEach(() => {
  root = tempDir('shelian-backups-')
  backupDir = join(root, 'backups') // not created yet: the first write must create it
  clock = new Date(2026, 10, 22, 9, 30, 15, 123)
  ipc = fakeIpcMain()
  deps = { backupDir, now: () => clock, fs: { ...nodeBackupFs } }
  registerBackupHandlers(ipc, deps)
})

function tick(ms: number): void {
  clock = new Date(clock.getTime() + ms)
}

async function write(
  request: Partial<{ reason: string; schemaVersion: number; data: Uint8Array; keep: number }> = {}
) {
  return ipc.invoke(IPC_CHANNELS.writeBackup, trustedEvent(), {
    reason: 'startup',
    schemaVersion: 3,
    data: new TextEncoder().encode('{"formatName":"dexie"}'),
    keep: 10,
    ...request
  })
}

function value<T>(result: unknown): T {
  const envelope = result as { ok: boolean; value: T; error?: unknown }
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`)
  return envelope.value
}

describe('backups:write', () => {
  it('writes the bytes under the host-chosen name and returns the entry', async () => {
    const entry = value<BackupEntry>(await write())
    expect(entry).toEqual({
      name: 'shelian-backup-20261122-093015123-startup-v3.json',
      sizeBytes: 22,
      createdAt: clock.toISOString(),
      reason: 'startup',
      schemaVersion: 3
    })
    expect(readFileSync(join(backupDir, entry.name), 'utf8')).toBe('{"formatName":"dexie"}')
  })

  it('leaves no temporary file behind', async () => {
    await write()
    expect(readdirSync(backupDir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('writes to a temporary file and renames it, so a crash never leaves a half backup', async () => {
    const calls: string[] = []
    deps.fs.writeFileDurably = async (file, data) => {
      calls.push(`write ${file.slice(backupDir.length + 1)}`)
      await nodeBackupFs.writeFileDurably(file, data)
    }
    deps.fs.rename = async (from, to) => {
      calls.push(`rename ${from.slice(backupDir.length + 1)} → ${to.slice(backupDir.length + 1)}`)
      await nodeBackupFs.rename(from, to)
    }
    const entry = value<BackupEntry>(await write())
    expect(calls).toEqual([`write ${entry.name}.tmp`, `rename ${entry.name}.tmp → ${entry.name}`])
  })

  it('removes the temporary file and reports IO when the disk is full', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    deps.fs.writeFileDurably = async (file) => {
      writeFileSync(file, 'partial')
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
    }
    const result = await write()
    expect(result).toEqual({ ok: false, error: { code: 'IO', message: '磁盘空间不足（ENOSPC）' } })
    expect(readdirSync(backupDir)).toEqual([])
    log.mockRestore()
  })

  it('keeps only the newest N, and never touches other files', async () => {
    mkdirSync(backupDir, { recursive: true })
    writeFileSync(join(backupDir, 'notes.txt'), 'mine')
    writeFileSync(join(backupDir, 'shelian-backup-old.json'), 'not ours by name')
    const names: string[] = []
    for (let i = 0; i < 5; i++) {
      names.push(value<BackupEntry>(await write({ keep: 3 })).name)
      tick(1000)
    }
    expect(readdirSync(backupDir).sort()).toEqual(
      [...names.slice(2), 'notes.txt', 'shelian-backup-old.json'].sort()
    )
  })

  it('with keep = 1 leaves just the new backup', async () => {
    await write({ keep: 5 })
    tick(60_000)
    const latest = value<BackupEntry>(await write({ keep: 1, reason: 'upgrade', schemaVersion: 4 }))
    expect(readdirSync(backupDir)).toEqual([latest.name])
  })

  it('never removes the backup it just wrote, even after the clock went back', async () => {
    await write({ keep: 5 })
    clock = new Date(2025, 0, 1) // the PC's clock was reset
    const older = value<BackupEntry>(await write({ keep: 1 }))
    expect(readdirSync(backupDir)).toEqual([older.name])
  })

  it('still reports success when rotation fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    await write({ keep: 1 })
    tick(1000)
    deps.fs.unlink = () => Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' }))
    const result = await write({ keep: 1 })
    expect(result).toMatchObject({ ok: true })
    expect(readdirSync(backupDir)).toHaveLength(2)
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })

  it.each([
    ['a foreign origin', foreignEvent()],
    ['a subframe', subframeEvent()]
  ])('refuses %s and writes nothing', async (_why, event) => {
    const result = await ipc.invoke(IPC_CHANNELS.writeBackup, event, {
      reason: 'manual',
      schemaVersion: 1,
      data: new Uint8Array(1),
      keep: 1
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    expect(existsSync(backupDir)).toBe(false)
  })

  it.each<[string, Record<string, unknown>]>([
    ['an unknown reason', { reason: '../../evil' }],
    ['a fractional schema version', { schemaVersion: 1.5 }],
    ['schema version 0', { schemaVersion: 0 }],
    ['schema version as a string', { schemaVersion: '3' }],
    ['keep 0', { keep: 0 }],
    ['keep over the maximum', { keep: 101 }],
    ['data as text', { data: 'hello' }],
    ['a file name', { name: '../../x.json' }]
  ])('refuses %s as INVALID_ARGUMENT and writes nothing', async (_why, override) => {
    const result = await write(override as never)
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(existsSync(backupDir)).toBe(false)
  })
})

describe('backups:list', () => {
  it('is empty before the first backup (the folder does not exist yet)', async () => {
    expect(value(await ipc.invoke(IPC_CHANNELS.listBackups, trustedEvent()))).toEqual([])
  })

  it('lists backups newest first with size, time, reason and schema version', async () => {
    await write({ reason: 'startup', schemaVersion: 2 })
    tick(86_400_000)
    await write({ reason: 'manual', schemaVersion: 3, data: new Uint8Array(7) })
    writeFileSync(join(backupDir, 'readme.txt'), 'x')
    writeFileSync(join(backupDir, `${backupFileName(clock, 'manual', 9)}.tmp`), 'half')
    mkdirSync(join(backupDir, backupFileName(new Date(2030, 0, 1), 'manual', 1)))

    const entries = value<BackupEntry[]>(await ipc.invoke(IPC_CHANNELS.listBackups, trustedEvent()))
    expect(entries).toEqual([
      {
        name: 'shelian-backup-20261123-093015123-manual-v3.json',
        sizeBytes: 7,
        createdAt: new Date(2026, 10, 23, 9, 30, 15, 123).toISOString(),
        reason: 'manual',
        schemaVersion: 3
      },
      {
        name: 'shelian-backup-20261122-093015123-startup-v2.json',
        sizeBytes: 22,
        createdAt: new Date(2026, 10, 22, 9, 30, 15, 123).toISOString(),
        reason: 'startup',
        schemaVersion: 2
      }
    ])
  })

  it('refuses a foreign sender and any argument', async () => {
    await expect(ipc.invoke(IPC_CHANNELS.listBackups, foreignEvent())).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' }
    })
    await expect(
      ipc.invoke(IPC_CHANNELS.listBackups, trustedEvent(), '/etc')
    ).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  })
})

describe('backups:read', () => {
  it('returns the bytes of a listed backup', async () => {
    const entry = value<BackupEntry>(await write({ data: new Uint8Array([7, 8, 9]) }))
    const data = value<Uint8Array>(
      await ipc.invoke(IPC_CHANNELS.readBackup, trustedEvent(), entry.name)
    )
    expect(Array.from(data)).toEqual([7, 8, 9])
  })

  it('is NOT_FOUND for a well-formed name that does not exist', async () => {
    const result = await ipc.invoke(
      IPC_CHANNELS.readBackup,
      trustedEvent(),
      'shelian-backup-20200101-000000000-manual-v1.json'
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('is TOO_LARGE over the backup limit, without reading', async () => {
    const entry = value<BackupEntry>(await write())
    const read = vi.fn()
    deps.fs.readFile = read
    deps.fs.stat = async () => ({
      size: FILE_KINDS.backup.maxOpenBytes + 1,
      mtime: new Date(),
      isFile: () => true
    })
    const result = await ipc.invoke(IPC_CHANNELS.readBackup, trustedEvent(), entry.name)
    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } })
    expect(read).not.toHaveBeenCalled()
  })

  it.each<[string, unknown[]]>([
    ['a parent-folder name', ['../secret.json']],
    ['a nested traversal', ['../../../../etc/passwd']],
    [
      'a traversal with a backup-like tail',
      ['../shelian-backup-20261122-093015123-startup-v3.json']
    ],
    ['a Windows traversal', ['..\\shelian-backup-20261122-093015123-startup-v3.json']],
    ['an absolute path', ['/etc/passwd']],
    ['a folder prefix', ['backups/shelian-backup-20261122-093015123-startup-v3.json']],
    ['a name with a NUL', ['shelian-backup-20261122-093015123-startup-v3.json\u0000']],
    ['a temporary file', ['shelian-backup-20261122-093015123-startup-v3.json.tmp']],
    ['some other file', ['notes.txt']],
    ['a too-long name', [`shelian-backup-20261122-093015123-startup-v3${'x'.repeat(300)}.json`]],
    ['a number', [42]],
    ['an object', [{ name: 'x' }]],
    ['no name', []],
    ['two names', ['a', 'b']]
  ])('refuses %s as INVALID_ARGUMENT', async (_why, args) => {
    const read = vi.spyOn(deps.fs, 'readFile')
    await expect(
      ipc.invoke(IPC_CHANNELS.readBackup, trustedEvent(), ...args)
    ).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(read).not.toHaveBeenCalled()
  })

  it.each([
    ['a foreign origin', foreignEvent()],
    ['a subframe', subframeEvent()]
  ])('refuses %s', async (_why, event) => {
    const entry = value<BackupEntry>(await write())
    await expect(ipc.invoke(IPC_CHANNELS.readBackup, event, entry.name)).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' }
    })
  })
})

describe('backupCreatedAt', () => {
  it('reads local time to the millisecond back from the name', () => {
    expect(backupCreatedAt('shelian-backup-20261122-093015123-startup-v3.json')).toBe(
      '2026-11-22T01:30:15.123Z'
    )
  })

  it('is null for other names', () => {
    expect(backupCreatedAt('notes.txt')).toBeNull()
  })
})
