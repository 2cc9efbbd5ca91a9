import { describe, expect, it } from 'vitest'
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { createRepositories } from '@renderer/db/repositories'
import { addYears, todayInChina } from '@shared/domain/dates'
import { generateSampleData } from '@shared/sample-data/generate'
import { freshDatabase } from '../../helpers/render-app'
import {
  organizationDraft,
  renderRegistry,
  validUscc,
  withOrganizations
} from './organization-fixtures'

configure({ asyncUtilTimeout: 5_000 })
const SLOW = { timeout: 30_000 }

const today = todayInChina()
const sample = generateSampleData({
  today,
  scale: { organizations: 30, communities: 12, socialWorkers: 10, incubations: 8 }
})

async function renderWithSample() {
  const db = freshDatabase()
  await createRepositories(db).bulkLoad(sample)
  const view = renderRegistry(db)
  await screen.findByText('共 30 条')
  return { ...view, db }
}

/** The grid renders only the rows in view; a search brings any one into view. */
function searchFor(query: string) {
  fireEvent.change(screen.getByPlaceholderText(/搜索名称/), { target: { value: query } })
}

function rowFor(name: string) {
  return screen.getByText(name).closest('[role="row"]') as HTMLElement
}

describe('社会组织 page', SLOW, () => {
  it('lists the registry with masked phones', async () => {
    await renderWithSample()
    const grid = screen.getByRole('grid', { name: '社会组织列表' })
    const withPhone = sample.organizations.find((o) => o.contactPhone)!
    expect(within(grid).queryByText(withPhone.contactPhone!)).toBeNull()
  })

  it('finds an organisation by the initials of its name', async () => {
    await renderWithSample()
    const target = sample.organizations[0]!
    searchFor(target.pinyinInitials)
    await waitFor(() => expect(screen.getByText(target.name)).toBeTruthy())
    expect(screen.getByText(/筛选出 \d+ \/ 30 条/)).toBeTruthy()
  })

  it('shows where each organisation stands at the base and filters by it', async () => {
    await renderWithSample()
    const stay = sample.incubations.find((s) => s.archivedAt === null)!
    const latest = sample.incubations
      .filter((s) => s.organizationId === stay.organizationId && s.archivedAt === null)
      .sort((a, b) => b.appliedOn.localeCompare(a.appliedOn))[0]!
    const organization = sample.organizations.find((o) => o.id === stay.organizationId)!
    searchFor(organization.name)
    await waitFor(() =>
      expect(within(rowFor(organization.name)).getByText(latest.status)).toBeTruthy()
    )

    searchFor('')
    fireEvent.click(screen.getByRole('button', { name: '筛选：孵化状态' }))
    const panel = await screen.findByRole('group', { name: '筛选：孵化状态' })
    const stayed = new Set(
      sample.incubations.filter((s) => s.archivedAt === null).map((s) => s.organizationId)
    )
    fireEvent.click(within(panel).getByRole('checkbox', { name: `未入驻 ${30 - stayed.size}` }))
    await waitFor(() => expect(screen.getByText(`筛选出 ${30 - stayed.size} / 30 条`)).toBeTruthy())
  })

  it('shows when a rating lapses', async () => {
    const { db } = await withOrganizations(
      organizationDraft({
        name: '鼓楼区晨光为老服务中心',
        rating: { grade: '3A', score: 760, ratedOn: addYears(today, -6) }
      }),
      organizationDraft({ name: '温江区南街社区志愿者协会', uscc: validUscc(2, '51') })
    )
    renderRegistry(db)
    await screen.findByText('共 2 条')
    const row = rowFor('鼓楼区晨光为老服务中心')
    expect(within(row).getByText(addYears(today, -1))).toBeTruthy()
    expect(within(row).getByText('已过期')).toBeTruthy()
    expect(within(rowFor('温江区南街社区志愿者协会')).getByText('未入驻')).toBeTruthy()
  })

  it('opens an organisation’s page from its row', async () => {
    await renderWithSample()
    const target = sample.organizations[2]!
    searchFor(target.name)
    fireEvent.doubleClick(await waitFor(() => rowFor(target.name)))
    expect(await screen.findByRole('heading', { level: 3, name: target.name })).toBeTruthy()
    expect(screen.getByRole('region', { name: '修改记录' })).toBeTruthy()
  })

  it('shows archived records only when asked', async () => {
    const { db } = await renderWithSample()
    const target = sample.organizations[1]!
    await createRepositories(db).organizations.archive(target.id)
    await waitFor(() => expect(screen.getByText('共 29 条')).toBeTruthy())
    fireEvent.click(screen.getByRole('switch'))
    await waitFor(() => expect(screen.getByText('共 30 条')).toBeTruthy())
    searchFor(target.name)
    await waitFor(() => expect(within(rowFor(target.name)).getByText('已归档')).toBeTruthy())
  })
})
