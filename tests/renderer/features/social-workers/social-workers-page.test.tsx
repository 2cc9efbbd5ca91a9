import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Link, Route, Routes, useLocation, useNavigate } from 'react-router'
import { createRepositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import { SocialWorkersPage } from '@renderer/features/social-workers/social-workers-page'
import { todayInChina } from '@shared/domain/dates'
import { registrationWarning } from '@shared/domain/social-workers/social-worker'
import { generateSampleData } from '@shared/sample-data/generate'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'
import { deliveryDatabase } from '../../helpers/project-seed'
import { buttonName, freshDatabase, renderApp } from '../../helpers/render-app'

/** Where the router is, and the browser's Back. */
function Address() {
  const location = useLocation()
  const navigate = useNavigate()
  return (
    <>
      <output aria-label="当前地址">{location.pathname + location.search}</output>
      <button onClick={() => navigate(-1)}>后退</button>
    </>
  )
}

const renderWorkers = (db: ShelianDatabase, route = '/social-workers') =>
  renderApp(
    <>
      <Routes>
        <Route path="/social-workers" element={<SocialWorkersPage />} />
        <Route path="/dashboard" element={<Link to="/social-workers">社工</Link>} />
      </Routes>
      <Address />
    </>,
    { db, route }
  )

const address = () => screen.getByRole('status', { name: '当前地址' }).textContent
const grid = () => screen.findByRole('grid', { name: '社工列表' })
/** The worker's record panel (its title also holds the 已归档 tag). */
async function recordPanel(name: string): Promise<HTMLElement> {
  const title = await screen.findByText(name, { selector: '.ant-drawer-title span' })
  return title.closest('.ant-drawer') as HTMLElement
}
const closeButton = (drawer: HTMLElement) =>
  drawer.querySelector<HTMLElement>('.ant-drawer-close') as HTMLElement

describe('社工 page', () => {
  it('names the employer and flags lapsed registrations', async () => {
    const today = todayInChina()
    const sample = generateSampleData({
      today,
      scale: { organizations: 40, communities: 10, socialWorkers: 25 }
    })
    const db = freshDatabase()
    await createRepositories(db).bulkLoad(sample)
    renderWorkers(db)
    await screen.findByText('共 25 条')
    const grid = screen.getByRole('grid', { name: '社工列表' })
    const employed = sample.socialWorkers.find((w) => w.employerId)!
    const employer = sample.organizations.find((o) => o.id === employed.employerId)!
    expect(within(grid).getAllByText(employer.name).length).toBeGreaterThan(0)
    const lapsed = sample.socialWorkers.find((w) => registrationWarning(w, today) === '已过期')!
    fireEvent.change(screen.getByPlaceholderText(/搜索姓名/), { target: { value: lapsed.certNo } })
    await waitFor(() => expect(screen.getByText(/筛选出 1 \/ 25 条/)).toBeTruthy())
    expect(within(grid).getByText('已过期')).toBeTruthy()
  })
})

describe('社工 page: workload and re-registration', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('counts each worker’s running projects and finds who must re-register', async () => {
    const { db } = await deliveryDatabase()
    // Today is 2026-11-22: 王芳's registration ends within 90 days, 赵敏's has ended.
    await db.socialWorkers.update('worker-2', { registrationValidUntil: '2027-01-15' })
    await db.socialWorkers.update('worker-3', { registrationValidUntil: '2026-10-31' })
    renderWorkers(db)

    await screen.findByText('共 3 条')
    const list = await grid()
    const row = (name: string) =>
      within(list).getByText(name).closest('[role="row"]') as HTMLElement
    // 李娜 is on the running project's team; the others are not on any.
    expect(within(row('李娜')).getByText('1')).toBeTruthy()
    expect(within(row('王芳')).getByText('0')).toBeTruthy()
    expect(within(row('王芳')).getByText('即将到期')).toBeTruthy()
    expect(within(row('赵敏')).getByText('已过期')).toBeTruthy()

    fireEvent.click(screen.getByRole('checkbox', { name: '只看登记到期（2）' }))
    await screen.findByText('共 2 条')
    expect(within(list).queryByText('李娜')).toBeNull()
    expect(within(list).getByText('王芳')).toBeTruthy()
    expect(within(list).getByText('赵敏')).toBeTruthy()
  })
})

describe('社工 page: the open worker in the address', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('opens the panel of the worker the address names, and forgets it on closing', async () => {
    const { db } = await deliveryDatabase()
    renderWorkers(db, '/social-workers?open=worker-2')
    const panel = await recordPanel('王芳')
    expect(within(panel).getByText('SW-2021-0002')).toBeTruthy()

    fireEvent.click(closeButton(panel))
    await waitFor(() => expect(address()).toBe('/social-workers'))
    await waitFor(() =>
      expect(screen.queryByText('王芳', { selector: '.ant-drawer-title span' })).toBeNull()
    )
  })

  it('puts the opened row in the address in place of the list, so Back leaves the page', async () => {
    const { db } = await deliveryDatabase()
    renderWorkers(db, '/dashboard')
    fireEvent.click(screen.getByRole('link', { name: '社工' }))
    fireEvent.doubleClick(await within(await grid()).findByText('李娜'))
    await recordPanel('李娜')
    expect(address()).toBe('/social-workers?open=worker-1')

    fireEvent.click(screen.getByRole('button', { name: '后退' }))
    await waitFor(() => expect(address()).toBe('/dashboard'))
  })

  it('says so when the named worker does not exist, and drops the id', async () => {
    const { db } = await deliveryDatabase()
    renderWorkers(db, '/social-workers?open=worker-9')
    expect(await screen.findByText('找不到要打开的记录，它可能已被删除')).toBeTruthy()
    await waitFor(() => expect(address()).toBe('/social-workers'))
    expect(document.querySelector('.ant-drawer-open')).toBeNull()
  })

  it('turns 显示已归档 on to show an archived worker the address names', async () => {
    const { db } = await deliveryDatabase()
    await db.socialWorkers.update('worker-3', { archivedAt: '2026-11-01T00:00:00.000Z' })
    renderWorkers(db, '/social-workers?open=worker-3')
    expect(await screen.findByText('“赵敏”已归档，已打开“显示已归档”')).toBeTruthy()
    await recordPanel('赵敏')
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('true')
    expect(within(await grid()).getByText('赵敏')).toBeTruthy()
  })

  it('keeps the panel of a worker archived in it, without the arrival notice', async () => {
    const { db } = await deliveryDatabase()
    renderWorkers(db)
    fireEvent.doubleClick(await within(await grid()).findByText('王芳'))
    const panel = await recordPanel('王芳')
    fireEvent.click(within(panel).getByRole('button', { name: buttonName('归档') }))
    const confirm = (await screen.findByText('归档这条记录？')).closest(
      '.ant-popover'
    ) as HTMLElement
    fireEvent.click(within(confirm).getByRole('button', { name: buttonName('归档') }))
    await screen.findByText('已归档：王芳')
    expect(await within(panel).findByRole('button', { name: '恢复使用' })).toBeTruthy()
    expect(address()).toBe('/social-workers?open=worker-2')
    expect(screen.queryByText(/已打开“显示已归档”/)).toBeNull()
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false')
  })

  it('opens already searched by the address’s ?q=', async () => {
    const { db } = await deliveryDatabase()
    renderWorkers(db, '/social-workers?q=wf')
    expect(await screen.findByText('筛选出 1 / 3 条')).toBeTruthy()
    expect(screen.getByRole('textbox', { name: '搜索' })).toHaveProperty('value', 'wf')
    expect(within(await grid()).getByText('王芳')).toBeTruthy()
  })
})
