import { expect, test } from './fixtures'
import { OrganizationDetailPage, OrganizationListPage } from './pages/organization-pages'
import { RegistryPage } from './pages/registry-page'
import { compareZh } from '../../shared/text/collator'
import { matchesPinyinQuery, pinyinKeys } from '../../shared/text/pinyin'
import { todayInChina } from '../../shared/domain/dates'
import { generateSampleData } from '../../shared/sample-data/generate'

// The app loads exactly this data set (设置 → 载入示例数据 uses today's date in China).
const sample = generateSampleData({ today: todayInChina() })
const orgSearchText = (o: (typeof sample.organizations)[number]) =>
  `${o.name} ${o.uscc ?? ''} ${o.legalRepName}`

test.describe('社会组织 registry with the sample data', () => {
  test.beforeEach(async ({ shell, settingsPage }) => {
    await shell.open('/settings')
    await settingsPage.loadSampleData()
    await expect(settingsPage.message(/已载入示例数据/)).toBeVisible()
    await shell.navigateTo('社会组织')
  })

  test('finds organisations by the pinyin initials of a community', async ({ page }) => {
    const registry = new RegistryPage(page, '社会组织列表')
    await expect(registry.count).toHaveText('共 240 条')

    const query = 'jmsq'
    const expected = sample.organizations.filter((o) =>
      matchesPinyinQuery(query, orgSearchText(o), o)
    )
    expect(expected.length).toBeGreaterThan(0)
    await registry.searchFor(query)
    await expect(registry.count).toHaveText(`筛选出 ${expected.length} / 240 条`)
    await expect(registry.dataRows.first()).toContainText('军门社区')

    await registry.searchFor('军门')
    await expect(registry.dataRows.first()).toContainText('军门')
  })

  test('sorts names in pinyin order, both ways', async ({ page }) => {
    const registry = new RegistryPage(page, '社会组织列表')
    const byPinyin = sample.organizations
      .map((o) => ({ name: o.name, key: pinyinKeys(o.name).pinyin }))
      .sort((a, b) => compareZh(a.key, b.key))

    await registry.sortBy('组织名称')
    await expect(registry.columnHeader('组织名称')).toHaveAttribute('aria-sort', 'ascending')
    await expect(registry.dataRows.first()).toContainText(byPinyin[0]!.name)
    const shown = await registry.firstColumnTexts()
    const keys = shown.map((name) => pinyinKeys(name.replace(/已归档$/, '')).pinyin)
    for (let i = 1; i < keys.length; i += 1) {
      expect(
        compareZh(keys[i - 1]!, keys[i]!),
        `${shown[i - 1]} ≤ ${shown[i]}`
      ).toBeLessThanOrEqual(0)
    }

    await registry.sortBy('组织名称')
    await expect(registry.columnHeader('组织名称')).toHaveAttribute('aria-sort', 'descending')
    await expect(registry.dataRows.first()).toContainText(byPinyin[byPinyin.length - 1]!.name)
  })

  test('archives an organisation from its page and brings it back', async ({ page }) => {
    const registry = new OrganizationListPage(page)
    const organization = new OrganizationDetailPage(page)
    const target = sample.organizations[0]!
    await registry.searchFor(target.name)
    await registry.openRow(target.name)
    await expect(organization.heading).toHaveText(target.name)
    await organization.archive()
    await expect(page.getByText(`已归档：${target.name}`)).toBeVisible()
    await expect(organization.archivedTag).toBeVisible()
    await expect(organization.editButton).toBeDisabled()
    await expect(organization.history).toContainText('归档')

    await organization.backButton.click()
    await registry.searchFor(target.name)
    await expect(registry.count).toHaveText('筛选出 0 / 239 条')
    await registry.showArchived.click()
    await expect(registry.count).toHaveText('筛选出 1 / 240 条')
    await registry.openRow(target.name)
    await organization.restoreButton.click()
    await expect(page.getByText(`已恢复使用：${target.name}`)).toBeVisible()
    await expect(organization.archivedTag).toHaveCount(0)
    await expect(organization.history).toContainText('恢复使用')

    await organization.backButton.click()
    await registry.searchFor(target.name)
    await expect(registry.count).toHaveText('筛选出 1 / 240 条')
  })
})
