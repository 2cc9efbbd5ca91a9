/**
 * The dialog of one step on a tranche. Its fields are the keys of the step's input schema in
 * PAYMENT_STEP_INPUTS (拨付日期 + 凭证号, 暂缓原因, 恢复理由, 追回金额 + 理由 …); what the schema
 * refuses is said at the field before anything is asked. 拨付 and 追回 ask once more, because
 * neither can be taken back.
 */
import { App, Form, Input, Typography } from 'antd'
import type { z } from 'zod'
import { todayInChina } from '@shared/domain/dates'
import { parseAmountToFen, yuanText } from '@shared/domain/money'
import {
  PAYMENT_STEP_INPUTS,
  type GateState,
  type Payment,
  type PaymentAction,
  type PaymentStepInput
} from '@shared/domain/payments/payment'
import {
  confirmFirst,
  FormModal,
  useFormDialog,
  type Confirmation
} from '@renderer/components/form-save'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import {
  SchemaFields,
  schemaAccepts,
  schemaInput,
  type SchemaShape
} from '@renderer/components/schema-fields'
import { useRepositories } from '@renderer/db/use-repositories'
import { PAYMENT_STRINGS as S, STEP_FIELD_LABELS } from './strings'

type Values = Record<string, string | null | undefined>

const DATE_FIELDS = ['paidOn', 'decidedOn']
const LONG_TEXT_FIELDS = ['note', 'reason']

export interface PaymentStepModalProps {
  payment: Payment
  action: PaymentAction
  label: string
  /** The tranche's gate now, which 转为可拨付 is taken on. */
  gate: GateState
  onClose(): void
}

export function PaymentStepModal({ payment, action, label, gate, onClose }: PaymentStepModalProps) {
  const { payments } = useRepositories()
  const { modal } = App.useApp()
  const schema = PAYMENT_STEP_INPUTS[action] as z.ZodObject
  const shape = schema.shape as SchemaShape
  const fields = Object.keys(shape)
  const { form, getValues, saveAndClose, frame } = useFormDialog<Values>(fields, onClose)
  const labels = STEP_FIELD_LABELS[action]
  const today = todayInChina()
  const stopping = action === 'recover' && payment.status === '暂缓'

  const submit = async () => {
    const values = getValues()
    const input = schemaInput(shape, values)
    // The amount is typed in 元 and stored in 分.
    if ('amountFen' in shape) {
      const amount = parseAmountToFen(values.amountFen ?? '')
      if (!amount.ok) {
        form.setFields([{ name: 'amountFen', errors: [amount.message] }])
        return
      }
      input.amountFen = amount.fen
    }
    if (!schemaAccepts(form, schema, input)) return
    const confirmed = await confirmFirst(modal, question(payment, action, label, input))
    if (!confirmed) return
    await saveAndClose(S.stepDone(label), () =>
      payments.step(payment.id, action, input as PaymentStepInput<typeof action>)
    )
  }

  return (
    <FormModal
      {...frame}
      title={`${S.trancheNo(payment.no)}：${label}`}
      okText={label}
      cancelText={S.cancel}
      onOk={submit}
    >
      {action === 'release' ? (
        <Typography.Paragraph>{S.releaseReason(gate.reason)}</Typography.Paragraph>
      ) : null}
      {action === 'recover' ? (
        <Typography.Paragraph type="secondary">
          {stopping ? S.recoverHeldHint : S.recoverPaidHint(yuanText(payment.amountFen))}
        </Typography.Paragraph>
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          paidOn: today,
          decidedOn: today,
          amountFen: stopping ? '0' : undefined
        }}
      >
        <SchemaFields
          shape={shape}
          labels={labels}
          control={(field) =>
            DATE_FIELDS.includes(field) ? (
              <IsoDateInput notAfter={today} />
            ) : field === 'amountFen' ? (
              <Input placeholder={S.amountPlaceholder} inputMode="decimal" disabled={stopping} />
            ) : LONG_TEXT_FIELDS.includes(field) ? (
              <Input.TextArea rows={3} maxLength={500} />
            ) : (
              <Input maxLength={40} />
            )
          }
        />
      </Form>
    </FormModal>
  )
}

/** The question before 拨付 and 追回, which cannot be taken back; none for the other steps. */
function question(
  payment: Payment,
  action: PaymentAction,
  label: string,
  input: Record<string, unknown>
): Confirmation | false {
  if (action === 'pay') {
    return {
      title: S.confirmPayTitle(payment.no),
      content: S.confirmPay(yuanText(payment.amountFen), String(input.paidOn)),
      okText: label,
      cancelText: S.cancel
    }
  }
  if (action === 'recover') {
    return {
      title: S.confirmRecoverTitle(payment.no),
      content:
        payment.status === '暂缓'
          ? S.confirmStop
          : S.confirmRecover(yuanText(Number(input.amountFen))),
      okText: label,
      cancelText: S.cancel,
      danger: true
    }
  }
  return false
}
