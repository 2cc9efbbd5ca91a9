/**
 * PDF reports from the built app: exported through the UI, downloaded, and read back with the
 * tools an office's PC would have (poppler's pdftotext / pdffonts, qpdf).
 */
import { readFile } from 'node:fs/promises'
import { pdfFonts, pdfInfo, pdfText, qpdfCheck } from '../shared/helpers/pdf-tools'
import { expect, test } from './fixtures'
import { ReportExportDialog, ReportsPage } from './pages/report-pages'

/** 黉 is rare enough to be missing from many fonts; it must come out of the PDF as itself. */
const OFFICE = '武侯区望江路街道黉门街社区服务中心'

const compact = (text: string): string => text.replace(/\s/g, '')

test.describe('报告', () => {
  test.setTimeout(300_000)

  test('年度工作汇总 of the sample city, previewed, saved and read back', async ({
    page,
    shell,
    settingsPage
  }) => {
    await shell.open('/settings')
    await settingsPage.loadSampleData()
    await settingsPage.fill({ operatorName: '张敏', officeName: OFFICE })
    await settingsPage.save()
    await expect(settingsPage.savedMessage).toBeVisible()

    const reports = new ReportsPage(page)
    const dialog = new ReportExportDialog(page)
    await shell.open('/reports')
    await reports.exportAnnual.click()
    await dialog.waitForPreview()
    await expect(dialog.number).toHaveText(/^报告编号 ND-\d{4}-0001$/)
    await expect(dialog.missingCharacters).toHaveCount(0)

    const download = await dialog.save()
    expect(download.suggestedFilename()).toMatch(/^年度工作汇总-\d{4}年度-\d{4}-\d{2}-\d{2}\.pdf$/)
    // Kept with the test's output, to look at (pdftoppm) when a layout change needs review.
    const saved = test.info().outputPath('年度工作汇总.pdf')
    await download.saveAs(saved)
    const bytes = new Uint8Array(await readFile(saved))
    await expect(page.getByText(/^已保存：年度工作汇总/)).toBeVisible()

    const pages = Number(pdfInfo(bytes).Pages)
    const text = compact(pdfText(bytes))
    for (const expected of ['年度工作汇总', OFFICE, '填报人：张敏', `第1页共${pages}页`]) {
      expect(text).toContain(expected)
    }
    expect(pdfInfo(bytes)).toMatchObject({
      Title: '年度工作汇总',
      Author: OFFICE,
      Creator: '社联台'
    })
    const fonts = pdfFonts(bytes)
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/)
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true })
    }
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors')

    // The export is on record, with who saved it; the next one gets the next number.
    await expect(reports.historyRow(/ND-\d{4}-0001/)).toContainText('张敏')
    await reports.exportAnnual.click()
    await dialog.waitForPreview()
    await expect(dialog.number).toHaveText(/^报告编号 ND-\d{4}-0002$/)
  })
})
