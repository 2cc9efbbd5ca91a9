/** The facts of a stay: application, 初核, agreement and placement, term, end, space handover. */
import { Descriptions, Space, Tag, Typography } from 'antd'
import type { DescriptionsProps } from 'antd'
import type { Incubation } from '@shared/domain/incubation/incubation'
import { handoverOverdue, reviewOverdue } from '@shared/domain/incubation/board'
import { INCUBATION_FIELD_LABELS as L, INCUBATION_STRINGS as S } from './strings'

const dash = (value: string | null) => value || '—'

function Overdue() {
  return <Tag color="red">{S.overdue}</Tag>
}

export function StayFacts({ stay, today }: { stay: Incubation; today: string }) {
  const items: DescriptionsProps['items'] = [
    { key: 'appliedOn', label: L.appliedOn, children: stay.appliedOn },
    { key: 'preferredMode', label: L.preferredMode, children: stay.preferredMode },
    {
      key: 'reviewDueOn',
      label: L.reviewDueOn,
      children: (
        <Space>
          {stay.reviewDueOn}
          {reviewOverdue(stay, today) ? <Overdue /> : null}
        </Space>
      )
    },
    {
      key: 'reviewedOn',
      label: L.reviewedOn,
      children: stay.reviewedOn
        ? `${stay.reviewedOn}${stay.reviewNote ? `（${stay.reviewNote}）` : ''}`
        : '—'
    },
    { key: 'admittedOn', label: L.admittedOn, children: dash(stay.admittedOn) },
    { key: 'agreementNo', label: L.agreementNo, children: dash(stay.agreementNo) },
    { key: 'mode', label: L.mode, children: dash(stay.mode) },
    { key: 'workstation', label: L.workstation, children: dash(stay.workstation) },
    { key: 'mentor', label: L.mentor, children: dash(stay.mentor) },
    {
      key: 'plannedEndOn',
      label: L.plannedEndOn,
      children: (
        <Space vertical size={0}>
          <span>
            {dash(stay.plannedEndOn)}
            {stay.extensions.length > 0 ? (
              <Tag style={{ marginInlineStart: 8 }}>
                {S.extensionsCount(stay.extensions.length)}
              </Tag>
            ) : null}
          </span>
          {stay.extensions.map((extension) => (
            <Typography.Text key={extension.on + extension.newEndOn} type="secondary">
              {S.extensionItem(extension.on, extension.previousEndOn, extension.newEndOn)}
              {extension.reason ? `（${extension.reason}）` : ''}
            </Typography.Text>
          ))}
        </Space>
      )
    },
    {
      key: 'endedOn',
      label: L.endedOn,
      children: stay.endedOn
        ? `${stay.endedOn}${stay.endReason ? `（${stay.endReason}）` : ''}`
        : '—'
    },
    {
      key: 'handover',
      label: L.handoverDueOn,
      children:
        stay.handoverDueOn === null ? (
          '—'
        ) : stay.handedOverOn ? (
          `${S.handedOver} ${stay.handedOverOn}`
        ) : (
          <Space>
            {stay.handoverDueOn}
            {handoverOverdue(stay, today) ? <Overdue /> : null}
          </Space>
        )
    },
    { key: 'note', label: L.note, children: dash(stay.note), span: 2 }
  ]
  return <Descriptions column={2} bordered size="small" items={items} />
}
