/** Records, identifiers and screen steps the organisation tests share. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { createRepositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import { OrganizationDetailPage } from '@renderer/features/organizations/organization-detail-page'
import { OrganizationsPage } from '@renderer/features/organizations/organizations-page'
import { orgCodeCheckChar } from '@shared/domain/identifiers/org-code'
import { residentIdCheckChar } from '@shared/domain/identifiers/resident-id'
import { usccCheckChar } from '@shared/domain/identifiers/uscc'
import type { OrganizationDraft } from '@shared/domain/organizations/organization'
import { freshDatabase, renderApp } from '../../helpers/render-app'

/** A USCC with both check characters right: class `prefix`, registered in 福州鼓楼 (350102). */
export function validUscc(serial: number, prefix = '52'): string {
  const orgBody = `MA${String(serial).padStart(6, '0')}`
  const body = `${prefix}350102${orgBody}${orgCodeCheckChar(orgBody)}`
  return body + usccCheckChar(body)
}

/** The same code with its 18th character replaced by a wrong one; returns the right one too. */
export function withWrongCheck(uscc: string): { code: string; expected: string } {
  const expected = uscc[17]!
  return { code: uscc.slice(0, 17) + (expected === '1' ? '2' : '1'), expected }
}

export function validIdNumber(body = '35010219800101123'): string {
  return body + residentIdCheckChar(body)
}

export function organizationDraft(overrides: Partial<OrganizationDraft> = {}): OrganizationDraft {
  return {
    name: '鼓楼区晨光为老服务中心',
    uscc: validUscc(1),
    legalForm: '社会服务机构',
    registrationStatus: '已登记',
    filingNo: null,
    category: '为老服务',
    origin: '内生型',
    legalRepName: '林晓梅',
    legalRepIdNumber: validIdNumber(),
    legalRepPhone: '13800138000',
    contactName: '陈思',
    contactPhone: '13912345678',
    address: '福州市鼓楼区军门社区 8 号',
    district: '鼓楼区',
    subdistrict: '东街街道',
    communityIds: [],
    staffCount: 6,
    socialWorkerCount: 2,
    establishedOn: '2019-03-01',
    rating: null,
    annualChecks: [],
    ...overrides
  }
}

/** The list and detail pages on one router, as the app routes them. */
export function renderRegistry(db: ShelianDatabase = freshDatabase(), route = '/organizations') {
  return renderApp(
    <Routes>
      <Route path="/organizations" element={<OrganizationsPage />} />
      <Route path="/organizations/:id" element={<OrganizationDetailPage />} />
    </Routes>,
    { db, route }
  )
}

export async function withOrganizations(...drafts: OrganizationDraft[]) {
  const db = freshDatabase()
  const repositories = createRepositories(db)
  const records = []
  for (const draft of drafts) records.push((await repositories.organizations.create(draft)).record)
  return { db, repositories, records }
}

/** Opens an antd Select by its label and picks an option. */
export async function choose(scope: HTMLElement, label: string, option: string): Promise<void> {
  fireEvent.mouseDown(within(scope).getByLabelText(label))
  const item = await waitFor(() => {
    // Popups of selects opened earlier stay in the document; the newest one is last.
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')]
      .filter((element) => element.getAttribute('title') === option)
      .at(-1)
    if (!found) throw new Error(`no option ${option}`)
    return found
  })
  fireEvent.click(item)
}

/** Types into a text field and leaves it, as a user moving on to the next field does. */
export function typeInto(scope: HTMLElement, label: string, value: string): void {
  const input = within(scope).getByLabelText(label)
  fireEvent.focus(input)
  fireEvent.change(input, { target: { value } })
  fireEvent.blur(input)
}

/** The explanation antd shows under a form field (errors and warnings). */
export function fieldHelp(scope: HTMLElement, label: string): HTMLElement | null {
  const input = within(scope).getByLabelText(label)
  return input.closest('.ant-form-item')!.querySelector('.ant-form-item-explain')
}

export async function openCreateForm(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: /新建组织/ }))
  return screen.findByRole('dialog', { name: '新建社会组织' })
}
