/** The side panel of one catalogue item: its fields, 编辑, 归档 / 恢复使用 and its history. */
import { App } from 'antd'
import type { DescriptionsProps } from 'antd'
import { EditAction, RecordPanel } from '@renderer/components/record-panel'
import { useRepositories } from '@renderer/db/use-repositories'
import type { CatalogueItem } from '@shared/domain/catalogue/catalogue-item'
import { formatYuan } from '@shared/domain/money'
import { NegativeListTag } from './negative-list-tag'
import { CATALOGUE_FIELD_LABELS as L, CATALOGUE_STRINGS as S } from './strings'

export interface CataloguePanelProps {
  item: CatalogueItem | null
  onEdit(item: CatalogueItem): void
  onClose(): void
}

export function CataloguePanel({ item, onEdit, onClose }: CataloguePanelProps) {
  const { catalogueItems } = useRepositories()
  const { message } = App.useApp()

  // Archiving an item projects still name is allowed; the repository's warning says which.
  const archive = async (id: string) => {
    const result = await catalogueItems.archive(id)
    for (const warning of result.warnings) message.warning(warning.message, 8)
    return result
  }

  const items: DescriptionsProps['items'] = item
    ? [
        { key: 'code', label: L.code, children: item.code ?? '—' },
        { key: 'unit', label: L.unit, children: item.unit },
        { key: 'list', label: L.list, span: 2, children: item.list },
        { key: 'category', label: L.category, span: 2, children: item.category },
        {
          key: 'typicalPrice',
          label: L.typicalPriceFen,
          span: 2,
          children:
            item.typicalPriceFen === null
              ? S.noPrice
              : `${formatYuan(item.typicalPriceFen)} ${S.perUnit(item.unit)}`
        },
        {
          key: 'negativeList',
          label: L.negativeListKey,
          span: 2,
          children: item.negativeListKey ? (
            <NegativeListTag negativeListKey={item.negativeListKey} />
          ) : (
            S.negativeNone
          )
        },
        {
          key: 'description',
          label: L.description,
          span: 2,
          children: item.description || '—'
        },
        { key: 'note', label: L.note, span: 2, children: item.note ?? '—' }
      ]
    : []

  return (
    <RecordPanel
      record={item}
      onClose={onClose}
      items={items}
      extra={
        item ? (
          <div style={{ marginTop: 16 }}>
            <EditAction
              record={item}
              label={S.edit}
              refusal={S.editArchived}
              onEdit={() => onEdit(item)}
            />
          </div>
        ) : null
      }
      fieldLabels={L}
      history={catalogueItems.history}
      archive={archive}
      restore={catalogueItems.restore}
    />
  )
}
