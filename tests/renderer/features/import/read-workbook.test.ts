import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { readWorkbook, WorkbookReadError } from '@renderer/features/import/read-workbook'

async function bytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  build(workbook)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

async function refusal(name: string, data: Uint8Array): Promise<string> {
  const error = await readWorkbook(name, data).then(
    () => null,
    (thrown: unknown) => thrown
  )
  expect(error).toBeInstanceOf(WorkbookReadError)
  return (error as Error).message
}

describe('reading a workbook', () => {
  it('gives each visible sheet as a grid of plain values', async () => {
    const data = await bytes((workbook) => {
      const sheet = workbook.addWorksheet('社区')
      sheet.addRow(['2026年社区名录'])
      sheet.mergeCells('A1:C1')
      sheet.addRow(['社区名称', '区县', '成立日期', '户数'])
      sheet.addRow([
        { richText: [{ text: '军门' }, { text: '社区', font: { bold: true } }] },
        '鼓楼区',
        new Date(Date.UTC(2019, 2, 1)),
        { formula: 'SUM(1000,200)', result: 1200 }
      ])
      sheet.addRow([
        { text: '南街社区', hyperlink: 'https://example.org' },
        { formula: 'VLOOKUP(1,A1:A2,1)', result: { error: '#N/A' } },
        null,
        null
      ])
      sheet.addRow([])
      sheet.addRow([null, null])
      workbook.addWorksheet('隐藏', { state: 'hidden' }).addRow(['x'])
      workbook.addWorksheet('说明').addRow(['第一行是表头'])
    })

    const sheets = await readWorkbook('社区.xlsx', data)

    expect(sheets.map((sheet) => sheet.name)).toEqual(['社区', '说明'])
    expect(sheets[0]!.grid).toEqual([
      ['2026年社区名录', '2026年社区名录', '2026年社区名录'],
      ['社区名称', '区县', '成立日期', '户数'],
      ['军门社区', '鼓楼区', new Date(Date.UTC(2019, 2, 1)), 1200],
      ['南街社区', { error: '#N/A' }]
    ])
    expect(sheets[1]!.grid).toEqual([['第一行是表头']])
  })

  it('fills every cell of a merged range with the merge’s value', async () => {
    const data = await bytes((workbook) => {
      const sheet = workbook.addWorksheet('组织')
      sheet.addRow(['组织名称', '区县'])
      sheet.addRow(['甲', '鼓楼区'])
      sheet.addRow(['乙', null])
      sheet.addRow(['丙', null])
      sheet.mergeCells('B2:B4')
    })
    const [sheet] = await readWorkbook('组织.XLSX', data)
    expect(sheet!.grid.map((row) => row[1])).toEqual(['区县', '鼓楼区', '鼓楼区', '鼓楼区'])
  })

  it('refuses what is not an .xlsx workbook, saying what to do', async () => {
    const xlsx = await bytes((workbook) => workbook.addWorksheet('a').addRow(['x']))
    const csv = new TextEncoder().encode('组织名称,服务领域\n甲,为老服务\n')
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8])

    expect(await refusal('名录.csv', csv)).toBe(
      '“名录.csv”不是 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中“另存为” .xlsx 格式后再导入。'
    )
    expect(await refusal('名录.xlsx', csv)).toContain('不是 Excel 工作簿（.xlsx）')
    expect(await refusal('名录.docx', xlsx)).toContain('不是 Excel 工作簿（.xlsx）')
    expect(await refusal('名录.xls', ole)).toContain(
      '旧版 Excel（.xls）文件或设置了打开密码的工作簿'
    )
    expect(await refusal('名录.xlsx', zip)).toBe(
      '无法读取“名录.xlsx”：文件可能已损坏，或不是 Excel 工作簿。'
    )
  })
})
