/** The side panel of one social worker: certificate, employer, communities, history. */
import { Tag } from 'antd'
import type { DescriptionsProps } from 'antd'
import { RecordPanel } from '@renderer/components/record-panel'
import { useRepositories } from '@renderer/db/use-repositories'
import type { Community } from '@shared/domain/communities/community'
import type { IsoDate } from '@shared/domain/dates'
import { maskIdNumber, maskPhone } from '@shared/domain/identifiers/masking'
import type { Organization } from '@shared/domain/organizations/organization'
import { registrationWarning, type SocialWorker } from '@shared/domain/social-workers/social-worker'
import { SOCIAL_WORKER_FIELD_LABELS as L } from './strings'

export interface SocialWorkerPanelProps {
  worker: SocialWorker | null
  organizationsById: ReadonlyMap<string, Organization>
  communitiesById: ReadonlyMap<string, Community>
  today: IsoDate
  onClose(): void
}

export function SocialWorkerPanel({
  worker: w,
  organizationsById,
  communitiesById,
  today,
  onClose
}: SocialWorkerPanelProps) {
  const { socialWorkers } = useRepositories()
  const warning = w ? registrationWarning(w, today) : null
  const items: DescriptionsProps['items'] = w
    ? [
        { key: 'gender', label: L.gender, children: w.gender },
        { key: 'certLevel', label: L.certLevel, children: w.certLevel },
        { key: 'certNo', label: L.certNo, children: w.certNo ?? '—' },
        {
          key: 'registrationValidUntil',
          label: L.registrationValidUntil,
          children: (
            <>
              {w.registrationValidUntil ?? '—'}
              {warning ? (
                <Tag color="orange" style={{ marginInlineStart: 8 }}>
                  {warning}
                </Tag>
              ) : null}
            </>
          )
        },
        {
          key: 'employer',
          label: L.employerId,
          span: 2,
          children: w.employerId ? (organizationsById.get(w.employerId)?.name ?? '—') : '—'
        },
        {
          key: 'communities',
          label: L.communityIds,
          span: 2,
          children:
            w.communityIds.length === 0
              ? '—'
              : w.communityIds.map((id) => (
                  <Tag key={id}>{communitiesById.get(id)?.name ?? id}</Tag>
                ))
        },
        {
          key: 'specialties',
          label: L.specialties,
          span: 2,
          children: w.specialties.length === 0 ? '—' : w.specialties.join('、')
        },
        { key: 'phone', label: L.phone, children: w.phone ? maskPhone(w.phone) : '—' },
        {
          key: 'idNumber',
          label: L.idNumber,
          children: w.idNumber ? maskIdNumber(w.idNumber) : '—'
        }
      ]
    : []
  return (
    <RecordPanel
      record={w}
      onClose={onClose}
      items={items}
      fieldLabels={L}
      history={socialWorkers.history}
      archive={socialWorkers.archive}
      restore={socialWorkers.restore}
    />
  )
}
