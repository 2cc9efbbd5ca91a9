/**
 * An agreement read-only: its parties, period, amount in 元 and 大写, status and signature, the
 * team when an amendment has set it, and the terms as written.
 */
import { Descriptions, Tag, Typography } from 'antd'
import type { DescriptionsProps } from 'antd'
import { amountInWords, yuanText } from '@shared/domain/money'
import type { Agreement, AgreementStatus } from '@shared/domain/projects/agreement'
import { AGREEMENT_STATUS_COLORS, AGREEMENT_STRINGS as S } from './strings'

function AgreementStatusTag({ status }: { status: AgreementStatus }) {
  return <Tag color={AGREEMENT_STATUS_COLORS[status]}>{status}</Tag>
}

export interface AgreementViewProps {
  agreement: Agreement
  /** The team's names when an amendment has changed it (the effective terms); else absent. */
  teamNames?: readonly string[] | null
  /** Says where the terms shown come from, e.g. the approved amendments applied. */
  note?: string
}

export function AgreementView({ agreement, teamNames, note }: AgreementViewProps) {
  const items: DescriptionsProps['items'] = [
    { key: 'number', label: S.number, children: agreement.number },
    {
      key: 'status',
      label: S.status,
      children: <AgreementStatusTag status={agreement.status} />
    },
    { key: 'title', label: S.title, span: 2, children: agreement.title },
    { key: 'partyA', label: S.partyA, children: agreement.partyA },
    { key: 'partyB', label: S.partyB, children: agreement.partyB },
    {
      key: 'period',
      label: S.period,
      children: S.periodRange(agreement.startOn, agreement.endOn)
    },
    {
      key: 'amount',
      label: S.amount,
      children: S.amountLine(yuanText(agreement.amountFen), amountInWords(agreement.amountFen))
    },
    ...(agreement.signedOn
      ? [
          { key: 'signedOn', label: S.signedOn, children: agreement.signedOn },
          { key: 'signedBy', label: S.signedBy, children: agreement.signedBy ?? '—' }
        ]
      : []),
    ...(teamNames !== undefined
      ? [
          {
            key: 'team',
            label: S.team,
            span: 2,
            children: teamNames === null ? S.teamUnchanged : teamNames.join('、')
          }
        ]
      : []),
    {
      key: 'terms',
      label: S.terms,
      span: 2,
      children: agreement.terms.trim() ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {agreement.terms}
        </Typography.Paragraph>
      ) : (
        <Typography.Text type="secondary">{S.termsEmpty}</Typography.Text>
      )
    }
  ]
  return (
    <>
      {note ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {note}
        </Typography.Paragraph>
      ) : null}
      <Descriptions
        column={2}
        bordered
        size="small"
        items={items}
        styles={{ label: { whiteSpace: 'nowrap' } }}
      />
    </>
  )
}
