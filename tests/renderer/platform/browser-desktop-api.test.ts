import { describe, expect, it, vi } from 'vitest'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import {
  acceptFor,
  chromeVersionFrom,
  createBrowserDesktopApi,
  type PickedFile
} from '@renderer/platform/browser-desktop-api'
import { createBrowserBackupDatabase } from '@renderer/platform/browser-backup-database'
import { downloadWithLink, pickFileWithInput } from '@renderer/platform/browser-file-dialogs'
import { APP_VERSION } from '@renderer/platform/app-identity'
import {
  describeDesktopApiContract,
  type DesktopApiHarness,
  type HarnessFile
} from '../../contract/desktop-api-contract'

const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.8078.79 Safari/537.36'

function pickedFrom(file: HarnessFile): PickedFile {
  const bytes = new Uint8Array(file.data)
  return { name: file.fileName, size: bytes.byteLength, arrayBuffer: async () => bytes.buffer }
}

function makeBrowserHarness(): DesktopApiHarness {
  let cancelSave = false
  let openChoice: HarnessFile | null = null
  let now = new Date(2026, 0, 1)
  const saved: HarnessFile[] = []
  // A fresh IndexedDB per harness keeps every test's backups apart.
  const db = createBrowserBackupDatabase({ indexedDB: new IDBFactory(), IDBKeyRange })
  const api = createBrowserDesktopApi({
    download: async (file) => {
      if (cancelSave) return false
      saved.push({ fileName: file.fileName, data: new Uint8Array(file.data) })
      return true
    },
    pickFile: async () => (openChoice ? pickedFrom(openChoice) : null),
    db,
    now: () => now,
    userAgent: CHROME_UA,
    platform: 'Linux x86_64'
  })
  return {
    api,
    chooseSaveOutcome: (cancel) => {
      cancelSave = cancel
    },
    nextOpenFile: (file) => {
      openChoice = file
    },
    savedFiles: async () => [...saved],
    setNow: (at) => {
      now = at
    },
    dispose: async () => {
      await db.delete()
    }
  }
}

describeDesktopApiContract('browser twin', makeBrowserHarness)

describe('browser twin specifics', () => {
  it('reports itself as the browser host with no backup folder', async () => {
    const info = await makeBrowserHarness().api.getAppInfo()
    expect(info).toEqual({
      productName: '社联台',
      version: APP_VERSION,
      host: 'browser',
      versions: { electron: '', chrome: '156.0.8078.79', node: '' },
      platform: 'Linux x86_64',
      backupDir: null
    })
  })

  it('reads the Chromium version from a user agent, or nothing', () => {
    expect(chromeVersionFrom(CHROME_UA)).toBe('156.0.8078.79')
    expect(chromeVersionFrom('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Firefox/140.0')).toBe('')
  })

  it('offers the extensions and MIME type of the kind to the file input', () => {
    expect(acceptFor('backup')).toBe('.json,application/json')
    expect(acceptFor('pdf')).toBe('.pdf,application/pdf')
    expect(acceptFor('font')).toBe('.ttf,font/ttf')
  })

  it('explains a too-large file in Chinese, before reading it', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0))
    const api = createBrowserDesktopApi({
      download: () => true,
      pickFile: async () => ({ name: 'big.pdf', size: 60 * 1024 * 1024, arrayBuffer }),
      db: createBrowserBackupDatabase({ indexedDB: new IDBFactory(), IDBKeyRange })
    })
    await expect(api.openFile({ kind: 'pdf' })).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringContaining('文件过大')
    })
    expect(arrayBuffer).not.toHaveBeenCalled()
  })

  it('keeps backups as Blobs, and still reads one written before as bytes', async () => {
    const db = createBrowserBackupDatabase({ indexedDB: new IDBFactory(), IDBKeyRange })
    const api = createBrowserDesktopApi({ download: () => true, pickFile: async () => null, db })
    const entry = await api.writeBackup({
      reason: 'startup',
      schemaVersion: 6,
      data: new Uint8Array([1, 2, 3]),
      keep: 10
    })
    expect((await db.backupData.get(entry.name))?.data).toBeInstanceOf(Blob)

    await db.backupData.put({ name: entry.name, data: new Uint8Array([9, 8, 7]) })
    expect([...(await api.readBackup(entry.name))]).toEqual([9, 8, 7])
  })

  it('explains a wrong file type in Chinese', async () => {
    const api = createBrowserDesktopApi({
      download: () => true,
      pickFile: async () => pickedFrom({ fileName: '名单.xls', data: new Uint8Array(1) }),
      db: createBrowserBackupDatabase({ indexedDB: new IDBFactory(), IDBKeyRange })
    })
    await expect(api.openFile({ kind: 'xlsx' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('Excel 工作簿')
    })
  })
})

describe('downloadWithLink', () => {
  it('clicks a hidden download link for a blob URL and removes it again', () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1')
    const clicked: Array<{ href: string; download: string; inDocument: boolean }> = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push({ href: this.href, download: this.download, inDocument: this.isConnected })
    })
    try {
      const result = downloadWithLink({
        fileName: '备份.json',
        data: new TextEncoder().encode('{}'),
        mime: 'application/json'
      })
      expect(result).toBe(true)
      expect(clicked).toEqual([{ href: 'blob:test/1', download: '备份.json', inDocument: true }])
      expect(document.querySelector('a[download]')).toBeNull()
      const blob = createObjectURL.mock.calls[0]![0] as Blob
      expect(blob.type).toBe('application/json')
      expect(blob.size).toBe(2)
    } finally {
      click.mockRestore()
      createObjectURL.mockRestore()
    }
  })
})

describe('pickFileWithInput', () => {
  const input = () => document.querySelector<HTMLInputElement>('input[type=file]')!

  it('resolves null and removes the input when the user cancels', async () => {
    const picked = pickFileWithInput('.json,application/json')
    expect(input().accept).toBe('.json,application/json')
    input().dispatchEvent(new Event('cancel'))
    await expect(picked).resolves.toBeNull()
    expect(document.querySelector('input[type=file]')).toBeNull()
  })

  it('resolves the chosen file', async () => {
    const picked = pickFileWithInput('.pdf')
    const file = new File(['%PDF'], '报告.pdf', { type: 'application/pdf' })
    Object.defineProperty(input(), 'files', { value: [file] })
    input().dispatchEvent(new Event('change'))
    const result = await picked
    expect(result?.name).toBe('报告.pdf')
    expect(result?.size).toBe(4)
    expect(document.querySelector('input[type=file]')).toBeNull()
  })
})

describe('notify', () => {
  const notice = { title: '社联台：2 项待办已逾期', body: '阳光助老服务中心：入驻申请初核' }

  function twinWith(
    permission: NotificationPermission,
    answer: NotificationPermission = 'granted'
  ) {
    const shown: [string, string][] = []
    let current = permission
    const requestPermission = vi.fn(async () => (current = answer))
    const api = createBrowserDesktopApi({
      download: () => true,
      pickFile: async () => null,
      notifications: {
        permission: () => current,
        requestPermission,
        show: (title, body) => shown.push([title, body])
      }
    })
    return { api, shown, requestPermission }
  }

  it('shows the notice when the user has allowed notifications', async () => {
    const { api, shown, requestPermission } = twinWith('granted')
    await api.notify(notice)
    expect(shown).toEqual([[notice.title, notice.body]])
    expect(requestPermission).not.toHaveBeenCalled()
  })

  it('asks the first time, and shows it once allowed', async () => {
    const { api, shown, requestPermission } = twinWith('default', 'granted')
    await api.notify(notice)
    expect(requestPermission).toHaveBeenCalledOnce()
    expect(shown).toHaveLength(1)
  })

  it.each<[string, NotificationPermission, NotificationPermission]>([
    ['the user refuses when asked', 'default', 'denied'],
    ['notifications are blocked', 'denied', 'denied']
  ])('does nothing, silently, when %s', async (_case, permission, answer) => {
    const { api, shown } = twinWith(permission, answer)
    await expect(api.notify(notice)).resolves.toBeUndefined()
    expect(shown).toEqual([])
  })

  it('does nothing when asking fails', async () => {
    const { api, shown, requestPermission } = twinWith('default')
    requestPermission.mockRejectedValueOnce(new TypeError('no user gesture'))
    await expect(api.notify(notice)).resolves.toBeUndefined()
    expect(shown).toEqual([])
  })

  it('does nothing in a browser without notifications', async () => {
    const api = createBrowserDesktopApi({
      download: () => true,
      pickFile: async () => null,
      notifications: null
    })
    await expect(api.notify(notice)).resolves.toBeUndefined()
  })

  it('refuses text the desktop would refuse, before asking anything', async () => {
    const { api, requestPermission } = twinWith('default')
    await expect(api.notify({ title: '', body: '' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT'
    })
    expect(requestPermission).not.toHaveBeenCalled()
  })
})
