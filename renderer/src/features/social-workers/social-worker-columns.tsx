/**
 * The columns of the 社工 grid; the employer's name comes from the organisation registry and
 * 在办项目 from the workload read (执行中 projects whose team names the worker).
 */
import { Tag } from 'antd'
import type { DataGridColumn } from '@renderer/components/data-grid'
import type { IsoDate } from '@shared/domain/dates'
import { maskPhone } from '@shared/domain/identifiers/masking'
import type { Organization } from '@shared/domain/organizations/organization'
import { CERT_LEVELS, type SocialWorker } from '@shared/domain/social-workers/social-worker'
import { RegistrationWarningTag } from './registration-warning-tag'
import { SOCIAL_WORKER_FIELD_LABELS as L, SOCIAL_WORKER_STRINGS as S } from './strings'

export function socialWorkerColumns(
  organizationsById: ReadonlyMap<string, Organization>,
  workload: ReadonlyMap<string, number>,
  today: IsoDate
): DataGridColumn<SocialWorker>[] {
  return [
    {
      id: 'name',
      header: L.name!,
      value: (w) => w.name,
      width: 110,
      sort: 'zh',
      sortValue: (w) => w.pinyin,
      render: (w) => (
        <>
          {w.name}
          {w.archivedAt ? <Tag style={{ marginInlineStart: 8 }}>已归档</Tag> : null}
        </>
      )
    },
    {
      id: 'gender',
      header: L.gender!,
      value: (w) => w.gender,
      width: 70,
      filter: { kind: 'select', options: ['男', '女'] }
    },
    {
      id: 'certLevel',
      header: L.certLevel!,
      value: (w) => w.certLevel,
      width: 130,
      sort: 'zh',
      filter: { kind: 'select', options: [...CERT_LEVELS] }
    },
    { id: 'certNo', header: L.certNo!, value: (w) => w.certNo, width: 170 },
    {
      id: 'registrationValidUntil',
      header: L.registrationValidUntil!,
      value: (w) => w.registrationValidUntil,
      width: 190,
      sort: 'date',
      render: (w) => (
        <>
          {w.registrationValidUntil ?? '—'}
          <RegistrationWarningTag worker={w} today={today} />
        </>
      )
    },
    {
      id: 'workload',
      header: S.workload,
      value: (w) => workload.get(w.id) ?? 0,
      width: 90,
      align: 'right',
      sort: 'number'
    },
    {
      id: 'employer',
      header: L.employerId!,
      value: (w) => (w.employerId ? (organizationsById.get(w.employerId)?.name ?? null) : null),
      width: 260,
      sort: 'zh',
      filter: { kind: 'text' }
    },
    {
      id: 'specialties',
      header: L.specialties!,
      value: (w) => w.specialties.join('、'),
      width: 200
    },
    {
      id: 'phone',
      header: L.phone!,
      value: (w) => (w.phone ? maskPhone(w.phone) : null),
      width: 130
    }
  ]
}

export const socialWorkerId = (w: SocialWorker) => w.id
