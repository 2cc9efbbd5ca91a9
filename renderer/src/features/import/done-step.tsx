/**
 * 完成: what the import did — new, updated, unchanged, skipped — and what it did not: rows with
 * errors, chunks rolled back (with the reason), rows a cancel left unwritten.
 */
import type { ReactNode } from 'react'
import { Alert, Descriptions, Flex, Result } from 'antd'
import type { ImportOutcome } from '@renderer/db/repositories/import-repository'
import { IMPORT_STRINGS as S } from './strings'

export interface DoneStepProps {
  outcome: ImportOutcome
  errorRows: number
  /** 导出未导入的行, when some rows were not written. */
  exportButton: ReactNode
}

function rowRange(rows: readonly number[]): string {
  return rows.length === 0 ? '' : `${rows[0]}–${rows[rows.length - 1]}`
}

export function DoneStep({ outcome, errorRows, exportButton }: DoneStepProps) {
  const failed = outcome.failed.reduce((sum, chunk) => sum + chunk.rows.length, 0)
  const unwritten = failed + outcome.notWritten.length + errorRows
  const count = (value: number) => `${value.toLocaleString('zh-CN')} ${S.unit}`
  return (
    <Flex vertical gap="middle">
      <Result
        status={outcome.failed.length > 0 || outcome.cancelled ? 'warning' : 'success'}
        title={S.doneTitle(outcome.cancelled)}
        style={{ padding: 16 }}
      />
      <Descriptions
        size="small"
        bordered
        column={3}
        items={[
          { key: 'created', label: S.created, children: count(outcome.created) },
          { key: 'updated', label: S.updated, children: count(outcome.updated) },
          { key: 'unchanged', label: S.unchanged, children: count(outcome.unchanged) },
          { key: 'skipped', label: S.skipped, children: count(outcome.skipped) },
          { key: 'errors', label: S.errorRows, children: count(errorRows) },
          {
            key: 'failed',
            label: S.failedRows,
            children: count(failed + outcome.notWritten.length)
          }
        ]}
      />
      {outcome.failed.map((chunk) => (
        <Alert
          key={chunk.chunk}
          type="error"
          showIcon
          title={S.failedChunk(chunk.chunk, rowRange(chunk.rows), chunk.message)}
        />
      ))}
      {outcome.cancelled ? (
        <Alert type="warning" showIcon title={S.cancelledRows(outcome.notWritten.length)} />
      ) : null}
      {unwritten > 0 ? <div>{exportButton}</div> : null}
    </Flex>
  )
}
