import { expect, test } from './fixtures'
import { orgCodeCheckChar } from '../../shared/domain/identifiers/org-code'
import { residentIdCheckChar } from '../../shared/domain/identifiers/resident-id'
import { usccCheckChar } from '../../shared/domain/identifiers/uscc'

/** A 社会服务机构 (52) registered in 福州鼓楼 (350102), with both check characters right. */
function validUscc(): string {
  const orgBody = 'MA01C7K2'
  const body = `52350102${orgBody}${orgCodeCheckChar(orgBody)}`
  return body + usccCheckChar(body)
}

const idBody = '35010219800101123'
const idNumber = idBody + residentIdCheckChar(idBody)

test.describe('社会组织 registration', () => {
  test.beforeEach(async ({ shell }) => {
    await shell.open('/organizations')
  })

  test('registers an organisation with a valid USCC and finds it in the list and on its page', async ({
    organizations,
    organizationForm,
    organization
  }) => {
    const uscc = validUscc()
    await organizations.createButton.click()
    await organizationForm.fill({
      name: '鼓楼区晨光为老服务中心',
      category: '为老服务',
      uscc,
      legalRepName: '林晓梅',
      legalRepIdNumber: idNumber,
      contactPhone: '13912345678',
      establishedOn: '2019-03-01'
    })
    await organizationForm.save()

    await expect(organization.heading).toHaveText('鼓楼区晨光为老服务中心')
    await expect(organization.basicInfo).toContainText(uscc)
    await expect(organization.basicInfo).toContainText(
      `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`
    )
    await expect(organization.basicInfo).not.toContainText(idNumber)
    await expect(organization.basicInfo).toContainText('139****5678')
    await expect(organization.basicInfo).toContainText('2019-03-01')
    await expect(organization.rating).toContainText('暂不符合申请等级评估的条件')
    await expect(organization.history).toContainText('新建')

    await organization.backButton.click()
    await expect(organizations.count).toHaveText('共 1 条')
    await organizations.searchFor('cgwl')
    await expect(organizations.dataRows.first()).toContainText('鼓楼区晨光为老服务中心')
    await expect(organizations.dataRows.first()).toContainText('未入驻')
  })

  test('refuses a USCC with a wrong check character, naming the right one', async ({
    organizations,
    organizationForm
  }) => {
    const good = validUscc()
    const wrong = good.slice(0, 17) + (good[17] === '1' ? '2' : '1')
    await organizations.createButton.click()
    await organizationForm.fill({
      name: '鼓楼区晨光为老服务中心',
      category: '为老服务',
      uscc: wrong
    })
    await organizationForm.expectFieldError(
      organizationForm.uscc,
      new RegExp(`第 18 位校验码应为“${good[17]}”，实际为“${wrong[17]}”`)
    )

    await organizationForm.save()
    await expect(organizationForm.dialog).toBeVisible()
    await organizationForm.expectFieldError(organizationForm.uscc, /第 18 位校验码应为/)
    await organizationForm.discard()
    await expect(organizations.count).toHaveText('共 0 条')
  })
})
