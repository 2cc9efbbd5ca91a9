/** The rows and columns of the 入驻记录 grid: one row per stay, named by its organisation. */
import { Tag, Typography } from 'antd'
import type { DataGridColumn } from '@renderer/components/data-grid'
import {
  INCUBATION_MODES,
  INCUBATION_STATUSES,
  type Incubation
} from '@shared/domain/incubation/incubation'
import type { Organization } from '@shared/domain/organizations/organization'
import type { PinyinKeys } from '@shared/text/pinyin'
import { reviewOverdue } from '@shared/domain/incubation/board'
import { IncubationStatusTag } from './status-tag'
import { INCUBATION_FIELD_LABELS as L, INCUBATION_STRINGS as S } from './strings'

export interface StayRow extends Incubation {
  organizationName: string
  /** The organisation's stored pinyin keys, for search and sorting by name. */
  organizationKeys: PinyinKeys
  reviewOverdue: boolean
}

export function stayRows(
  stays: readonly Incubation[],
  organizationsById: ReadonlyMap<string, Organization>,
  today: string
): StayRow[] {
  // Newest applications first until the user sorts by a column.
  const newestFirst = [...stays].sort((a, b) => b.appliedOn.localeCompare(a.appliedOn))
  return newestFirst.map((stay) => {
    const organization = organizationsById.get(stay.organizationId)
    return {
      ...stay,
      organizationName: organization?.name ?? S.unknownOrganization,
      organizationKeys: {
        pinyin: organization?.pinyin ?? '',
        pinyinInitials: organization?.pinyinInitials ?? ''
      },
      reviewOverdue: reviewOverdue(stay, today)
    }
  })
}

export const STAY_COLUMNS: DataGridColumn<StayRow>[] = [
  {
    id: 'organization',
    header: L.organizationId!,
    value: (s) => s.organizationName,
    width: 260,
    sort: 'zh',
    sortValue: (s) => s.organizationKeys.pinyin,
    render: (s) => (
      <>
        {s.organizationName}
        {s.archivedAt ? <Tag style={{ marginInlineStart: 8 }}>{S.archivedTag}</Tag> : null}
      </>
    )
  },
  {
    id: 'status',
    header: L.status!,
    value: (s) => s.status,
    width: 100,
    sort: (a, b) => INCUBATION_STATUSES.indexOf(a.status) - INCUBATION_STATUSES.indexOf(b.status),
    filter: { kind: 'select', options: [...INCUBATION_STATUSES] },
    render: (s) => <IncubationStatusTag status={s.status} />
  },
  {
    id: 'mode',
    header: L.mode!,
    value: (s) => s.mode ?? s.preferredMode,
    width: 110,
    sort: 'zh',
    filter: { kind: 'select', options: [...INCUBATION_MODES] }
  },
  {
    id: 'baseName',
    header: L.baseName!,
    value: (s) => s.baseName,
    width: 200,
    sort: 'zh',
    filter: { kind: 'select' }
  },
  { id: 'appliedOn', header: L.appliedOn!, value: (s) => s.appliedOn, width: 110, sort: 'date' },
  {
    id: 'reviewDueOn',
    header: L.reviewDueOn!,
    value: (s) => (s.reviewedOn === null ? s.reviewDueOn : null),
    width: 160,
    sort: 'date',
    render: (s) =>
      s.reviewedOn !== null ? null : s.reviewOverdue ? (
        <Typography.Text type="danger">
          {s.reviewDueOn} {S.overdue}
        </Typography.Text>
      ) : (
        s.reviewDueOn
      )
  },
  { id: 'admittedOn', header: L.admittedOn!, value: (s) => s.admittedOn, width: 110, sort: 'date' },
  {
    id: 'plannedEndOn',
    header: L.plannedEndOn!,
    value: (s) => s.plannedEndOn,
    width: 110,
    sort: 'date'
  },
  { id: 'mentor', header: L.mentor!, value: (s) => s.mentor, width: 100, sort: 'zh' },
  { id: 'endedOn', header: L.endedOn!, value: (s) => s.endedOn, width: 110, sort: 'date' }
]

export const searchStay = (s: StayRow) => ({
  text: `${s.organizationName} ${s.baseName} ${s.mentor ?? ''} ${s.agreementNo ?? ''}`,
  keys: s.organizationKeys
})

export const stayId = (s: StayRow) => s.id
