import { describe, expect, it } from 'vitest'
import { fireEvent, waitFor, within } from '@testing-library/react'
import ExcelJS from 'exceljs'
import { RegistryPage } from '@renderer/components/registry-page'
import { createRepositories } from '@renderer/db/repositories'
import { snapshot } from '../../db/helpers'
import { button, choose, dialog } from '../../helpers/antd-queries'
import { createFakeDesktop } from '../../helpers/fake-desktop-api'
import { SLOW_UI_TIMEOUT } from '../../helpers/fixed-clock'
import { freshDatabase, renderApp } from '../../helpers/render-app'

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('社区名录')
  for (const row of rows) sheet.addRow(row)
  return new Uint8Array(await book.xlsx.writeBuffer())
}

/** A title row, a header whose first column the import does not know, and four rows. */
const FILE = [
  ['2026年社区名录'],
  ['居委会名称', '所属区县', '所属街道', '户数', '人口'],
  ['军门社区', '鼓楼区', '温泉街道', 3300, 8600],
  ['南街社区', '温江区', '柳城街道', '4,100户', 12500],
  ['黉门街社区', '武侯区', '浆洗街街道', '很多', 9000],
  ['新村社区', '鼓楼区', '温泉街道', 800, 2000]
]

async function setUp(files: Record<string, Uint8Array>) {
  const db = freshDatabase()
  const repos = createRepositories(db)
  await repos.settings.saveGeneral({
    operatorName: '张晓梅',
    officeName: '鼓楼区民政局',
    backupKeep: 10
  })
  await repos.communities.create({
    name: '军门社区',
    district: '鼓楼区',
    subdistrict: '温泉街道',
    divisionCode: null,
    households: 3000,
    population: 8000,
    grids: 6
  })
  const queue = Object.entries(files)
  const desktop = createFakeDesktop({
    openFile: async () => {
      const [fileName, data] = queue.shift()!
      return { fileName, data }
    }
  })
  renderApp(
    <RegistryPage
      title="社区"
      loading={false}
      showArchived={false}
      onShowArchivedChange={() => {}}
      importEntity="communities"
    >
      <div />
    </RegistryPage>,
    { db, api: desktop.api }
  )
  return { db, desktop }
}

async function openWizard() {
  fireEvent.click(button('导入'))
  return dialog('导入社区')
}

/** Opens the wizard, chooses the next file and maps 居委会名称 to 社区名称 by hand. */
async function chooseAndMap(): Promise<HTMLElement> {
  const wizard = await openWizard()
  fireEvent.click(button('选择文件', wizard))
  await within(wizard).findByText('表头在第 2 行，数据从第 3 行开始。')
  expect(
    within(wizard).getByText('缺少必填的列：社区名称。请在右边为它们选择对应的列。')
  ).toBeTruthy()
  await choose(wizard, '居委会名称 导入为', '社区名称（必填）')
  await waitFor(() => expect(within(wizard).queryByText(/缺少必填的列/)).toBeNull())
  fireEvent.click(button('下一步', wizard))
  await within(wizard).findByRole('group', { name: '预检' })
  return wizard
}

describe('the import wizard', { timeout: SLOW_UI_TIMEOUT }, () => {
  it('walks a small file from choosing to done, writing nothing before 开始导入', async () => {
    const { db } = await setUp({ '社区名录.xlsx': await workbook(FILE) })
    const before = await snapshot(db)
    const wizard = await chooseAndMap()

    const counts = within(wizard).getByRole('group', { name: '预检' })
    expect(counts.textContent).toContain('可导入2')
    expect(counts.textContent).toContain('已存在1')
    expect(counts.textContent).toContain('有错误1')
    expect(within(wizard).getByText('第 5 行“户数”：“很多”不是数字')).toBeTruthy()
    expect(
      within(wizard).getByText('已有：军门社区（温泉街道）（区县、街道和社区名称相同）')
    ).toBeTruthy()
    expect(within(wizard).getAllByRole('row')).toHaveLength(5)
    fireEvent.click(within(wizard).getByRole('checkbox', { name: '只看有问题的行' }))
    await waitFor(() => expect(within(wizard).getAllByRole('row')).toHaveLength(2))
    expect(await snapshot(db)).toEqual(before)

    fireEvent.click(button('下一步', wizard))
    fireEvent.click(await within(wizard).findByRole('radio', { name: /用文件中的内容更新/ }))
    expect(await snapshot(db)).toEqual(before)
    fireEvent.click(button('开始导入', wizard))

    await within(wizard).findByText('导入完成')
    const row = (label: string) => within(wizard).getByText(label).closest('tr')!.textContent
    expect(row('新增')).toContain('新增2 条')
    expect(row('新增')).toContain('更新1 条')
    expect(row('有错误未导入')).toContain('有错误未导入1 条')

    const stored = await db.communities.toArray()
    expect(stored.map((community) => community.name).sort()).toEqual(
      ['南街社区', '军门社区', '新村社区'].sort()
    )
    expect(stored.find((community) => community.name === '军门社区')).toMatchObject({
      households: 3300,
      population: 8600
    })
    expect((await db.auditLog.toArray()).filter((entry) => entry.action === 'import')).toEqual([
      expect.objectContaining({
        summary: '导入社区“社区名录.xlsx”第 1 / 1 批（第 3–6 行）：新增 2 条，更新 1 条'
      })
    ])
  })

  it('saves the template, and the rows with errors to fix, as .xlsx through the DesktopApi', async () => {
    const { desktop } = await setUp({ '社区名录.xlsx': await workbook(FILE) })
    const wizard = await openWizard()
    fireEvent.click(button('下载模板', wizard))
    await waitFor(() => expect(desktop.downloads).toHaveLength(1))
    expect(desktop.downloads[0]).toMatchObject({
      fileName: '社区导入模板.xlsx',
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    })
    fireEvent.click(button('关闭', wizard.querySelector<HTMLElement>('.ant-modal-footer')!))

    const checked = await chooseAndMap()
    fireEvent.click(button('导出问题行', checked))
    await waitFor(() => expect(desktop.downloads).toHaveLength(2))
    expect(desktop.downloads[1]!.fileName).toBe('社区导入问题行.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(new Uint8Array(desktop.downloads[1]!.data).buffer)
    const sheet = book.worksheets[0]!
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '社区名称',
      '区县',
      '街道',
      '户数',
      '人口',
      '问题'
    ])
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      '黉门街社区',
      '武侯区',
      '浆洗街街道',
      '很多',
      9000,
      '第 5 行“户数”：“很多”不是数字'
    ])
  })

  it('refuses a file that is not an .xlsx workbook, saying why', async () => {
    const csv = new TextEncoder().encode('社区名称,所属区县\n军门社区,鼓楼区\n')
    const { db } = await setUp({ '社区名录.xlsx': csv })
    const before = await snapshot(db)
    const wizard = await openWizard()
    fireEvent.click(button('选择文件', wizard))
    expect(
      await within(wizard).findByText(
        '“社区名录.xlsx”不是 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中“另存为” .xlsx 格式后再导入。'
      )
    ).toBeTruthy()
    expect(await snapshot(db)).toEqual(before)
  })
})
