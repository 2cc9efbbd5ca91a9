import { describe, expect, it, vi } from 'vitest'
import { createRef } from 'react'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { pinyinKeys } from '@shared/text/pinyin'
import type { DataGridColumn, DataGridHandle, DataGridView } from '@renderer/components/data-grid'
import { ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import { DataGrid } from '@renderer/components/data-grid'
import { SLOW_UI_TIMEOUT } from '../../helpers/fixed-clock'
import {
  PLACES,
  PLACE_COLUMNS,
  placeId,
  renderGrid,
  renderPlaces,
  searchPlace,
  type Place
} from './fixtures'

function grid() {
  return screen.getByRole('grid')
}

/** Body rows in display order (the first row is the header). */
function bodyRows() {
  return within(grid()).getAllByRole('row').slice(1)
}

/** The text of one column for every rendered body row. */
function columnText(header: string): string[] {
  const headers = within(grid()).getAllByRole('columnheader')
  const index = headers.findIndex((h) => h.getAttribute('aria-label') === header)
  expect(index).toBeGreaterThanOrEqual(0)
  return bodyRows().map((row) => within(row).getAllByRole('gridcell')[index].textContent ?? '')
}

function names() {
  return columnText('名称')
}

function sortButton(header: string) {
  const cell = within(grid()).getByRole('columnheader', { name: header })
  return within(cell).getByRole('button', { name: new RegExp(`^${header}`) })
}

function search(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: '搜索' }), { target: { value: text } })
}

async function openFilter(header: string) {
  fireEvent.click(screen.getByRole('button', { name: `筛选：${header}` }))
  return screen.findByRole('group', { name: `筛选：${header}` })
}

describe('DataGrid', () => {
  it('shows every row with a total and ARIA grid structure', () => {
    renderPlaces()
    expect(grid().getAttribute('aria-label')).toBe('社区列表')
    expect(grid().getAttribute('aria-rowcount')).toBe('7')
    expect(names()).toEqual(PLACES.map((p) => p.name))
    expect(bodyRows()[0].getAttribute('aria-rowindex')).toBe('2')
    expect(screen.getByText('共 6 条')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '清除筛选' })).toBeNull()
    // hiddenByDefault
    expect(within(grid()).queryByRole('columnheader', { name: '备注' })).toBeNull()
  })

  it('sorts Chinese names in pinyin order: ascending, descending, then unsorted', () => {
    renderPlaces()
    const header = () => within(grid()).getByRole('columnheader', { name: '名称' })
    expect(header().getAttribute('aria-sort')).toBeNull()

    fireEvent.click(sortButton('名称'))
    expect(names()).toEqual([
      '阿拉善',
      '鼓楼区',
      '黉门街社区',
      '军门社区',
      '南街社区',
      '永宁路社区'
    ])
    expect(header().getAttribute('aria-sort')).toBe('ascending')

    fireEvent.click(sortButton('名称'))
    expect(names()).toEqual([
      '永宁路社区',
      '南街社区',
      '军门社区',
      '黉门街社区',
      '鼓楼区',
      '阿拉善'
    ])
    expect(header().getAttribute('aria-sort')).toBe('descending')

    fireEvent.click(sortButton('名称'))
    expect(names()).toEqual(PLACES.map((p) => p.name))
    expect(header().getAttribute('aria-sort')).toBeNull()
  })

  it('sorts by sortValue so polyphones follow their stored pinyin', () => {
    interface City {
      id: string
      name: string
      pinyin: string
    }
    const cities: City[] = [
      { id: 'sh', name: '上海', pinyin: 'shanghai' },
      { id: 'cs', name: '长沙', pinyin: 'changsha' },
      { id: 'bj', name: '北京', pinyin: 'beijing' },
      { id: 'cq', name: '重庆', pinyin: 'chongqing' }
    ]
    const columns = (withKey: boolean): DataGridColumn<City>[] => [
      {
        id: 'name',
        header: '名称',
        value: (c) => c.name,
        sort: 'zh',
        ...(withKey ? { sortValue: (c: City) => c.pinyin } : {})
      }
    ]
    const view = renderGrid<City>({ rows: cities, columns: columns(true), getRowId: (c) => c.id })
    fireEvent.click(sortButton('名称'))
    expect(names()).toEqual(['北京', '长沙', '重庆', '上海'])
    view.unmount()

    // The collator alone reads 长 as "zhang" — the reason sortValue exists.
    renderGrid<City>({ rows: cities, columns: columns(false), getRowId: (c) => c.id })
    fireEvent.click(sortButton('名称'))
    expect(names()).toEqual(['北京', '重庆', '上海', '长沙'])
  })

  it('sorts numbers numerically and dates chronologically, empty values last', () => {
    renderPlaces()
    fireEvent.click(sortButton('户数'))
    expect(columnText('户数')).toEqual(['7', '9', '10', '55', '100', ''])
    fireEvent.click(sortButton('户数'))
    expect(columnText('户数')).toEqual(['100', '55', '10', '9', '7', ''])

    fireEvent.click(sortButton('成立日期'))
    expect(columnText('成立日期')).toEqual([
      '2017-09-09',
      '2018-11-30',
      '2019-05-01',
      '2020-07-07',
      '2021-01-15',
      '2022-03-03'
    ])
  })

  it.each([
    ['鼓楼', ['鼓楼区']],
    ['gulou', ['鼓楼区']],
    ['GLQ', ['鼓楼区']],
    ['jm', ['军门社区']],
    ['sq', ['军门社区', '黉门街社区', '南街社区', '永宁路社区']],
    ['shequ', ['军门社区', '黉门街社区', '南街社区', '永宁路社区']]
  ])('searches by Chinese, full pinyin and initials: %s', (query, expected) => {
    renderPlaces()
    search(query)
    expect(names()).toEqual(expected)
    expect(screen.getByText(`筛选出 ${expected.length} / 6 条`)).toBeTruthy()
  })

  it('starts searched by initialSearch, and searches again when the page passes another', () => {
    const rerender = (initialSearch: string | undefined) =>
      view.rerender(
        <ConfigProvider locale={zhCN}>
          <DataGrid<Place>
            height={400}
            rows={PLACES}
            columns={PLACE_COLUMNS}
            getRowId={placeId}
            search={searchPlace}
            ariaLabel="社区列表"
            initialSearch={initialSearch}
          />
        </ConfigProvider>
      )
    const box = () => screen.getByRole('textbox', { name: '搜索' }) as HTMLInputElement
    const view = renderPlaces({ initialSearch: 'jm' })
    expect(box().value).toBe('jm')
    expect(names()).toEqual(['军门社区'])

    // Typing is the user's; the same prop again leaves it alone.
    search('南街')
    rerender('jm')
    expect(box().value).toBe('南街')
    expect(names()).toEqual(['南街社区'])

    rerender('鼓楼')
    expect(box().value).toBe('鼓楼')
    expect(names()).toEqual(['鼓楼区'])
    rerender(undefined)
    expect(box().value).toBe('')
    expect(screen.getByText('共 6 条')).toBeTruthy()
  })

  it('says so when nothing matches, and shows emptyText when there are no rows', () => {
    const view = renderPlaces()
    search('xyz')
    expect(bodyRows()).toEqual([])
    expect(screen.getByText('没有符合条件的记录')).toBeTruthy()
    view.unmount()

    renderPlaces({ rows: [], emptyText: '还没有社区' })
    expect(screen.getByText('还没有社区')).toBeTruthy()
    expect(screen.getByText('共 0 条')).toBeTruthy()
  })

  it('filters by ticked values with counts, and clears every filter at once', async () => {
    renderPlaces()
    search('sq')
    const panel = await openFilter('街道')
    // Counts are among the rows the search leaves: 2 in 东街街道, 1 each elsewhere.
    expect(within(panel).getByRole('checkbox', { name: '东街街道 2' })).toBeTruthy()
    expect(within(panel).getByRole('checkbox', { name: '鼓楼街道 1' })).toBeTruthy()

    fireEvent.click(within(panel).getByRole('checkbox', { name: '东街街道 2' }))
    expect(names()).toEqual(['军门社区', '南街社区'])
    expect(screen.getByText('筛选出 2 / 6 条')).toBeTruthy()
    expect(screen.getByRole('button', { name: '筛选：街道' }).getAttribute('data-active')).toBe(
      'true'
    )

    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }))
    expect(names()).toEqual(PLACES.map((p) => p.name))
    expect(screen.getByText('共 6 条')).toBeTruthy()
    expect((screen.getByRole('textbox', { name: '搜索' }) as HTMLInputElement).value).toBe('')
    expect(screen.queryByRole('button', { name: '清除筛选' })).toBeNull()
  })

  it('offers the values present when a select filter declares no options', async () => {
    const columns: DataGridColumn<Place>[] = [
      PLACE_COLUMNS[0],
      { id: 'subdistrict', header: '街道', value: (r) => r.subdistrict, filter: { kind: 'select' } }
    ]
    renderPlaces({ columns })
    const panel = await openFilter('街道')
    expect(
      within(panel)
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')?.textContent)
    ).toEqual(['东街街道2', '鼓楼街道2', '温泉街道2'])
  })

  it('filters by contained text', async () => {
    renderPlaces()
    await openFilter('地址')
    fireEvent.change(screen.getByRole('textbox', { name: '筛选：地址' }), {
      target: { value: '路' }
    })
    expect(names()).toEqual(['军门社区', '永宁路社区'])
  })

  it('selects all filtered rows from the header checkbox and reports ids', () => {
    const onSelectionChange = vi.fn()
    renderPlaces({ selectable: true, onSelectionChange })
    expect(grid().getAttribute('aria-multiselectable')).toBe('true')
    search('sq')
    fireEvent.click(screen.getByRole('checkbox', { name: '选择全部筛选出的记录' }))
    expect(onSelectionChange).toHaveBeenLastCalledWith(['p2', 'p3', 'p4', 'p5'])
    expect(bodyRows().every((row) => row.getAttribute('aria-selected') === 'true')).toBe(true)

    search('')
    expect(screen.getByText('已选 4 条')).toBeTruthy()
    const all = screen.getByRole('checkbox', { name: '选择全部筛选出的记录' })
    expect((all as HTMLInputElement).checked).toBe(false)
    expect(all.closest('.ant-checkbox')?.className).toContain('ant-checkbox-indeterminate')

    // One more by its own box, then the header box completes the set.
    fireEvent.click(within(bodyRows()[0]).getByRole('checkbox', { name: '选择此行' }))
    expect(onSelectionChange).toHaveBeenLastCalledWith(['p2', 'p3', 'p4', 'p5', 'p1'])
    fireEvent.click(all)
    expect(onSelectionChange.mock.lastCall?.[0]).toHaveLength(6)
    fireEvent.click(screen.getByRole('checkbox', { name: '选择全部筛选出的记录' }))
    expect(onSelectionChange).toHaveBeenLastCalledWith([])
  })

  it('hides and shows columns from 列设置 and remembers the choice under storageKey', async () => {
    window.localStorage.clear()
    const view = renderPlaces({ storageKey: 'places-test' })
    fireEvent.click(screen.getByRole('button', { name: /列设置/ }))
    const menu = await screen.findByRole('group', { name: '列设置' })
    fireEvent.click(within(menu).getByRole('checkbox', { name: '街道' }))
    expect(within(grid()).queryByRole('columnheader', { name: '街道' })).toBeNull()
    fireEvent.click(within(menu).getByRole('checkbox', { name: '备注' }))
    expect(within(grid()).getByRole('columnheader', { name: '备注' })).toBeTruthy()
    view.unmount()

    renderPlaces({ storageKey: 'places-test' })
    expect(within(grid()).queryByRole('columnheader', { name: '街道' })).toBeNull()
    expect(within(grid()).getByRole('columnheader', { name: '备注' })).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: /列设置/ }))
    const again = await screen.findByRole('group', { name: '列设置' })
    fireEvent.click(within(again).getByRole('checkbox', { name: '街道' }))
    expect(within(grid()).getByRole('columnheader', { name: '街道' })).toBeTruthy()
    fireEvent.click(within(again).getByRole('button', { name: '恢复默认' }))
    expect(within(grid()).queryByRole('columnheader', { name: '备注' })).toBeNull()
    window.localStorage.clear()
  })

  it('moves the active row with the keyboard and opens it with Enter or double-click', () => {
    const onRowOpen = vi.fn()
    renderPlaces({ onRowOpen })
    fireEvent.click(sortButton('名称'))
    act(() => grid().focus())
    const activeName = () => {
      const id = grid().getAttribute('aria-activedescendant')
      const row = id ? document.getElementById(id) : null
      expect(row?.getAttribute('aria-selected')).toBe('true')
      return within(row as HTMLElement).getAllByRole('gridcell')[0].textContent
    }
    expect(activeName()).toBe('阿拉善')
    fireEvent.keyDown(grid(), { key: 'ArrowDown' })
    fireEvent.keyDown(grid(), { key: 'ArrowDown' })
    expect(activeName()).toBe('黉门街社区')
    fireEvent.keyDown(grid(), { key: 'ArrowUp' })
    expect(activeName()).toBe('鼓楼区')
    fireEvent.keyDown(grid(), { key: 'End' })
    expect(activeName()).toBe('永宁路社区')
    fireEvent.keyDown(grid(), { key: 'Home' })
    expect(activeName()).toBe('阿拉善')
    fireEvent.keyDown(grid(), { key: 'PageDown' })
    expect(activeName()).not.toBe('阿拉善')

    fireEvent.keyDown(grid(), { key: 'Home' })
    fireEvent.keyDown(grid(), { key: 'ArrowDown' })
    fireEvent.keyDown(grid(), { key: 'Enter' })
    expect(onRowOpen).toHaveBeenLastCalledWith(PLACES[0])

    fireEvent.doubleClick(within(bodyRows()[3]).getAllByRole('gridcell')[0])
    expect(onRowOpen).toHaveBeenLastCalledWith(PLACES[1])
  })

  it('toggles the active row with Space when selectable', () => {
    const onSelectionChange = vi.fn()
    renderPlaces({ selectable: true, onSelectionChange })
    act(() => grid().focus())
    fireEvent.keyDown(grid(), { key: 'ArrowDown' })
    fireEvent.keyDown(grid(), { key: ' ' })
    expect(onSelectionChange).toHaveBeenLastCalledWith(['p2'])
    expect(bodyRows()[1].getAttribute('aria-selected')).toBe('true')
    fireEvent.keyDown(grid(), { key: ' ' })
    expect(onSelectionChange).toHaveBeenLastCalledWith([])
  })

  it('renders only the rows in view and scrolls the active row into view', () => {
    const many: Place[] = Array.from({ length: 1000 }, (_, i) => ({
      ...PLACES[i % PLACES.length],
      id: `m${i}`,
      name: `第${i + 1}社区`
    }))
    renderPlaces({ rows: many, height: 400 })
    expect(grid().getAttribute('aria-rowcount')).toBe('1001')
    const rendered = bodyRows().length
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(40)

    act(() => grid().focus())
    fireEvent.keyDown(grid(), { key: 'End' })
    const scroller = grid().parentElement as HTMLElement
    expect(scroller.scrollTop).toBeGreaterThan(30_000)
    // happy-dom stores scrollTop but, having no layout, sends no scroll event; a browser does.
    fireEvent.scroll(scroller)
    const last = bodyRows().at(-1) as HTMLElement
    expect(last.getAttribute('aria-rowindex')).toBe('1001')
    expect(last.getAttribute('aria-selected')).toBe('true')
    expect(within(last).getAllByRole('gridcell')[0].textContent).toBe('第1000社区')
    expect(bodyRows().length).toBeLessThan(40)
  })

  it('reports the filtered, sorted view and exposes it through the ref', async () => {
    const onViewChange = vi.fn<(view: DataGridView<Place>) => void>()
    const ref = createRef<DataGridHandle<Place>>()
    renderPlaces({ onViewChange, ref })
    await waitFor(() => expect(onViewChange).toHaveBeenCalled())
    expect(onViewChange.mock.lastCall?.[0].rows).toEqual(PLACES)

    search('sq')
    fireEvent.click(sortButton('户数'))
    fireEvent.click(sortButton('户数'))
    const view = onViewChange.mock.lastCall?.[0]
    expect(view?.rows.map(placeId)).toEqual(['p5', 'p4', 'p2', 'p3'])
    expect(view?.columns.map((c) => c.header)).toEqual(['名称', '街道', '地址', '户数', '成立日期'])
    expect(ref.current?.getView().rows.map(placeId)).toEqual(['p5', 'p4', 'p2', 'p3'])

    act(() => ref.current?.clearFilters())
    expect(ref.current?.getView().rows).toHaveLength(6)
  })

  it('clears the selection through the ref', () => {
    const onSelectionChange = vi.fn()
    const ref = createRef<DataGridHandle<Place>>()
    renderPlaces({ selectable: true, onSelectionChange, ref })
    fireEvent.click(screen.getByRole('checkbox', { name: '选择全部筛选出的记录' }))
    expect(screen.getByText('已选 6 条')).toBeTruthy()
    act(() => ref.current?.clearSelection())
    expect(onSelectionChange).toHaveBeenLastCalledWith([])
    expect(screen.queryByText(/已选/)).toBeNull()
  })

  it('shows a tooltip with the full text of a clipped cell only', async () => {
    renderPlaces()
    const text = within(bodyRows()[2]).getAllByRole('gridcell')[0].querySelector('.sl-grid-text')
    const span = text as HTMLElement
    fireEvent.mouseEnter(span)
    expect(screen.queryByRole('tooltip')).toBeNull()
    fireEvent.mouseLeave(span)

    // happy-dom has no layout: give this one cell the widths a browser reports when clipped.
    Object.defineProperty(span, 'scrollWidth', { configurable: true, value: 300 })
    Object.defineProperty(span, 'clientWidth', { configurable: true, value: 100 })
    fireEvent.mouseEnter(span)
    expect((await screen.findByRole('tooltip')).textContent).toBe('黉门街社区')
  })

  it('searches a changed record by its new name, not the one it was first searched by', () => {
    const view = renderPlaces()
    search('xingfu')
    expect(names()).toEqual([])
    search('')
    const renamed = PLACES.map((p) =>
      p.id === 'p4' ? { ...p, name: '幸福社区', ...pinyinKeys('幸福社区') } : p
    )
    view.rerender(
      <ConfigProvider locale={zhCN}>
        <DataGrid<Place>
          height={400}
          rows={renamed}
          columns={PLACE_COLUMNS}
          getRowId={placeId}
          search={searchPlace}
          ariaLabel="社区列表"
        />
      </ConfigProvider>
    )
    search('xingfu')
    expect(names()).toEqual(['幸福社区'])
    search('南街')
    expect(names()).toEqual([])
  })

  // City-scale work on a busy CI machine: the runner's 5 s default is not what this tests.
  it('filters 100,000 rows by a pinyin query', { timeout: SLOW_UI_TIMEOUT }, () => {
    // Keys come from the shared function once per part, as records store them when written.
    // No part's pinyin contains "gl" or "gulou" except 鼓楼's, even across part boundaries.
    const parts = ['鼓楼', '军门', '黉门街', '南街', '永安', '温泉', '东街', '安泰'].map((p) => ({
      text: p,
      ...pinyinKeys(p)
    }))
    const rows: Place[] = Array.from({ length: 100_000 }, (_, i) => {
      const a = parts[i % parts.length]
      const b = parts[Math.floor(i / parts.length) % parts.length]
      return {
        ...PLACES[0],
        id: `r${i}`,
        name: `${a.text}${b.text}社区`,
        pinyin: `${a.pinyin} ${b.pinyin} she qu`,
        pinyinInitials: `${a.pinyinInitials}${b.pinyinInitials}sq`
      }
    })
    const expected = rows.filter((r) => r.name.includes('鼓楼')).length
    renderPlaces({ rows })
    expect(screen.getByText('共 100,000 条')).toBeTruthy()
    for (const query of ['鼓楼', 'gulou', 'gl']) {
      search(query)
      expect(
        screen.getByText(`筛选出 ${expected.toLocaleString('zh-CN')} / 100,000 条`)
      ).toBeTruthy()
      expect(names().every((n) => n.includes('鼓楼'))).toBe(true)
    }
  })
})
