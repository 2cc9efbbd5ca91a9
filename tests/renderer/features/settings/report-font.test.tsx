import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react'
import {
  createSettingsRepository,
  REPORT_FONT_SETTINGS_KEY
} from '@renderer/db/repositories/settings-repository'
import { createFallbackFontStore } from '@renderer/features/reports/fallback-font-store'
import { ReportFontCard } from '@renderer/features/settings/report-font-card'
import { createFakeDesktop } from '../../helpers/fake-desktop-api'
import { button, confirmation } from '../../helpers/antd-queries'
import {
  createMemoryFontStorage,
  NOTO_LIGHT_PATH,
  type MemoryFontStorage
} from '../../helpers/memory-font-storage'
import { freshDatabase, renderApp } from '../../helpers/render-app'

const font = new Uint8Array(readFileSync(NOTO_LIGHT_PATH))

// Reading a 10 MB font's character map takes a moment in happy-dom, longer on a busy machine.
configure({ asyncUtilTimeout: 5000 })

const card = () => screen.getByRole('region', { name: '报告字体' })

/** The value beside `label` in the card's description of the fallback font. */
function shown(label: string): string {
  const row = within(card()).getByText(label).closest('tr')!
  return row.querySelector('td')?.textContent ?? ''
}

function renderCard(picked: { fileName: string; data: Uint8Array } | null) {
  const openFile = vi.fn(async () => picked)
  const files = createMemoryFontStorage()
  const db = freshDatabase()
  renderApp(<ReportFontCard files={files} />, { db, api: createFakeDesktop({ openFile }).api })
  return { openFile, files, db }
}

async function withChosenFont(files: MemoryFontStorage) {
  const db = freshDatabase()
  await createFallbackFontStore(createSettingsRepository(db), files).saveFallbackFont(
    'HanaMinB.ttf',
    font
  )
  return db
}

describe('报告字体', { timeout: 30_000 }, () => {
  it('explains what the fallback font is for and shows that none is chosen', async () => {
    renderCard(null)
    await waitFor(() => expect(shown('备用字体')).toBe('未选择'))
    expect(within(card()).getByText(/报告使用思源黑体（Noto Sans SC）/).textContent).toMatch(
      /扩展B区汉字.*TrueType 字体文件（\.ttf）.*宋体-方正超大字符集.*HanaMinA、HanaMinB/
    )
    expect(within(card()).queryByRole('button', { name: /移\s*除/ })).toBeNull()
  })

  it('opens a TrueType font, checks it, keeps it and says how many characters it has', async () => {
    const { openFile, files, db } = renderCard({ fileName: 'NotoSansSC-Light.ttf', data: font })
    await waitFor(() => expect(shown('备用字体')).toBe('未选择'))
    fireEvent.click(button('选择字体文件…', card()))

    await screen.findByText('已设置备用字体：NotoSansSC-Light.ttf（收录 30,890 个字符）')
    expect(openFile).toHaveBeenCalledWith({ kind: 'font' })
    await waitFor(() => expect(shown('备用字体')).toBe('NotoSansSC-Light.ttf'))
    expect(shown('文件大小')).toBe('10.1 MB')
    expect(shown('字符数')).toBe('30,890')
    expect(files.stored()?.byteLength).toBe(font.byteLength)
    await expect(db.settings.get(REPORT_FONT_SETTINGS_KEY)).resolves.toMatchObject({
      value: { fallback: { name: 'NotoSansSC-Light.ttf', characterCount: 30_890 } }
    })
  })

  it('shows why a file that is not a TrueType font cannot be used, and keeps nothing', async () => {
    const notAFont = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')
    const { files, db } = renderCard({ fileName: '报告.ttf', data: notAFont })
    await waitFor(() => expect(shown('备用字体')).toBe('未选择'))
    fireEvent.click(button('选择字体文件…', card()))

    const alert = await within(card()).findByRole('alert')
    expect(alert.textContent).toBe('不是 TrueType 字体文件（.ttf）')
    expect(files.writes()).toBe(0)
    await expect(db.settings.get(REPORT_FONT_SETTINGS_KEY)).resolves.toBeUndefined()
    expect(shown('备用字体')).toBe('未选择')
  })

  it('keeps nothing when the dialog is cancelled', async () => {
    const { openFile, files } = renderCard(null)
    await waitFor(() => expect(shown('备用字体')).toBe('未选择'))
    fireEvent.click(button('选择字体文件…', card()))
    await waitFor(() => expect(openFile).toHaveBeenCalled())
    await waitFor(() =>
      expect(button('选择字体文件…', card()).classList.contains('ant-btn-loading')).toBe(false)
    )
    expect(files.writes()).toBe(0)
    expect(within(card()).queryByRole('alert')).toBeNull()
  })

  it('says so where the font file cannot be kept, and keeps nothing', async () => {
    // Without `files` the card uses the Origin Private File System, which happy-dom lacks.
    const db = freshDatabase()
    const openFile = vi.fn(async () => ({ fileName: 'HanaMinB.ttf', data: font }))
    renderApp(<ReportFontCard />, { db, api: createFakeDesktop({ openFile }).api })
    await waitFor(() => expect(shown('备用字体')).toBe('未选择'))
    fireEvent.click(button('选择字体文件…', card()))

    const alert = await within(card()).findByRole('alert')
    expect(alert.textContent).toBe('此环境不支持保存字体文件')
    await expect(db.settings.get(REPORT_FONT_SETTINGS_KEY)).resolves.toBeUndefined()
  })

  it('removes the font only after confirmation', async () => {
    const files = createMemoryFontStorage()
    const db = await withChosenFont(files)
    renderApp(<ReportFontCard files={files} />, { db })
    await waitFor(() => expect(shown('备用字体')).toBe('HanaMinB.ttf'))

    fireEvent.click(button('移除', card()))
    const cancelled = await confirmation('移除备用字体？')
    fireEvent.click(button('取消', cancelled))
    // happy-dom runs no CSS transitions, so the closing dialog stays in its leave state.
    await waitFor(() => expect(cancelled.className).toContain('leave'))
    expect(files.stored()).not.toBeNull()
    expect(shown('备用字体')).toBe('HanaMinB.ttf')

    fireEvent.click(button('移除', card()))
    const dialogs = document.querySelectorAll('.ant-modal-confirm')
    const confirm = dialogs[dialogs.length - 1] as HTMLElement
    expect(within(confirm).getByText(/电脑上的字体文件本身不受影响/)).toBeTruthy()
    fireEvent.click(button('移除', confirm))

    await screen.findByText('已移除备用字体')
    await waitFor(() => expect(shown('备用字体')).toBe('未选择'))
    expect(files.stored()).toBeNull()
    await expect(createSettingsRepository(db).getReportFont()).resolves.toEqual({
      fallback: null
    })
  })

  it('warns when the chosen font is named but its file is not on this PC', async () => {
    const files = createMemoryFontStorage()
    const db = await withChosenFont(files)
    await files.remove()
    renderApp(<ReportFontCard files={files} />, { db })
    await within(card()).findByText(
      '本机找不到这个备用字体的文件（从备份恢复到另一台电脑时只带来字体名称），请重新选择字体文件。'
    )
    expect(shown('备用字体')).toBe('HanaMinB.ttf')
  })

  it('does not warn while the chosen font file is there', async () => {
    const files = createMemoryFontStorage()
    const exists = vi.spyOn(files, 'exists')
    const db = await withChosenFont(files)
    renderApp(<ReportFontCard files={files} />, { db })
    await waitFor(() => expect(exists).toHaveBeenCalled())
    await waitFor(() => expect(shown('字符数')).toBe('30,890'))
    expect(within(card()).queryByText(/本机找不到这个备用字体的文件/)).toBeNull()
  })
})
