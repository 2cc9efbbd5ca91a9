/**
 * The behaviour every DesktopApi implementation must show, as one reusable vitest suite.
 *
 * The renderer never knows whether it talks to Electron (preload → IPC → main handlers) or to the
 * browser twin, so both must pass exactly these tests. Each implementation supplies a harness:
 * the API under test plus a few hooks standing in for the user at the native dialogs.
 *
 * Usage, in any vitest project (the suite needs no DOM: only Uint8Array and TextEncoder):
 *
 * ```ts
 * import { describeDesktopApiContract } from '../../contract/desktop-api-contract'
 * describeDesktopApiContract('Electron preload → main', async () => ({ api, ...hooks }))
 * ```
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type {
  BackupEntry,
  DesktopApi,
  OpenFileRequest,
  SaveFileRequest,
  WriteBackupRequest
} from '@shared/ipc/contract'
import { isDesktopError, type DesktopErrorCode } from '@shared/ipc/errors'
import { FILE_KINDS } from '@shared/ipc/file-kinds'
import { backupFileName } from '@shared/ipc/backup-names'

/** A file as the user's dialog sees it: a bare name (no folders) and its bytes. */
export interface HarnessFile {
  fileName: string
  data: Uint8Array
}

/**
 * What an implementation gives the suite. A new harness is made for every test, so state (saved
 * files, backups, the clock) must not leak from one harness to the next.
 */
export interface DesktopApiHarness {
  /** The implementation under test, exactly as the renderer would receive it. */
  api: DesktopApi
  /**
   * How every following save dialog ends: `true` = the user cancels it, `false` = the user
   * accepts the suggested file name unchanged. Before the first call: accept.
   */
  chooseSaveOutcome(cancel: boolean): void
  /**
   * What every following open dialog returns: the file the user picks, or `null` = the user
   * cancels. Before the first call: cancel.
   */
  nextOpenFile(file: HarnessFile | null): void
  /** Every file written by accepted save dialogs so far, oldest first, as it arrived. */
  savedFiles(): Promise<HarnessFile[]>
  /**
   * Sets the host clock that names and stamps the next backups. The suite always moves it
   * forward, so names stay distinct and chronological.
   */
  setNow(at: Date): void
  /** Releases whatever the harness holds (databases, temp folders). Optional. */
  dispose?(): void | Promise<void>
}

/** Builds a fresh harness; called once per test. */
export type MakeDesktopApiHarness = () => DesktopApiHarness | Promise<DesktopApiHarness>

const text = (value: string): Uint8Array => new TextEncoder().encode(value)

/** Plain numbers, so bytes from another realm (IPC, structured clone) compare by value. */
const bytesOf = (data: Uint8Array): number[] => Array.from(data)

/** Asserts that `promise` rejects with a DesktopError whose code is one of `codes`. */
async function expectDesktopError(
  promise: Promise<unknown>,
  codes: readonly DesktopErrorCode[]
): Promise<void> {
  let caught: unknown = undefined
  let rejected = false
  try {
    await promise
  } catch (error) {
    rejected = true
    caught = error
  }
  expect(rejected, 'the call should have been rejected').toBe(true)
  expect(isDesktopError(caught), `expected a DesktopError, got ${String(caught)}`).toBe(true)
  if (isDesktopError(caught)) {
    expect(codes).toContain(caught.code)
    expect(caught.message.length).toBeGreaterThan(0)
  }
}

/** Arguments the renderer's types forbid, for the checks a host makes on untrusted input. */
const forged = <T>(value: unknown): T => value as T

export function describeDesktopApiContract(name: string, makeHarness: MakeDesktopApiHarness): void {
  describe(`DesktopApi contract: ${name}`, () => {
    let harness: DesktopApiHarness
    let api: DesktopApi
    // A fixed local day; each backup test moves forward from here.
    let clock: Date

    const tick = (ms = 1000): Date => {
      clock = new Date(clock.getTime() + ms)
      harness.setNow(clock)
      return clock
    }

    const writeBackup = (overrides: Partial<WriteBackupRequest> = {}) =>
      api.writeBackup({
        reason: 'startup',
        schemaVersion: 1,
        data: text('{"formatName":"dexie"}'),
        keep: 10,
        ...overrides
      })

    beforeEach(async () => {
      harness = await makeHarness()
      api = harness.api
      clock = new Date(2026, 10, 22, 9, 30, 15, 123)
      harness.setNow(clock)
    })

    afterEach(async () => {
      await harness.dispose?.()
    })

    describe('getAppInfo', () => {
      it('names the product 社联台 and reports a version, host and runtime', async () => {
        const info = await api.getAppInfo()
        expect(info.productName).toBe('社联台')
        expect(info.version).toMatch(/^\d+\.\d+\.\d+/)
        expect(['electron', 'browser']).toContain(info.host)
        expect(typeof info.versions.electron).toBe('string')
        expect(typeof info.versions.chrome).toBe('string')
        expect(typeof info.versions.node).toBe('string')
        expect(typeof info.platform).toBe('string')
        expect(info.backupDir === null || typeof info.backupDir === 'string').toBe(true)
      })
    })

    describe('saveFile', () => {
      it('returns saved with the bare file name, and the bytes arrive unchanged', async () => {
        const data = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x80])
        const result = await api.saveFile({
          kind: 'pdf',
          suggestedName: '出壳评估报告-2026.pdf',
          data
        })
        expect(result).toEqual({ saved: true, fileName: '出壳评估报告-2026.pdf' })
        const saved = await harness.savedFiles()
        expect(saved).toHaveLength(1)
        expect(saved[0]!.fileName).toBe('出壳评估报告-2026.pdf')
        expect(bytesOf(saved[0]!.data)).toEqual(bytesOf(data))
      })

      it("adds the kind's extension when the suggested name has none", async () => {
        const result = await api.saveFile({
          kind: 'xlsx',
          suggestedName: '社会组织名录',
          data: text('x')
        })
        expect(result).toEqual({ saved: true, fileName: '社会组织名录.xlsx' })
        expect((await harness.savedFiles())[0]?.fileName).toBe('社会组织名录.xlsx')
      })

      it('returns { saved: false } and writes nothing when the user cancels', async () => {
        harness.chooseSaveOutcome(true)
        const result = await api.saveFile({ kind: 'pdf', suggestedName: 'a.pdf', data: text('x') })
        expect(result).toEqual({ saved: false })
        expect(await harness.savedFiles()).toEqual([])
      })

      it.each([
        ['an unknown kind', { kind: 'exe', suggestedName: 'a.exe', data: text('x') }],
        ['a name with a folder', { kind: 'pdf', suggestedName: '../a.pdf', data: text('x') }],
        ['a name with a backslash', { kind: 'pdf', suggestedName: 'C:\\a.pdf', data: text('x') }],
        ['an empty name', { kind: 'pdf', suggestedName: '', data: text('x') }],
        ['the name ".."', { kind: 'pdf', suggestedName: '..', data: text('x') }],
        ['data that is not bytes', { kind: 'pdf', suggestedName: 'a.pdf', data: 'x' }]
      ])('rejects %s with INVALID_ARGUMENT', async (_label, request) => {
        await expectDesktopError(api.saveFile(forged<SaveFileRequest>(request)), [
          'INVALID_ARGUMENT'
        ])
        expect(await harness.savedFiles()).toEqual([])
      })
    })

    describe('openFile', () => {
      it('returns the chosen file name and bytes', async () => {
        const data = new Uint8Array([1, 2, 3, 250, 0])
        harness.nextOpenFile({ fileName: '申报书.pdf', data })
        const result = await api.openFile({ kind: 'pdf' })
        expect(result?.fileName).toBe('申报书.pdf')
        expect(bytesOf(result!.data)).toEqual(bytesOf(data))
      })

      it('accepts the extension in any letter case', async () => {
        harness.nextOpenFile({ fileName: 'REPORT.PDF', data: text('x') })
        expect((await api.openFile({ kind: 'pdf' }))?.fileName).toBe('REPORT.PDF')
      })

      it('returns null when the user cancels', async () => {
        harness.nextOpenFile(null)
        expect(await api.openFile({ kind: 'backup' })).toBeNull()
      })

      it('rejects a file larger than its kind allows with TOO_LARGE', async () => {
        const data = new Uint8Array(FILE_KINDS.pdf.maxOpenBytes + 1)
        harness.nextOpenFile({ fileName: 'big.pdf', data })
        await expectDesktopError(api.openFile({ kind: 'pdf' }), ['TOO_LARGE'])
      })

      it('rejects a file of another type with INVALID_ARGUMENT', async () => {
        harness.nextOpenFile({ fileName: 'notes.txt', data: text('x') })
        await expectDesktopError(api.openFile({ kind: 'pdf' }), ['INVALID_ARGUMENT'])
      })

      it('rejects an unknown kind with INVALID_ARGUMENT', async () => {
        harness.nextOpenFile({ fileName: 'a.exe', data: text('x') })
        await expectDesktopError(api.openFile(forged<OpenFileRequest>({ kind: 'exe' })), [
          'INVALID_ARGUMENT'
        ])
      })
    })

    describe('notify', () => {
      it('refuses a notice without a title with INVALID_ARGUMENT, in both hosts', async () => {
        await expectDesktopError(api.notify({ title: '', body: '有 3 项待办已逾期' }), [
          'INVALID_ARGUMENT'
        ])
      })
    })

    describe('backups', () => {
      it('starts with no backups', async () => {
        expect(await api.listBackups()).toEqual([])
      })

      it('writes a backup named by time, reason and schema version', async () => {
        const at = tick()
        const data = text('{"tables":[]}')
        const entry = await writeBackup({ reason: 'upgrade', schemaVersion: 3, data })
        expect(entry).toMatchObject({
          name: backupFileName(at, 'upgrade', 3),
          sizeBytes: data.byteLength,
          reason: 'upgrade',
          schemaVersion: 3
        })
        expect(Number.isNaN(Date.parse(entry.createdAt))).toBe(false)
      })

      it('lists backups newest first with reason and schema version', async () => {
        tick()
        const first = await writeBackup({ reason: 'startup', schemaVersion: 1 })
        tick()
        const second = await writeBackup({ reason: 'manual', schemaVersion: 1 })
        tick()
        const third = await writeBackup({ reason: 'upgrade', schemaVersion: 2 })
        const list = await api.listBackups()
        const summary = (entries: BackupEntry[]) =>
          entries.map(({ name, reason, schemaVersion, sizeBytes }) => ({
            name,
            reason,
            schemaVersion,
            sizeBytes
          }))
        expect(summary(list)).toEqual(summary([third, second, first]))
        for (const entry of list) expect(Number.isNaN(Date.parse(entry.createdAt))).toBe(false)
      })

      it('keeps only the `keep` newest after a write', async () => {
        const names: string[] = []
        for (let i = 0; i < 5; i += 1) {
          tick()
          names.push((await writeBackup({ keep: 3 })).name)
        }
        expect((await api.listBackups()).map((entry) => entry.name)).toEqual(
          names.slice(-3).reverse()
        )
        await expectDesktopError(api.readBackup(names[0]!), ['NOT_FOUND'])
      })

      it('reads a backup back byte for byte', async () => {
        const data = new Uint8Array([0, 1, 2, 127, 128, 254, 255, ...text('社联台')])
        tick()
        const entry = await writeBackup({ data })
        expect(bytesOf(await api.readBackup(entry.name))).toEqual(bytesOf(data))
      })

      it('rejects an unknown backup name with NOT_FOUND', async () => {
        const missing = backupFileName(new Date(2020, 0, 1), 'startup', 1)
        await expectDesktopError(api.readBackup(missing), ['NOT_FOUND'])
      })

      it.each([
        ['a parent-folder path', `../${backupFileName(new Date(2020, 0, 1), 'startup', 1)}`],
        ['a Windows path', `..\\..\\${backupFileName(new Date(2020, 0, 1), 'startup', 1)}`],
        ['an absolute path', '/etc/passwd'],
        ['a name with a folder', 'backups/a.json'],
        ['a file that is not a backup', 'notes.json'],
        ['an empty name', '']
      ])('refuses to read %s', async (_label, name) => {
        await expectDesktopError(api.readBackup(name), ['INVALID_ARGUMENT', 'NOT_FOUND'])
      })

      it('refuses a name that is not a string with INVALID_ARGUMENT', async () => {
        await expectDesktopError(api.readBackup(forged<string>(42)), ['INVALID_ARGUMENT'])
      })

      it.each([
        ['keep 0', { keep: 0 }],
        ['keep above the maximum', { keep: 101 }],
        ['a fractional keep', { keep: 1.5 }],
        ['schema version 0', { schemaVersion: 0 }],
        ['an unknown reason', { reason: 'hourly' }],
        ['data that is not bytes', { data: [1, 2, 3] }]
      ])('rejects %s with INVALID_ARGUMENT and writes nothing', async (_label, overrides) => {
        tick()
        await expectDesktopError(writeBackup(forged<Partial<WriteBackupRequest>>(overrides)), [
          'INVALID_ARGUMENT'
        ])
        expect(await api.listBackups()).toEqual([])
      })
    })

    describe('onMenuCommand', () => {
      it('returns an unsubscribe function that can be called safely', () => {
        const received: string[] = []
        const unsubscribe = api.onMenuCommand((command) => received.push(command))
        expect(typeof unsubscribe).toBe('function')
        expect(() => unsubscribe()).not.toThrow()
        expect(received).toEqual([])
      })
    })
  })
}
