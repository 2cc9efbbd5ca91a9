/**
 * 操作日志: every change the repositories recorded, newest first — who did what to which record,
 * and which fields changed from what to what. Filtered by table, action and operator from the
 * column headers, by a date range, and searched by the record's name (汉字, pinyin, initials), the
 * entry's wording or the values changed. A record's name opens its page. Read-only: the log is
 * append-only and nothing here writes.
 */
import { useMemo, useState } from 'react'
import { App, DatePicker, Flex, Spin, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { Link, useNavigate } from 'react-router'
import { useLiveQuery } from '@renderer/db/live-query'
import { DataGrid, type DataGridColumn } from '@renderer/components/data-grid'
import { AUDIT_ACTION_LABELS } from '@renderer/components/record-panel/strings'
import { useDatabase } from '@renderer/db/database-context'
import type { TableName } from '@renderer/db/schema'
import { TABLE_LABELS } from '@renderer/db/table-labels'
import type { AuditEntry } from '@shared/domain/audit'
import type { IsoDate } from '@shared/domain/dates'
import type { PinyinKeys } from '@shared/text/pinyin'
import { errorText } from '@shared/text/error-text'
import { chinaTime, describeChanges } from './change-text'
import { SETTINGS_RECORD_NAMES } from './field-labels'
import {
  directoryKey,
  hasChildPage,
  loadRecordDirectory,
  recordPath,
  type RecordDirectory
} from './record-directory'
import { AUDIT_LOG_STRINGS as S, EXPORT_ACTION_LABELS, OTHER_TABLE_LABELS } from './strings'

interface AuditRow {
  id: string
  entry: AuditEntry
  /** `2026-11-22 09:30`, China time. */
  time: string
  /** The China date, for the date range. */
  date: IsoDate
  tableLabel: string
  actionLabel: string
  recordName: string
  keys: PinyinKeys | undefined
  /** The record's page when known without reading anything. */
  path: string | null
  /** Whether the record has a page at all (some are found only when opened). */
  openable: boolean
  changes: string[]
  /** What the search box matches. */
  searchText: string
}

const NO_DIRECTORY: RecordDirectory = new Map()

function tableLabel(table: string): string {
  return TABLE_LABELS[table as TableName] ?? OTHER_TABLE_LABELS[table] ?? table
}

function actionLabel(entry: AuditEntry): string {
  const own = entry.action === 'export' ? EXPORT_ACTION_LABELS[entry.table] : undefined
  return own ?? AUDIT_ACTION_LABELS[entry.action] ?? entry.action
}

function auditRows(entries: readonly AuditEntry[], directory: RecordDirectory): AuditRow[] {
  // A bulk import stamps thousands of entries with one instant: format each instant once.
  const times = new Map<string, string>()
  return entries.map((entry) => {
    const info = directory.get(directoryKey(entry.table, entry.recordId))
    const recordName =
      info?.name ??
      (entry.table === 'settings' ? SETTINGS_RECORD_NAMES[entry.recordId] : undefined) ??
      entry.recordId
    const changes = entry.changes ? describeChanges(entry) : []
    let time = times.get(entry.at)
    if (time === undefined) {
      time = chinaTime(entry.at)
      times.set(entry.at, time)
    }
    return {
      id: entry.id,
      entry,
      time,
      date: time.slice(0, 10),
      tableLabel: tableLabel(entry.table),
      actionLabel: actionLabel(entry),
      recordName,
      keys: info?.keys,
      path: info?.path ?? null,
      openable: Boolean(info?.path) || hasChildPage(entry.table),
      changes,
      searchText: `${recordName} ${entry.summary ?? ''} ${changes.join(' ')} ${entry.recordId}`
    }
  })
}

function auditColumns(onOpen: (row: AuditRow) => void): DataGridColumn<AuditRow>[] {
  return [
    { id: 'at', header: S.columnAt, value: (r) => r.time, width: 140, sort: 'date' },
    {
      id: 'operator',
      header: S.columnOperator,
      value: (r) => r.entry.operator,
      width: 110,
      sort: 'zh',
      filter: { kind: 'select' }
    },
    {
      id: 'table',
      header: S.columnTable,
      value: (r) => r.tableLabel,
      width: 120,
      sort: 'zh',
      filter: { kind: 'select' }
    },
    {
      id: 'action',
      header: S.columnAction,
      value: (r) => r.actionLabel,
      width: 110,
      filter: { kind: 'select' }
    },
    {
      id: 'record',
      header: S.columnRecord,
      value: (r) => r.recordName,
      width: 240,
      sort: 'zh',
      sortValue: (r) => r.keys?.pinyin ?? r.recordName,
      render: (r) =>
        r.path ? (
          <Link to={r.path}>{r.recordName}</Link>
        ) : r.openable ? (
          <Typography.Link onClick={() => onOpen(r)}>{r.recordName}</Typography.Link>
        ) : (
          r.recordName
        )
    },
    {
      id: 'summary',
      header: S.columnSummary,
      value: (r) => r.entry.summary ?? null,
      width: 260
    },
    {
      id: 'changes',
      header: S.columnChanges,
      value: (r) => (r.changes.length > 0 ? r.changes.join(S.changeSeparator) : null),
      tooltip: (r) => r.changes.join('\n'),
      width: 420
    }
  ]
}

const EMPTY_RANGE: [Dayjs | null, Dayjs | null] = [null, null]

export function AuditLogPage() {
  const db = useDatabase()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const entries = useLiveQuery(() => db.auditLog.orderBy('at').reverse().toArray(), [db])
  const directory = useLiveQuery(() => loadRecordDirectory(db), [db])
  const [range, setRange] = useState<[IsoDate | null, IsoDate | null]>([null, null])

  const rows = useMemo(
    () => (entries ? auditRows(entries, directory ?? NO_DIRECTORY) : undefined),
    [entries, directory]
  )
  const [from, to] = range
  const shownRows = useMemo(
    () =>
      rows && (from || to)
        ? rows.filter((row) => (!from || row.date >= from) && (!to || row.date <= to))
        : (rows ?? []),
    [rows, from, to]
  )

  const grid = useMemo(() => {
    const open = (row: AuditRow) => {
      recordPath(db, directory ?? NO_DIRECTORY, row.entry.table, row.entry.recordId)
        .then((path) => {
          if (path) navigate(path)
          else message.warning(S.recordGone)
        })
        .catch((error: unknown) => message.error(S.openFailed + errorText(error)))
    }
    return { list: auditColumns(open), open }
  }, [db, directory, navigate, message])

  return (
    <Flex vertical gap="middle" style={{ height: 'calc(100vh - 112px)' }}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {S.pageTitle}
        </Typography.Title>
        {entries && !directory ? (
          <Typography.Text type="secondary">{S.loadingNames}</Typography.Text>
        ) : null}
      </Flex>
      <div style={{ flex: 1, minHeight: 0 }}>
        {rows === undefined ? (
          <Spin />
        ) : (
          <DataGrid<AuditRow>
            rows={shownRows}
            columns={grid.list}
            getRowId={rowId}
            search={search}
            searchPlaceholder={S.searchPlaceholder}
            storageKey="audit-log"
            ariaLabel={S.gridLabel}
            emptyText={S.empty}
            onRowOpen={(row) => {
              if (row.openable) grid.open(row)
            }}
            toolbar={
              <DatePicker.RangePicker
                aria-label={S.dateRange}
                placeholder={[S.dateFrom, S.dateTo]}
                allowEmpty={[true, true]}
                value={
                  from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : EMPTY_RANGE
                }
                onChange={(dates) =>
                  setRange([
                    dates?.[0]?.format('YYYY-MM-DD') ?? null,
                    dates?.[1]?.format('YYYY-MM-DD') ?? null
                  ])
                }
              />
            }
          />
        )}
      </div>
    </Flex>
  )
}

const rowId = (row: AuditRow) => row.id
const search = (row: AuditRow) => ({ text: row.searchText, keys: row.keys })
