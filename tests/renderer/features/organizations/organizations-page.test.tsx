import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { createRepositories } from '@renderer/db/repositories'
import { OrganizationsPage } from '@renderer/features/organizations/organizations-page'
import { generateSampleData } from '@shared/sample-data/generate'
import { buttonName, freshDatabase, renderApp } from '../../helpers/render-app'

const sample = generateSampleData({
  today: '2026-11-22',
  scale: { organizations: 30, communities: 12, socialWorkers: 10 }
})

async function renderWithSample() {
  const db = freshDatabase()
  await createRepositories(db).bulkLoad(sample)
  const view = renderApp(
    <Routes>
      <Route path="/organizations" element={<OrganizationsPage />} />
    </Routes>,
    { db, route: '/organizations' }
  )
  await screen.findByText('共 30 条')
  return { ...view, db }
}

function rowFor(name: string) {
  return screen.getByText(name).closest('[role="row"]') as HTMLElement
}

describe('社会组织 page', () => {
  it('lists the registry with masked phones', async () => {
    await renderWithSample()
    const grid = screen.getByRole('grid', { name: '社会组织列表' })
    const withPhone = sample.organizations.find((o) => o.contactPhone)!
    expect(within(grid).queryByText(withPhone.contactPhone!)).toBeNull()
  })

  it('finds an organisation by the initials of its name', async () => {
    await renderWithSample()
    const target = sample.organizations[0]!
    fireEvent.change(screen.getByPlaceholderText(/搜索名称/), {
      target: { value: target.pinyinInitials }
    })
    await waitFor(() => expect(screen.getByText(target.name)).toBeTruthy())
    expect(screen.getByText(/筛选出 \d+ \/ 30 条/)).toBeTruthy()
  })

  it('opens the record panel with masked personal data, archives with undo, and shows the history', async () => {
    await renderWithSample()
    const target = sample.organizations.find((o) => o.legalRepIdNumber)!
    fireEvent.doubleClick(rowFor(target.name))
    const panel = await screen.findByRole('dialog')
    expect(within(panel).queryByText(target.legalRepIdNumber!)).toBeNull()
    expect(
      within(panel).getByText(
        `${target.legalRepIdNumber!.slice(0, 6)}********${target.legalRepIdNumber!.slice(-4)}`
      )
    ).toBeTruthy()

    fireEvent.click(within(panel).getByRole('button', { name: buttonName('归档') }))
    const confirm = (await screen.findByText('归档这条记录？')).closest(
      '.ant-popover'
    ) as HTMLElement
    fireEvent.click(within(confirm).getByRole('button', { name: buttonName('归档') }))
    await screen.findByText(`已归档：${target.name}`)
    await waitFor(() => expect(screen.getByText('共 29 条')).toBeTruthy())
    expect(await within(panel).findByText('归档')).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: buttonName('撤销') }))
    await waitFor(() => expect(screen.getByText('共 30 条')).toBeTruthy())
  })

  it('shows archived records only when asked', async () => {
    const { db } = await renderWithSample()
    const target = sample.organizations[1]!
    await createRepositories(db).organizations.archive(target.id)
    await waitFor(() => expect(screen.getByText('共 29 条')).toBeTruthy())
    fireEvent.click(screen.getByRole('switch'))
    await waitFor(() => expect(screen.getByText('共 30 条')).toBeTruthy())
    expect(within(rowFor(target.name)).getByText('已归档')).toBeTruthy()
  })
})
