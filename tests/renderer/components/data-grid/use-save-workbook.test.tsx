import { describe, expect, it } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import {
  ExportProgressBar,
  useSaveWorkbook,
  type SaveWorkbook
} from '@renderer/components/data-grid'
import type { SaveFileRequest } from '@shared/ipc/contract'
import { createFakeDesktop } from '../../helpers/fake-desktop-api'
import { renderApp } from '../../helpers/render-app'
import { readWorkbook } from './read-workbook'

const SHEET = {
  name: '社区',
  columns: [{ header: '名称', type: 'text' as const }],
  rows: [['军门社区'], ['南街社区']]
}

const REQUEST = { name: '社区列表', suggestedName: '社区-2026-11-22.xlsx', revealed: false }

/** Renders a component holding the hook and hands the hook out. */
function renderSaver(fake = createFakeDesktop()) {
  let saver: SaveWorkbook | null = null
  function Holder() {
    saver = useSaveWorkbook()
    return saver.progress ? <ExportProgressBar progress={saver.progress} /> : null
  }
  const { db } = renderApp(<Holder />, { api: fake.api })
  return { fake, db, saver: () => saver! }
}

describe('useSaveWorkbook', () => {
  it('writes the sheets, saves them under the suggested name and notes it in the log', async () => {
    const requests: SaveFileRequest[] = []
    const fake = createFakeDesktop({
      saveFile: async (request) => {
        requests.push(request)
        // The user renames the file in the save dialog: the log names the file as saved.
        return { saved: true, fileName: '社区名单.xlsx' }
      }
    })
    const { db, saver } = renderSaver(fake)
    let saved = false
    await act(async () => {
      saved = await saver().save(() => [SHEET], REQUEST)
    })
    expect(saved).toBe(true)
    expect(requests.map((request) => [request.kind, request.suggestedName])).toEqual([
      ['xlsx', '社区-2026-11-22.xlsx']
    ])
    const sheet = (await readWorkbook(requests[0]!.data)).getWorksheet('社区')!
    expect(sheet.getCell('A3').value).toBe('南街社区')
    expect(await screen.findByText('已保存：社区名单.xlsx')).toBeTruthy()
    expect(saver().progress).toBeNull()
    expect(await db.auditLog.toArray()).toEqual([
      expect.objectContaining({
        table: 'workbooks',
        recordId: '社区列表',
        action: 'export',
        summary: '导出社区列表 2 行，个人信息已打码：社区名单.xlsx'
      })
    ])
  })

  it('resolves false, says nothing and logs nothing when the save dialog is cancelled', async () => {
    const fake = createFakeDesktop({ saveFile: async () => ({ saved: false }) })
    const { db, saver } = renderSaver(fake)
    let saved = true
    await act(async () => {
      saved = await saver().save(() => [SHEET], REQUEST)
    })
    expect(saved).toBe(false)
    expect(screen.queryByText(/^已保存|^导出失败/)).toBeNull()
    expect(await db.auditLog.count()).toBe(0)
  })

  it('reports a failure to read the records, writing and logging nothing', async () => {
    const { fake, db, saver } = renderSaver()
    await act(async () => {
      await saver().save(() => Promise.reject(new Error('找不到该公益创投批次')), REQUEST)
    })
    expect(await screen.findByText('导出失败：找不到该公益创投批次')).toBeTruthy()
    expect(fake.downloads).toEqual([])
    expect(await db.auditLog.count()).toBe(0)
  })

  it('logs nothing when the file cannot be saved', async () => {
    const fake = createFakeDesktop({
      saveFile: async () => {
        throw new Error('磁盘已满')
      }
    })
    const { db, saver } = renderSaver(fake)
    let saved = true
    await act(async () => {
      saved = await saver().save(() => [SHEET], REQUEST)
    })
    expect(saved).toBe(false)
    expect(await screen.findByText('导出失败：磁盘已满')).toBeTruthy()
    expect(await db.auditLog.count()).toBe(0)
  })
})

describe('useSaveWorkbook when the log cannot be written', () => {
  it('says the file is saved but missing from the log, rather than that the export failed', async () => {
    const { db, saver } = renderSaver(
      createFakeDesktop({ saveFile: async () => ({ saved: true, fileName: '社区名单.xlsx' }) })
    )
    db.auditLog.hook('creating', () => {
      throw new Error('存储空间不足')
    })
    let saved = false
    await act(async () => {
      saved = await saver().save(() => [SHEET], REQUEST)
    })
    expect(saved).toBe(true)
    expect(
      await screen.findByText('已保存：社区名单.xlsx，但未能记入操作日志（存储空间不足）')
    ).toBeTruthy()
    expect(screen.queryByText(/^导出失败/)).toBeNull()
  })
})

describe('ExportProgressBar', () => {
  it.each([
    [{ stage: 'prepare' as const }, '正在读取记录…'],
    [
      { stage: 'rows' as const, rowsWritten: 4000, rowCount: 15000 },
      '正在写入第 4,000 / 15,000 行'
    ],
    [{ stage: 'file' as const, rowsWritten: 15000, rowCount: 15000 }, '正在生成文件…']
  ])('says what is happening: %j', (progress, text) => {
    render(<ExportProgressBar progress={progress} />)
    expect(screen.getByRole('status').textContent).toContain(text)
  })

  it('shows how far the rows are', () => {
    render(<ExportProgressBar progress={{ stage: 'rows', rowsWritten: 4000, rowCount: 15000 }} />)
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('26')
  })
})
