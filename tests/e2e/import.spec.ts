import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { expect, test } from './fixtures'
import { ImportWizard } from './pages/import-pages'
import { orgCodeCheckChar } from '../../shared/domain/identifiers/org-code'
import { usccCheckChar } from '../../shared/domain/identifiers/uscc'

const ROWS = 500
/** Every 50th row has a USCC whose check character is wrong. */
const BAD = new Set(Array.from({ length: 10 }, (_, index) => index * 50 + 7))

/** A valid 社会服务机构 USCC of 福州鼓楼, different for each `n`. */
function uscc(n: number): string {
  const org = `MA${String(n).padStart(6, '0')}`
  const body = `52350102${org}${orgCodeCheckChar(org)}`
  return body + usccCheckChar(body)
}

/** The same code with its 18th character wrong. */
function broken(code: string): string {
  return code.slice(0, 17) + (code[17] === '1' ? '2' : '1')
}

const CATEGORIES = ['为老服务', '助残服务', '青少年服务', '社区治理', '文体教育']

/**
 * An office's own 台账: a title row over a merged group header, headers that differ from the
 * template's (机构名称, 信用代码), dates typed three ways and full-width digits.
 */
async function ledger(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('2026年社会组织台账')
  sheet.addRow(['鼓楼区社会组织台账（2026年）'])
  sheet.mergeCells('A1:F1')
  sheet.addRow(['基本信息', '基本信息', '基本信息', '联系方式', '联系方式', '登记'])
  sheet.addRow(['机构名称', '信用代码', '服务领域', '联系人', '联系电话', '成立时间'])
  for (let n = 1; n <= ROWS; n += 1) {
    const code = uscc(n)
    sheet.addRow([
      `福州市鼓楼区第${n}公益服务中心`,
      BAD.has(n) ? broken(code) : code,
      CATEGORIES[n % CATEGORIES.length],
      '王丽',
      n % 2 === 0 ? '0591-83123456' : '１３９１２３４５６７８',
      n % 3 === 0 ? '2019年3月1日' : n % 3 === 1 ? '2019/3/1' : new Date(Date.UTC(2019, 2, 1))
    ])
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** The problem-row file with every USCC put right, as the office fixes it. */
async function fixed(problemFile: Buffer): Promise<{ data: Buffer; rows: number }> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(problemFile).buffer)
  const sheet = workbook.worksheets[0]!
  const header = (sheet.getRow(1).values as unknown[]).slice(1)
  const codeColumn = header.indexOf('统一社会信用代码') + 1
  let rows = 0
  sheet.eachRow((row, number) => {
    if (number === 1) return
    const code = String(row.getCell(codeColumn).value)
    row.getCell(codeColumn).value = code.slice(0, 17) + usccCheckChar(code.slice(0, 17))
    rows += 1
  })
  return { data: Buffer.from(await workbook.xlsx.writeBuffer()), rows }
}

test.describe('Excel import', () => {
  test('imports a 500-row ledger with 10 bad rows, then the 10 rows fixed', async ({
    shell,
    organizations,
    page
  }) => {
    test.setTimeout(180_000)
    await shell.open('/organizations')
    await expect(organizations.count).toHaveText('共 0 条')
    const wizard = new ImportWizard(page, '社会组织')

    await wizard.open()
    await wizard.chooseFile('2026年社会组织台账.xlsx', await ledger())
    await expect(wizard.headerRowNote).toHaveText('表头在第 3 行，数据从第 4 行开始。')
    await wizard.runDryRun()
    await expect(wizard.dryRunCount('可导入')).toHaveText('490')
    await expect(wizard.dryRunCount('已存在')).toHaveText('0')
    await expect(wizard.dryRunCount('有错误')).toHaveText('10')
    await wizard.problemsOnly.check()
    await expect(wizard.dryRunRows).toHaveCount(10)
    await expect(wizard.dryRunRows.first()).toContainText(
      /第 10 行“基本信息 \/ 信用代码”：第 18 位校验码应为/
    )
    const download = await wizard.exportProblems()
    expect(download.suggestedFilename()).toBe('社会组织导入问题行.xlsx')
    const problems = await fixed(await readFile(await download.path()))
    expect(problems.rows).toBe(10)

    await wizard.importAll()
    await expect(wizard.doneCount('新增')).toHaveText('490 条')
    await expect(wizard.doneCount('有错误未导入')).toHaveText('10 条')
    await wizard.close()
    await expect(organizations.count).toHaveText('共 490 条')

    await wizard.open()
    await wizard.chooseFile('社会组织导入问题行.xlsx', problems.data)
    await wizard.runDryRun()
    await expect(wizard.dryRunCount('可导入')).toHaveText('10')
    await expect(wizard.dryRunCount('有错误')).toHaveText('0')
    await wizard.importAll()
    await expect(wizard.doneCount('新增')).toHaveText('10 条')
    await wizard.close()
    await expect(organizations.count).toHaveText('共 500 条')

    await organizations.searchFor('第7公益')
    await expect(organizations.count).toHaveText('筛选出 1 / 500 条')
    await expect(organizations.dataRows.first()).toContainText('福州市鼓楼区第7公益服务中心')
  })
})
