/**
 * The 初审 decision on one application: 初审通过 with an optional opinion, or 初审不通过 with
 * the reason. Whether an opinion is needed to pass an application a rule failed is the workflow
 * guard's business; its refusal is shown above the field. 初审不通过 ends the application, so
 * it asks once more.
 */
import { App, Form, Input, Typography } from 'antd'
import { zodIssues } from '@shared/domain/check'
import {
  APPLICATION_ACTION_INPUTS,
  APPLICATION_WORKFLOW,
  type Application
} from '@shared/domain/venture/application'
import { endsLifecycle } from '@shared/domain/workflow'
import { placeIssues } from '@renderer/components/form-issues'
import { confirmFirst, FormModal, useFormDialog } from '@renderer/components/form-save'
import { useRepositories } from '@renderer/db/use-repositories'
import { SCREENING_FIELD_LABELS, REVIEW_STRINGS as S } from './strings'

export type ScreeningAction = 'screenPass' | 'screenFail'

type Values = Record<string, string | undefined>

export interface ScreeningModalProps {
  application: Application
  applicantName: string
  action: ScreeningAction
  /** The eligibility result the decision is made on; null while it is being checked. */
  eligible: boolean | null
  onClose(): void
}

export function ScreeningModal({
  application,
  applicantName,
  action,
  eligible,
  onClose
}: ScreeningModalProps) {
  const { applications } = useRepositories()
  const { modal } = App.useApp()
  const { field, label } = SCREENING_FIELD_LABELS[action]
  const { form, getValues, saveAndClose, frame } = useFormDialog<Values>([field], onClose)
  const title = action === 'screenPass' ? S.screenPass : S.screenFail

  const submit = async () => {
    const text = getValues()[field] ?? ''
    const input = action === 'screenPass' ? { note: text === '' ? null : text } : { reason: text }
    // A missing reason is said at the field before the last question, not after it.
    const parsed = APPLICATION_ACTION_INPUTS[action].safeParse(input)
    if (!parsed.success) {
      placeIssues(form, zodIssues(parsed.error), (path) => (path === field ? field : null))
      return
    }
    const confirmed = await confirmFirst(
      modal,
      endsLifecycle(APPLICATION_WORKFLOW, application.status, action) && {
        title: S.screenFailConfirmTitle,
        content: S.screenFailConfirmText,
        okText: title,
        cancelText: S.cancel,
        danger: true
      }
    )
    if (!confirmed) return
    await saveAndClose(S.screeningDone(title), () =>
      applications.perform(application.id, action, input)
    )
  }

  return (
    <FormModal {...frame} title={title} okText={title} cancelText={S.cancel} onOk={submit}>
      <Typography.Paragraph>
        <Typography.Text strong>{application.title}</Typography.Text>
        <Typography.Text type="secondary">（{applicantName}）</Typography.Text>
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name={field}
          label={label}
          required={action === 'screenFail' || eligible === false}
        >
          <Input.TextArea rows={3} maxLength={500} autoFocus />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
