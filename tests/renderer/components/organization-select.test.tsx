import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { Form } from 'antd'
import type { Organization } from '@shared/domain/organizations/organization'
import { OrganizationSelect } from '@renderer/components/organization-select'
import { renderApp } from '../helpers/render-app'
import {
  organizationDraft,
  validUscc,
  withOrganizations
} from '../features/organizations/organization-fixtures'

const NOT_FOUND = '没有找到组织；新组织请先在“社会组织”中登记'

async function registry(): Promise<Organization[]> {
  const { records } = await withOrganizations(
    organizationDraft({ name: '鼓楼区晨光为老服务中心', uscc: validUscc(1) }),
    organizationDraft({ name: '仓山区彩虹助学社', uscc: validUscc(2) }),
    organizationDraft({ name: '台江区已停办协会', uscc: validUscc(3) })
  )
  return records.map((record, index) =>
    index === 2 ? { ...record, archivedAt: '2026-01-05T08:00:00.000Z' } : record
  )
}

function renderSelect(organizations: readonly Organization[] | undefined) {
  return renderApp(
    <Form>
      <Form.Item name="organizationId" label="组织">
        <OrganizationSelect
          organizations={organizations}
          placeholder="输入名称或拼音首字母查找"
          notFoundContent={NOT_FOUND}
        />
      </Form.Item>
    </Form>
  )
}

function optionTexts(): string[] {
  return [...document.querySelectorAll('.ant-select-item-option')].map((el) => el.textContent ?? '')
}

function search(text: string) {
  const input = screen.getByLabelText('组织')
  fireEvent.mouseDown(input)
  fireEvent.change(input, { target: { value: text } })
}

describe('OrganizationSelect', () => {
  it('offers the organisations that are not archived', async () => {
    renderSelect(await registry())
    fireEvent.mouseDown(screen.getByLabelText('组织'))
    await waitFor(() =>
      expect(optionTexts()).toEqual(['鼓楼区晨光为老服务中心', '仓山区彩虹助学社'])
    )
  })

  it('finds an organisation by its pinyin initials or a syllable of its name', async () => {
    renderSelect(await registry())
    search('csq')
    await waitFor(() => expect(optionTexts()).toEqual(['仓山区彩虹助学社']))
    search('chenguang')
    await waitFor(() => expect(optionTexts()).toEqual(['鼓楼区晨光为老服务中心']))
  })

  it('says where to register an organisation nothing matches', async () => {
    renderSelect(await registry())
    search('tjq')
    expect(await screen.findByText(NOT_FOUND)).toBeTruthy()
    expect(optionTexts()).toEqual([])
  })

  it('shows that the registry is still loading', () => {
    const { container } = renderSelect(undefined)
    expect(container.querySelector('.ant-select-loading')).not.toBeNull()
  })
})
