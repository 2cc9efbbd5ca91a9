/**
 * A titled list of records where a click on a row (or its 打开 / 查看 link) opens that record
 * below the list, as a project's 评估 and 双向评估 are worked on: the opened row stays
 * highlighted, so it is plain which one the view below is.
 */
import type { ReactNode } from 'react'
import { Button, Flex, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'

const OPENED_ROW = { cursor: 'pointer', background: 'rgba(22, 119, 255, 0.06)' }
const OTHER_ROW = { cursor: 'pointer' }

export interface OpeningListProps<T extends { id: string }> {
  title: string
  /** The table's accessible name. */
  label: string
  /** Beside the title: the button that starts a new record. */
  action: ReactNode
  /** Between the title and the table, e.g. why nothing can be started yet. */
  notice?: ReactNode
  rows: readonly T[]
  columns: ColumnsType<T>
  emptyText: string
  /** The last column: its title, and the link that opens a row. */
  opener: { title: string; label(row: T): string }
  openId: string | null
  onOpen(id: string): void
}

export function OpeningList<T extends { id: string }>({
  title,
  label,
  action,
  notice,
  rows,
  columns,
  emptyText,
  opener,
  openId,
  onOpen
}: OpeningListProps<T>) {
  const openColumn: ColumnsType<T>[number] = {
    key: 'open',
    title: opener.title,
    width: 72,
    render: (_, row) => (
      <Button type="link" size="small" onClick={() => onOpen(row.id)}>
        {opener.label(row)}
      </Button>
    )
  }
  return (
    <section aria-label={title}>
      <Flex justify="space-between" align="center" wrap gap="middle">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {action}
      </Flex>
      {notice}
      <Table<T>
        aria-label={label}
        size="small"
        rowKey="id"
        dataSource={rows}
        columns={[...columns, openColumn]}
        pagination={false}
        locale={{ emptyText }}
        style={{ marginTop: 12 }}
        onRow={(row) => ({
          onClick: () => onOpen(row.id),
          style: row.id === openId ? OPENED_ROW : OTHER_ROW
        })}
      />
    </section>
  )
}
