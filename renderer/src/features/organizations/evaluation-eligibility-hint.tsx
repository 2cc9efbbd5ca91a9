/**
 * Whether the organisation may apply for 等级评估 now, with the reasons. A hint for staff: the
 * 民政 office decides, so it never blocks anything.
 */
import { Alert } from 'antd'
import type { IsoDate } from '@shared/domain/dates'
import type { Organization } from '@shared/domain/organizations/organization'
import { evaluationEligibility } from '@shared/domain/organizations/rating'
import { ORGANIZATION_STRINGS as S } from './strings'

const ALERT_TYPES = { eligible: 'success', ineligible: 'warning', unknown: 'info' } as const

export interface EvaluationEligibilityHintProps {
  facts: Pick<Organization, 'registrationStatus' | 'establishedOn' | 'rating' | 'annualChecks'>
  today: IsoDate
}

export function EvaluationEligibilityHint({ facts, today }: EvaluationEligibilityHintProps) {
  const { verdict, reasons } = evaluationEligibility(facts, today)
  return (
    <Alert
      role="status"
      type={ALERT_TYPES[verdict]}
      showIcon
      title={S.eligibilityTitle[verdict]}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      }
    />
  )
}
