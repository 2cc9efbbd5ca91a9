/**
 * The evaluation's copy of the 绩效目标表, in tree order: each leaf with its weight, target,
 * actual and how far it got, its score and the basis for it; each first- and second-level
 * indicator with the subtotal of the leaves under it. In a draft the score and basis are inputs
 * of the surrounding form, at `scores.<index>` of the evaluation's score rows.
 */
import { Flex, Form, Input, InputNumber, Table, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { subtotals, type IndicatorScore } from '@shared/domain/evaluations/project-evaluation'
import { leafIndicators, type IndicatorNode } from '@shared/domain/performance/indicator'
import { achievement, depthFirst } from '@shared/domain/performance/indicator-tree'
import { targetText } from '../indicators/indicator-display'
import { TargetVerdictTag } from '../indicators/indicator-table'
import { EVALUATION_LABELS as L, EVALUATION_STRINGS as S } from './strings'

export interface IndicatorScoreTableProps {
  indicators: readonly IndicatorNode[]
  /** The scores as they stand (typed so far, in a draft). */
  scores: readonly IndicatorScore[]
  /** A draft: leaf key → index of its row in the form's `scores`. */
  editable?: ReadonlyMap<string, number>
}

export function IndicatorScoreTable({ indicators, scores, editable }: IndicatorScoreTableProps) {
  const leaves = new Set(leafIndicators(indicators).map((leaf) => leaf.key))
  const subtotal = new Map(subtotals(indicators, scores).map((row) => [row.key, row]))
  const scoreOf = new Map(scores.map((row) => [row.key, row]))

  const columns: ColumnsType<IndicatorNode> = [
    {
      key: 'name',
      title: L.indicator,
      render: (_, node) => (
        <div style={{ paddingInlineStart: (node.level - 1) * 16 }}>
          {leaves.has(node.key) ? (
            <Flex vertical>
              <span>{node.name}</span>
              {node.scoringRule ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {S.scoringRule}：{node.scoringRule}
                </Typography.Text>
              ) : null}
            </Flex>
          ) : (
            <Typography.Text strong>{node.name}</Typography.Text>
          )}
        </div>
      )
    },
    { key: 'weight', title: L.weight, width: 64, align: 'right', dataIndex: 'weight' },
    {
      key: 'target',
      title: L.target,
      width: 110,
      render: (_, node) => (leaves.has(node.key) || node.target ? targetText(node.target) : null)
    },
    {
      key: 'actual',
      title: L.actual,
      width: 96,
      align: 'right',
      render: (_, node) => (leaves.has(node.key) ? (node.actual ?? S.none) : null)
    },
    {
      key: 'achievement',
      title: L.achievement,
      width: 110,
      render: (_, node) => {
        if (!leaves.has(node.key)) return null
        const { rate, met } = achievement(node)
        if (met === null) return S.none
        return (
          <Flex gap={4} align="center">
            {rate === null ? null : <span>{S.rateValue(rate)}</span>}
            <TargetVerdictTag verdict={met ? '达成' : '未达成'} />
          </Flex>
        )
      }
    },
    {
      key: 'score',
      title: L.score,
      width: 130,
      render: (_, node) => {
        if (!leaves.has(node.key)) {
          const row = subtotal.get(node.key)
          return row ? (
            <Typography.Text type="secondary">{S.subtotal(row.score, row.weight)}</Typography.Text>
          ) : null
        }
        const index = editable?.get(node.key)
        if (index === undefined) return scoreOf.get(node.key)?.score ?? S.none
        return (
          <Form.Item name={['scores', index, 'score']} style={{ margin: 0 }}>
            <InputNumber
              aria-label={S.scoreLabel(node.name)}
              min={0}
              max={node.weight}
              step={0.5}
              style={{ width: '100%' }}
            />
          </Form.Item>
        )
      }
    },
    {
      key: 'evidence',
      title: L.evidence,
      width: 220,
      render: (_, node) => {
        if (!leaves.has(node.key)) return null
        const index = editable?.get(node.key)
        if (index === undefined) {
          const evidence = scoreOf.get(node.key)?.evidence
          return evidence ? (
            <Tooltip title={evidence}>
              <span>{evidence}</span>
            </Tooltip>
          ) : (
            S.none
          )
        }
        return (
          <Form.Item name={['scores', index, 'evidence']} style={{ margin: 0 }}>
            <Input
              aria-label={S.evidenceLabel(node.name)}
              placeholder={S.evidencePlaceholder}
              maxLength={500}
            />
          </Form.Item>
        )
      }
    }
  ]

  return (
    <Table<IndicatorNode>
      aria-label={S.indicatorsLabel}
      size="small"
      rowKey="key"
      dataSource={depthFirst(indicators)}
      columns={columns}
      pagination={false}
    />
  )
}
