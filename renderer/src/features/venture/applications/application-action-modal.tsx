/**
 * The dialog of one step taken on an application (撤回, 退回修改). Its fields are the keys of the
 * step's input schema in APPLICATION_ACTION_INPUTS; a step that ends the application asks once
 * more before it is written.
 */
import { App, Form, Input } from 'antd'
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
import {
  SchemaFields,
  schemaAccepts,
  schemaInput,
  type SchemaShape
} from '@renderer/components/schema-fields'
import type { ApplicationOwnAction } from '@renderer/db/repositories/applications-repository'
import { useRepositories } from '@renderer/db/use-repositories'
import { ACTION_FIELD_LABELS, APPLICATION_STRINGS as S } from './strings'

type Values = Record<string, string | undefined>

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
  const schema = APPLICATION_ACTION_INPUTS[action]
  const shape = schema.shape as SchemaShape
  const fields = Object.keys(shape)
  const { form, getValues, saveAndClose, frame } = useFormDialog<Values>(fields, onClose)
  const labels = ACTION_FIELD_LABELS[action] ?? {}

  const submit = async () => {
    const input = schemaInput(shape, getValues())
    if (!schemaAccepts(form, schema, input)) return
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
        <SchemaFields
          shape={shape}
          labels={labels}
          control={() => <Input.TextArea rows={3} maxLength={500} />}
        />
      </Form>
    </FormModal>
  )
}
