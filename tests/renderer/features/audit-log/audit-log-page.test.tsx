import { describe, expect, it } from 'vitest'
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes, useParams } from 'react-router'
import { createRepositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import { AuditLogPage } from '@renderer/features/audit-log/audit-log-page'
import { pinyinKeys } from '@shared/text/pinyin'
import { tickingClock } from '../../db/helpers'
import { freshDatabase, renderApp } from '../../helpers/render-app'
import { organizationDraft } from '../organizations/organization-fixtures'

configure({ asyncUtilTimeout: 10_000 })
const SLOW = { timeout: 30_000 }

/** From 10:00 in China on `day` of November 2026, a second later at each reading. */
const at = (day: number) => tickingClock(new Date(`2026-11-${day}T02:00:00.000Z`))

const OLD_NAME = '鼓楼区晨光为老服务中心'
const NEW_NAME = '鼓楼区晨光长者服务中心'
const NEW_PHONE = '13700001111'

/**
 * 18 November: 张晓梅 registers an organisation and a community; 20 November: she renames the
 * organisation and changes its contact phone; 22 November: 李建国 archives the community.
 */
async function seededLog(): Promise<{
  db: ShelianDatabase
  organizationId: string
  total: number
}> {
  const db = freshDatabase()
  const day18 = createRepositories(db, { now: at(18) })
  await day18.settings.saveGeneral({
    operatorName: '张晓梅',
    officeName: '鼓楼街道办事处',
    backupKeep: 10
  })
  const organization = await day18.organizations.create(organizationDraft({ name: OLD_NAME }))
  const community = await day18.communities.create({
    name: '军门社区',
    district: '鼓楼区',
    subdistrict: '鼓东街道',
    divisionCode: null,
    households: 3000,
    population: 8000,
    grids: 10
  })
  const day20 = createRepositories(db, { now: at(20) })
  await day20.organizations.update(organization.record.id, {
    name: NEW_NAME,
    contactPhone: NEW_PHONE
  })
  const day22 = createRepositories(db, { now: at(22) })
  await day22.settings.saveGeneral({
    operatorName: '李建国',
    officeName: '鼓楼街道办事处',
    backupKeep: 10
  })
  await day22.communities.archive(community.record.id)
  return { db, organizationId: organization.record.id, total: await db.auditLog.count() }
}

function OrganizationStub() {
  const { id } = useParams()
  return <h1>组织页 {id}</h1>
}

async function renderLog() {
  const seeded = await seededLog()
  renderApp(
    <Routes>
      <Route path="/audit-log" element={<AuditLogPage />} />
      <Route path="/organizations/:id" element={<OrganizationStub />} />
    </Routes>,
    { db: seeded.db, route: '/audit-log' }
  )
  await screen.findByText(`共 ${seeded.total} 条`)
  await waitFor(() => expect(screen.queryByText('正在读取记录名称…')).toBeNull())
  return seeded
}

const grid = () => screen.getByRole('grid', { name: '操作日志列表' })
const dataRows = () => within(grid()).getAllByRole('row').slice(1)
/** The entry of the rename. */
const updateRow = () =>
  dataRows().find((row) => within(row).queryByText('修改') && within(row).queryByText(NEW_NAME))!

async function pickFilter(column: string, option: RegExp) {
  fireEvent.click(screen.getByRole('button', { name: `筛选：${column}` }))
  const panel = await screen.findByRole('group', { name: `筛选：${column}` })
  fireEvent.click(within(panel).getByRole('checkbox', { name: option }))
}

describe('操作日志 page', SLOW, () => {
  it('lists the whole log newest first, with the changed fields and personal data masked', async () => {
    const { total } = await renderLog()
    const rows = dataRows()
    expect(rows).toHaveLength(total)
    expect(within(rows[0]!).getByText('归档')).toBeTruthy()
    expect(within(rows[0]!).getByText('李建国')).toBeTruthy()
    expect(within(rows[0]!).getByText('军门社区')).toBeTruthy()

    const update = updateRow()
    expect(update.textContent).toContain(`组织名称：${OLD_NAME} → ${NEW_NAME}`)
    expect(update.textContent).toContain('联系电话：139****5678 → 137****1111')
    expect(grid().textContent).not.toContain(NEW_PHONE)
    expect(within(update).getByRole('link', { name: NEW_NAME })).toBeTruthy()
  })

  it('narrows the list by action, operator and table', async () => {
    const { total } = await renderLog()
    await pickFilter('操作', /^归档 1$/)
    await waitFor(() => expect(screen.getByText(`筛选出 1 / ${total} 条`)).toBeTruthy())
    expect(dataRows()[0]!.textContent).toContain('军门社区')

    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }))
    await screen.findByText(`共 ${total} 条`)
    // 李建国 saved 设置 (naming himself operator) and archived the community.
    await pickFilter('操作人', /^李建国 2$/)
    await waitFor(() => expect(screen.getByText(`筛选出 2 / ${total} 条`)).toBeTruthy())
    for (const row of dataRows()) expect(within(row).getByText('李建国')).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }))
    await screen.findByText(`共 ${total} 条`)
    await pickFilter('表', /^社区 2$/)
    await waitFor(() => expect(screen.getByText(`筛选出 2 / ${total} 条`)).toBeTruthy())
  })

  it('narrows the list to a date range', async () => {
    const { total } = await renderLog()
    const from = screen.getByPlaceholderText('开始日期')
    fireEvent.mouseDown(from)
    fireEvent.change(from, { target: { value: '2026-11-19' } })
    fireEvent.keyDown(from, { key: 'Enter' })
    const to = screen.getByPlaceholderText('结束日期')
    fireEvent.change(to, { target: { value: '2026-11-21' } })
    fireEvent.keyDown(to, { key: 'Enter' })
    await waitFor(() => expect(screen.getByText('共 1 条')).toBeTruthy())
    expect(dataRows()[0]!.textContent).toContain(NEW_NAME)
    expect(total).toBeGreaterThan(1)
  })

  it('searches by the record’s name in pinyin initials and by what changed', async () => {
    const { total } = await renderLog()
    const searchBox = screen.getByPlaceholderText(/搜索记录名称/)
    fireEvent.change(searchBox, { target: { value: pinyinKeys(NEW_NAME).pinyinInitials } })
    await waitFor(() => expect(screen.getByText(`筛选出 2 / ${total} 条`)).toBeTruthy())

    fireEvent.change(searchBox, { target: { value: '长者服务' } })
    await waitFor(() => expect(screen.getByText(`筛选出 2 / ${total} 条`)).toBeTruthy())
    fireEvent.change(searchBox, { target: { value: '军门' } })
    await waitFor(() => expect(screen.getByText(`筛选出 2 / ${total} 条`)).toBeTruthy())
  })

  it('opens the record’s page from its name', async () => {
    const { organizationId } = await renderLog()
    fireEvent.click(within(updateRow()).getByRole('link', { name: NEW_NAME }))
    expect(await screen.findByRole('heading', { name: `组织页 ${organizationId}` })).toBeTruthy()
  })
})
