import { expect, test } from './fixtures'
import { todayInChina } from '../../shared/domain/dates'
import { OPEN_INCUBATION_STATUSES } from '../../shared/domain/incubation/incubation'
import { generateSampleData } from '../../shared/sample-data/generate'

// The app loads exactly this data set (设置 → 载入示例数据 uses today's date in China).
const today = todayInChina()
const sample = generateSampleData({ today })
const withOpenStay = new Set(
  sample.incubations
    .filter((stay) => OPEN_INCUBATION_STATUSES.includes(stay.status))
    .map((stay) => stay.organizationId)
)
/** An organisation free to apply: in use, not 注销, no stay going on. */
const applicant = sample.organizations.find(
  (o) => o.archivedAt === null && o.registrationStatus !== '注销' && !withOpenStay.has(o.id)
)!

test.describe('孵化基地', () => {
  test.beforeEach(async ({ shell, settingsPage }) => {
    await shell.open('/settings')
    await settingsPage.loadSampleData()
    await expect(settingsPage.message(/已载入示例数据/)).toBeVisible()
    await settingsPage.fill({ operatorName: '张晓梅', officeName: '鼓楼区军门社区孵化基地' })
    await settingsPage.save()
    await expect(settingsPage.savedMessage).toBeVisible()
  })

  test('takes an organisation from 申请 to 出壳 with an assessment, and shows its history', async ({
    shell,
    incubationPage,
    stayPage,
    organizationIncubation
  }) => {
    await shell.open('/incubation')
    await incubationPage.apply(applicant.name)

    await expect(stayPage.organizationLink).toHaveText(applicant.name)
    await expect(stayPage.status('待初核')).toBeVisible()
    await expect(stayPage.step('出壳')).toHaveCount(0)

    await stayPage.takeStep('初核通过')
    await expect(stayPage.status('待入驻')).toBeVisible()
    await stayPage.takeStep('签订协议入驻', { 入驻协议编号: 'FH-E2E-001', 工位: 'C-07' })
    await expect(stayPage.status('孵化中')).toBeVisible()

    await stayPage.addService('培训', 2.5)
    await expect(stayPage.serviceTotals.getByRole('row').filter({ hasText: '培训' })).toContainText(
      '2.5'
    )

    await expect(stayPage.step('出壳')).toBeDisabled()
    await expect(stayPage.refusal('出壳')).toHaveText(
      '出壳：出壳前须有一份已定稿且结论合格的出壳评估'
    )
    await stayPage.newAssessment({ kind: '出壳', evaluators: '王专家、陈专家', score: 86 })
    await expect(stayPage.assessmentRow('出壳')).toContainText('草稿')
    await stayPage.finalizeAssessment()
    await expect(stayPage.assessmentRow('出壳')).toContainText(`张晓梅 于 ${today} 定稿`)
    await expect(stayPage.assessmentRow('出壳')).toContainText('良好')
    await expect(
      stayPage.assessmentRow('出壳').getByRole('button', { name: /修\s*改/ })
    ).toHaveCount(0)

    await expect(stayPage.step('出壳')).toBeEnabled()
    await stayPage.takeStep('出壳', {}, { confirm: true })
    await expect(stayPage.status('出壳')).toBeVisible()

    for (const step of [
      '入驻申请',
      '初核通过（待初核 → 待入驻）',
      '签订协议入驻（待入驻 → 孵化中）',
      '出壳（孵化中 → 出壳）'
    ]) {
      await expect(stayPage.timeline.getByText(step)).toBeVisible()
    }
    await expect(stayPage.history.getByText('出壳（孵化中 → 出壳）')).toBeVisible()
    await expect(stayPage.history.getByText(/操作人 张晓梅/).first()).toBeVisible()

    await stayPage.organizationLink.click()
    await expect(shell.pageHeading(applicant.name)).toBeVisible()
    const stay = organizationIncubation.stays.getByRole('row').filter({ hasText: '出壳' })
    await expect(stay).toContainText(today)
    await expect(organizationIncubation.region.getByText('能力评估趋势')).toBeVisible()
    await expect(
      organizationIncubation.region.getByRole('table', { name: '能力评估趋势' })
    ).toContainText('86')
  })

  test('lists the sample stays on the board and in the grid', async ({ shell, incubationPage }) => {
    await shell.open('/incubation')
    const graduated = sample.incubations.filter(
      (stay) => stay.status === '出壳' && stay.endedOn?.startsWith(today.slice(0, 4))
    )
    await expect(incubationPage.boardList('今年出壳')).toContainText(
      `今年出壳（${graduated.length}）`
    )

    await incubationPage.allStaysTab.click()
    await expect(incubationPage.grid).toBeVisible()
    await expect(
      incubationPage.page.getByText(
        `共 ${sample.incubations.filter((s) => s.archivedAt === null).length} 条`
      )
    ).toBeVisible()
  })
})
