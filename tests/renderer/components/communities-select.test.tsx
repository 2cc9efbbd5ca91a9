import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { Form } from 'antd'
import type { Community } from '@shared/domain/communities/community'
import { CommunitiesSelect } from '@renderer/components/communities-select'
import { createRepositories } from '@renderer/db/repositories'
import { freshDatabase, renderApp } from '../helpers/render-app'

async function registry(): Promise<Community[]> {
  const repos = createRepositories(freshDatabase())
  const community = async (name: string, subdistrict: string) =>
    (
      await repos.communities.create({
        name,
        district: '温江区',
        subdistrict,
        divisionCode: null,
        households: 100,
        population: 300,
        grids: 3
      })
    ).record
  const archived = { archivedAt: '2026-01-05T08:00:00.000Z' }
  return [
    await community('南街社区', '柳城街道'),
    await community('光华社区', '公平街道'),
    { ...(await community('旧城社区', '柳城街道')), ...archived },
    { ...(await community('已撤并社区', '涌泉街道')), ...archived }
  ]
}

function renderSelect(communities: readonly Community[], chosen: readonly string[]) {
  return renderApp(
    <Form initialValues={{ communityIds: chosen }}>
      <Form.Item name="communityIds" label="服务社区">
        <CommunitiesSelect communities={communities} chosen={chosen} />
      </Form.Item>
    </Form>
  )
}

function optionTexts(): string[] {
  return [...document.querySelectorAll('.ant-select-item-option')].map((el) => el.textContent ?? '')
}

describe('CommunitiesSelect', () => {
  it('offers the communities not archived, and an archived one only where it is chosen', async () => {
    const communities = await registry()
    renderSelect(communities, [communities[2]!.id])
    fireEvent.mouseDown(screen.getByLabelText('服务社区'))
    await waitFor(() =>
      expect(optionTexts()).toEqual([
        '南街社区（柳城街道）',
        '光华社区（公平街道）',
        '旧城社区（柳城街道）'
      ])
    )
  })

  it('finds a community by its pinyin initials', async () => {
    renderSelect(await registry(), [])
    const input = screen.getByLabelText('服务社区')
    fireEvent.mouseDown(input)
    fireEvent.change(input, { target: { value: 'ghsq' } })
    await waitFor(() => expect(optionTexts()).toEqual(['光华社区（公平街道）']))
  })
})
