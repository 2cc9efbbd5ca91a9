import { describe, expect, it } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { DataGrid, type DataGridColumn, type DataGridProps } from '@renderer/components/data-grid'
import { createRepositories } from '@renderer/db/repositories'
import { AuditLogPage } from '@renderer/features/audit-log/audit-log-page'
import { maskPhone } from '@shared/domain/identifiers/masking'
import { formatYuan } from '@shared/domain/money'
import { pinyinKeys, type PinyinKeys } from '@shared/text/pinyin'
import { createFakeDesktop } from '../../helpers/fake-desktop-api'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'
import { button, dialog, dialogGone } from '../../helpers/antd-queries'
import { freshDatabase, renderApp } from '../../helpers/render-app'
import { readWorkbook, rowValues } from './read-workbook'

interface Household extends PinyinKeys {
  id: string
  name: string
  subdistrict: string
  phone: string | null
  subsidyFen: number
  visitedOn: string | null
}

const household = (
  id: string,
  name: string,
  subdistrict: string,
  phone: string | null,
  subsidyFen: number,
  visitedOn: string | null
): Household => ({ id, name, subdistrict, phone, subsidyFen, visitedOn, ...pinyinKeys(name) })

const HOUSEHOLDS = [
  household('h1', '王秀英', '鼓楼街道', '13800138000', 120_000, '2026-03-01'),
  household('h2', '李建国', '东街街道', '13912345678', 50_000, '2026-04-02'),
  household('h3', '陈桂兰', '鼓楼街道', '0591-83123456', 300_050, null),
  household('h4', '黄志强', '鼓楼街道', null, 80_000, '2026-05-20'),
  household('h5', '林美华', '温泉街道', '13700001111', 10_000, '2026-06-06')
]

const COLUMNS: DataGridColumn<Household>[] = [
  { id: 'name', header: '户主', value: (r) => r.name, sort: 'zh', sortValue: (r) => r.pinyin },
  {
    id: 'subdistrict',
    header: '街道',
    value: (r) => r.subdistrict,
    filter: { kind: 'select', options: ['鼓楼街道', '东街街道', '温泉街道'] }
  },
  { id: 'phone', header: '电话', value: (r) => (r.phone ? maskPhone(r.phone) : null) },
  {
    id: 'subsidy',
    header: '补贴（元）',
    value: (r) => formatYuan(r.subsidyFen),
    sort: (a, b) => a.subsidyFen - b.subsidyFen,
    exportAs: 'yuan',
    exportValue: (r) => r.subsidyFen
  },
  { id: 'visitedOn', header: '走访日期', value: (r) => r.visitedOn, sort: 'date' },
  { id: 'note', header: '备注', value: () => '内部备注', hiddenByDefault: true }
]

function renderHouseholds(
  props: Partial<DataGridProps<Household>> = {},
  fake = createFakeDesktop(),
  db = freshDatabase()
) {
  renderApp(
    <DataGrid<Household>
      height={400}
      rows={HOUSEHOLDS}
      columns={COLUMNS}
      getRowId={(r) => r.id}
      search={(r) => ({ text: r.name, keys: r })}
      ariaLabel="居民列表"
      {...props}
    />,
    { api: fake.api, db }
  )
  return fake
}

const exportButton = () => screen.getByRole('button', { name: /导出 Excel/ })

/** Names in the grid's display order. */
function shownNames(): string[] {
  const grid = screen.getByRole('grid')
  return within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[0]!.textContent ?? '')
}

async function exportView(options: { title?: boolean } = {}) {
  fireEvent.click(exportButton())
  const modal = await dialog('导出 Excel')
  if (options.title) fireEvent.click(within(modal).getByRole('checkbox', { name: '首行加标题' }))
  fireEvent.click(button('导出', modal))
  return modal
}

describe('导出 Excel of a grid', () => {
  useFixedClock()

  it(
    'writes the filtered, sorted rows under the visible columns, phones masked',
    async () => {
      const fake = renderHouseholds()
      fireEvent.click(screen.getByRole('button', { name: '筛选：街道' }))
      const panel = await screen.findByRole('group', { name: '筛选：街道' })
      fireEvent.click(within(panel).getByRole('checkbox', { name: '鼓楼街道 3' }))
      const subsidy = within(screen.getByRole('columnheader', { name: '补贴（元）' }))
      fireEvent.click(subsidy.getByRole('button', { name: /^补贴/ }))
      fireEvent.click(subsidy.getByRole('button', { name: /^补贴/ }))
      expect(shownNames()).toEqual(['陈桂兰', '王秀英', '黄志强'])

      const modal = await exportView({ title: true })
      expect(modal.textContent).toContain('将导出当前表格显示的 3 条记录、5 列')
      await screen.findByText('已保存：居民列表-2026-11-22.xlsx')
      await dialogGone('导出 Excel')

      expect(fake.downloads.map((file) => file.fileName)).toEqual(['居民列表-2026-11-22.xlsx'])
      const sheet = (await readWorkbook(fake.downloads[0]!.data)).worksheets[0]!
      expect(sheet.name).toBe('居民列表')
      expect(sheet.getCell('A1').value).toBe('居民列表（筛选出 3 / 5 条，2026-11-22 导出）')
      expect(rowValues(sheet, 2)).toEqual([
        ['户主', '街道', '电话', '补贴（元）', '走访日期'],
        ['陈桂兰', '鼓楼街道', '059*****3456', 3000.5, null],
        ['王秀英', '鼓楼街道', '138****8000', 1200, new Date('2026-03-01T00:00:00.000Z')],
        ['黄志强', '鼓楼街道', null, 800, new Date('2026-05-20T00:00:00.000Z')]
      ])
      expect(sheet.getCell('D3').numFmt).toBe('#,##0.00')
      expect(sheet.autoFilter).toBe('A2:E5')
    },
    SLOW_UI_TIMEOUT
  )

  it('writes every row without a title, in the order the page gave them', async () => {
    const fake = renderHouseholds()
    await exportView()
    await screen.findByText('已保存：居民列表-2026-11-22.xlsx')
    const sheet = (await readWorkbook(fake.downloads[0]!.data)).worksheets[0]!
    expect(sheet.getCell('A1').value).toBe('户主')
    expect(rowValues(sheet, 2).map((row) => row[0])).toEqual(HOUSEHOLDS.map((h) => h.name))
    // Nothing written unmasked.
    const written = JSON.stringify(rowValues(sheet, 1))
    for (const h of HOUSEHOLDS) if (h.phone) expect(written).not.toContain(h.phone)
  })

  it(
    'leaves one entry in the 操作日志 naming the list, its rows and the file',
    async () => {
      const db = freshDatabase()
      await createRepositories(db).settings.saveGeneral({
        operatorName: '张晓梅',
        officeName: '鼓楼街道办事处',
        backupKeep: 10
      })
      renderHouseholds({}, createFakeDesktop(), db)
      fireEvent.change(screen.getByRole('textbox', { name: '搜索' }), {
        target: { value: '王' }
      })
      await exportView()
      await screen.findByText('已保存：居民列表-2026-11-22.xlsx')
      cleanup()

      renderApp(<AuditLogPage />, { db })
      const log = await screen.findByRole('grid', { name: '操作日志列表' })
      const row = await within(log).findByText('导出 Excel')
      const entry = row.closest('[role="row"]') as HTMLElement
      expect(within(entry).getByText('Excel 文件')).toBeTruthy()
      expect(within(entry).getByText('张晓梅')).toBeTruthy()
      expect(
        within(entry).getByText('导出居民列表 1 行，个人信息已打码：居民列表-2026-11-22.xlsx')
      ).toBeTruthy()
      // Not a record with a page: its name is plain text, not a link that leads nowhere.
      expect(within(entry).getByText('居民列表').closest('a')).toBeNull()

      fireEvent.click(screen.getByRole('button', { name: '筛选：表' }))
      const tables = await screen.findByRole('group', { name: '筛选：表' })
      expect(within(tables).getByRole('checkbox', { name: 'Excel 文件 1' })).toBeTruthy()
    },
    SLOW_UI_TIMEOUT
  )

  it('cannot export when no row is shown', () => {
    renderHouseholds()
    fireEvent.change(screen.getByRole('textbox', { name: '搜索' }), { target: { value: '不存在' } })
    expect(exportButton().hasAttribute('disabled')).toBe(true)
  })

  it('is left out when the page says so', () => {
    renderHouseholds({ exportName: false })
    expect(screen.queryByRole('button', { name: /导出 Excel/ })).toBeNull()
  })

  it(
    'says why a save failed and keeps the dialog open',
    async () => {
      const fake = createFakeDesktop({
        saveFile: async () => {
          throw new Error('磁盘已满')
        }
      })
      renderHouseholds({ exportName: '居民' }, fake)
      const modal = await exportView()
      await screen.findByText('导出失败：磁盘已满')
      expect(modal.isConnected).toBe(true)
      await waitFor(() => expect(button('导出', modal).className).not.toContain('loading'))
      expect(fake.downloads).toEqual([])
    },
    SLOW_UI_TIMEOUT
  )
})
