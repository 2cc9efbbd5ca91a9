/**
 * 批准 / 驳回 a requested amendment: the date and the note (a rejection says why), then a question
 * first, since both decisions are final. The repository checks the change again against the
 * terms in force at the decision, and approving applies it to the project.
 */
import { useState } from 'react'
import { App, Form, Input } from 'antd'
import { todayInChina } from '@shared/domain/dates'
import {
  AMENDMENT_WORKFLOW,
  type Amendment,
  type AmendmentAction
} from '@shared/domain/projects/agreement'
import { checkTransition } from '@shared/domain/workflow'
import { confirmFirst, FormModal, useFormDialog } from '@renderer/components/form-save'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { useRepositories } from '@renderer/db/use-repositories'
import { AGREEMENT_STRINGS as S } from './strings'

interface Values {
  decidedOn?: string | null
  note?: string
}

const FIELDS = ['decidedOn', 'note'] as const

export interface AmendmentDecisionModalProps {
  amendment: Amendment
  action: AmendmentAction
  label: string
  onClose(): void
}

export function AmendmentDecisionModal({
  amendment,
  action,
  label,
  onClose
}: AmendmentDecisionModalProps) {
  const { agreements } = useRepositories()
  const { modal } = App.useApp()
  const [today] = useState(todayInChina)
  const { form, getValues, saveAndClose, frame } = useFormDialog<Values>(FIELDS, onClose)

  const submit = async () => {
    const values = getValues()
    const note = values.note?.trim() || null
    // A rejection without a reason is pointed out before the question, not after. Whether the
    // change still holds is the repository's to judge at the decision.
    const check = checkTransition(AMENDMENT_WORKFLOW, amendment.status, action, {
      changeErrors: [],
      decisionNote: note
    })
    if (!check.ok) {
      form.setFields([{ name: 'note', errors: [check.message] }])
      return
    }
    const confirmed = await confirmFirst(modal, {
      title: S.decideConfirmTitle(label),
      content: action === 'approve' ? S.approveConfirmText : S.rejectConfirmText,
      okText: label,
      cancelText: S.cancel,
      danger: action === 'reject'
    })
    if (!confirmed) return
    await saveAndClose(S.decided(label), () =>
      agreements.decideAmendment(amendment.id, action, {
        decidedOn: values.decidedOn ?? '',
        note
      })
    )
  }

  return (
    <FormModal
      {...frame}
      title={S.decideTitle(label, amendment.no)}
      okText={label}
      cancelText={S.cancel}
      onOk={submit}
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ decidedOn: today, note: '' }}>
        <Form.Item name="decidedOn" label={S.decidedOn} required>
          <IsoDateInput notAfter={today} />
        </Form.Item>
        <Form.Item name="note" label={S.decisionNote} required={action === 'reject'}>
          <Input.TextArea rows={3} maxLength={1000} placeholder={S.notePlaceholder} />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
