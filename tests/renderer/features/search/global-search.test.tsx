import { beforeAll, describe, expect, it, vi } from 'vitest'
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes, useLocation } from 'react-router'
import type { ShelianDatabase } from '@renderer/db/schema'
import { GlobalSearch } from '@renderer/features/search/global-search'
import { GlobalSearchButton } from '@renderer/features/search/global-search-button'
import { SocialWorkersPage } from '@renderer/features/social-workers/social-workers-page'
import { maskPhone } from '@shared/domain/identifiers/masking'
import { generateSampleData } from '@shared/sample-data/generate'
import { NOW, TODAY } from '../../db/helpers'
import { dialog } from '../../helpers/antd-queries'
import { officeDatabase } from '../../helpers/office-database'
import { renderApp } from '../../helpers/render-app'

configure({ asyncUtilTimeout: 10_000 })
const SLOW = { timeout: 30_000 }

const sample = generateSampleData({
  today: TODAY,
  scale: {
    organizations: 30,
    communities: 12,
    socialWorkers: 10,
    ventureApplications: 6,
    purchaseProjects: 4
  }
})

let db: ShelianDatabase
beforeAll(async () => {
  ;({ db } = await officeDatabase({
    officeName: '鼓楼街道办事处',
    now: () => NOW,
    registry: sample
  }))
})

function Address() {
  const location = useLocation()
  return <output aria-label="当前地址">{location.pathname + location.search}</output>
}

function renderSearch() {
  const onClose = vi.fn()
  renderApp(
    <>
      <GlobalSearch open onClose={onClose} />
      <Address />
    </>,
    { db }
  )
  return { onClose }
}

const address = () => screen.getByRole('status', { name: '当前地址' }).textContent

/** Types into the search box once the index has loaded. */
async function search(query: string): Promise<HTMLElement> {
  await waitFor(() => expect(screen.queryByText('正在准备搜索…')).toBeNull())
  const input = screen.getByRole('combobox', { name: '搜索全部记录' })
  fireEvent.change(input, { target: { value: query } })
  return input
}

const group = (name: string) => screen.findByRole('group', { name })
const options = (container: HTMLElement) =>
  within(container)
    .getAllByRole('option')
    .map((option) => option.textContent)

const selected = () => screen.getByRole('option', { selected: true })

describe('GlobalSearch', SLOW, () => {
  it('groups what matches by kind: a community, its projects and their contracts', async () => {
    const project = sample.projects.find((p) =>
      sample.communities.some((c) => p.title.startsWith(c.name))
    )!
    const community = sample.communities.find((c) => project.title.startsWith(c.name))!
    const agreement = sample.agreements.find((a) => a.projectId === project.id)!
    renderSearch()
    await search(community.name)

    const communities = await group('社区')
    expect(options(communities)[0]).toContain(community.name)
    expect(options(await group('项目')).some((text) => text?.includes(project.title))).toBe(true)
    expect(
      options(await group('合同（协议）')).some((text) => text?.includes(agreement.number))
    ).toBe(true)
    expect(screen.queryByRole('group', { name: '社工' })).toBeNull()
  })

  it('finds an organisation by pinyin initials and by part of its credit code', async () => {
    const organization = sample.organizations.find((o) => o.uscc)!
    renderSearch()
    await search(organization.pinyinInitials.toUpperCase())
    await waitFor(() =>
      expect(options(screen.getByRole('listbox'))[0]).toContain(organization.name)
    )
    expect(options(screen.getByRole('listbox'))[0]).toContain('组织名称（首字母）')

    await search(organization.uscc!.slice(-8).toLowerCase())
    const organizations = await group('社会组织')
    await waitFor(() =>
      expect(options(organizations)[0]).toContain(`统一社会信用代码 ${organization.uscc}`)
    )
    expect(options(organizations)[0]).toContain(organization.name)
  })

  it('finds a legal representative as the organisation, with the phone masked', async () => {
    const organization = sample.organizations.find(
      (o) =>
        o.legalRepPhone &&
        o.legalRepName !== o.contactName &&
        sample.organizations.filter((other) => other.legalRepName === o.legalRepName).length ===
          1 &&
        !sample.organizations.some((other) => other.contactName === o.legalRepName)
    )!
    renderSearch()
    await search(organization.legalRepName)
    const people = await group('法定代表人 / 联系人')
    const [text] = options(people)
    expect(text).toContain(organization.name)
    expect(text).toContain(`法定代表人 ${organization.legalRepName}`)
    expect(text).toContain(maskPhone(organization.legalRepPhone!))
    expect(screen.queryByText(new RegExp(organization.legalRepPhone!))).toBeNull()
  })

  it('moves across groups with the arrow keys and opens the selection with Enter', async () => {
    const project = sample.projects.find((p) =>
      sample.communities.some((c) => p.title.startsWith(c.name))
    )!
    const community = sample.communities.find((c) => project.title.startsWith(c.name))!
    const { onClose } = renderSearch()
    const input = await search(community.name)
    const communities = await group('社区')
    const [found, communitiesList] = within(communities).getAllByRole('option')
    expect(within(communities).getAllByRole('option')).toHaveLength(2)
    expect(communitiesList!.textContent).toBe('在列表中查看全部')
    expect(selected()).toBe(found)

    fireEvent.keyDown(input, { key: 'ArrowDown' })
    expect(selected()).toBe(communitiesList)
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    const firstProject = within(await group('项目')).getAllByRole('option')[0]!
    expect(selected()).toBe(firstProject)
    fireEvent.keyDown(input, { key: 'ArrowUp' })
    fireEvent.keyDown(input, { key: 'ArrowUp' })
    expect(selected()).toBe(found)
    fireEvent.keyDown(input, { key: 'ArrowUp' })
    expect(selected()).toBe(screen.getAllByRole('option').at(-1))
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    expect(selected()).toBe(firstProject)

    const title = firstProject.textContent!
    const opened = sample.projects.find((p) => title.startsWith(p.title))!
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(address()).toBe(`/projects/${opened.id}`)
    expect(onClose).toHaveBeenCalled()
  })

  it('opens a contract on its project’s 协议与变更 tab, even straight after typing', async () => {
    const agreement = sample.agreements[0]!
    renderSearch()
    const input = await search(agreement.number.replace(/-/g, ' ').toLowerCase())
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(address()).toBe(`/projects/${agreement.projectId}?tab=agreement`)
  })

  it('opens a social worker in the 社工 list with the worker’s panel', async () => {
    const worker = sample.socialWorkers.find(
      (w) => sample.socialWorkers.filter((other) => other.name === w.name).length === 1
    )!
    renderSearch()
    await search(worker.name)
    fireEvent.click(within(await group('社工')).getAllByRole('option')[0]!)
    expect(address()).toBe(`/social-workers?open=${worker.id}`)
  })

  it('ends the groups that have a list with 在列表中查看全部, reached with ↓ and opened with Enter', async () => {
    const agreement = sample.agreements[0]!
    renderSearch()
    const input = await search(agreement.number)
    // Contracts have no list of their own to search.
    expect(options(await group('合同（协议）'))).not.toContain('在列表中查看全部')

    const worker = sample.socialWorkers[0]!
    await search(` ${worker.name} `)
    const workers = await group('社工')
    const list = within(workers).getByRole('option', { name: '在列表中查看全部' })
    const before = screen.getAllByRole('option').indexOf(list)
    for (let i = 0; i < before; i++) fireEvent.keyDown(input, { key: 'ArrowDown' })
    expect(selected()).toBe(list)
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(address()).toBe(`/social-workers?q=${encodeURIComponent(worker.name)}`)
  })

  it('opens the list already searched by what was typed', async () => {
    const worker = sample.socialWorkers[0]!
    renderApp(
      <>
        <GlobalSearch open onClose={() => {}} />
        <Routes>
          <Route path="/social-workers" element={<SocialWorkersPage />} />
          <Route path="*" element={null} />
        </Routes>
      </>,
      { db }
    )
    await search(worker.name)
    fireEvent.click(within(await group('社工')).getByRole('option', { name: '在列表中查看全部' }))
    const grid = await screen.findByRole('grid', { name: '社工列表' })
    expect(await within(grid).findByText(worker.name)).toBeTruthy()
    expect(screen.getByRole('textbox', { name: '搜索' })).toHaveProperty('value', worker.name)
    expect(screen.getByText(/^筛选出 \d+ \/ \d+ 条$/)).toBeTruthy()
  })

  it('closes with Esc', async () => {
    const { onClose } = renderSearch()
    const input = await search('鼓楼')
    fireEvent.keyDown(input, { key: 'Escape' })
    expect(onClose).toHaveBeenCalled()
  })

  it('says so when nothing matches', async () => {
    renderSearch()
    await search('没有这样的记录')
    expect(await screen.findByText('没有找到匹配的记录')).toBeTruthy()
  })
})

describe('GlobalSearchButton', SLOW, () => {
  const noDialog = () => screen.queryByText('搜索', { selector: '.ant-modal-title' })

  it.each([
    ['Ctrl+K', { key: 'k', ctrlKey: true }],
    ['⌘K', { key: 'K', metaKey: true }],
    ['/', { key: '/' }]
  ])('opens on %s', async (_, keys) => {
    renderApp(<GlobalSearchButton />, { db })
    expect(noDialog()).toBeNull()
    fireEvent.keyDown(document.body, keys)
    await dialog('搜索')
  })

  it('leaves / to a text field being typed in, but not Ctrl+K', async () => {
    renderApp(
      <>
        <GlobalSearchButton />
        <input aria-label="备注" />
      </>,
      { db }
    )
    const field = screen.getByRole('textbox', { name: '备注' })
    fireEvent.keyDown(field, { key: '/' })
    expect(noDialog()).toBeNull()
    fireEvent.keyDown(field, { key: 'k', ctrlKey: true })
    await dialog('搜索')
  })

  it('opens from the header button', async () => {
    renderApp(<GlobalSearchButton />, { db })
    fireEvent.click(screen.getByRole('button', { name: /搜索（Ctrl\+K）/ }))
    await dialog('搜索')
  })
})
