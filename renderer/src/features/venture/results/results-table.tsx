/**
 * The computed results while the round is in review, one row per reviewed application in rank
 * order: how each grant came about (ceiling, rule, adjustment) and the office's decisions on it.
 */
import { useMemo, useState } from 'react'
import {
  App,
  Button,
  Flex,
  Input,
  Popconfirm,
  Segmented,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography
} from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { SortOrder } from 'antd/es/table/interface'
import { formatYuan } from '@shared/domain/money'
import type { VentureRound } from '@shared/domain/venture/round'
import { errorText } from '@shared/text/error-text'
import { useRepositories } from '@renderer/db/use-repositories'
import { AdjustmentModal } from './adjustment-modal'
import type { ResultTableRow } from './result-rows'
import { FUNDING_STATUS_COLORS, RESULTS_LABELS as L, RESULTS_STRINGS as S } from './strings'
import { TiebreakModal } from './tiebreak-modal'

const ALL = ''

/**
 * Unranked (unscored) rows last in either direction, as the grids sort empty values: antd turns
 * the comparison round for 降序, so the empty side is turned round first.
 */
function byNumber(value: (row: ResultTableRow) => number | null) {
  return (a: ResultTableRow, b: ResultTableRow, order?: SortOrder) => {
    const left = value(a)
    const right = value(b)
    if (left !== null && right !== null) return left - right
    if (left === right) return 0
    const emptyLast = left === null ? 1 : -1
    return order === 'descend' ? -emptyLast : emptyLast
  }
}

const zh = new Intl.Collator('zh-CN')

function ScoreCell({ row, round }: { row: ResultTableRow; round: VentureRound }) {
  if (row.score === null) return <Typography.Text type="secondary">{S.noScore}</Typography.Text>
  const { used, dropped, methodApplied } = row.aggregate
  const fellBack = methodApplied !== round.aggregation ? S.scoreFallback : ''
  return (
    <Tooltip title={`${S.scoreTip(used.join('、'), dropped.join('、'))}${fellBack}`}>
      <span>{row.score}</span>
    </Tooltip>
  )
}

export function ResultsTable({
  round,
  rows
}: {
  round: VentureRound
  rows: readonly ResultTableRow[]
}) {
  const { ventureRounds } = useRepositories()
  const { message } = App.useApp()
  const [track, setTrack] = useState(ALL)
  const [query, setQuery] = useState('')
  const [adjusting, setAdjusting] = useState<ResultTableRow | null>(null)
  const [tied, setTied] = useState<ResultTableRow[] | null>(null)

  const shown = useMemo(() => {
    const text = query.trim()
    return rows.filter(
      (row) =>
        (track === ALL || row.track === track) &&
        (text === '' || row.title.includes(text) || row.organizationName.includes(text))
    )
  }, [rows, track, query])

  const removeAdjustment = (row: ResultTableRow) =>
    ventureRounds
      .removeAdjustment(round.id, row.applicationId)
      .then(() => message.success(S.adjustmentRemoved))
      .catch((error: unknown) => message.error(`${S.actionFailed}${errorText(error)}`))

  const tieOf = (row: ResultTableRow) =>
    rows.filter((other) => other.status === '待定（并列）' && other.score === row.score)

  // The outcome (score, final grant, status) comes first; how the grant came about follows.
  const columns: ColumnsType<ResultTableRow> = [
    {
      key: 'rank',
      title: L.rank,
      width: 64,
      align: 'right',
      fixed: 'left',
      sorter: byNumber((row) => row.rank),
      render: (_, row) => row.rank ?? S.none
    },
    {
      key: 'title',
      title: L.title,
      width: 180,
      fixed: 'left',
      sorter: (a, b) => zh.compare(a.title, b.title),
      render: (_, row) => row.title
    },
    {
      key: 'organization',
      title: L.organization,
      width: 180,
      sorter: (a, b) => zh.compare(a.organizationName, b.organizationName),
      render: (_, row) => row.organizationName
    },
    { key: 'track', title: L.track, width: 96, render: (_, row) => row.trackName },
    {
      key: 'trackRank',
      title: L.trackRank,
      width: 96,
      align: 'right',
      sorter: byNumber((row) => row.trackRank),
      render: (_, row) => row.trackRank ?? S.none
    },
    {
      key: 'sheets',
      title: L.sheets,
      width: 72,
      align: 'right',
      render: (_, { progress }) => (
        <Tooltip
          title={S.progressTip(
            progress.submitted,
            progress.scoring,
            progress.undeclared,
            progress.recused
          )}
        >
          <Typography.Text type={progress.complete ? undefined : 'warning'}>
            {progress.submitted} / {progress.assigned - progress.recused}
          </Typography.Text>
        </Tooltip>
      )
    },
    {
      key: 'score',
      title: L.score,
      width: 80,
      align: 'right',
      sorter: byNumber((row) => row.score),
      render: (_, row) => <ScoreCell row={row} round={round} />
    },
    {
      key: 'grant',
      title: L.grant,
      width: 124,
      align: 'right',
      sorter: (a, b) => a.grantFen - b.grantFen,
      render: (_, row) => <Typography.Text strong>{formatYuan(row.grantFen)}</Typography.Text>
    },
    {
      key: 'status',
      title: L.status,
      width: 240,
      render: (_, row) => (
        <Flex vertical align="flex-start">
          <Tag color={FUNDING_STATUS_COLORS[row.status]}>{row.status}</Tag>
          <Typography.Text type="secondary">
            {row.adjustment ? S.adjustedNote(row.adjustment.reason) : row.reason}
          </Typography.Text>
        </Flex>
      )
    },
    {
      key: 'requested',
      title: L.requested,
      width: 124,
      align: 'right',
      sorter: (a, b) => a.requestedFen - b.requestedFen,
      render: (_, row) => formatYuan(row.requestedFen)
    },
    {
      key: 'ceiling',
      title: L.ceiling,
      width: 124,
      align: 'right',
      render: (_, row) => formatYuan(row.ceilingFen)
    },
    {
      key: 'computed',
      title: L.computed,
      width: 124,
      align: 'right',
      render: (_, row) => formatYuan(row.computedFen)
    },
    {
      key: 'adjustment',
      title: L.adjustment,
      width: 180,
      render: (_, row) =>
        row.adjustment ? (
          <Flex vertical>
            <span>{formatYuan(row.adjustment.grantFen)}</span>
            <Typography.Text type="secondary">{row.adjustment.reason}</Typography.Text>
          </Flex>
        ) : (
          S.none
        )
    },
    {
      key: 'actions',
      title: L.actions,
      width: 120,
      fixed: 'right',
      render: (_, row) => (
        <Space vertical size={4}>
          <Button size="small" onClick={() => setAdjusting(row)}>
            {S.adjust}
          </Button>
          {row.adjustment ? (
            <Popconfirm
              title={S.removeAdjustmentConfirm}
              description={S.removeAdjustmentText}
              okText={S.removeAdjustment}
              cancelText={S.cancel}
              onConfirm={() => removeAdjustment(row)}
            >
              <Button size="small">{S.removeAdjustment}</Button>
            </Popconfirm>
          ) : null}
          {row.status === '待定（并列）' ? (
            <Button size="small" type="primary" onClick={() => setTied(tieOf(row))}>
              {S.tiebreak}
            </Button>
          ) : null}
        </Space>
      )
    }
  ]

  return (
    <>
      <Flex gap="middle" wrap align="center" style={{ marginBottom: 12 }}>
        <Segmented
          aria-label={L.track}
          value={track}
          onChange={(value) => setTrack(value)}
          options={[
            { value: ALL, label: S.allTracks },
            ...round.tracks.map((entry) => ({ value: entry.key, label: entry.name }))
          ]}
        />
        <Input.Search
          allowClear
          placeholder={S.searchPlaceholder}
          aria-label={S.searchPlaceholder}
          style={{ width: 260 }}
          onChange={(event) => setQuery(event.target.value)}
        />
      </Flex>
      <Table<ResultTableRow>
        aria-label={S.resultsLabel}
        size="small"
        rowKey="applicationId"
        dataSource={shown}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: S.resultsEmpty }}
      />
      {adjusting ? (
        <AdjustmentModal roundId={round.id} row={adjusting} onClose={() => setAdjusting(null)} />
      ) : null}
      {tied ? <TiebreakModal roundId={round.id} tied={tied} onClose={() => setTied(null)} /> : null}
    </>
  )
}
