import { expect, test } from './fixtures'

test.describe('设置', () => {
  test('saves operator and office name, shows the office in the header, and keeps both after a reload', async ({
    shell,
    settingsPage
  }) => {
    await shell.open('/settings')
    await settingsPage.fill({
      operatorName: '张晓梅',
      officeName: '鼓楼区军门社区孵化基地',
      backupKeep: 15
    })
    await settingsPage.save()
    await expect(settingsPage.savedMessage).toBeVisible()
    await expect(shell.header).toContainText('鼓楼区军门社区孵化基地')

    await shell.reload()
    await expect(settingsPage.operatorName).toHaveValue('张晓梅')
    await expect(settingsPage.officeName).toHaveValue('鼓楼区军门社区孵化基地')
    await expect(settingsPage.backupKeep).toHaveValue('15')
    await expect(shell.header).toContainText('鼓楼区军门社区孵化基地')
  })

  test('refuses to save without an operator and keeps nothing', async ({ shell, settingsPage }) => {
    await shell.open('/settings')
    await settingsPage.fill({ operatorName: '', officeName: '鼓楼区军门社区孵化基地' })
    await settingsPage.save()
    await settingsPage.expectFieldError(settingsPage.operatorName, '请填写操作人')
    await expect(settingsPage.savedMessage).toHaveCount(0)

    await shell.reload()
    await expect(settingsPage.officeName).toHaveValue('')
    await expect(shell.header).not.toContainText('鼓楼区军门社区孵化基地')
  })

  test('changes the 初核期限 and two scorecard weights, and keeps them after a reload', async ({
    shell,
    settingsPage
  }) => {
    await shell.open('/settings')
    await expect(settingsPage.reviewWorkingDays).toHaveValue('5')
    await settingsPage.reviewWorkingDays.fill('7')
    // 20 + 20 becomes 30 + 10: the total stays 100.
    await settingsPage.dimensionWeight(1).fill('30')
    await settingsPage.dimensionWeight(2).fill('10')
    await expect(settingsPage.weightTotal).toHaveText('权重合计：100')
    await settingsPage.incubationSaveButton.click()
    await expect(settingsPage.incubationSavedMessage).toBeVisible()

    await shell.reload()
    await expect(settingsPage.reviewWorkingDays).toHaveValue('7')
    await expect(settingsPage.dimensionName(1)).toHaveValue('内部治理')
    await expect(settingsPage.dimensionWeight(1)).toHaveValue('30')
    await expect(settingsPage.dimensionName(2)).toHaveValue('财务管理')
    await expect(settingsPage.dimensionWeight(2)).toHaveValue('10')
    await expect(settingsPage.weightTotal).toHaveText('权重合计：100')
  })
})
