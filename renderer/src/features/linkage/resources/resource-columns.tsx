/**
 * The columns of the 资源清单 grid and the rows it shows: each resource with the names of the
 * communities it is offered to, the 五社联动 leg it brings (fiveSocietyLeg) and whether its
 * period is over. The phone is shown masked.
 */
import { Tag } from 'antd'
import type { DataGridColumn } from '@renderer/components/data-grid'
import type { IsoDate } from '@shared/domain/dates'
import { maskPhone } from '@shared/domain/identifiers/masking'
import {
  RESOURCE_PROVIDER_KINDS,
  RESOURCE_TYPES,
  type Resource
} from '@shared/domain/linkage/resource'
import {
  FIVE_SOCIETY_TYPES,
  fiveSocietyLeg,
  type FiveSocietyLeg
} from '@shared/domain/linkage/resource-rules'
import { formatYuan } from '@shared/domain/money'
import { ExpiredTag, FiveSocietyTag } from './resource-tags'
import { RESOURCE_FIELD_LABELS as L, RESOURCE_STRINGS as S } from './strings'
import { isResourceExpired } from '@shared/domain/linkage/resource-rules'

export interface ResourceRow extends Resource {
  communityNames: string
  leg: FiveSocietyLeg | null
  /** Its period ended before today. */
  expired: boolean
}

/** The communities' names, or 全部社区 when the resource names none. */
export function communityNames(
  resource: Pick<Resource, 'communityIds'>,
  communityName: (id: string) => string | undefined
): string {
  if (resource.communityIds.length === 0) return S.allCommunities
  return resource.communityIds.map((id) => communityName(id) ?? S.missingRecord).join('、')
}

export function resourceRows(
  resources: readonly Resource[],
  communityName: (id: string) => string | undefined,
  today: IsoDate
): ResourceRow[] {
  return resources.map((resource) => ({
    ...resource,
    communityNames: communityNames(resource, communityName),
    leg: fiveSocietyLeg(resource),
    expired: isResourceExpired(resource, today)
  }))
}

/** `2026-01-01 至 2026-12-31`, with an open end said so. */
export function periodText(resource: Pick<Resource, 'availableFrom' | 'availableUntil'>) {
  const { availableFrom: from, availableUntil: until } = resource
  if (from === null && until === null) return S.noPeriod
  return S.period(from ?? S.openStart, until ?? S.openEnd)
}

export const RESOURCE_COLUMNS: DataGridColumn<ResourceRow>[] = [
  {
    id: 'name',
    header: L.name!,
    value: (row) => row.name,
    width: 220,
    sort: 'zh',
    sortValue: (row) => row.pinyin,
    render: (row) => (
      <>
        {row.name}
        {row.archivedAt ? <Tag style={{ marginInlineStart: 8 }}>{S.archivedTag}</Tag> : null}
      </>
    )
  },
  {
    id: 'type',
    header: L.type!,
    value: (row) => row.type,
    width: 90,
    filter: { kind: 'select', options: [...RESOURCE_TYPES] }
  },
  {
    id: 'leg',
    header: S.legColumn,
    value: (row) => row.leg,
    width: 120,
    filter: { kind: 'select', options: [...FIVE_SOCIETY_TYPES] },
    render: (row) => (row.leg ? <FiveSocietyTag leg={row.leg} /> : '—')
  },
  {
    id: 'providerKind',
    header: L.providerKind!,
    value: (row) => row.providerKind,
    width: 110,
    filter: { kind: 'select', options: [...RESOURCE_PROVIDER_KINDS] }
  },
  {
    id: 'providerName',
    header: L.providerName!,
    value: (row) => row.providerName,
    width: 200,
    sort: 'zh',
    filter: { kind: 'text' }
  },
  { id: 'capacity', header: L.capacity!, value: (row) => row.capacity, width: 180 },
  {
    id: 'amount',
    header: S.amountColumn,
    value: (row) => (row.amountFen === null ? null : formatYuan(row.amountFen)),
    width: 120,
    align: 'right',
    sort: (a, b) => (a.amountFen ?? 0) - (b.amountFen ?? 0),
    exportAs: 'yuan',
    exportValue: (row) => row.amountFen
  },
  {
    id: 'communities',
    header: L.communityIds!,
    value: (row) => row.communityNames,
    width: 180,
    filter: { kind: 'text' }
  },
  {
    id: 'categories',
    header: L.categories!,
    value: (row) => (row.categories.length === 0 ? S.anyCategory : row.categories.join('、')),
    width: 160,
    filter: { kind: 'text' }
  },
  {
    id: 'period',
    header: S.periodColumn,
    value: (row) => periodText(row),
    width: 230,
    sort: (a, b) => (a.availableUntil ?? '9999').localeCompare(b.availableUntil ?? '9999'),
    render: (row) => (
      <>
        {periodText(row)}
        {row.expired ? (
          <span style={{ marginInlineStart: 8 }}>
            <ExpiredTag />
          </span>
        ) : null}
      </>
    )
  },
  {
    id: 'availability',
    header: L.availability!,
    value: (row) => row.availability,
    width: 140,
    hiddenByDefault: true
  },
  { id: 'contactName', header: L.contactName!, value: (row) => row.contactName, width: 90 },
  {
    id: 'contactPhone',
    header: L.contactPhone!,
    value: (row) => (row.contactPhone ? maskPhone(row.contactPhone) : null),
    width: 130
  }
]

export const searchResource = (row: ResourceRow) => ({
  text: `${row.name} ${row.providerName} ${row.capacity} ${row.communityNames}`,
  keys: row
})

export const resourceRowId = (row: ResourceRow) => row.id
