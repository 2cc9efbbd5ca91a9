import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import type { Repositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import { CataloguePage } from '@renderer/features/catalogue/catalogue-page'
import type { CatalogueItemDraft } from '@shared/domain/catalogue/catalogue-item'
import { yuan } from '@shared/domain/money'
import { NOW } from '../../db/helpers'
import { button, choose, chooseStarting, drawer, formItem, type } from '../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'
import { officeDatabase } from '../../helpers/office-database'
import { renderApp } from '../../helpers/render-app'

const ITEM: CatalogueItemDraft = {
  name: '矛盾纠纷化解',
  code: 'WJ-01',
  list: '政府购买服务指导目录',
  category: '社会管理性服务',
  description: '社区矛盾纠纷排查、调解和跟踪回访',
  unit: '件',
  typicalPriceFen: yuan(300),
  negativeListKey: null,
  note: null
}

async function catalogueDatabase(items: readonly CatalogueItemDraft[]) {
  const { db, repos } = await officeDatabase({ officeName: '温江区民政局', now: () => NOW })
  for (const item of items) await repos.catalogueItems.create(item)
  return { db, repos }
}

function renderCatalogue(db: ShelianDatabase) {
  return renderApp(
    <Routes>
      <Route path="/catalogue" element={<CataloguePage />} />
    </Routes>,
    { db, route: '/catalogue' }
  )
}

const itemNamed = async (repos: Repositories, name: string) =>
  (await repos.catalogueItems.listAll()).find((item) => item.name === name)

describe('服务目录 page', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('marks negative-list items, finds items by pinyin and edits one from its panel', async () => {
    const { db, repos } = await catalogueDatabase([
      ITEM,
      {
        ...ITEM,
        name: '社区公益性岗位招聘',
        code: null,
        description: '',
        unit: '人',
        typicalPriceFen: null,
        negativeListKey: 'ownStaffing'
      }
    ])
    renderCatalogue(db)

    const grid = await screen.findByRole('grid', { name: '服务目录列表' })
    expect(
      await within(grid).findByText(
        '负面清单：购买主体的人员招、聘用，以劳务派遣方式用工，以及设置公益性岗位等事项'
      )
    ).toBeTruthy()
    expect(within(grid).getByText('300.00')).toBeTruthy()
    fireEvent.change(screen.getByPlaceholderText(/搜索事项名称/), { target: { value: 'mdjf' } })
    await waitFor(() => expect(screen.getByText(/筛选出 1 \/ 2 条/)).toBeTruthy())

    fireEvent.doubleClick(within(grid).getByText('矛盾纠纷化解').closest('[role="row"]')!)
    const panel = await screen.findByRole('dialog')
    expect(within(panel).getByText('300.00 元 / 件')).toBeTruthy()
    fireEvent.click(button('编辑', panel))
    const form = await drawer('编辑：矛盾纠纷化解')
    type(form, '参考价格（元）', '350')
    fireEvent.click(button('保存', form))

    await waitFor(async () =>
      expect((await itemNamed(repos, '矛盾纠纷化解'))?.typicalPriceFen).toBe(yuan(350))
    )
    expect(await within(grid).findByText('350.00')).toBeTruthy()
  })

  it('lists the items in 编码 order until a header is clicked, those without a code last', async () => {
    const { db } = await catalogueDatabase([
      { ...ITEM, name: '社区养老服务', code: 'WJ-10' },
      { ...ITEM, name: '未编码事项', code: null },
      { ...ITEM, name: '矛盾纠纷化解', code: 'WJ-02' },
      { ...ITEM, name: '社区文化活动', code: 'WJ-9' }
    ])
    renderCatalogue(db)

    const grid = await screen.findByRole('grid', { name: '服务目录列表' })
    await within(grid).findByText('未编码事项')
    const names = within(grid)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('gridcell')[0]!.textContent)
    expect(names).toEqual(['矛盾纠纷化解', '社区文化活动', '社区养老服务', '未编码事项'])
  })

  it('warns at the negative list while typing a name that points at it, and stores the mark', async () => {
    const { db, repos } = await catalogueDatabase([])
    renderCatalogue(db)

    fireEvent.click(await screen.findByRole('button', { name: /新增事项/ }))
    const form = await drawer('新增服务目录事项')
    type(form, '名称', '社区劳务派遣用工')
    expect(
      await within(formItem(form, '负面清单')).findByText(
        /含“劳务派遣”，可能属于 102号令第十条负面清单/
      )
    ).toBeTruthy()
    await choose(form, '类别', '政府履职所需辅助性事项')
    type(form, '单位', '人')
    await chooseStarting(form, '负面清单', '购买主体的人员招、聘用')
    fireEvent.click(button('保存', form))

    await waitFor(async () =>
      expect(await itemNamed(repos, '社区劳务派遣用工')).toMatchObject({
        list: '政府购买服务指导目录',
        category: '政府履职所需辅助性事项',
        unit: '人',
        negativeListKey: 'ownStaffing'
      })
    )
    const grid = screen.getByRole('grid', { name: '服务目录列表' })
    expect(await within(grid).findByText(/^负面清单：购买主体的人员招、聘用/)).toBeTruthy()
  })
})
