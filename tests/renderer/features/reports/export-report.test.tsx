import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { ReportContext } from '@shared/pdf/report-model'
import { ExportReportButton, type ReportRequest } from '@renderer/features/reports/export-report'
import { ReportEngineProvider } from '@renderer/features/reports/report-engine-context'
import { createRepositories } from '@renderer/db/repositories'
import { sampleReport } from '../../../shared/pdf/report-fixture'
import { createFakeDesktop } from '../../helpers/fake-desktop-api'
import { buttonName, freshDatabase, renderApp } from '../../helpers/render-app'
import { confirmation } from '../../helpers/antd-queries'
import { inProcessEngine } from '../../helpers/report-engine'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'

// pdf.js needs a real canvas; the preview's own drawing is checked in the e2e test.
vi.mock('@renderer/features/reports/pdf-preview', () => ({
  renderPdfPages: async (bytes: Uint8Array, container: HTMLElement) => {
    container.textContent = `PDF ${bytes.byteLength} 字节`
    return 3
  }
}))

useFixedClock()

async function setup(request: Partial<ReportRequest> = {}) {
  const db = freshDatabase()
  await createRepositories(db).settings.saveGeneral({
    operatorName: '张晓梅',
    officeName: '鼓楼区黉门街道办事处',
    backupKeep: 10
  })
  const desktop = createFakeDesktop()
  const contexts: ReportContext[] = []
  const full: ReportRequest = {
    kind: 'projectEvaluation',
    subject: '幸福邻里为老服务',
    personalData: true,
    build: async (context) => {
      contexts.push(context)
      return sampleReport({ number: context.number, date: context.date, draft: true }, 8)
    },
    ...request
  }
  renderApp(
    <ReportEngineProvider engine={inProcessEngine()}>
      <ExportReportButton request={full} label="导出评估报告" />
    </ReportEngineProvider>,
    { db, api: desktop.api }
  )
  fireEvent.click(screen.getByRole('button', { name: /导出评估报告/ }))
  const dialog = await screen.findByRole('dialog', { name: '导出 项目评估报告' })
  await within(dialog).findByText('共 3 页', {}, { timeout: SLOW_UI_TIMEOUT })
  return { db, desktop, dialog, contexts }
}

describe('ExportReportButton', () => {
  it(
    'builds the report with the next number, previews it and saves the PDF, audited',
    async () => {
      const { db, desktop, dialog, contexts } = await setup()
      expect(contexts[0]).toEqual({
        number: 'PG-2026-0001',
        date: '2026-11-22',
        office: '鼓楼区黉门街道办事处',
        operator: '张晓梅',
        revealPersonalData: false
      })
      expect(within(dialog).getByText('报告编号 PG-2026-0001')).toBeTruthy()
      expect(within(dialog).getByText(/该记录尚未定稿，报告每页带“草稿”字样/)).toBeTruthy()

      fireEvent.click(within(dialog).getByRole('button', { name: buttonName('保存 PDF') }))
      await screen.findByText(/^已保存：/)
      expect(desktop.downloads).toHaveLength(1)
      const [file] = desktop.downloads
      expect(file.fileName).toBe(
        '草稿-政府购买服务项目绩效评估报告-幸福邻里为老服务-2026-11-22.pdf'
      )
      expect(new TextDecoder().decode(file.data.slice(0, 5))).toBe('%PDF-')
      const audit = (await db.auditLog.toArray()).filter((entry) => entry.action === 'export')
      expect(audit).toEqual([
        expect.objectContaining({ table: 'reports', recordId: 'PG-2026-0001', operator: '张晓梅' })
      ])
    },
    SLOW_UI_TIMEOUT
  )

  it(
    'lists characters the fonts lack, with where they are, before saving',
    async () => {
      const { dialog } = await setup({
        build: async (context) => ({
          ...sampleReport({ number: context.number, date: context.date }, 2),
          parties: [{ label: '法定代表人', value: '黄\u{20000}明' }]
        })
      })
      expect(within(dialog).getByText('有 1 个字报告字体里没有，将显示为“□”')).toBeTruthy()
      expect(within(dialog).getByText('U+20000')).toBeTruthy()
      expect(within(dialog).getByText('法定代表人')).toBeTruthy()
      expect(within(dialog).getByText('来自定稿记录的正式报告。')).toBeTruthy()
    },
    SLOW_UI_TIMEOUT
  )

  it(
    'keeps personal data masked when the user does not confirm',
    async () => {
      const { db, dialog, contexts } = await setup()
      fireEvent.click(within(dialog).getByRole('switch', { name: '显示完整身份证号和电话' }))
      const confirm = await confirmation('在报告中显示完整个人信息？')
      fireEvent.click(within(confirm).getByRole('button', { name: buttonName('取消') }))
      // Saving afterwards shows what the report held: its audit entry says if anything was revealed.
      fireEvent.click(within(dialog).getByRole('button', { name: buttonName('保存 PDF') }))
      await screen.findByText(/^已保存：/)
      const exported = (await db.auditLog.toArray()).find((entry) => entry.action === 'export')
      expect(exported?.summary).not.toContain('含完整个人信息')
      expect(contexts.map((context) => context.revealPersonalData)).toEqual([false])
      expect((await db.auditLog.toArray()).some((entry) => entry.action === 'reveal')).toBe(false)
    },
    SLOW_UI_TIMEOUT
  )

  it(
    'prints personal data in full after confirmation, under the same number, and audits it',
    async () => {
      const { db, dialog, contexts } = await setup()
      fireEvent.click(within(dialog).getByRole('switch', { name: '显示完整身份证号和电话' }))
      const confirm = await confirmation('在报告中显示完整个人信息？')
      fireEvent.click(within(confirm).getByRole('button', { name: buttonName('显示') }))
      await waitFor(() => expect(contexts.at(-1)?.revealPersonalData).toBe(true))
      expect(contexts.at(-1)?.number).toBe('PG-2026-0001')
      const reveals = (await db.auditLog.toArray()).filter((entry) => entry.action === 'reveal')
      expect(reveals).toEqual([
        expect.objectContaining({ table: 'reports', recordId: 'PG-2026-0001', operator: '张晓梅' })
      ])
    },
    SLOW_UI_TIMEOUT
  )
})
