/**
 * 申请变更: the date, the reason and what changes — the amount (元), the end date, the terms or the
 * team, each ticked to include it and starting from what is in force now. The repository checks
 * the request against the effective terms and what has been paid; its refusals land at the
 * inputs they are about.
 */
import { useMemo, useState } from 'react'
import { Checkbox, Flex, Form, Input, Select, Typography } from 'antd'
import { todayInChina } from '@shared/domain/dates'
import { parseAmountToFen } from '@shared/domain/money'
import type {
  Agreement,
  AmendmentChanges,
  EffectiveAgreement
} from '@shared/domain/projects/agreement'
import type { Project } from '@shared/domain/projects/project'
import { yuanInput } from '@renderer/components/amount-text'
import { FormModal, useFormDialog } from '@renderer/components/form-save'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { useSocialWorkers } from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import { teamOptions } from '../project-edit-drawer'
import { AGREEMENT_STRINGS as S } from './strings'

interface Values {
  requestedOn?: string | null
  reason?: string
  changeAmount?: boolean
  amountFen?: string
  changeEndOn?: boolean
  endOn?: string | null
  changeTerms?: boolean
  terms?: string
  changeTeam?: boolean
  socialWorkerIds?: string[]
}

const FIELDS: readonly string[] = [
  'requestedOn',
  'reason',
  'amountFen',
  'endOn',
  'terms',
  'socialWorkerIds'
]

/** The repository names the changes `changes.amountFen` …; here each has its own input. */
function fieldFor(path: string): string | null {
  const field = path.replace(/^changes\./, '').split('.')[0] ?? ''
  return FIELDS.includes(field) ? field : null
}

export interface AmendmentRequestModalProps {
  project: Project
  agreement: Agreement
  /** The terms in force, which the inputs start from. */
  effective: EffectiveAgreement
  onClose(): void
}

export function AmendmentRequestModal({
  project,
  agreement,
  effective,
  onClose
}: AmendmentRequestModalProps) {
  const { agreements } = useRepositories()
  const workers = useSocialWorkers()
  const [today] = useState(todayInChina)
  const { form, getValues, saveAndClose, frame } = useFormDialog<Values>(fieldFor, onClose)
  const options = useMemo(() => teamOptions(workers ?? [], project), [workers, project])
  const [initialValues] = useState<Values>(() => ({
    requestedOn: today,
    reason: '',
    amountFen: yuanInput(effective.amountFen),
    endOn: effective.endOn,
    terms: effective.terms,
    socialWorkerIds: effective.socialWorkerIds ?? project.socialWorkerIds
  }))
  const ticked = {
    amount: Form.useWatch('changeAmount', form) === true,
    endOn: Form.useWatch('changeEndOn', form) === true,
    terms: Form.useWatch('changeTerms', form) === true,
    team: Form.useWatch('changeTeam', form) === true
  }

  const submit = async () => {
    const values = getValues()
    const changes: AmendmentChanges = {}
    if (values.changeAmount) {
      const amount = parseAmountToFen(values.amountFen ?? '')
      if (!amount.ok) {
        form.setFields([{ name: 'amountFen', errors: [amount.message] }])
        return
      }
      changes.amountFen = amount.fen
    }
    if (values.changeEndOn) changes.endOn = values.endOn ?? ''
    if (values.changeTerms) changes.terms = values.terms ?? ''
    if (values.changeTeam) changes.socialWorkerIds = values.socialWorkerIds ?? []
    await saveAndClose(S.requested, () =>
      agreements.requestAmendment(agreement.id, {
        requestedOn: values.requestedOn ?? '',
        reason: values.reason ?? '',
        changes
      })
    )
  }

  return (
    <FormModal
      {...frame}
      title={S.requestTitle}
      okText={S.requestAmendment}
      cancelText={S.cancel}
      onOk={submit}
      width={720}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues}>
        <Form.Item name="requestedOn" label={S.requestedOn} required>
          <IsoDateInput notAfter={today} />
        </Form.Item>
        <Form.Item name="reason" label={S.reason} required>
          <Input.TextArea rows={2} maxLength={1000} placeholder={S.reasonPlaceholder} />
        </Form.Item>
        <Typography.Text type="secondary">{S.pickChanges}</Typography.Text>
        <Flex vertical style={{ marginTop: 8 }}>
          <Form.Item name="changeAmount" valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>{S.changeAmount}</Checkbox>
          </Form.Item>
          <Form.Item name="amountFen" label={S.newAmount} hidden={!ticked.amount}>
            <Input inputMode="decimal" placeholder={S.amountPlaceholder} />
          </Form.Item>
          <Form.Item name="changeEndOn" valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>{S.changeEndOn}</Checkbox>
          </Form.Item>
          <Form.Item name="endOn" label={S.newEndOn} hidden={!ticked.endOn}>
            <IsoDateInput />
          </Form.Item>
          <Form.Item name="changeTerms" valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>{S.changeTerms}</Checkbox>
          </Form.Item>
          <Form.Item name="terms" label={S.newTerms} hidden={!ticked.terms}>
            <Input.TextArea rows={8} maxLength={20_000} />
          </Form.Item>
          <Form.Item name="changeTeam" valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>{S.changeTeam}</Checkbox>
          </Form.Item>
          <Form.Item name="socialWorkerIds" label={S.newTeam} hidden={!ticked.team}>
            <Select
              mode="multiple"
              options={options}
              loading={workers === undefined}
              optionFilterProp="label"
            />
          </Form.Item>
        </Flex>
      </Form>
    </FormModal>
  )
}
