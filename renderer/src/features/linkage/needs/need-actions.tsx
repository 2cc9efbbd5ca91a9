/**
 * The need's own steps as NEED_WORKFLOW offers them from its status now: 开始服务, 标记已解决
 * and 重新打开 (对接 is the matching panel's). A step whose guard refuses is shown disabled, with
 * the reason as its tooltip and under the buttons. Each opens a dialog saying what it changes;
 * 标记已解决 asks for the 解决情况, which the need keeps.
 */
import { useState } from 'react'
import { Flex, Form, Input, Typography } from 'antd'
import { FormModal, useFormDialog } from '@renderer/components/form-save'
import {
  SchemaFields,
  schemaAccepts,
  schemaInput,
  type SchemaShape
} from '@renderer/components/schema-fields'
import { useRepositories } from '@renderer/db/use-repositories'
import { NEED_ACTION_INPUTS, type Need, type NeedAction } from '@shared/domain/linkage/need'
import type { OfferedAction } from '@shared/domain/workflow'
import { NEED_ACTION_FIELD_LABELS, NEED_STEP_TEXTS, NEED_STRINGS as S } from './strings'
import { StepButtons } from '@renderer/components/step-buttons'

export type NeedStep = Exclude<NeedAction, 'match'>

export const isNeedStep = (offer: OfferedAction<NeedAction>): offer is OfferedAction<NeedStep> =>
  offer.action !== 'match'

export interface NeedActionsProps {
  need: Need
  /** The steps offered now, 对接 left out. */
  offered: readonly OfferedAction<NeedStep>[]
}

export function NeedActions({ need, offered }: NeedActionsProps) {
  const [open, setOpen] = useState<OfferedAction<NeedStep> | null>(null)
  if (offered.length === 0) return null
  return (
    <Flex vertical gap="small">
      <StepButtons
        offered={offered}
        primary={(offer) => offer.action === 'resolve'}
        onTake={setOpen}
      />
      {open ? (
        <NeedStepModal
          need={need}
          action={open.action}
          label={open.label}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </Flex>
  )
}

type Values = Record<string, string | undefined>

function NeedStepModal({
  need,
  action,
  label,
  onClose
}: {
  need: Need
  action: NeedStep
  label: string
  onClose(): void
}) {
  const { needs } = useRepositories()
  const schema = NEED_ACTION_INPUTS[action]
  const shape = schema.shape as SchemaShape
  const { form, getValues, saveAndClose, frame } = useFormDialog<Values>(
    Object.keys(shape),
    onClose
  )

  const submit = async () => {
    const input = schemaInput(shape, getValues())
    // A missing 解决情况 is pointed out at its field before anything is sent.
    if (!schemaAccepts(form, schema, input)) return
    await saveAndClose(S.stepDone(label), () => needs.step(need.id, action, input))
  }

  return (
    <FormModal {...frame} title={label} okText={label} cancelText={S.cancel} onOk={submit}>
      <Typography.Paragraph>{NEED_STEP_TEXTS[action]}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <SchemaFields
          shape={shape}
          labels={NEED_ACTION_FIELD_LABELS}
          control={() => (
            <Input.TextArea rows={3} maxLength={500} placeholder={S.resolutionPlaceholder} />
          )}
        />
      </Form>
    </FormModal>
  )
}
