/**
 * The columns of the 需求清单 grid and the rows it shows: each need with its community's name
 * and its demand rank (rankNeeds: open needs only, equal counts sharing a rank).
 */
import { Tag } from 'antd'
import type { DataGridColumn } from '@renderer/components/data-grid'
import {
  NEED_CATEGORIES,
  NEED_SOURCES,
  NEED_STATUSES,
  rankNeeds,
  type Need
} from '@shared/domain/linkage/need'
import { NeedStatusTag } from './need-status-tag'
import { NEED_FIELD_LABELS as L, NEED_STRINGS as S } from './strings'

export interface NeedRow extends Need {
  communityName: string
  /** Its place by demand among the open needs; null when resolved, archived or merged. */
  rank: number | null
}

/**
 * The rows in rank order, which the grid keeps until a header is clicked: the open needs by
 * demand, then the others (resolved, archived, merged) with the most residents first.
 */
export function needRows(
  needs: readonly Need[],
  communityName: (id: string) => string | undefined
): NeedRow[] {
  const ranked = rankNeeds(needs)
  const rankOf = new Map(ranked.map(({ need, rank }) => [need.id, rank]))
  const row = (need: Need): NeedRow => ({
    ...need,
    communityName: communityName(need.communityId) ?? S.missingCommunity,
    rank: rankOf.get(need.id) ?? null
  })
  const closed = needs
    .filter((need) => !rankOf.has(need.id))
    .sort((a, b) => b.raisedBy - a.raisedBy || a.raisedOn.localeCompare(b.raisedOn))
  return [...ranked.map(({ need }) => row(need)), ...closed.map(row)]
}

export const NEED_COLUMNS: DataGridColumn<NeedRow>[] = [
  {
    id: 'rank',
    header: S.rank,
    value: (row) => row.rank,
    width: 80,
    align: 'right',
    sort: 'number'
  },
  {
    id: 'name',
    header: L.name!,
    value: (row) => row.name,
    width: 240,
    sort: 'zh',
    sortValue: (row) => row.pinyin,
    render: (row) => (
      <>
        {row.name}
        {row.mergedIntoId ? (
          <Tag style={{ marginInlineStart: 8 }}>{S.mergedTag}</Tag>
        ) : row.archivedAt ? (
          <Tag style={{ marginInlineStart: 8 }}>{S.archivedTag}</Tag>
        ) : null}
      </>
    )
  },
  {
    id: 'community',
    header: L.communityId!,
    value: (row) => row.communityName,
    width: 160,
    sort: 'zh',
    filter: { kind: 'select' }
  },
  {
    id: 'category',
    header: L.category!,
    value: (row) => row.category,
    width: 120,
    sort: 'zh',
    filter: { kind: 'select', options: [...NEED_CATEGORIES] }
  },
  {
    id: 'source',
    header: L.source!,
    value: (row) => row.source,
    width: 90,
    filter: { kind: 'select', options: [...NEED_SOURCES] }
  },
  {
    id: 'raisedBy',
    header: L.raisedBy!,
    value: (row) => row.raisedBy,
    width: 90,
    align: 'right',
    sort: 'number'
  },
  { id: 'raisedOn', header: L.raisedOn!, value: (row) => row.raisedOn, width: 110, sort: 'date' },
  {
    id: 'status',
    header: L.status!,
    value: (row) => row.status,
    width: 90,
    filter: { kind: 'select', options: [...NEED_STATUSES] },
    render: (row) => <NeedStatusTag status={row.status} />
  },
  {
    id: 'projects',
    header: S.projectCount,
    value: (row) => row.projectIds.length,
    width: 90,
    align: 'right',
    sort: 'number'
  },
  {
    id: 'description',
    header: L.description!,
    value: (row) => row.description,
    width: 260,
    hiddenByDefault: true
  }
]

export const searchNeed = (row: NeedRow) => ({
  text: `${row.name} ${row.communityName} ${row.description ?? ''}`,
  keys: row
})

export const needRowId = (row: NeedRow) => row.id
