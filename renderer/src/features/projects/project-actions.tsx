/**
 * The project's own steps as PROJECT_WORKFLOW offers them from its status now: 结项 and 终止,
 * each in a dialog asking for its date (终止 also its reason) and confirming first, since both end
 * the project for good. 签约 is taken where the agreement is signed, so the page points to that
 * tab. A step whose guard refuses is shown disabled, with the reason as its tooltip and under
 * the buttons.
 */
import { useState } from 'react'
import { App, Button, Flex, Form, Input, Typography } from 'antd'
import { todayInChina } from '@shared/domain/dates'
import {
  PROJECT_WORKFLOW,
  type Project,
  type ProjectAction,
  type ProjectContext
} from '@shared/domain/projects/project'
import { actionsFrom, checkTransition, type OfferedAction } from '@shared/domain/workflow'
import { confirmFirst, FormModal, useFormDialog } from '@renderer/components/form-save'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { useRepositories } from '@renderer/db/use-repositories'
import { PROJECT_DETAIL_STRINGS as S, STEP_CONFIRMATIONS } from './project-detail-strings'
import { useProjectContext } from './use-project-data'
import { StepButtons } from '@renderer/components/step-buttons'

type EndingAction = Exclude<ProjectAction, 'sign'>
const isEnding = (offer: OfferedAction<ProjectAction>): offer is OfferedAction<EndingAction> =>
  offer.action !== 'sign'

/**
 * 终止's reason is typed in its dialog, so the button is offered as if one were given; the
 * dialog asks the workflow table again with the reason actually typed.
 */
const REASON_TYPED_IN_DIALOG = '（在对话框中填写）'

export interface ProjectActionsProps {
  project: Project
  /** Shows the 协议与变更 tab, where the agreement is drafted and signed. */
  onOpenAgreement(): void
}

export function ProjectActions({ project, onOpenAgreement }: ProjectActionsProps) {
  const context = useProjectContext(project)
  const [open, setOpen] = useState<OfferedAction<EndingAction> | null>(null)
  if (!context) return null
  const offered = actionsFrom(PROJECT_WORKFLOW, project.status, {
    ...context,
    terminationReason: REASON_TYPED_IN_DIALOG
  })
  if (offered.length === 0) return null
  const steps = offered.filter(isEnding)
  const signing = offered.some((offer) => offer.action === 'sign')

  return (
    <Flex vertical gap="small">
      <StepButtons
        offered={steps}
        primary={(offer) => offer.action === 'close'}
        danger={(offer) => offer.action === 'terminate'}
        onTake={setOpen}
      />
      {signing ? (
        <Typography.Text type="secondary">
          {S.signInAgreementTab}
          <Button type="link" size="small" onClick={onOpenAgreement}>
            {S.openAgreement}
          </Button>
        </Typography.Text>
      ) : null}
      {open ? (
        <ProjectStepModal
          project={project}
          context={context}
          action={open.action}
          label={open.label}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </Flex>
  )
}

interface StepValues {
  closedOn?: string | null
  terminatedOn?: string | null
  reason?: string
}

const STEP_FIELDS: Readonly<Record<EndingAction, readonly string[]>> = {
  close: ['closedOn'],
  terminate: ['terminatedOn', 'reason']
}

function ProjectStepModal({
  project,
  context,
  action,
  label,
  onClose
}: {
  project: Project
  context: ProjectContext
  action: EndingAction
  label: string
  onClose(): void
}) {
  const { projects } = useRepositories()
  const { modal } = App.useApp()
  const [today] = useState(todayInChina)
  const { form, getValues, saveAndClose, frame } = useFormDialog<StepValues>(
    STEP_FIELDS[action],
    onClose
  )

  const submit = async () => {
    const values = getValues()
    if (action === 'terminate') {
      // A missing reason is pointed out before the step is confirmed, not after.
      const check = checkTransition(PROJECT_WORKFLOW, project.status, action, {
        ...context,
        terminationReason: values.reason?.trim() || null
      })
      if (!check.ok) {
        form.setFields([{ name: 'reason', errors: [check.message] }])
        return
      }
    }
    const confirmed = await confirmFirst(modal, {
      title: S.confirmTitle(label),
      content: STEP_CONFIRMATIONS[action],
      okText: label,
      cancelText: S.cancel,
      danger: action === 'terminate'
    })
    if (!confirmed) return
    await saveAndClose(S.stepDone(label), () =>
      action === 'close'
        ? projects.close(project.id, { closedOn: values.closedOn ?? '' })
        : projects.terminate(project.id, {
            terminatedOn: values.terminatedOn ?? '',
            reason: values.reason ?? ''
          })
    )
  }

  return (
    <FormModal {...frame} title={label} okText={label} cancelText={S.cancel} onOk={submit}>
      <Form<StepValues>
        form={form}
        layout="vertical"
        initialValues={action === 'close' ? { closedOn: today } : { terminatedOn: today }}
      >
        {action === 'close' ? (
          <Form.Item name="closedOn" label={S.closedOnLabel} required>
            <IsoDateInput notAfter={today} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="terminatedOn" label={S.terminatedOnLabel} required>
              <IsoDateInput notAfter={today} />
            </Form.Item>
            <Form.Item name="reason" label={S.reasonLabel} required>
              <Input.TextArea rows={3} maxLength={500} placeholder={S.reasonPlaceholder} />
            </Form.Item>
          </>
        )}
      </Form>
    </FormModal>
  )
}
