/**
 * The 服务目录 items a purchase buys, found by name, pinyin or code. Items on the 102号令
 * negative list stay on view but cannot be picked, the reason beside them (purchaseRefusal);
 * archived items are offered only where already picked.
 */
import { useMemo } from 'react'
import { Flex, Select, Typography, type SelectProps } from 'antd'
import { NegativeListTag } from '@renderer/features/catalogue/negative-list-tag'
import { purchaseRefusal, type CatalogueItem } from '@shared/domain/catalogue/catalogue-item'
import { matchesPinyinQuery, normalizeQuery } from '@shared/text/pinyin'
import { PROJECT_STRINGS as S } from './strings'

interface ItemOption {
  value: string
  label: string
  disabled: boolean
  item: CatalogueItem
  refusal: string | null
}

export interface PurchaseCatalogueSelectProps extends Omit<
  SelectProps<string[], ItemOption>,
  'mode' | 'options' | 'showSearch' | 'loading'
> {
  /** Every catalogue item, undefined while loading. */
  items: readonly CatalogueItem[] | undefined
}

export function PurchaseCatalogueSelect({ items, ...props }: PurchaseCatalogueSelectProps) {
  const chosen = props.value
  const options = useMemo(
    () =>
      (items ?? [])
        .filter((item) => item.archivedAt === null || chosen?.includes(item.id))
        .map((item) => {
          const refusal = purchaseRefusal(item)
          return { value: item.id, label: item.name, disabled: refusal !== null, item, refusal }
        }),
    [items, chosen]
  )
  return (
    <Select<string[], ItemOption>
      {...props}
      mode="multiple"
      options={options}
      loading={items === undefined}
      notFoundContent={S.catalogueEmpty}
      showSearch={{
        filterOption: (input, option) =>
          !!option &&
          matchesPinyinQuery(
            normalizeQuery(input),
            `${option.item.name} ${option.item.code ?? ''}`,
            option.item
          )
      }}
      optionRender={({ data }) => (
        <Flex vertical>
          <Flex gap="small" align="center" wrap>
            <span>{data.item.name}</span>
            <Typography.Text type="secondary">{data.item.category}</Typography.Text>
            {data.item.negativeListKey ? (
              <NegativeListTag negativeListKey={data.item.negativeListKey} />
            ) : null}
          </Flex>
          {data.refusal ? (
            <Typography.Text type="danger" style={{ whiteSpace: 'normal', fontSize: 12 }}>
              {data.refusal}
            </Typography.Text>
          ) : null}
        </Flex>
      )}
    />
  )
}
