/** Adds or corrects one 服务记录. Money is typed in 元 and stored in 分. */
import { Form, Input, InputNumber, Select } from 'antd'
import { todayInChina } from '@shared/domain/dates'
import {
  MONEY_SERVICE_TYPES,
  SERVICE_TYPES,
  type IncubationService,
  type ServiceType
} from '@shared/domain/incubation/service-log'
import { formatYuan, parseAmountToFen } from '@shared/domain/money'
import { useRepositories } from '@renderer/db/use-repositories'
import { FormModal, useFormDialog } from '@renderer/components/form-save'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { SERVICE_FIELD_LABELS as L, INCUBATION_STRINGS as S } from './strings'

const FIELDS = ['date', 'type', 'hours', 'amountFen', 'note'] as const

interface ServiceValues {
  date?: string | null
  type?: ServiceType
  hours?: number | null
  /** The amount as typed, in 元. */
  amountFen?: string
  note?: string | null
}

export interface ServiceModalProps {
  incubationId: string
  /** The entry being corrected; a new one when absent. */
  service?: IncubationService
  onClose(): void
}

export function ServiceModal({ incubationId, service, onClose }: ServiceModalProps) {
  const { incubationServices } = useRepositories()
  const { form, getValues, saveAndClose, frame } = useFormDialog<ServiceValues>(FIELDS, onClose)
  const type = Form.useWatch('type', form)
  const amountText = Form.useWatch('amountFen', form)
  const today = todayInChina()
  const moneyType = type !== undefined && MONEY_SERVICE_TYPES.includes(type)
  const showAmount = moneyType || Boolean(amountText)

  const submit = async () => {
    const values = getValues()
    const text = values.amountFen?.trim() ?? ''
    let amountFen: number | null = null
    if (text !== '') {
      const parsed = parseAmountToFen(text)
      if (!parsed.ok) {
        form.setFields([{ name: 'amountFen', errors: [parsed.message] }])
        return
      }
      amountFen = parsed.fen
    }
    const draft = {
      date: values.date ?? '',
      type: values.type as ServiceType,
      hours: values.hours ?? 0,
      amountFen,
      note: values.note ?? null
    }
    await saveAndClose(S.saved, () =>
      service
        ? incubationServices.update(service.id, draft)
        : incubationServices.add({ incubationId, ...draft })
    )
  }

  return (
    <FormModal
      {...frame}
      title={service ? S.editService : S.addService}
      okText={S.save}
      cancelText={S.cancel}
      onOk={submit}
    >
      <Form<ServiceValues>
        form={form}
        layout="vertical"
        initialValues={
          service
            ? {
                date: service.date,
                type: service.type,
                hours: service.hours,
                amountFen:
                  service.amountFen === null
                    ? ''
                    : formatYuan(service.amountFen, { grouping: false }),
                note: service.note
              }
            : { date: today, type: SERVICE_TYPES[0], hours: 0 }
        }
      >
        <Form.Item name="type" label={L.type} required>
          <Select options={SERVICE_TYPES.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item name="date" label={L.date} required>
          <IsoDateInput notAfter={today} />
        </Form.Item>
        <Form.Item name="hours" label={L.hours}>
          <InputNumber min={0} max={1000} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="amountFen" label={L.amountFen} required={moneyType} hidden={!showAmount}>
          <Input placeholder={S.amountPlaceholder} inputMode="decimal" />
        </Form.Item>
        <Form.Item name="note" label={L.note}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
