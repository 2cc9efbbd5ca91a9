/**
 * The 绩效目标表 as it reads in a contract annex: 一级 / 二级 / 三级 in their own columns, then
 * weight, target, where the actual comes from, the actual so far and whether it is reached
 * (进行中 while the project still delivers).
 */
import { useMemo } from 'react'
import { Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { IsoDate } from '@shared/domain/dates'
import type { IndicatorLevel } from '@shared/domain/performance/indicator'
import { targetVerdict, type TargetVerdict } from '@shared/domain/performance/target-verdict'
import type { Project } from '@shared/domain/projects/project'
import { sourceText, targetText, type IndicatorRow } from './indicator-display'
import { INDICATOR_STRINGS as S } from './strings'

const VERDICT_COLORS: Readonly<Record<TargetVerdict, string>> = {
  达成: 'success',
  未达成: 'warning',
  进行中: 'processing'
}

/** 达成 / 未达成 / 进行中, coloured the same wherever a target is judged. */
export function TargetVerdictTag({ verdict }: { verdict: TargetVerdict }) {
  return <Tag color={VERDICT_COLORS[verdict]}>{verdict}</Tag>
}

const levelColumn = (level: IndicatorLevel, title: string) => ({
  key: `level${level}`,
  title,
  width: 150,
  render: (_: unknown, row: IndicatorRow) =>
    row.node.level === level ? (
      <Typography.Text strong={!row.isLeaf}>{row.node.name}</Typography.Text>
    ) : null
})

function AchievementCell({ row, verdict }: { row: IndicatorRow; verdict: TargetVerdict | null }) {
  if (!row.isLeaf || verdict === null) return null
  return (
    <>
      {row.rate === null ? null : <span style={{ marginInlineEnd: 8 }}>{S.rate(row.rate)}</span>}
      <TargetVerdictTag verdict={verdict} />
    </>
  )
}

const tableColumns = (
  verdict: (met: boolean | null) => TargetVerdict | null
): ColumnsType<IndicatorRow> => [
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
    render: (_, row) => <AchievementCell row={row} verdict={verdict(row.met)} />
  },
  {
    key: 'scoringRule',
    title: S.scoringRule,
    ellipsis: { showTitle: true },
    render: (_, row) => row.node.scoringRule ?? ''
  }
]

export interface IndicatorTableProps {
  rows: readonly IndicatorRow[]
  /** The project the targets are its: whether it still delivers decides 进行中. */
  project: Pick<Project, 'status' | 'endOn'>
  today: IsoDate
}

export function IndicatorTable({ rows, project, today }: IndicatorTableProps) {
  const { status, endOn } = project
  const columns = useMemo(
    () => tableColumns((met) => targetVerdict(met, { status, endOn }, today)),
    [status, endOn, today]
  )
  return (
    <Table<IndicatorRow>
      aria-label={S.tableLabel}
      size="small"
      bordered
      rowKey={(row) => row.node.key}
      dataSource={[...rows]}
      columns={columns}
      pagination={false}
      scroll={{ x: 1100 }}
    />
  )
}
