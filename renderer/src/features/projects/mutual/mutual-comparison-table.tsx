/**
 * The two sheets side by side (mutualComparison): per obligation its 自评, 他评 and their gap,
 * the obligations the sides see very differently highlighted, and each side's totals — the 他评
 * total being the side's official score.
 */
import { Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import {
  MUTUAL_GAP_FLAG_PERCENT,
  MUTUAL_SIDE_LABELS,
  MUTUAL_SIDES,
  mutualComparison,
  type MutualComparisonRow,
  type MutualEvaluation
} from '@shared/domain/evaluations/mutual-evaluation'
import { MUTUAL_LABELS as L, MUTUAL_STRINGS as S } from './strings'

const FLAGGED_ROW = { background: 'rgba(250, 173, 20, 0.15)' }

export function MutualComparisonTable({ evaluation }: { evaluation: MutualEvaluation }) {
  const { rows, totals } = mutualComparison(evaluation)
  const value = (score: number | null) => score ?? S.none

  const columns: ColumnsType<MutualComparisonRow> = [
    { key: 'name', title: L.name, dataIndex: 'name' },
    {
      key: 'side',
      title: L.side,
      width: 90,
      render: (_, row) => MUTUAL_SIDE_LABELS[row.side]
    },
    { key: 'maxScore', title: L.maxScore, width: 72, align: 'right', dataIndex: 'maxScore' },
    { key: 'self', title: L.self, width: 72, align: 'right', render: (_, row) => value(row.self) },
    {
      key: 'other',
      title: L.other,
      width: 72,
      align: 'right',
      render: (_, row) => value(row.other)
    },
    {
      key: 'gap',
      title: L.gap,
      width: 140,
      align: 'right',
      render: (_, row) => (
        <>
          {row.flagged ? <Tag color="warning">{S.flagged}</Tag> : null}
          {value(row.gap)}
        </>
      )
    }
  ]

  return (
    <>
      <Table<MutualComparisonRow>
        aria-label={S.comparisonLabel}
        size="small"
        rowKey="key"
        dataSource={rows}
        columns={columns}
        pagination={false}
        onRow={(row) => ({ style: row.flagged ? FLAGGED_ROW : undefined })}
        summary={() =>
          MUTUAL_SIDES.map((side) => (
            <Table.Summary.Row key={side}>
              <Table.Summary.Cell index={0} colSpan={2}>
                <Typography.Text strong>{S.sideTotalRow(MUTUAL_SIDE_LABELS[side])}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {totals[side].maxScore}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {value(totals[side].self)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                <Typography.Text strong>{value(totals[side].other)}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} />
            </Table.Summary.Row>
          ))
        }
      />
      <Typography.Text type="secondary">{S.flaggedHint(MUTUAL_GAP_FLAG_PERCENT)}</Typography.Text>
    </>
  )
}
