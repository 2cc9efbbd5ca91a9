/**
 * The read-only sections of an organisation's page. Personal data is masked here as in every
 * list: the full ID number and phones are never shown.
 */
import { Alert, Descriptions, Flex, Table, Tag } from 'antd'
import type { DescriptionsProps } from 'antd'
import { useById, useCommunities } from '@renderer/components/use-registry'
import { useGradingSettings } from '@renderer/db/use-settings'
import type { IsoDate } from '@shared/domain/dates'
import { maskIdNumber, maskPhone } from '@shared/domain/identifiers/masking'
import {
  failedAnnualCheckYears,
  type AnnualCheck,
  type Organization
} from '@shared/domain/organizations/organization'
import { ratingBandIssue } from '@shared/domain/organizations/rating'
import { EvaluationEligibilityHint } from './evaluation-eligibility-hint'
import { RatingValidity } from './rating-validity'
import { ORGANIZATION_FIELD_LABELS as L, ORGANIZATION_STRINGS as S } from './strings'

const dash = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? '—' : value

export function OrganizationProfile({ organization: o }: { organization: Organization }) {
  const communitiesById = useById(useCommunities())
  const items: DescriptionsProps['items'] = [
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
    {
      key: 'staff',
      label: `${L.staffCount} / ${L.socialWorkerCount}`,
      children: `${o.staffCount} / ${o.socialWorkerCount}`
    },
    { key: 'address', label: L.address, children: dash(o.address), span: 2 },
    {
      key: 'area',
      label: `${L.district} / ${L.subdistrict}`,
      span: 2,
      children: dash([o.district, o.subdistrict].filter(Boolean).join(' '))
    },
    {
      key: 'communities',
      label: S.servedCommunities,
      span: 2,
      children:
        o.communityIds.length === 0
          ? '—'
          : o.communityIds.map((id) => <Tag key={id}>{communitiesById.get(id)?.name ?? id}</Tag>)
    }
  ]
  return <Descriptions column={2} bordered size="small" items={items} />
}

export function OrganizationRatingSection({
  organization: o,
  today
}: {
  organization: Organization
  today: IsoDate
}) {
  const grading = useGradingSettings()
  const band = grading ? ratingBandIssue(o.rating, grading.ratingBands) : null
  const failedYears = failedAnnualCheckYears(o.annualChecks)
  const items: DescriptionsProps['items'] = o.rating
    ? [
        { key: 'grade', label: S.ratingGrade, children: o.rating.grade },
        { key: 'score', label: S.ratingScore, children: o.rating.score },
        { key: 'ratedOn', label: S.ratingRatedOn, children: o.rating.ratedOn },
        {
          key: 'validUntil',
          label: S.ratingValidUntil,
          children: <RatingValidity rating={o.rating} today={today} />
        }
      ]
    : [{ key: 'grade', label: S.ratingGrade, children: S.notRated, span: 2 }]

  return (
    <Flex vertical gap="middle">
      <Descriptions column={2} bordered size="small" items={items} />
      {band ? <Alert type="warning" showIcon title={band.message} /> : null}
      <Table<AnnualCheck>
        aria-label={S.annualChecks}
        size="small"
        pagination={false}
        rowKey="year"
        dataSource={[...o.annualChecks].sort((a, b) => b.year - a.year)}
        locale={{ emptyText: S.annualChecksEmpty }}
        columns={[
          { key: 'year', title: S.annualCheckYear, dataIndex: 'year' },
          { key: 'mode', title: S.annualCheckMode, dataIndex: 'mode' },
          {
            key: 'conclusion',
            title: S.annualCheckConclusion,
            render: (_, check) => (
              <Tag color={check.conclusion === '不合格' ? 'red' : undefined}>
                {check.conclusion}
              </Tag>
            )
          }
        ]}
      />
      {failedYears.length > 0 ? (
        <Alert type="warning" showIcon title={S.failedAnnualChecks(failedYears)} />
      ) : null}
      <EvaluationEligibilityHint facts={o} today={today} />
    </Flex>
  )
}
