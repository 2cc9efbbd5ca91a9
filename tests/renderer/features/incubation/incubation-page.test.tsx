import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'
import { ORGANIZATIONS, renderIncubation, seededDatabase, stayOf } from './seed'

function card(title: RegExp): HTMLElement {
  return screen.getByText(title).closest('.ant-card') as HTMLElement
}

describe('孵化基地 page', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('puts an application past its 初核 deadline on the board, and says so where lists are empty', async () => {
    const { db, repos } = await seededDatabase()
    const late = ORGANIZATIONS[0]!
    const resident = ORGANIZATIONS[1]!
    const overdue = await stayOf(repos, late.id, '待初核', '2026-11-02')
    await stayOf(repos, resident.id, '孵化中')
    renderIncubation(db, '/incubation')

    await screen.findByText('初核逾期（1）')
    const reviews = card(/^初核逾期/)
    expect(within(reviews).getByRole('link', { name: late.name })).toHaveProperty(
      'href',
      expect.stringContaining(`/incubation/${overdue.id}`)
    )
    expect(within(reviews).getByText(`初核期限 ${overdue.reviewDueOn}`)).toBeTruthy()
    expect(within(card(/^即将到期/)).getByText('没有 30 天内到期的入驻')).toBeTruthy()
    expect(within(card(/^场地交还逾期/)).getByText('没有逾期未交还的场地')).toBeTruthy()
    expect(within(card(/^今年出壳/)).getByText('今年还没有组织出壳')).toBeTruthy()

    const counts = Object.fromEntries(
      [...document.querySelectorAll('.ant-statistic')].map((statistic) => [
        statistic.querySelector('.ant-tag')!.textContent,
        statistic.querySelector('.ant-statistic-content')!.textContent
      ])
    )
    expect(counts).toMatchObject({ 待初核: '1', 待入驻: '0', 孵化中: '1', 出壳: '0' })
  })

  it('says when a stay still at the base is past its planned end', async () => {
    const { db, repos } = await seededDatabase()
    const late = ORGANIZATIONS[2]!
    const { record } = await repos.incubations.apply({
      organizationId: late.id,
      baseName: '鼓楼区社会组织孵化基地',
      appliedOn: '2025-10-01',
      preferredMode: '虚拟',
      note: null
    })
    await repos.incubations.perform(record.id, 'approve', { on: '2025-10-05', note: null })
    await repos.incubations.perform(record.id, 'admit', {
      on: '2025-10-10',
      agreementNo: 'FH-2025-009',
      mode: '虚拟',
      workstation: null,
      mentor: null,
      plannedEndOn: '2026-11-01'
    })
    renderIncubation(db, '/incubation')

    await screen.findByText('即将到期（30 天内，含已到期）（1）')
    const ending = card(/^即将到期/)
    expect(within(ending).getByRole('link', { name: late.name })).toBeTruthy()
    expect(within(ending).getByText('已到期未办理 2026-11-01')).toBeTruthy()
  })

  it('lists every stay in the grid, found by pinyin, and opens one', async () => {
    const { db, repos } = await seededDatabase()
    const late = ORGANIZATIONS[0]!
    const stay = await stayOf(repos, late.id, '待初核', '2026-11-02')
    await stayOf(repos, ORGANIZATIONS[1]!.id, '孵化中')
    renderIncubation(db, '/incubation')

    fireEvent.click(await screen.findByRole('tab', { name: '全部入驻记录' }))
    const grid = await screen.findByRole('grid', { name: '入驻记录列表' })
    await screen.findByText('共 2 条')
    expect(within(grid).getByText(`${stay.reviewDueOn} 已逾期`)).toBeTruthy()

    fireEvent.change(screen.getByPlaceholderText(/搜索组织名称/), {
      target: { value: late.pinyinInitials }
    })
    await waitFor(() => expect(screen.getByText(/筛选出 1 \/ 2 条/)).toBeTruthy())

    fireEvent.doubleClick(within(grid).getByText(late.name).closest('[role="row"]')!)
    await screen.findByRole('heading', { level: 3, name: late.name })
  })

  it('shows archived stays only when asked', async () => {
    const { db, repos } = await seededDatabase()
    const stay = await stayOf(repos, ORGANIZATIONS[0]!.id, '待初核')
    await repos.incubations.archive(stay.id)
    renderIncubation(db, '/incubation')

    await screen.findByText('待初核', { selector: '.ant-statistic-title *' })
    fireEvent.click(await screen.findByRole('tab', { name: '全部入驻记录' }))
    await screen.findByText('共 0 条')
    fireEvent.click(screen.getByRole('switch'))
    await screen.findByText('共 1 条')
    expect(screen.getByText('已归档')).toBeTruthy()
  })
})
