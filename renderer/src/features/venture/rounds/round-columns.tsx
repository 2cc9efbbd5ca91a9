/** The rows and columns of the 批次 grid: one row per round, newest year first. */
import { Tag, Typography } from 'antd'
import { Link } from 'react-router'
import type { DataGridColumn } from '@renderer/components/data-grid'
import type { IsoDate } from '@shared/domain/dates'
import { formatWanYuan } from '@shared/domain/money'
import { ROUND_STATUSES, type VentureRound } from '@shared/domain/venture/round'
import { nextStep, type NextStep } from '@shared/domain/venture/round-progress'
import { pinyinKeys, type PinyinKeys } from '@shared/text/pinyin'
import { RoundStatusTag } from './round-status-tag'
import { ROUND_STRINGS as S } from './strings'

export interface RoundRow extends VentureRound {
  /** Applications in the round, archived ones left out. */
  applicationCount: number
  next: NextStep | null
  /** Pinyin of the name, for the search box. */
  keys: PinyinKeys
}

export function roundRows(
  rounds: readonly VentureRound[],
  applicationCounts: ReadonlyMap<string, number>,
  today: IsoDate
): RoundRow[] {
  return [...rounds]
    .sort((a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt))
    .map((round) => ({
      ...round,
      applicationCount: applicationCounts.get(round.id) ?? 0,
      next: nextStep(round, today),
      keys: pinyinKeys(round.name)
    }))
}

const nextText = (next: NextStep | null) =>
  next ? `${next.label} ${next.on}${next.overdue ? `（${S.overdue}）` : ''}` : S.noNextStep

export const ROUND_COLUMNS: DataGridColumn<RoundRow>[] = [
  { id: 'year', header: '年度', value: (r) => r.year, width: 80, sort: 'number' },
  {
    id: 'name',
    header: '名称',
    value: (r) => r.name,
    width: 280,
    sort: 'zh',
    render: (r) => (
      <>
        <Link to={`/venture/${r.id}`}>{r.name}</Link>
        {r.archivedAt ? <Tag style={{ marginInlineStart: 8 }}>{S.archivedTag}</Tag> : null}
      </>
    )
  },
  {
    id: 'status',
    header: '状态',
    value: (r) => r.status,
    width: 100,
    sort: (a, b) => ROUND_STATUSES.indexOf(a.status) - ROUND_STATUSES.indexOf(b.status),
    filter: { kind: 'select', options: [...ROUND_STATUSES] },
    render: (r) => <RoundStatusTag status={r.status} />
  },
  {
    id: 'fundPool',
    header: `资金池（${S.wanYuan}）`,
    value: (r) => formatWanYuan(r.fundPoolFen),
    width: 130,
    align: 'right',
    sort: (a, b) => a.fundPoolFen - b.fundPoolFen,
    // Exports state every amount in 元, as numbers Excel can add up.
    exportAs: 'yuan',
    exportValue: (r) => r.fundPoolFen,
    exportHeader: '资金池（元）'
  },
  {
    id: 'tracks',
    header: '类别数',
    value: (r) => r.tracks.length,
    width: 80,
    align: 'right',
    sort: 'number'
  },
  {
    id: 'applications',
    header: '申报书',
    value: (r) => r.applicationCount,
    width: 80,
    align: 'right',
    sort: 'number'
  },
  {
    id: 'next',
    header: '下一步',
    value: (r) => nextText(r.next),
    width: 220,
    sort: (a, b) => (a.next?.on ?? '').localeCompare(b.next?.on ?? ''),
    render: (r) =>
      r.next?.overdue ? (
        <Typography.Text type="danger">{nextText(r.next)}</Typography.Text>
      ) : (
        nextText(r.next)
      )
  }
]

export const searchRound = (r: RoundRow) => ({ text: `${r.year} ${r.name}`, keys: r.keys })

export const roundId = (r: RoundRow) => r.id
