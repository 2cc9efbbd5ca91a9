/**
 * The audit side of PDF reports: numbering, and the record of who saved which report and who
 * asked to see personal data unmasked. A report is not a stored record, so its trail lives in the
 * audit log under the table `reports`, keyed by its 报告编号.
 */
import { REPORT_KINDS, reportNumber, type ReportKind } from '@shared/pdf/report-kinds'
import type { ShelianDatabase } from '../schema'
import { appendAudit } from './audit-log'
import type { RepositoryDeps } from './record-repository'
import { writeTransaction } from './record-store'

export interface ReportExport {
  number: string
  /** e.g. `出壳评估报告`. */
  title: string
  /** Whom or what the report is about, e.g. the organisation's name. */
  subject: string
  fileName: string
  /** Whether ID numbers and phones were printed in full. */
  revealed: boolean
}

export interface ReportExportsRepository {
  /** The next 报告编号 of this kind in `year`: one more than the reports of it saved so far. */
  nextNumber(kind: ReportKind, year: number): Promise<string>
  /** Notes a saved report in the audit log. */
  recordExport(report: ReportExport): Promise<void>
  /** Notes that the user confirmed showing personal data in full for this report. */
  recordReveal(report: Pick<ReportExport, 'number' | 'title' | 'subject'>): Promise<void>
}

export function createReportExportsRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): ReportExportsRepository {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())

  /** One audit entry under `reports`, keyed by the report's number. */
  function note(action: 'export' | 'reveal', number: string, summary: string): Promise<void> {
    return writeTransaction(db, [db.auditLog, db.settings], async () => {
      await appendAudit(
        db,
        { at: now().toISOString(), table: 'reports', recordId: number, action, summary },
        newId
      )
    })
  }

  return {
    async nextNumber(kind, year) {
      const prefix = `${REPORT_KINDS[kind].prefix}-${year}-`
      const saved = await db.auditLog
        .where('[table+recordId]')
        .between(['reports', prefix], ['reports', `${prefix}\uffff`])
        .filter((entry) => entry.action === 'export')
        .count()
      return reportNumber(kind, year, saved + 1)
    },

    recordExport(report) {
      const personal = report.revealed ? '，含完整个人信息' : ''
      return note(
        'export',
        report.number,
        `导出${report.title}（${report.subject}）${personal}：${report.fileName}`
      )
    },

    recordReveal(report) {
      return note(
        'reveal',
        report.number,
        `在${report.title}（${report.subject}）中显示完整身份证号和电话`
      )
    }
  }
}
