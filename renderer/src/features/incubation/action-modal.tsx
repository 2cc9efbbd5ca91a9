/**
 * The dialog of one workflow step (初核通过, 入驻, 续驻, 出壳 …). Its fields are the keys of the
 * step's input schema in INCUBATION_ACTION_INPUTS, so a field added there shows up here; a step
 * that ends the stay asks once more before it is written.
 */
import { useRef } from 'react'
import { App, Form, Input, Radio } from 'antd'
import { addDays, todayInChina } from '@shared/domain/dates'
import {
  INCUBATION_MODES,
  type Incubation,
  type IncubationAction
} from '@shared/domain/incubation/incubation'
import type { IncubationSettings } from '@shared/domain/incubation/incubation-settings'
import {
  defaultPlannedEnd,
  INCUBATION_ACTION_INPUTS,
  INCUBATION_WORKFLOW
} from '@shared/domain/incubation/incubation-workflow'
import { endsLifecycle } from '@shared/domain/workflow'
import { useRepositories } from '@renderer/db/use-repositories'
import {
  confirmFirst,
  finalStepQuestion,
  FormModal,
  useFormDialog
} from '@renderer/components/form-save'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { SchemaFields, schemaInput, type SchemaShape } from '@renderer/components/schema-fields'
import { ACTION_FIELD_LABELS, INCUBATION_STRINGS as S } from './strings'

type Values = Record<string, string | null | undefined>

function schemaOf(action: IncubationAction): SchemaShape {
  return INCUBATION_ACTION_INPUTS[action].shape as SchemaShape
}

function initialValues(
  stay: Incubation,
  action: IncubationAction,
  settings: IncubationSettings,
  today: string
): Values {
  const values: Values = { on: today }
  if (action === 'admit') {
    values.mode = stay.preferredMode
    values.plannedEndOn = defaultPlannedEnd(today, settings.termMonths)
  }
  if (action === 'extend' && stay.plannedEndOn) {
    values.newEndOn = defaultPlannedEnd(addDays(stay.plannedEndOn, 1), settings.termMonths)
  }
  return values
}

export interface ActionModalProps {
  stay: Incubation
  action: IncubationAction
  label: string
  settings: IncubationSettings
  onClose(): void
}

export function ActionModal({ stay, action, label, settings, onClose }: ActionModalProps) {
  const { incubations } = useRepositories()
  const { modal } = App.useApp()
  const today = todayInChina()
  const shape = schemaOf(action)
  const fields = Object.keys(shape)
  const { form, getValues, saveAndClose, frame } = useFormDialog<Values>(fields, onClose)
  const labels = ACTION_FIELD_LABELS[action]
  const admittedOn = useRef(today)

  const submit = async () => {
    const values = getValues()
    const final = endsLifecycle(INCUBATION_WORKFLOW, stay.status, action)
    const confirmed = await confirmFirst(modal, final && finalStepQuestion(label, S))
    if (!confirmed) return
    await saveAndClose(S.actionDone(label), () =>
      incubations.perform(stay.id, action, schemaInput(shape, values))
    )
  }

  // The planned end follows the 入驻 date until someone sets it by hand.
  const followDates = (changed: Values, all: Values) => {
    if (action !== 'admit' || !changed.on) return
    if (all.plannedEndOn === defaultPlannedEnd(admittedOn.current, settings.termMonths)) {
      form.setFieldValue('plannedEndOn', defaultPlannedEnd(changed.on, settings.termMonths))
    }
    admittedOn.current = changed.on
  }

  const control = (field: string) => {
    switch (field) {
      case 'on':
        return <IsoDateInput notAfter={today} />
      case 'plannedEndOn':
        return <IsoDateInput allowClear />
      case 'newEndOn':
        return <IsoDateInput />
      case 'mode':
        return <Radio.Group options={[...INCUBATION_MODES]} />
      case 'note':
      case 'reason':
        return <Input.TextArea rows={3} maxLength={500} />
      default:
        return <Input maxLength={40} />
    }
  }

  return (
    <FormModal {...frame} title={label} okText={label} cancelText={S.cancel} onOk={submit}>
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues(stay, action, settings, today)}
        onValuesChange={followDates}
      >
        <SchemaFields
          shape={shape}
          labels={labels}
          control={control}
          extra={(field) =>
            field === 'plannedEndOn' ? S.plannedEndHint(settings.termMonths) : undefined
          }
        />
      </Form>
    </FormModal>
  )
}
