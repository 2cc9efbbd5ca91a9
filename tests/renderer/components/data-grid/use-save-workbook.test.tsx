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

/** Renders a component holding the hook and hands the hook out. */
function renderSaver(fake = createFakeDesktop()) {
  let saver: SaveWorkbook | null = null
  function Holder() {
    saver = useSaveWorkbook()
    return saver.progress ? <ExportProgressBar progress={saver.progress} /> : null
  }
  renderApp(<Holder />, { api: fake.api })
  return { fake, saver: () => saver! }
}

describe('useSaveWorkbook', () => {
  it('writes the sheets and saves them under the suggested name', async () => {
    const requests: SaveFileRequest[] = []
    const fake = createFakeDesktop({
      saveFile: async (request) => {
        requests.push(request)
        return { saved: true, fileName: request.suggestedName }
      }
    })
    const { saver } = renderSaver(fake)
    let saved = false
    await act(async () => {
      saved = await saver().save(() => [SHEET], '社区-2026-11-22.xlsx')
    })
    expect(saved).toBe(true)
    expect(requests.map((request) => [request.kind, request.suggestedName])).toEqual([
      ['xlsx', '社区-2026-11-22.xlsx']
    ])
    const sheet = (await readWorkbook(requests[0]!.data)).getWorksheet('社区')!
    expect(sheet.getCell('A3').value).toBe('南街社区')
    expect(await screen.findByText('已保存：社区-2026-11-22.xlsx')).toBeTruthy()
    expect(saver().progress).toBeNull()
  })

  it('resolves false and says nothing when the save dialog is cancelled', async () => {
    const fake = createFakeDesktop({ saveFile: async () => ({ saved: false }) })
    const { saver } = renderSaver(fake)
    let saved = true
    await act(async () => {
      saved = await saver().save(() => [SHEET], '社区.xlsx')
    })
    expect(saved).toBe(false)
    expect(screen.queryByText(/^已保存|^导出失败/)).toBeNull()
  })

  it('reports a failure to read the records, writing nothing', async () => {
    const { fake, saver } = renderSaver()
    await act(async () => {
      await saver().save(() => Promise.reject(new Error('找不到该公益创投批次')), '批次.xlsx')
    })
    expect(await screen.findByText('导出失败：找不到该公益创投批次')).toBeTruthy()
    expect(fake.downloads).toEqual([])
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
