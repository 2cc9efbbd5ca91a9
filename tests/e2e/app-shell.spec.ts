import { APP_VERSION, expect, test } from './fixtures'

test.describe('app shell', () => {
  test('loads in Chinese with its navigation and uses the browser twin', async ({
    page,
    shell
  }) => {
    await shell.open()
    await expect(page).toHaveTitle('社联台')
    await expect(shell.header).toContainText('社联台')
    await expect(shell.navItems).toHaveText([
      '工作台',
      '社会组织',
      '孵化基地',
      '公益创投',
      '项目管理',
      '服务目录',
      '三社联动',
      '社区',
      '社工',
      '报告',
      '操作日志',
      '设置',
      '关于'
    ])
    await expect(shell.pageHeading('工作台')).toBeVisible()
    expect(await shell.hasDesktopBridge()).toBe(false)
  })

  test('navigates between the pages of the navigation', async ({ shell }) => {
    await shell.open()
    await shell.navigateTo('社区')
    await expect(shell.pageHeading('社区')).toBeVisible()
    await shell.navigateTo('社工')
    await expect(shell.pageHeading('社工')).toBeVisible()
    await shell.navigateTo('关于')
    await expect(shell.pageHeading('关于')).toBeVisible()
    await shell.navigateTo('设置')
    await expect(shell.pageHeading('设置')).toBeVisible()
  })

  test('关于 shows the version, the browser host and the licence list', async ({
    shell,
    aboutPage
  }) => {
    await shell.open('/about')
    await expect(aboutPage.infoValue('产品名称')).toHaveText('社联台')
    await expect(aboutPage.infoValue('版本')).toHaveText(APP_VERSION)
    await expect(aboutPage.infoValue('运行方式')).toHaveText('浏览器版')
    await expect(aboutPage.infoValue('运行环境')).toContainText('Chromium')

    await expect(aboutPage.licenseCount).toBeVisible()
    await aboutPage.searchLicenses('antd')
    await expect(aboutPage.licenseRow('antd')).toContainText('MIT')

    await aboutPage.searchLicenses('dexie')
    await expect(aboutPage.licenseRow('antd')).toHaveCount(0)
    await expect(aboutPage.licenseRow('dexie')).toContainText('Apache-2.0')
    const text = await aboutPage.expandLicense('dexie')
    await expect(text).toContainText('Apache License')
  })
})
