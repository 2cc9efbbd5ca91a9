/**
 * The 工作台 inside the app's frame: the 待办 by urgency with links to the records, the
 * navigation's badge, the notice at start-up, and this year's figures with their links and
 * charts — all following the database as it changes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { Incubation } from '@shared/domain/incubation/incubation'
import type { Organization } from '@shared/domain/organizations/organization'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { pinyinKeys } from '@shared/text/pinyin'
import { AppRoutes } from '@renderer/app/app-routes'
import { NOW, SAMPLE, TODAY } from '../../db/helpers'
import { createFakeDesktop } from '../../helpers/fake-desktop-api'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'
import { officeDatabase } from '../../helpers/office-database'
import { STAMP } from '../../helpers/project-seed'
import { renderApp } from '../../helpers/render-app'

useFixedClock()

// happy-dom lays nothing out; the charts get the width a narrow card would give them.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(400)
})
afterEach(() => {
  vi.restoreAllMocks()
})

const ORG: Organization = {
  ...SAMPLE.organizations.find((org) => org.registrationStatus === '已登记')!,
  id: 'org-1',
  name: '阳光助老服务中心',
  ...pinyinKeys('阳光助老服务中心'),
  rating: null,
  ...STAMP
}

/** 阳光助老服务中心's application, its 初核 two days late. */
const LATE_REVIEW: Incubation = {
  ...SAMPLE.incubations.find((stay) => stay.status === '待初核')!,
  id: 'stay-1',
  organizationId: ORG.id,
  appliedOn: '2026-11-13',
  reviewDueOn: '2026-11-20',
  ...STAMP
}

const worker = (id: string, name: string, registrationValidUntil: string): SocialWorker => ({
  ...SAMPLE.socialWorkers.find((one) => one.certLevel === '社会工作师')!,
  id,
  name,
  ...pinyinKeys(name),
  certNo: `SW-TEST-${id}`,
  registrationValidUntil,
  employerId: null,
  communityIds: [],
  ...STAMP
})

async function office(workers: SocialWorker[] = [worker('w-1', '林晓', TODAY)]) {
  const { db } = await officeDatabase({ officeName: '鼓楼街道办事处', now: () => NOW })
  await db.organizations.add(ORG)
  await db.incubations.add(LATE_REVIEW)
  await db.socialWorkers.bulkAdd(workers)
  return db
}

const group = (name: RegExp) => screen.findByRole('region', { name })
const dashboardItem = () =>
  within(screen.getByRole('navigation', { name: '主导航' })).getByRole('menuitem', {
    name: /工作台/
  })

describe('工作台', { timeout: SLOW_UI_TIMEOUT }, () => {
  it('lists what is due by urgency, each item opening its record', async () => {
    const db = await office()
    renderApp(<AppRoutes />, { db, route: '/dashboard' })
    await screen.findByRole('heading', { level: 3, name: '工作台' })

    const overdue = await group(/^已逾期（1）$/)
    const review = within(overdue).getByRole('link', { name: '阳光助老服务中心：入驻申请初核' })
    expect(review.getAttribute('href')).toBe('/incubation/stay-1')
    expect(within(overdue).getByText('逾期 2 天')).toBeTruthy()
    const today = await group(/^今天到期（1）$/)
    expect(
      within(today).getByRole('link', { name: '林晓：社工登记即将到期' }).getAttribute('href')
    ).toBe('/social-workers?open=w-1')
    expect((await group(/^7天内（0）$/)).textContent).toContain('没有')

    fireEvent.click(review)
    await screen.findByRole('heading', { level: 3, name: '阳光助老服务中心' })
  })

  it('counts 已逾期 and 今天到期 in the navigation, following the records', async () => {
    const db = await office()
    renderApp(<AppRoutes />, { db, route: '/settings' })
    await waitFor(() => expect(dashboardItem().textContent).toBe('工作台2'))
    expect(within(dashboardItem()).getByTitle('2 项待办已逾期或今天到期')).toBeTruthy()

    await act(() => db.incubations.update('stay-1', { reviewedOn: '2026-11-21', status: '待入驻' }))
    await waitFor(() => expect(dashboardItem().textContent).toBe('工作台1'))
    await act(() => db.socialWorkers.update('w-1', { registrationValidUntil: '2029-11-22' }))
    await waitFor(() => expect(dashboardItem().textContent).toBe('工作台'))
  })

  it('tells the system once at start-up what is overdue', async () => {
    const db = await office()
    const desktop = createFakeDesktop()
    renderApp(<AppRoutes />, { db, route: '/organizations', api: desktop.api })
    await waitFor(() =>
      expect(desktop.notices).toEqual([
        { title: '社联台：1 项待办已逾期', body: '阳光助老服务中心：入驻申请初核' }
      ])
    )
    await act(() => db.socialWorkers.update('w-1', { registrationValidUntil: '2026-11-01' }))
    await waitFor(() => expect(dashboardItem().textContent).toBe('工作台2'))
    expect(desktop.notices).toHaveLength(1)
  })

  it('sends no notice when nothing is overdue', async () => {
    const db = await office()
    await db.incubations.clear()
    const desktop = createFakeDesktop()
    renderApp(<AppRoutes />, { db, route: '/dashboard', api: desktop.api })
    await group(/^今天到期（1）$/)
    expect(desktop.notices).toEqual([])
  })

  it('shows the first items of a long group until asked for all', async () => {
    const names = ['陈静', '李娜', '王芳', '张伟', '刘洋', '杨帆', '赵敏', '黄磊', '周杰', '吴昊']
    const db = await office(names.map((name, index) => worker(`w-${index}`, name, '2026-11-25')))
    renderApp(<AppRoutes />, { db, route: '/dashboard' })
    const soon = await group(/^7天内（10）$/)
    expect(within(soon).getAllByRole('listitem')).toHaveLength(8)
    fireEvent.click(within(soon).getByRole('button', { name: '显示全部 10 项' }))
    expect(within(soon).getAllByRole('listitem')).toHaveLength(10)
    fireEvent.click(within(soon).getByRole('button', { name: '收起' }))
    expect(within(soon).getAllByRole('listitem')).toHaveLength(8)
  })

  it('says so when nothing is due', async () => {
    const { db } = await officeDatabase({ officeName: '鼓楼街道办事处', now: () => NOW })
    renderApp(<AppRoutes />, { db, route: '/dashboard' })
    await screen.findByText('30 天内没有到期的事项')
  })

  it('gives this year’s figures, each a link to its list, with a chart', async () => {
    const db = await office()
    renderApp(<AppRoutes />, { db, route: '/dashboard' })
    const organizations = await screen.findByRole('region', { name: '社会组织' })
    const total = within(organizations).getByRole('link', { name: '在册组织 1个' })
    expect(total.getAttribute('href')).toBe('/organizations')
    expect(within(organizations).getByRole('link', { name: '已登记 1个' })).toBeTruthy()

    const payments = screen.getByRole('region', { name: '资金拨付' })
    expect(
      within(payments).getByRole('link', { name: '今年计划拨付（万元） 0.00' }).getAttribute('href')
    ).toBe('/projects?tab=due')
    const venture = screen.getByRole('region', { name: '公益创投' })
    expect(within(venture).getByText('本年度还没有公益创投批次')).toBeTruthy()

    const chart = within(organizations).getByRole('img', { name: '社会组织登记状态' })
    await waitFor(() => expect(chart.querySelector('svg')).not.toBeNull())

    await act(() =>
      db.organizations.add({ ...ORG, id: 'org-2', uscc: null, registrationStatus: '备案' })
    )
    await within(organizations).findByRole('link', { name: '在册组织 2个' })
    expect(within(organizations).getByRole('link', { name: '备案 1个' })).toBeTruthy()
  })
})
