/**
 * 提交, 撤回 and 退回修改 as the workflow table offers them from the application's status now;
 * 初审 belongs to the round's 初审 tab. 提交 is the draft form's own button, as it saves first;
 * the others open their dialog. A step whose guard refuses is shown disabled, with the reason.
 */
import { useState } from 'react'
import { Button, Tooltip, Typography } from 'antd'
import {
  APPLICATION_WORKFLOW,
  applicationGuardContext,
  type Application
} from '@shared/domain/venture/application'
import type { FieldIssue } from '@shared/domain/check'
import type { VentureRound } from '@shared/domain/venture/round'
import { actionsFrom, type OfferedAction } from '@shared/domain/workflow'
import type { ApplicationOwnAction } from '@renderer/db/repositories/applications-repository'
import { ApplicationActionModal } from './application-action-modal'

/** The steps these pages take; 初审 (the rest of APPLICATION_OWN_ACTIONS) has its own tab. */
const PAGE_ACTIONS: readonly ApplicationOwnAction[] = ['submit', 'withdraw', 'reopen']

/**
 * What the workflow table offers from the application's status now. The draft form passes the
 * findings on what is typed, which 提交 will be judged by once it is saved.
 */
export function offeredActions(
  application: Application,
  round: VentureRound,
  today: string,
  typedSubmissionIssues?: readonly FieldIssue[]
): OfferedAction<ApplicationOwnAction>[] {
  const context = applicationGuardContext(application, {
    round,
    today,
    eligibility: null,
    reviewsComplete: false,
    at: '',
    operator: ''
  })
  return actionsFrom(APPLICATION_WORKFLOW, application.status, {
    ...context,
    submissionIssues: typedSubmissionIssues ?? context.submissionIssues
  }).filter((offer): offer is OfferedAction<ApplicationOwnAction> =>
    (PAGE_ACTIONS as readonly string[]).includes(offer.action)
  )
}

const hasDialog = (offer: OfferedAction<ApplicationOwnAction>) => offer.action !== 'submit'

export interface ApplicationActionButtonsProps {
  application: Application
  offered: readonly OfferedAction<ApplicationOwnAction>[]
}

export function ApplicationActionButtons({ application, offered }: ApplicationActionButtonsProps) {
  const [open, setOpen] = useState<OfferedAction<ApplicationOwnAction> | null>(null)
  return (
    <>
      {offered.filter(hasDialog).map((offer) => (
        <Tooltip key={offer.action} title={offer.refusal}>
          <Button
            danger={offer.action === 'withdraw'}
            disabled={offer.refusal !== null}
            onClick={() => setOpen(offer)}
          >
            {offer.label}
          </Button>
        </Tooltip>
      ))}
      {open ? (
        <ApplicationActionModal
          application={application}
          action={open.action}
          label={open.label}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  )
}

/** Why an offered step cannot be taken yet, under the buttons. */
export function ActionRefusals({
  offered
}: {
  offered: readonly OfferedAction<ApplicationOwnAction>[]
}) {
  return (
    <>
      {offered
        .filter((offer) => hasDialog(offer) && offer.refusal !== null)
        .map((offer) => (
          <Typography.Text key={offer.action} type="secondary">
            {offer.label}：{offer.refusal}
          </Typography.Text>
        ))}
    </>
  )
}
