/** The columns of the 社区 grid. */
import { Tag } from 'antd'
import { Link } from 'react-router'
import type { DataGridColumn } from '@renderer/components/data-grid'
import type { Community } from '@shared/domain/communities/community'
import { communityPath } from './community-path'
import { COMMUNITY_FIELD_LABELS as L } from './strings'

export const COMMUNITY_COLUMNS: DataGridColumn<Community>[] = [
  {
    id: 'name',
    header: L.name!,
    value: (c) => c.name,
    width: 200,
    sort: 'zh',
    sortValue: (c) => c.pinyin,
    render: (c) => (
      <>
        <Link to={communityPath(c.id)}>{c.name}</Link>
        {c.archivedAt ? <Tag style={{ marginInlineStart: 8 }}>已归档</Tag> : null}
      </>
    )
  },
  {
    id: 'district',
    header: L.district!,
    value: (c) => c.district,
    width: 100,
    sort: 'zh',
    filter: { kind: 'select' }
  },
  {
    id: 'subdistrict',
    header: L.subdistrict!,
    value: (c) => c.subdistrict,
    width: 120,
    sort: 'zh',
    filter: { kind: 'select' }
  },
  { id: 'divisionCode', header: L.divisionCode!, value: (c) => c.divisionCode, width: 140 },
  {
    id: 'households',
    header: L.households!,
    value: (c) => c.households,
    width: 90,
    align: 'right',
    sort: 'number'
  },
  {
    id: 'population',
    header: L.population!,
    value: (c) => c.population,
    width: 90,
    align: 'right',
    sort: 'number'
  },
  {
    id: 'grids',
    header: L.grids!,
    value: (c) => c.grids,
    width: 80,
    align: 'right',
    sort: 'number'
  }
]

export const searchCommunity = (c: Community) => ({
  text: `${c.name} ${c.subdistrict} ${c.divisionCode ?? ''}`,
  keys: c
})

export const communityId = (c: Community) => c.id
