/**
 * The steps the workflow table offers from the stay's status now. A step whose guard refuses is
 * still shown, disabled, with the reason, so staff see what is missing (e.g. the 出壳 assessment).
 */
import { useState } from 'react'
import { Flex } from 'antd'
import type { Evaluation } from '@shared/domain/evaluations/evaluation'
import type { Incubation, IncubationAction } from '@shared/domain/incubation/incubation'
import type { IncubationSettings } from '@shared/domain/incubation/incubation-settings'
import { INCUBATION_WORKFLOW } from '@shared/domain/incubation/incubation-workflow'
import { actionsFrom, endsLifecycle, type OfferedAction } from '@shared/domain/workflow'
import { ActionModal } from './action-modal'
import { StepButtons } from '@renderer/components/step-buttons'

export interface IncubationActionsProps {
  stay: Incubation
  settings: IncubationSettings
  assessments: readonly Evaluation[]
}

export function IncubationActions({ stay, settings, assessments }: IncubationActionsProps) {
  const [open, setOpen] = useState<OfferedAction<IncubationAction> | null>(null)
  const offered = actionsFrom(INCUBATION_WORKFLOW, stay.status, {
    stay,
    settings,
    // Archived drafts do not count, as in the repository.
    assessments: assessments.filter((assessment) => assessment.archivedAt === null)
  })
  if (offered.length === 0) return null

  return (
    <Flex vertical gap="small">
      <StepButtons
        offered={offered}
        primary={(offer) => !endsLifecycle(INCUBATION_WORKFLOW, stay.status, offer.action)}
        onTake={setOpen}
      />
      {open ? (
        <ActionModal
          stay={stay}
          action={open.action}
          label={open.label}
          settings={settings}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </Flex>
  )
}
