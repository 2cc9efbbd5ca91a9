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
import { FormModal, useFormSave } from '@renderer/components/form-save'
import { useRepositories } from '@renderer/db/use-repositories'
import { SCREENING_FIELD_LABELS, REVIEW_STRINGS as S } from './strings'

export type ScreeningAction = 'screenPass' | 'screenFail'

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
  const { message, modal } = App.useApp()
  const [form] = Form.useForm<Record<string, string | undefined>>()
  const { field, label } = SCREENING_FIELD_LABELS[action]
  const { errors, saving, save } = useFormSave(form, [field])
  const title = action === 'screenPass' ? S.screenPass : S.screenFail

  const submit = async () => {
    const text = (form.getFieldValue(field) as string | undefined) ?? ''
    const input = action === 'screenPass' ? { note: text === '' ? null : text } : { reason: text }
    // A missing reason is said at the field before the last question, not after it.
    const parsed = APPLICATION_ACTION_INPUTS[action].safeParse(input)
    if (!parsed.success) {
      placeIssues(form, zodIssues(parsed.error), (path) => (path === field ? field : null))
      return
    }
    if (endsLifecycle(APPLICATION_WORKFLOW, application.status, action)) {
      const confirmed = await modal.confirm({
        title: S.screenFailConfirmTitle,
        content: S.screenFailConfirmText,
        okText: title,
        okButtonProps: { danger: true },
        cancelText: S.cancel
      })
      if (!confirmed) return
    }
    const done = await save(() => applications.perform(application.id, action, input))
    if (done) {
      message.success(S.screeningDone(title))
      onClose()
    }
  }

  return (
    <FormModal
      title={title}
      okText={title}
      cancelText={S.cancel}
      saving={saving}
      errors={errors}
      onOk={() => void submit()}
      onClose={onClose}
    >
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
