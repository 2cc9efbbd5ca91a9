import { readFile, writeFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { SettingsPage } from './pages/settings-page'
import { AppShell } from './pages/app-shell'
import { installV1Database } from './pages/legacy-database'

/** What the demo set holds (shared/sample-data at DEMO_SCALE, whatever today is). */
const SAMPLE_COUNTS = '社会组织 240 个、社区 80 个、社工 160 名、入驻记录 60 条'
const EMPTY = '社会组织 0 个、社区 0 个、社工 0 名、入驻记录 0 条、操作日志 0 条'

test.describe('数据备份与恢复', () => {
  test('loads the sample data, exports it to a file, and restores that file into an empty app', async ({
    shell,
    settingsPage,
    browser
  }, testInfo) => {
    await shell.open('/settings')
    await expect(settingsPage.currentData).toHaveText(EMPTY)
    await settingsPage.loadSampleData()
    await expect(
      settingsPage.message(new RegExp(`^已载入示例数据：${SAMPLE_COUNTS}`))
    ).toBeVisible()
    await expect(settingsPage.currentData).toHaveText(
      new RegExp(`^${SAMPLE_COUNTS}、操作日志 [\\d,]+ 条$`)
    )
    const loaded = await settingsPage.currentDataText()
    await expect(settingsPage.sampleDataButton).toBeDisabled()

    await settingsPage.backUpNowButton.click()
    await expect(settingsPage.automaticBackup('手动备份')).toHaveCount(1)

    const download = await settingsPage.exportBackupFile()
    expect(download.suggestedFilename()).toMatch(/^社联台备份-\d{8}-\d{4}\.json$/)
    const file = testInfo.outputPath(download.suggestedFilename())
    await download.saveAs(file)

    // Another, empty installation (a fresh browser profile) restores the file.
    const context = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai'
    })
    const page = await context.newPage()
    const otherShell = new AppShell(page)
    const other = new SettingsPage(page)
    await otherShell.open('/settings')
    await expect(other.currentData).toHaveText(EMPTY)

    await other.restoreFromFile(file)
    await expect(other.restoreDialog).toBeVisible()
    await expect(other.restoreCounts).toContainText([
      '设置 0 项',
      '社区 80 个',
      '社会组织 240 个',
      '社工 160 名',
      '入驻记录 60 条'
    ])
    await expect(other.restoreDialog).toContainText(download.suggestedFilename())
    await other.confirmRestoreButton.click()
    await expect(other.message(`已从备份恢复：${SAMPLE_COUNTS}`)).toBeVisible()
    // The restored log, plus the entry recording the restore itself.
    const restored = loaded.replace(
      /操作日志 ([\d,]+) 条$/,
      (_, n: string) => `操作日志 ${(Number(n.replace(/,/g, '')) + 1).toLocaleString('zh-CN')} 条`
    )
    await expect(other.currentData).toHaveText(restored)

    // It survives a reload: the data is in IndexedDB, not just on screen. That start, with
    // data in the database, writes a start-up backup.
    await otherShell.reload()
    await expect(other.currentData).toHaveText(restored)
    await expect(other.automaticBackup('启动时备份')).toHaveCount(1)
    await context.close()
  })

  test('refuses a truncated backup file and keeps the data', async ({
    shell,
    settingsPage
  }, testInfo) => {
    await shell.open('/settings')
    await settingsPage.loadSampleData()
    await expect(settingsPage.currentData).toHaveText(new RegExp(`^${SAMPLE_COUNTS}、`))
    const loaded = await settingsPage.currentDataText()
    const download = await settingsPage.exportBackupFile()
    const full = testInfo.outputPath('full.json')
    await download.saveAs(full)
    const bytes = await readFile(full)
    const truncated = testInfo.outputPath('截断的备份.json')
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)))

    await settingsPage.restoreFromFile(truncated)
    await expect(settingsPage.restoreDialog).toContainText('这个文件不能用来恢复')
    await expect(settingsPage.restoreDialog).toContainText('备份文件不完整')
    await expect(settingsPage.confirmRestoreButton).toHaveCount(0)
    await expect(settingsPage.currentData).toHaveText(loaded)
  })

  test('backs up a v1 database before upgrading it, and keeps its settings', async ({
    page,
    shell,
    settingsPage
  }) => {
    await installV1Database(page, {
      operatorName: '张晓梅',
      officeName: '鼓楼区军门社区孵化基地',
      backupKeep: 10
    })
    await shell.open('/settings')
    await expect(shell.header).toContainText('鼓楼区军门社区孵化基地')
    await expect(settingsPage.operatorName).toHaveValue('张晓梅')
    await expect(settingsPage.automaticBackup('升级前备份')).toHaveCount(1)
    await expect(settingsPage.currentData).toHaveText(EMPTY)
    await expect(settingsPage.sampleDataButton).toBeEnabled()
  })
})
