/**
 * The 绩效目标表 as it reads in a contract annex: 一级 / 二级 / 三级 in their own columns, then
 * weight, target, where the actual comes from, the actual so far and whether it is reached.
 */
import { Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { IndicatorLevel } from '@shared/domain/performance/indicator'
import { sourceText, targetText, type IndicatorRow } from './indicator-display'
import { INDICATOR_STRINGS as S } from './strings'

const levelColumn = (level: IndicatorLevel, title: string) => ({
  key: `level${level}`,
  title,
  width: 150,
  render: (_: unknown, row: IndicatorRow) =>
    row.node.level === level ? (
      <Typography.Text strong={!row.isLeaf}>{row.node.name}</Typography.Text>
    ) : null
})

function AchievementCell({ row }: { row: IndicatorRow }) {
  if (!row.isLeaf || row.met === null) return null
  return (
    <>
      {row.rate === null ? null : <span style={{ marginInlineEnd: 8 }}>{S.rate(row.rate)}</span>}
      <Tag color={row.met ? 'success' : 'warning'}>{row.met ? S.met : S.notMet}</Tag>
    </>
  )
}

const COLUMNS: ColumnsType<IndicatorRow> = [
  levelColumn(1, S.level1),
  levelColumn(2, S.level2),
  levelColumn(3, S.level3),
  {
    key: 'weight',
    title: S.weight,
    width: 70,
    align: 'right',
    render: (_, row) => row.node.weight
  },
  {
    key: 'target',
    title: S.target,
    width: 120,
    render: (_, row) => (row.isLeaf ? targetText(row.node.target) : null)
  },
  { key: 'source', title: S.source, width: 120, render: (_, row) => sourceText(row) },
  {
    key: 'actual',
    title: S.actual,
    width: 90,
    align: 'right',
    render: (_, row) => (row.isLeaf ? (row.actual ?? S.none) : null)
  },
  {
    key: 'achievement',
    title: S.achievement,
    width: 140,
    render: (_, row) => <AchievementCell row={row} />
  },
  {
    key: 'scoringRule',
    title: S.scoringRule,
    ellipsis: { showTitle: true },
    render: (_, row) => row.node.scoringRule ?? ''
  }
]

export function IndicatorTable({ rows }: { rows: readonly IndicatorRow[] }) {
  return (
    <Table<IndicatorRow>
      aria-label={S.tableLabel}
      size="small"
      bordered
      rowKey={(row) => row.node.key}
      dataSource={[...rows]}
      columns={COLUMNS}
      pagination={false}
      scroll={{ x: 1100 }}
    />
  )
}
