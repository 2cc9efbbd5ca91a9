/**
 * 报告: the office's 年度工作汇总, the Excel 台账, where every other report is exported from, and
 * the record of reports saved (and of personal data shown in full) from the audit log.
 */
import { useMemo, useState } from 'react'
import { Card, Descriptions, Flex, Select, Table, Typography } from 'antd'
import { useLiveQuery } from '@renderer/db/live-query'
import type { AuditEntry } from '@shared/domain/audit'
import { todayInChina } from '@shared/domain/dates'
import { useDatabase } from '@renderer/db/database-context'
import { LedgerExportsCard } from '@renderer/features/ledgers/ledger-exports-card'
import { ExportReportButton } from './export-report'
import { annualSummaryReport } from './report-requests'
import { REPORTS_PAGE_STRINGS as S } from './strings'

/** The years offered: this one and the four before it. */
function recentYears(today: string): number[] {
  const year = Number(today.slice(0, 4))
  return [0, 1, 2, 3, 4].map((back) => year - back)
}

function AnnualSummaryCard() {
  const db = useDatabase()
  const years = useMemo(() => recentYears(todayInChina()), [])
  const [year, setYear] = useState(years[0])
  const request = useMemo(() => annualSummaryReport(db, year), [db, year])
  return (
    <Card title={S.annualTitle} role="region" aria-label={S.annualTitle}>
      <Typography.Paragraph type="secondary">{S.annualText}</Typography.Paragraph>
      <Flex gap="middle" align="center" wrap>
        <label>
          {S.year}{' '}
          <Select
            aria-label={S.year}
            value={year}
            onChange={setYear}
            style={{ width: 120 }}
            options={years.map((value) => ({ value, label: `${value}年` }))}
          />
        </label>
        <ExportReportButton label={S.annualButton} request={request} />
      </Flex>
    </Card>
  )
}

function ExportHistory() {
  const db = useDatabase()
  const entries = useLiveQuery(
    async () =>
      (
        await db.auditLog
          .where('[table+recordId]')
          .between(['reports', ''], ['reports', '\uffff'])
          .toArray()
      ).sort((a, b) => b.at.localeCompare(a.at)),
    [db]
  )
  return (
    <Card title={S.historyTitle} role="region" aria-label={S.historyTitle}>
      <Table<AuditEntry>
        size="small"
        rowKey="id"
        loading={entries === undefined}
        dataSource={entries ?? []}
        locale={{ emptyText: S.historyEmpty }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: S.columns.at,
            dataIndex: 'at',
            width: 170,
            render: (at: string) => new Date(at).toLocaleString('zh-CN', { hour12: false })
          },
          { title: S.columns.operator, dataIndex: 'operator', width: 110 },
          { title: S.columns.number, dataIndex: 'recordId', width: 140 },
          {
            title: S.columns.action,
            dataIndex: 'action',
            width: 140,
            render: (action: string) => S.actions[action] ?? action
          },
          { title: S.columns.summary, dataIndex: 'summary' }
        ]}
      />
    </Card>
  )
}

export function ReportsPage() {
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {S.title}
      </Typography.Title>
      <AnnualSummaryCard />
      <LedgerExportsCard />
      <Card title={S.whereTitle} role="region" aria-label={S.whereTitle}>
        <Descriptions
          column={1}
          size="small"
          items={S.where.map(([label, place]) => ({ key: label, label, children: place }))}
        />
      </Card>
      <ExportHistory />
    </Flex>
  )
}
