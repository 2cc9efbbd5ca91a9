/**
 * Excel exports from the built app: a filtered registry view and the 台账 of the 报告 page,
 * downloaded and read back with exceljs in Node.
 */
import { todayInChina } from '../../shared/domain/dates'
import { maskPhone } from '../../shared/domain/identifiers/masking'
import { generateSampleData } from '../../shared/sample-data/generate'
import { expect, test } from './fixtures'
import { GridExport, LedgerExports, readDownload, sheetRows } from './pages/export-pages'
import { RegistryPage } from './pages/registry-page'

// The app loads exactly this data set (设置 → 载入示例数据 uses today's date in China).
const sample = generateSampleData({ today: todayInChina() })
const organizations = sample.organizations.filter((o) => o.archivedAt === null)

test.describe('导出 Excel', () => {
  test.beforeEach(async ({ shell, settingsPage }) => {
    await shell.open('/settings')
    await settingsPage.loadSampleData()
    await expect(settingsPage.message(/已载入示例数据/)).toBeVisible()
  })

  test('exports the 社会组织 of one 街道 as shown, phones masked', async ({ page, shell }) => {
    // The 街道 of an organisation with a phone, and every organisation shown in it.
    const withPhone = organizations.find((o) => o.contactPhone)!
    const inSubdistrict = organizations.filter((o) => o.subdistrict === withPhone.subdistrict)

    await shell.navigateTo('社会组织')
    const registry = new RegistryPage(page, '社会组织列表')
    const grid = new GridExport(page)
    await grid.filterBy('街道', withPhone.subdistrict)
    await expect(registry.count).toHaveText(
      `筛选出 ${inSubdistrict.length} / ${organizations.length} 条`
    )

    const download = await grid.export({ title: true })
    expect(download.suggestedFilename()).toBe(`社会组织列表-${todayInChina()}.xlsx`)
    const sheet = (await readDownload(download)).worksheets[0]!
    expect(String(sheet.getCell('A1').value)).toContain(
      `筛选出 ${inSubdistrict.length} / ${organizations.length} 条`
    )
    const header = sheetRows(sheet, 2)[0]!
    const rows = sheetRows(sheet, 3)
    expect(rows).toHaveLength(inSubdistrict.length)
    const name = header.indexOf('组织名称')
    const phone = header.indexOf('联系电话')
    const subdistrict = header.indexOf('街道')
    expect(new Set(rows.map((row) => row[subdistrict]))).toEqual(new Set([withPhone.subdistrict]))
    const row = rows.find((candidate) => candidate[name] === withPhone.name)!
    expect(row[phone]).toBe(maskPhone(withPhone.contactPhone!))
    expect(JSON.stringify(rows)).not.toContain(withPhone.contactPhone!)
  })

  test('exports the 项目台账 from the 报告 page with a totals row', async ({ page, shell }) => {
    const projects = sample.projects.filter((project) => project.archivedAt === null)
    await shell.open('/reports')
    const ledgers = new LedgerExports(page)
    const download = await ledgers.export('导出项目台账')
    expect(download.suggestedFilename()).toBe(`项目台账-${todayInChina()}.xlsx`)
    const book = await readDownload(download)
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['项目', '拨付明细'])
    const sheet = book.getWorksheet('项目')!
    const rows = sheetRows(sheet, 3)
    expect(rows).toHaveLength(projects.length + 1)
    const amountFen = projects.reduce((sum, project) => sum + project.amountFen, 0)
    expect(rows.at(-1)![1]).toBe('合计')
    expect(rows.at(-1)![10]).toMatchObject({ result: amountFen / 100 })
  })
})
