/** The side panel of one organisation: its registry fields (personal data masked) and history. */
import { Alert, Tag } from 'antd'
import type { DescriptionsProps } from 'antd'
import { RecordPanel } from '@renderer/components/record-panel'
import { useRepositories } from '@renderer/db/use-repositories'
import type { Community } from '@shared/domain/communities/community'
import { maskIdNumber, maskPhone } from '@shared/domain/identifiers/masking'
import {
  failedAnnualCheckYears,
  ratingValidUntil,
  type Organization
} from '@shared/domain/organizations/organization'
import { todayInChina } from '@shared/domain/dates'
import { ORGANIZATION_FIELD_LABELS as L, ORGANIZATION_STRINGS as S } from './strings'

const dash = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? '—' : value

export interface OrganizationPanelProps {
  organization: Organization | null
  communitiesById: ReadonlyMap<string, Community>
  onClose(): void
}

export function OrganizationPanel({
  organization: o,
  communitiesById,
  onClose
}: OrganizationPanelProps) {
  const { organizations } = useRepositories()
  const today = todayInChina()
  const validUntil = o?.rating ? ratingValidUntil(o.rating) : null

  const items: DescriptionsProps['items'] = o
    ? [
        { key: 'uscc', label: L.uscc, children: dash(o.uscc), span: 2 },
        { key: 'legalForm', label: L.legalForm, children: o.legalForm },
        { key: 'registrationStatus', label: L.registrationStatus, children: o.registrationStatus },
        { key: 'filingNo', label: L.filingNo, children: dash(o.filingNo) },
        { key: 'category', label: L.category, children: o.category },
        { key: 'origin', label: L.origin, children: o.origin },
        { key: 'establishedOn', label: L.establishedOn, children: dash(o.establishedOn) },
        { key: 'legalRepName', label: L.legalRepName, children: dash(o.legalRepName) },
        {
          key: 'legalRepIdNumber',
          label: L.legalRepIdNumber,
          children: o.legalRepIdNumber ? maskIdNumber(o.legalRepIdNumber) : '—'
        },
        {
          key: 'legalRepPhone',
          label: L.legalRepPhone,
          children: o.legalRepPhone ? maskPhone(o.legalRepPhone) : '—'
        },
        { key: 'contactName', label: L.contactName, children: dash(o.contactName) },
        {
          key: 'contactPhone',
          label: L.contactPhone,
          children: o.contactPhone ? maskPhone(o.contactPhone) : '—'
        },
        { key: 'address', label: L.address, children: dash(o.address), span: 2 },
        {
          key: 'area',
          label: `${L.district} / ${L.subdistrict}`,
          children: `${o.district} ${o.subdistrict}`
        },
        {
          key: 'staff',
          label: `${L.staffCount} / ${L.socialWorkerCount}`,
          children: `${o.staffCount} / ${o.socialWorkerCount}`
        },
        {
          key: 'communities',
          label: S.servedCommunities,
          span: 2,
          children:
            o.communityIds.length === 0
              ? '—'
              : o.communityIds.map((id) => (
                  <Tag key={id}>{communitiesById.get(id)?.name ?? id}</Tag>
                ))
        },
        {
          key: 'rating',
          label: L.rating,
          span: 2,
          children: o.rating ? (
            <>
              {o.rating.grade}（{o.rating.score} 分，{o.rating.ratedOn} 评定，{S.ratingValidUntil}{' '}
              {validUntil}）
              {validUntil && validUntil < today ? <Tag color="red">{S.ratingExpired}</Tag> : null}
            </>
          ) : (
            '—'
          )
        },
        {
          key: 'annualChecks',
          label: S.annualChecks,
          span: 2,
          children:
            o.annualChecks.length === 0
              ? '—'
              : [...o.annualChecks]
                  .sort((a, b) => b.year - a.year)
                  .map((check) => (
                    <Tag key={check.year} color={check.conclusion === '不合格' ? 'red' : undefined}>
                      {check.year} {check.conclusion}
                    </Tag>
                  ))
        }
      ]
    : []

  return (
    <RecordPanel
      record={o}
      onClose={onClose}
      items={items}
      extra={
        o && failedAnnualCheckYears(o.annualChecks).length > 0 ? (
          <Alert
            style={{ marginTop: 16 }}
            type="warning"
            showIcon
            title={`${failedAnnualCheckYears(o.annualChecks).join('、')} 年年检结论为“不合格”，参加等级评估和公益创投时可能受限。`}
          />
        ) : null
      }
      fieldLabels={L}
      history={organizations.history}
      archive={organizations.archive}
      restore={organizations.restore}
    />
  )
}
