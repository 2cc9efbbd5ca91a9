import { describe, expect, it } from 'vitest'
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { createRepositories } from '@renderer/db/repositories'
import { addDays, addYears, todayInChina } from '@shared/domain/dates'
import { latestDueAnnualCheckYear } from '@shared/domain/organizations/rating'
import { buttonName, freshDatabase } from '../../helpers/render-app'
import {
  organizationDraft,
  renderRegistry,
  validIdNumber,
  withOrganizations
} from './organization-fixtures'

// The detail page is large: in happy-dom it takes seconds to render and settle.
const SLOW = { timeout: 30_000 }
configure({ asyncUtilTimeout: 5_000 })

const today = todayInChina()

async function openPage(draft = organizationDraft()) {
  const { db, records } = await withOrganizations(draft)
  const record = records[0]!
  renderRegistry(db, `/organizations/${record.id}`)
  await screen.findByRole('heading', { level: 3, name: record.name })
  return { db, record }
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name })
}

describe('社会组织 detail page', SLOW, () => {
  it('shows the registry fields with the ID number and phones masked', async () => {
    const id = validIdNumber()
    await openPage(
      organizationDraft({
        legalRepIdNumber: id,
        legalRepPhone: '13800138000',
        contactPhone: '13912345678'
      })
    )
    const basic = section('基本信息')
    expect(within(basic).queryByText(id)).toBeNull()
    expect(within(basic).getByText(`${id.slice(0, 6)}********${id.slice(-4)}`)).toBeTruthy()
    expect(within(basic).queryByText('13800138000')).toBeNull()
    expect(within(basic).getByText('138****8000')).toBeTruthy()
    expect(within(basic).getByText('139****5678')).toBeTruthy()
  })

  it("says when the organisation may apply for 等级评估, and shows each year's mode", async () => {
    const due = latestDueAnnualCheckYear(today)
    await openPage(
      organizationDraft({
        establishedOn: '2015-04-01',
        annualChecks: [
          { year: due, mode: '年报', conclusion: '合格' },
          { year: due - 1, mode: '年检', conclusion: '合格' }
        ]
      })
    )
    const rating = section('等级评估与年检')
    expect(within(rating).getByText('未参加等级评估')).toBeTruthy()
    expect(within(rating).getByRole('status').textContent).toContain('可以申请等级评估')
    expect(within(rating).getByText('年报')).toBeTruthy()
  })

  it('flags a rating about to expire, a grade outside the bands, and a 不合格 year', async () => {
    const due = latestDueAnnualCheckYear(today)
    // Sixty days before the five years are up.
    const ratedOn = addDays(addYears(today, -5), 60)
    await openPage(
      organizationDraft({
        rating: { grade: '5A', score: 820, ratedOn },
        annualChecks: [{ year: due, mode: '年检', conclusion: '不合格' }]
      })
    )
    const rating = section('等级评估与年检')
    expect(within(rating).getByText('即将到期')).toBeTruthy()
    expect(within(rating).getByText(addYears(ratedOn, 5))).toBeTruthy()
    expect(
      await within(rating).findByText(
        '按本单位的分数段，820 分对应 4A，与录入的 5A 不一致，请核对证书'
      )
    ).toBeTruthy()
    expect(
      within(rating).getByText(new RegExp(`${due} 年度年检（年报）结论为“不合格”`))
    ).toBeTruthy()
    const hint = within(rating).getByRole('status').textContent
    expect(hint).toContain('暂不符合申请等级评估的条件')
    expect(hint).toContain(`${due} 年度年检结论为不合格`)
  })

  it('archives after asking, restores, and lists both in the history', async () => {
    const { db, record } = await openPage()
    fireEvent.click(screen.getByRole('button', { name: buttonName('归档') }))
    const confirm = (await screen.findByText('归档这条记录？')).closest(
      '.ant-popover'
    ) as HTMLElement
    fireEvent.click(within(confirm).getByRole('button', { name: buttonName('归档') }))
    await screen.findByText(`已归档：${record.name}`)
    await waitFor(() => expect(screen.getByRole('button', { name: '恢复使用' })).toBeTruthy())
    expect(screen.getByRole('button', { name: buttonName('编辑') }).hasAttribute('disabled')).toBe(
      true
    )
    fireEvent.click(screen.getByRole('button', { name: '恢复使用' }))
    await screen.findByText(`已恢复使用：${record.name}`)
    const history = section('修改记录')
    await waitFor(() => expect(within(history).getByText('恢复使用')).toBeTruthy())
    expect(within(history).getByText('归档')).toBeTruthy()
    expect(within(history).getByText('新建')).toBeTruthy()
    expect((await createRepositories(db).organizations.get(record.id))?.archivedAt).toBeNull()
  })

  it('says so when the organisation does not exist, with a way back', async () => {
    renderRegistry(freshDatabase(), '/organizations/no-such-id')
    expect(await screen.findByText('找不到这个社会组织')).toBeTruthy()
    fireEvent.click(screen.getByRole('link', { name: '返回列表' }))
    expect(await screen.findByRole('grid', { name: '社会组织列表' })).toBeTruthy()
  })
})
