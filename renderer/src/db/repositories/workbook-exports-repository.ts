/**
 * The audit side of Excel exports: who saved which list or 台账, how many rows, and whether
 * personal data left the app in full. A workbook is not a stored record, so its trail lives in
 * the audit log under the table `workbooks`, keyed by what was exported (`社会组织列表`,
 * `项目台账`), so the log can list every export of one list.
 */
import type { ShelianDatabase } from '../schema'
import { appendAudit } from './audit-log'
import type { RepositoryDeps } from './record-repository'
import { writeTransaction } from './record-store'

export interface WorkbookExport {
  /** What was exported, as its page names it: `社会组织列表`, `项目台账`. */
  name: string
  /** Each sheet's tab name and data rows, in the workbook's order. */
  sheets: readonly { name: string; rows: number }[]
  /** The name the file was saved under. */
  fileName: string
  /** Whether ID numbers or phones are in the file in full. */
  revealed: boolean
}

export interface WorkbookExportsRepository {
  /** Notes a saved workbook in the audit log, in a write of its own. */
  recordExport(workbook: WorkbookExport): Promise<void>
}

const count = (rows: number) => rows.toLocaleString('zh-CN')

/**
 * `导出社会组织列表 120 行，个人信息已打码：社会组织列表-2026-11-22.xlsx`; a workbook of several
 * sheets counts each: `导出项目台账（项目 35 行、拨付明细 80 行），…`.
 */
function workbookExportSummary(workbook: WorkbookExport): string {
  const { name, sheets } = workbook
  const rows =
    sheets.length === 1
      ? ` ${count(sheets[0]!.rows)} 行`
      : `（${sheets.map((sheet) => `${sheet.name} ${count(sheet.rows)} 行`).join('、')}）`
  const personal = workbook.revealed ? '含完整个人信息' : '个人信息已打码'
  return `导出${name}${rows}，${personal}：${workbook.fileName}`
}

export function createWorkbookExportsRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): WorkbookExportsRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())

  return {
    recordExport(workbook) {
      return writeTransaction(db, [db.auditLog, db.settings], async () => {
        await appendAudit(
          db,
          {
            at: now().toISOString(),
            table: 'workbooks',
            recordId: workbook.name,
            action: 'export',
            summary: workbookExportSummary(workbook)
          },
          newId
        )
      })
    }
  }
}
