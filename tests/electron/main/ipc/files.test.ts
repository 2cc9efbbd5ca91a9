import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { OpenDialogOptions, SaveDialogOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS } from '@shared/ipc/channels'
import { FILE_KINDS } from '@shared/ipc/file-kinds'
import {
  createFolderMemory,
  parseLastFolder,
  registerFileHandlers,
  serializeLastFolder,
  type FileHandlerDeps
} from '../../../../electron/main/ipc/files'
import {
  fakeIpcMain,
  foreignEvent,
  subframeEvent,
  trustedEvent,
  type FakeIpcMain
} from '../../helpers/fake-ipc'
import { tempDir } from '../../../helpers/temp-dir'

/** Dialogs that answer with whatever the test queued, and remember what they were asked. */
function fakeDialogs() {
  const saveAnswers: { canceled: boolean; filePath?: string }[] = []
  const openAnswers: { canceled: boolean; filePaths: string[] }[] = []
  const saveAsked: SaveDialogOptions[] = []
  const openAsked: OpenDialogOptions[] = []
  return {
    saveAnswers,
    openAnswers,
    saveAsked,
    openAsked,
    dialogs: {
      showSaveDialog: async (options: SaveDialogOptions) => {
        saveAsked.push(options)
        return saveAnswers.shift() ?? { canceled: true }
      },
      showOpenDialog: async (options: OpenDialogOptions) => {
        openAsked.push(options)
        return openAnswers.shift() ?? { canceled: true, filePaths: [] }
      }
    }
  }
}

let dir: string
let ipc: FakeIpcMain
let fake: ReturnType<typeof fakeDialogs>
let deps: FileHandlerDeps
let persisted: string[]

beforeEach(() => {
  dir = tempDir('shelian-files-')
  ipc = fakeIpcMain()
  fake = fakeDialogs()
  persisted = []
  deps = {
    dialogs: fake.dialogs,
    folders: createFolderMemory(dir, (folder) => persisted.push(folder)),
    writeFile: (file, data) => writeFile(file, data),
    stat: (file) => stat(file),
    readFile: (file) => readFile(file)
  }
  registerFileHandlers(ipc, deps)
})

const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46])

describe('files:save', () => {
  it('writes the bytes where the user chose and returns only the file name', async () => {
    const target = join(dir, '出壳评估报告-2026.pdf')
    fake.saveAnswers.push({ canceled: false, filePath: target })
    const result = await ipc.invoke(IPC_CHANNELS.saveFile, trustedEvent(), {
      kind: 'pdf',
      suggestedName: '出壳评估报告-2026.pdf',
      data: pdfBytes
    })
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: '出壳评估报告-2026.pdf' } })
    expect(new Uint8Array(readFileSync(target))).toEqual(pdfBytes)
  })

  it('opens the dialog in the last folder with the suggested name and the kind filter', async () => {
    await ipc.invoke(IPC_CHANNELS.saveFile, trustedEvent(), {
      kind: 'xlsx',
      suggestedName: '台账.xlsx',
      data: pdfBytes
    })
    expect(fake.saveAsked[0]).toMatchObject({
      defaultPath: join(dir, '台账.xlsx'),
      filters: [{ name: FILE_KINDS.xlsx.label, extensions: ['xlsx'] }]
    })
  })

  it('is { saved: false } when the user cancels, and writes nothing', async () => {
    const write = vi.spyOn(deps, 'writeFile')
    fake.saveAnswers.push({ canceled: true })
    await expect(
      ipc.invoke(IPC_CHANNELS.saveFile, trustedEvent(), {
        kind: 'pdf',
        suggestedName: 'a.pdf',
        data: pdfBytes
      })
    ).resolves.toEqual({ ok: true, value: { saved: false } })
    expect(write).not.toHaveBeenCalled()
  })

  it('adds the extension the user left off, and remembers the folder for next time', async () => {
    const sub = mkdtempSync(join(dir, 'reports-'))
    fake.saveAnswers.push({ canceled: false, filePath: join(sub, '报告') })
    const result = await ipc.invoke(IPC_CHANNELS.saveFile, trustedEvent(), {
      kind: 'pdf',
      suggestedName: '报告.pdf',
      data: pdfBytes
    })
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: '报告.pdf' } })
    expect(readFileSync(join(sub, '报告.pdf'))).toHaveLength(4)
    expect(deps.folders.get()).toBe(sub)
    expect(persisted).toEqual([sub])

    await ipc.invoke(IPC_CHANNELS.saveFile, trustedEvent(), {
      kind: 'pdf',
      suggestedName: '下一份.pdf',
      data: pdfBytes
    })
    expect(fake.saveAsked[1]?.defaultPath).toBe(join(sub, '下一份.pdf'))
  })

  it('reports a write failure as IO in Chinese', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    fake.saveAnswers.push({ canceled: false, filePath: join(dir, 'no-such-dir', 'x', 'a.pdf') })
    deps.writeFile = () => Promise.reject(Object.assign(new Error('nope'), { code: 'EACCES' }))
    const result = await ipc.invoke(IPC_CHANNELS.saveFile, trustedEvent(), {
      kind: 'pdf',
      suggestedName: 'a.pdf',
      data: pdfBytes
    })
    expect(result).toEqual({
      ok: false,
      error: { code: 'IO', message: '没有权限访问该文件或文件夹（EACCES）' }
    })
    log.mockRestore()
  })

  it.each([
    ['a foreign origin', foreignEvent()],
    ['a subframe', subframeEvent()]
  ])('refuses %s without showing a dialog', async (_why, event) => {
    const result = await ipc.invoke(IPC_CHANNELS.saveFile, event, {
      kind: 'pdf',
      suggestedName: 'a.pdf',
      data: pdfBytes
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    expect(fake.saveAsked).toHaveLength(0)
  })

  it.each<[string, unknown[]]>([
    ['no request', []],
    ['an unknown kind', [{ kind: 'exe', suggestedName: 'a.exe', data: pdfBytes }]],
    ['a path as the name', [{ kind: 'pdf', suggestedName: '../../a.pdf', data: pdfBytes }]],
    ['a Windows path as the name', [{ kind: 'pdf', suggestedName: 'C:\\a.pdf', data: pdfBytes }]],
    [
      'a too-long name',
      [{ kind: 'pdf', suggestedName: `${'长'.repeat(201)}.pdf`, data: pdfBytes }]
    ],
    ['an empty name', [{ kind: 'pdf', suggestedName: '', data: pdfBytes }]],
    ['data as a string', [{ kind: 'pdf', suggestedName: 'a.pdf', data: 'JVBERi0=' }]],
    ['data as an array', [{ kind: 'pdf', suggestedName: 'a.pdf', data: [1, 2, 3] }]],
    ['an extra key', [{ kind: 'pdf', suggestedName: 'a.pdf', data: pdfBytes, path: '/etc' }]],
    ['a second argument', [{ kind: 'pdf', suggestedName: 'a.pdf', data: pdfBytes }, '/etc']]
  ])('refuses %s as INVALID_ARGUMENT without a dialog', async (_why, args) => {
    const result = await ipc.invoke(IPC_CHANNELS.saveFile, trustedEvent(), ...args)
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(fake.saveAsked).toHaveLength(0)
  })

  it('names the offending field in the Chinese message', async () => {
    const result = await ipc.invoke(IPC_CHANNELS.saveFile, trustedEvent(), {
      kind: 'pdf',
      suggestedName: 'a/b.pdf',
      data: pdfBytes,
      extra: 1
    })
    expect(result).toMatchObject({ ok: false })
    const message = (result as { error: { message: string } }).error.message
    expect(message).toContain('suggestedName：文件名不合法')
    expect(message).toContain('未知的键')
  })
})

describe('files:open', () => {
  it('returns the chosen file name and bytes', async () => {
    const file = join(dir, '申报书.xlsx')
    writeFileSync(file, Buffer.from([1, 2, 3, 4, 5]))
    fake.openAnswers.push({ canceled: false, filePaths: [file] })
    const result = await ipc.invoke(IPC_CHANNELS.openFile, trustedEvent(), { kind: 'xlsx' })
    expect(result).toMatchObject({ ok: true, value: { fileName: '申报书.xlsx' } })
    const data = (result as { value: { data: Uint8Array } }).value.data
    expect(Array.from(data)).toEqual([1, 2, 3, 4, 5])
    expect(data.buffer.byteLength).toBe(5) // no larger buffer travels over IPC
    expect(fake.openAsked[0]).toMatchObject({
      properties: ['openFile'],
      filters: [{ name: FILE_KINDS.xlsx.label, extensions: ['xlsx'] }],
      defaultPath: dir
    })
  })

  it('opens a TrueType font for reports with the font filter, and refuses a collection', async () => {
    const font = join(dir, 'HanaMinB.ttf')
    writeFileSync(font, Buffer.from([0, 1, 0, 0]))
    fake.openAnswers.push({ canceled: false, filePaths: [font] })
    await expect(
      ipc.invoke(IPC_CHANNELS.openFile, trustedEvent(), { kind: 'font' })
    ).resolves.toMatchObject({ ok: true, value: { fileName: 'HanaMinB.ttf' } })
    expect(fake.openAsked[0]).toMatchObject({
      filters: [{ name: 'TrueType 字体', extensions: ['ttf'] }]
    })

    const collection = join(dir, 'simsun.ttc')
    writeFileSync(collection, 'ttcf')
    fake.openAnswers.push({ canceled: false, filePaths: [collection] })
    await expect(
      ipc.invoke(IPC_CHANNELS.openFile, trustedEvent(), { kind: 'font' })
    ).resolves.toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: '只能打开TrueType 字体（.ttf）' }
    })
  })

  it('is null when the user cancels', async () => {
    fake.openAnswers.push({ canceled: true, filePaths: [] })
    await expect(
      ipc.invoke(IPC_CHANNELS.openFile, trustedEvent(), { kind: 'pdf' })
    ).resolves.toEqual({ ok: true, value: null })
  })

  it('refuses a file over the kind limit as TOO_LARGE, without reading it', async () => {
    const file = join(dir, 'huge.pdf')
    writeFileSync(file, '')
    const read = vi.fn()
    deps.readFile = read
    deps.stat = async () => ({ size: FILE_KINDS.pdf.maxOpenBytes + 1, isFile: () => true })
    fake.openAnswers.push({ canceled: false, filePaths: [file] })
    const result = await ipc.invoke(IPC_CHANNELS.openFile, trustedEvent(), { kind: 'pdf' })
    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } })
    expect((result as { error: { message: string } }).error.message).toContain('最大只能打开 50 MB')
    expect(read).not.toHaveBeenCalled()
  })

  it('accepts a file of exactly the limit', async () => {
    const file = join(dir, 'edge.pdf')
    deps.stat = async () => ({ size: FILE_KINDS.pdf.maxOpenBytes, isFile: () => true })
    deps.readFile = async () => new Uint8Array(3)
    fake.openAnswers.push({ canceled: false, filePaths: [file] })
    await expect(
      ipc.invoke(IPC_CHANNELS.openFile, trustedEvent(), { kind: 'pdf' })
    ).resolves.toMatchObject({ ok: true, value: { fileName: 'edge.pdf' } })
  })

  it('refuses a real file over the limit (checked again after reading)', async () => {
    const file = join(dir, 'grew.pdf')
    writeFileSync(file, Buffer.alloc(16))
    deps.stat = async () => ({ size: 10, isFile: () => true })
    deps.readFile = async () => new Uint8Array(FILE_KINDS.pdf.maxOpenBytes + 1)
    fake.openAnswers.push({ canceled: false, filePaths: [file] })
    await expect(
      ipc.invoke(IPC_CHANNELS.openFile, trustedEvent(), { kind: 'pdf' })
    ).resolves.toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } })
  })

  it('refuses a file with the wrong extension as INVALID_ARGUMENT', async () => {
    const file = join(dir, 'virus.exe')
    writeFileSync(file, 'MZ')
    fake.openAnswers.push({ canceled: false, filePaths: [file] })
    const result = await ipc.invoke(IPC_CHANNELS.openFile, trustedEvent(), { kind: 'backup' })
    expect(result).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: '只能打开社联台备份（.json）' }
    })
  })

  it('is NOT_FOUND when the file vanished after it was chosen', async () => {
    fake.openAnswers.push({ canceled: false, filePaths: [join(dir, 'gone.pdf')] })
    await expect(
      ipc.invoke(IPC_CHANNELS.openFile, trustedEvent(), { kind: 'pdf' })
    ).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it.each([
    ['a foreign origin', foreignEvent()],
    ['a subframe', subframeEvent()]
  ])('refuses %s without showing a dialog', async (_why, event) => {
    await expect(ipc.invoke(IPC_CHANNELS.openFile, event, { kind: 'pdf' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' }
    })
    expect(fake.openAsked).toHaveLength(0)
  })

  it.each<[string, unknown[]]>([
    ['no request', []],
    ['a kind it does not know', [{ kind: 'docx' }]],
    ['a path', [{ kind: 'pdf', path: '/etc/passwd' }]],
    ['a string', ['pdf']]
  ])('refuses %s as INVALID_ARGUMENT', async (_why, args) => {
    await expect(ipc.invoke(IPC_CHANNELS.openFile, trustedEvent(), ...args)).resolves.toMatchObject(
      {
        ok: false,
        error: { code: 'INVALID_ARGUMENT' }
      }
    )
    expect(fake.openAsked).toHaveLength(0)
  })
})

describe('last folder memory', () => {
  it('round-trips through dialog-state.json', () => {
    expect(parseLastFolder(serializeLastFolder('D:\\报告'), '/fallback')).toBe('D:\\报告')
  })

  it.each([null, '', '{', '{"lastFolder":""}', '{"lastFolder":3}', '[]'])(
    'falls back for %j',
    (text) => {
      expect(parseLastFolder(text, '/home/li/Documents')).toBe('/home/li/Documents')
    }
  )

  it('persists only changes, and survives a failing persist', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const calls: string[] = []
    const memory = createFolderMemory('/a', (folder) => {
      calls.push(folder)
      throw new Error('disk full')
    })
    memory.set('/a')
    memory.set('/b')
    expect(memory.get()).toBe('/b')
    expect(calls).toEqual(['/b'])
    warn.mockRestore()
  })
})
