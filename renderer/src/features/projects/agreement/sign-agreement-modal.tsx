/**
 * 签订: the date the agreement was signed, the headings of its terms still unwritten (a paper
 * contract is what it is, so they warn rather than refuse), and a question before the agreement
 * is locked for good and the project moves to 执行中.
 */
import { useState } from 'react'
import { Alert, App, Form } from 'antd'
import { confirmFirst, FormModal, useFormDialog } from '@renderer/components/form-save'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { useRepositories } from '@renderer/db/use-repositories'
import { todayInChina } from '@shared/domain/dates'
import { missingTermHeadings, type Agreement } from '@shared/domain/projects/agreement'
import { AGREEMENT_STRINGS as S } from './strings'

interface Values {
  signedOn?: string | null
}

const FIELDS = ['signedOn'] as const

export function SignAgreementModal({
  agreement,
  onClose
}: {
  agreement: Agreement
  onClose(): void
}) {
  const { agreements } = useRepositories()
  const { modal } = App.useApp()
  const [today] = useState(todayInChina)
  const { form, getValues, saveAndClose, frame } = useFormDialog<Values>(FIELDS, onClose)
  const missing = missingTermHeadings(agreement.terms)

  const submit = async () => {
    const confirmed = await confirmFirst(modal, {
      title: S.signConfirmTitle,
      content: S.signConfirmText,
      okText: S.sign,
      cancelText: S.cancel
    })
    if (!confirmed) return
    await saveAndClose(S.signed, async () => {
      const result = await agreements.sign(agreement.id, { signedOn: getValues().signedOn ?? '' })
      // The unwritten headings were shown in the dialog before signing; not again as notices.
      return { ...result, warnings: result.warnings.filter((issue) => issue.field !== 'terms') }
    })
  }

  return (
    <FormModal
      {...frame}
      title={S.signTitle(agreement.number)}
      okText={S.sign}
      cancelText={S.cancel}
      onOk={submit}
    >
      {missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={S.signWarningsTitle}
          description={missing.join('、')}
        />
      ) : null}
      <Form<Values> form={form} layout="vertical" initialValues={{ signedOn: today }}>
        <Form.Item name="signedOn" label={S.signedOnLabel} required>
          <IsoDateInput notAfter={today} />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
