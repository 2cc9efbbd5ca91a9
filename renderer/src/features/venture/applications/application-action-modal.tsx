/**
 * The dialog of one step taken on an application (撤回, 退回修改). Its fields are the keys of the
 * step's input schema in APPLICATION_ACTION_INPUTS; a step that ends the application asks once
 * more before it is written.
 */
import { App, Form, Input } from 'antd'
import type { z } from 'zod'
import { zodIssues } from '@shared/domain/check'
import {
  APPLICATION_ACTION_INPUTS,
  APPLICATION_WORKFLOW,
  type Application
} from '@shared/domain/venture/application'
import { endsLifecycle } from '@shared/domain/workflow'
import {
  confirmFirst,
  finalStepQuestion,
  FormModal,
  useFormDialog
} from '@renderer/components/form-save'
import { placeIssues } from '@renderer/components/form-issues'
import type { ApplicationOwnAction } from '@renderer/db/repositories/applications-repository'
import { useRepositories } from '@renderer/db/use-repositories'
import { ACTION_FIELD_LABELS, APPLICATION_STRINGS as S } from './strings'

type Values = Record<string, string | undefined>

/** A field is required when its schema takes neither an empty text nor "no value". */
function isRequired(schema: z.ZodType): boolean {
  return !schema.safeParse('').success && !schema.safeParse(null).success
}

export interface ApplicationActionModalProps {
  application: Application
  action: ApplicationOwnAction
  label: string
  onClose(): void
}

export function ApplicationActionModal({
  application,
  action,
  label,
  onClose
}: ApplicationActionModalProps) {
  const { applications } = useRepositories()
  const { modal } = App.useApp()
  const shape = APPLICATION_ACTION_INPUTS[action].shape as Record<string, z.ZodType>
  const fields = Object.keys(shape)
  const { form, getValues, saveAndClose, frame } = useFormDialog<Values>(fields, onClose)
  const labels = ACTION_FIELD_LABELS[action] ?? {}

  const submit = async () => {
    const values = getValues()
    const input = Object.fromEntries(
      fields.map((field) => [
        field,
        values[field] ?? (shape[field]!.safeParse(null).success ? null : '')
      ])
    )
    // A missing reason is pointed out before the step is confirmed, not after.
    const parsed = APPLICATION_ACTION_INPUTS[action].safeParse(input)
    if (!parsed.success) {
      placeIssues(form, zodIssues(parsed.error), (path) => (fields.includes(path) ? path : null))
      return
    }
    const final = endsLifecycle(APPLICATION_WORKFLOW, application.status, action)
    const confirmed = await confirmFirst(modal, final && finalStepQuestion(label, S))
    if (!confirmed) return
    await saveAndClose(S.actionDone(label), () =>
      applications.perform(application.id, action, input)
    )
  }

  return (
    <FormModal {...frame} title={label} okText={label} cancelText={S.cancel} onOk={submit}>
      <Form form={form} layout="vertical">
        {fields.map((field) => (
          <Form.Item
            key={field}
            name={field}
            label={labels[field] ?? field}
            required={isRequired(shape[field]!)}
          >
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        ))}
      </Form>
    </FormModal>
  )
}
