/**
 * The side panel of one social worker: certificate, employer, communities, workload, 编辑,
 * 归档 / 恢复使用 and history.
 */
import { Tag } from 'antd'
import type { DescriptionsProps } from 'antd'
import { EditAction, RecordPanel } from '@renderer/components/record-panel'
import { useRepositories } from '@renderer/db/use-repositories'
import type { Community } from '@shared/domain/communities/community'
import type { IsoDate } from '@shared/domain/dates'
import { maskIdNumber, maskPhone } from '@shared/domain/identifiers/masking'
import type { Organization } from '@shared/domain/organizations/organization'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { RegistrationWarningTag } from './registration-warning-tag'
import { SOCIAL_WORKER_FIELD_LABELS as L, SOCIAL_WORKER_STRINGS as S } from './strings'

export interface SocialWorkerPanelProps {
  worker: SocialWorker | null
  organizationsById: ReadonlyMap<string, Organization>
  communitiesById: ReadonlyMap<string, Community>
  /** 在办项目 per worker id; idle workers are absent. */
  workload: ReadonlyMap<string, number>
  today: IsoDate
  onEdit(worker: SocialWorker): void
  onClose(): void
}

export function SocialWorkerPanel({
  worker: w,
  organizationsById,
  communitiesById,
  workload,
  today,
  onEdit,
  onClose
}: SocialWorkerPanelProps) {
  const { socialWorkers } = useRepositories()
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
              <RegistrationWarningTag worker={w} today={today} />
            </>
          )
        },
        { key: 'workload', label: S.workload, span: 2, children: workload.get(w.id) ?? 0 },
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
      extra={
        w ? (
          <div style={{ marginTop: 16 }}>
            <EditAction
              record={w}
              label={S.edit}
              refusal={S.editArchived}
              onEdit={() => onEdit(w)}
            />
          </div>
        ) : null
      }
      fieldLabels={L}
      history={socialWorkers.history}
      archive={socialWorkers.archive}
      restore={socialWorkers.restore}
    />
  )
}
