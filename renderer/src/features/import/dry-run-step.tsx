/**
 * 预检: what the import would do with every row — 可导入, 已存在 (and what it matched), 有错误 —
 * with each row's errors and warnings, a switch to only the rows with problems, and the rows
 * with errors exported as .xlsx to fix and import again. Nothing has been written.
 */
import { useMemo, useState } from 'react'
import { Alert, Checkbox, Flex, Statistic, Table, Tag, Typography } from 'antd'
import {
  issueText,
  type DryRunResult,
  type DryRunRow,
  type RowStatus
} from '@shared/import/dry-run'
import { IMPORT_STRINGS as S } from './strings'

const STATUS_COLORS: Record<RowStatus, string> = { new: 'green', existing: 'blue', error: 'red' }

const hasProblems = (row: DryRunRow<object>) => row.errors.length > 0 || row.warnings.length > 0

function Issues({ row }: { row: DryRunRow<object> }) {
  const unchanged = row.status === 'existing' && row.patch && Object.keys(row.patch).length === 0
  return (
    <Flex vertical>
      {row.match ? (
        <Typography.Text type="secondary">
          {S.matchedBy(row.match.label, row.match.by)}
          {unchanged ? `，${S.noChanges}` : ''}
        </Typography.Text>
      ) : null}
      {row.errors.map((issue, index) => (
        <Typography.Text key={`e${index}`} type="danger">
          {issueText(issue)}
        </Typography.Text>
      ))}
      {row.warnings.map((issue, index) => (
        <Typography.Text key={`w${index}`} type="warning">
          {issueText(issue)}
        </Typography.Text>
      ))}
    </Flex>
  )
}

export interface DryRunStepProps {
  result: DryRunResult<object>
  /** Shown next to the counts: 导出问题行. */
  exportButton: React.ReactNode
}

export function DryRunStep({ result, exportButton }: DryRunStepProps) {
  const [problemsOnly, setProblemsOnly] = useState(false)
  const rows = useMemo(
    () => (problemsOnly ? result.rows.filter(hasProblems) : result.rows),
    [problemsOnly, result.rows]
  )

  return (
    <Flex vertical gap="middle">
      <Typography.Text type="secondary">{S.nothingWritten}</Typography.Text>
      <Flex gap="large" align="center" wrap role="group" aria-label={S.steps[2]}>
        {(['new', 'existing', 'error'] as const).map((status) => (
          <Statistic
            key={status}
            title={S.counts[status]}
            value={result.counts[status]}
            styles={{
              content: {
                color: status === 'error' && result.counts.error > 0 ? '#cf1322' : undefined
              }
            }}
          />
        ))}
        <Flex vertical gap="small" style={{ marginInlineStart: 'auto' }}>
          {exportButton}
          <Checkbox
            checked={problemsOnly}
            onChange={(event) => setProblemsOnly(event.target.checked)}
          >
            {S.problemsOnly}
          </Checkbox>
        </Flex>
      </Flex>
      {result.exampleRows.length > 0 ? (
        <Typography.Text type="secondary">
          {S.examplesSkipped(result.exampleRows.join('、'))}
        </Typography.Text>
      ) : null}
      {result.rows.length === 0 ? (
        <Alert type="warning" showIcon title={S.noRows} />
      ) : (
        <Table<DryRunRow<object>>
          size="small"
          rowKey="row"
          dataSource={rows}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          scroll={{ y: 320 }}
          columns={[
            { title: S.rowColumn, dataIndex: 'row', width: 70 },
            { title: S.nameColumn, dataIndex: 'label', width: 220, ellipsis: true },
            {
              title: S.resultColumn,
              dataIndex: 'status',
              width: 100,
              render: (status: RowStatus) => (
                <Tag color={STATUS_COLORS[status]}>{S.counts[status]}</Tag>
              )
            },
            {
              title: S.issuesColumn,
              key: 'issues',
              render: (_, row) => <Issues row={row} />
            }
          ]}
        />
      )}
    </Flex>
  )
}
