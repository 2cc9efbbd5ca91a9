/** The columns of the 服务目录 grid. */
import { Tag } from 'antd'
import type { DataGridColumn } from '@renderer/components/data-grid'
import {
  CATALOGUE_CATEGORIES,
  CATALOGUE_LISTS,
  negativeListLabel,
  type CatalogueItem
} from '@shared/domain/catalogue/catalogue-item'
import { formatYuan } from '@shared/domain/money'
import { compareZh } from '@shared/text/collator'
import { NegativeListTag } from './negative-list-tag'
import { CATALOGUE_FIELD_LABELS as L, CATALOGUE_STRINGS as S } from './strings'

export const CATALOGUE_COLUMNS: DataGridColumn<CatalogueItem>[] = [
  {
    id: 'name',
    header: L.name!,
    value: (item) => item.name,
    width: 220,
    sort: 'zh',
    sortValue: (item) => item.pinyin,
    render: (item) => (
      <>
        {item.name}
        {item.archivedAt ? <Tag style={{ marginInlineStart: 8 }}>{S.archivedTag}</Tag> : null}
      </>
    )
  },
  { id: 'code', header: L.code!, value: (item) => item.code, width: 110, sort: 'zh' },
  {
    id: 'list',
    header: L.list!,
    value: (item) => item.list,
    width: 190,
    sort: 'zh',
    filter: { kind: 'select', options: [...CATALOGUE_LISTS] }
  },
  {
    id: 'category',
    header: L.category!,
    value: (item) => item.category,
    width: 200,
    sort: 'zh',
    filter: { kind: 'select', options: [...CATALOGUE_CATEGORIES] }
  },
  { id: 'unit', header: L.unit!, value: (item) => item.unit, width: 70 },
  {
    id: 'typicalPrice',
    header: L.typicalPriceFen!,
    value: (item) => (item.typicalPriceFen === null ? null : formatYuan(item.typicalPriceFen)),
    width: 130,
    align: 'right',
    // Items without a price have no value, and the grid keeps those last.
    sort: (a, b) => (a.typicalPriceFen ?? 0) - (b.typicalPriceFen ?? 0),
    exportAs: 'yuan',
    exportValue: (item) => item.typicalPriceFen
  },
  {
    id: 'negativeList',
    header: L.negativeListKey!,
    value: (item) => (item.negativeListKey ? negativeListLabel(item.negativeListKey) : null),
    width: 240,
    filter: { kind: 'select' },
    render: (item) =>
      item.negativeListKey ? <NegativeListTag negativeListKey={item.negativeListKey} /> : '—'
  },
  {
    id: 'description',
    header: L.description!,
    value: (item) => item.description,
    width: 260,
    hiddenByDefault: true
  }
]

export const searchCatalogueItem = (item: CatalogueItem) => ({
  text: `${item.name} ${item.code ?? ''} ${item.description}`,
  keys: item
})

export const catalogueItemId = (item: CatalogueItem) => item.id

/**
 * The items in 编码 order, the catalogue's own numbering, compared as the 编码 column sorts
 * them; items without a code last. The grid shows this order until a header is clicked.
 */
export function catalogueRows(items: readonly CatalogueItem[]): CatalogueItem[] {
  return [...items].sort((a, b) =>
    a.code === null || b.code === null
      ? Number(a.code === null) - Number(b.code === null)
      : compareZh(a.code, b.code)
  )
}
