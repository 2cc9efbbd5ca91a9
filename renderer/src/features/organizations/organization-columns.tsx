/** The columns of the 社会组织 grid. Personal data (phones) is shown masked. */
import { Tag } from 'antd'
import type { DataGridColumn } from '@renderer/components/data-grid'
import { IncubationStatusTag } from '@renderer/features/incubation/status-tag'
import type { IsoDate } from '@shared/domain/dates'
import { maskPhone } from '@shared/domain/identifiers/masking'
import { INCUBATION_STATUSES, type IncubationStatus } from '@shared/domain/incubation/incubation'
import {
  LEGAL_FORMS,
  ORGANIZATION_CATEGORIES,
  RATING_GRADES,
  ratingValidUntil,
  REGISTRATION_STATUSES,
  type Organization,
  type RegistrationStatus
} from '@shared/domain/organizations/organization'
import { RatingValidity } from './rating-validity'
import { ORGANIZATION_FIELD_LABELS as L, ORGANIZATION_STRINGS as S } from './strings'

export const REGISTRATION_STATUS_COLORS: Record<RegistrationStatus, string> = {
  筹备: 'default',
  备案: 'blue',
  已登记: 'green',
  注销: 'red'
}

/**
 * The columns as of `today` (which decides the 即将到期 / 已过期 tags), with each organisation's
 * incubation status looked up in `stayStatuses` — the rows stay the stored records, so the
 * grid's per-row search text survives a change to the stays.
 */
export function organizationColumns(
  today: IsoDate,
  stayStatuses: ReadonlyMap<string, IncubationStatus>
): DataGridColumn<Organization>[] {
  return [
    {
      id: 'name',
      header: L.name!,
      value: (o) => o.name,
      width: 280,
      sort: 'zh',
      sortValue: (o) => o.pinyin,
      render: (o) => (
        <>
          {o.name}
          {o.archivedAt ? <Tag style={{ marginInlineStart: 8 }}>已归档</Tag> : null}
        </>
      )
    },
    { id: 'uscc', header: L.uscc!, value: (o) => o.uscc, width: 190, sort: 'zh' },
    {
      id: 'legalForm',
      header: L.legalForm!,
      value: (o) => o.legalForm,
      width: 120,
      sort: 'zh',
      filter: { kind: 'select', options: [...LEGAL_FORMS] }
    },
    {
      id: 'registrationStatus',
      header: L.registrationStatus!,
      value: (o) => o.registrationStatus,
      width: 100,
      sort: 'zh',
      filter: { kind: 'select', options: [...REGISTRATION_STATUSES] },
      render: (o) => (
        <Tag color={REGISTRATION_STATUS_COLORS[o.registrationStatus]}>{o.registrationStatus}</Tag>
      )
    },
    {
      id: 'category',
      header: L.category!,
      value: (o) => o.category,
      width: 110,
      sort: 'zh',
      filter: { kind: 'select', options: [...ORGANIZATION_CATEGORIES] }
    },
    {
      id: 'district',
      header: L.district!,
      value: (o) => o.district,
      width: 90,
      sort: 'zh',
      filter: { kind: 'select' }
    },
    {
      id: 'subdistrict',
      header: L.subdistrict!,
      value: (o) => o.subdistrict,
      width: 110,
      sort: 'zh',
      filter: { kind: 'select' }
    },
    {
      id: 'incubationStatus',
      header: L.incubationStatus!,
      value: (o) => stayStatuses.get(o.id) ?? S.notIncubated,
      width: 100,
      sort: 'zh',
      filter: { kind: 'select', options: [...INCUBATION_STATUSES, S.notIncubated] },
      render: (o) =>
        stayStatuses.has(o.id) ? (
          <IncubationStatusTag status={stayStatuses.get(o.id)!} />
        ) : (
          S.notIncubated
        )
    },
    {
      id: 'rating',
      header: L.rating!,
      value: (o) => o.rating?.grade ?? null,
      width: 90,
      sort: 'zh',
      filter: { kind: 'select', options: [...RATING_GRADES] }
    },
    {
      id: 'ratingValidUntil',
      header: L.ratingValidUntil!,
      value: (o) => (o.rating ? ratingValidUntil(o.rating) : null),
      width: 170,
      sort: 'date',
      render: (o) => <RatingValidity rating={o.rating} today={today} />
    },
    { id: 'legalRepName', header: L.legalRepName!, value: (o) => o.legalRepName, width: 100 },
    {
      id: 'contactPhone',
      header: L.contactPhone!,
      value: (o) => (o.contactPhone ? maskPhone(o.contactPhone) : null),
      width: 130
    },
    {
      id: 'establishedOn',
      header: L.establishedOn!,
      value: (o) => o.establishedOn,
      width: 110,
      sort: 'date'
    },
    {
      id: 'updatedAt',
      header: L.updatedAt!,
      value: (o) => o.updatedAt.slice(0, 10),
      width: 110,
      sort: 'date',
      hiddenByDefault: true
    }
  ]
}

export const searchOrganization = (o: Organization) => ({
  text: `${o.name} ${o.uscc ?? ''} ${o.legalRepName}`,
  keys: o
})

export const organizationId = (o: Organization) => o.id
