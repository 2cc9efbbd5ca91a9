import { describe, expect, it } from 'vitest'
import { TABLE_NAMES } from '@renderer/db/schema'
import { OPERATOR, officeDatabase } from '../../helpers/office-database'

const now = () => new Date('2026-11-22T02:00:00Z')

async function setup() {
  return officeDatabase({ officeName: '鼓楼区黉门街道办事处', now })
}

describe('workbook exports', () => {
  it('audits a saved list under what was exported, with its rows and the file', async () => {
    const { db, repos } = await setup()
    await repos.workbookExports.recordExport({
      name: '社会组织列表',
      sheets: [{ name: '社会组织列表', rows: 15_000 }],
      fileName: '社会组织列表-2026-11-22.xlsx',
      revealed: false
    })
    const entries = await db.auditLog
      .where('[table+recordId]')
      .equals(['workbooks', '社会组织列表'])
      .toArray()
    expect(entries).toEqual([
      {
        id: expect.any(String),
        table: 'workbooks',
        recordId: '社会组织列表',
        action: 'export',
        operator: OPERATOR,
        at: '2026-11-22T02:00:00.000Z',
        summary: '导出社会组织列表 15,000 行，个人信息已打码：社会组织列表-2026-11-22.xlsx'
      }
    ])
  })

  it('counts each sheet of a 台账 and says when personal data is in full', async () => {
    const { db, repos } = await setup()
    await repos.workbookExports.recordExport({
      name: '项目台账',
      sheets: [
        { name: '项目', rows: 35 },
        { name: '拨付明细', rows: 80 }
      ],
      fileName: '项目台账（报上级）.xlsx',
      revealed: true
    })
    const [entry] = await db.auditLog
      .where('[table+recordId]')
      .equals(['workbooks', '项目台账'])
      .toArray()
    expect(entry?.summary).toBe(
      '导出项目台账（项目 35 行、拨付明细 80 行），含完整个人信息：项目台账（报上级）.xlsx'
    )
  })

  it('writes the log entry and nothing else', async () => {
    const { db, repos } = await setup()
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(TABLE_NAMES.map(async (table) => [table, await db.table(table).count()]))
      )
    const before = await counts()
    await repos.workbookExports.recordExport({
      name: '社区列表',
      sheets: [{ name: '社区列表', rows: 0 }],
      fileName: '社区列表-2026-11-22.xlsx',
      revealed: false
    })
    expect(await counts()).toEqual({ ...before, auditLog: before.auditLog + 1 })
  })
})
