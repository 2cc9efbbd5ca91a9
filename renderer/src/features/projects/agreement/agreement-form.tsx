/**
 * 起草协议 / 编辑 a 草拟 agreement. A new one starts from the project (parties, amount, period,
 * the title) and the skeleton of the terms; the amount shows its 大写 as it is typed, and the
 * checklist shows which of the headings 102号令 art. 23 asks for are written. The repository
 * judges the draft against the project and its refusals land at the fields.
 */
import { useState } from 'react'
import { Button, Col, Flex, Form, Input, Row, Tag, Typography } from 'antd'
import { CheckOutlined, ExclamationOutlined } from '@ant-design/icons'
import { typedFen } from '@renderer/components/amount-text'
import { FormDrawer } from '@renderer/components/form-drawer'
import { placeIssues } from '@renderer/components/form-issues'
import { useFormDialog } from '@renderer/components/form-save'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { useRepositories } from '@renderer/db/use-repositories'
import {
  CONTRACT_TERM_HEADINGS,
  missingTermHeadings,
  type Agreement
} from '@shared/domain/projects/agreement'
import { contractAmountInWords, type Project } from '@shared/domain/projects/project'
import {
  AGREEMENT_FORM_FIELDS,
  agreementValues,
  newAgreementValues,
  termsTemplate,
  toAgreementDraft,
  type AgreementFormValues,
  type AgreementPrefill
} from './agreement-form-values'
import { AGREEMENT_STRINGS as S } from './strings'

export interface AgreementFormDrawerProps {
  project: Project
  /** The 草拟 agreement to edit; a new one when absent. */
  agreement?: Agreement
  prefill: AgreementPrefill
  onClose(): void
}

export function AgreementFormDrawer({
  project,
  agreement,
  prefill,
  onClose
}: AgreementFormDrawerProps) {
  const { agreements } = useRepositories()
  const { form, getValues, saveAndClose, frame } = useFormDialog<AgreementFormValues>(
    AGREEMENT_FORM_FIELDS,
    onClose
  )
  const [initialValues] = useState(() =>
    agreement ? agreementValues(agreement) : newAgreementValues(project, prefill)
  )
  const amount = Form.useWatch('amountFen', form)
  const terms = Form.useWatch('terms', form) ?? initialValues.terms

  const words = contractAmountInWords(typedFen(amount ?? initialValues.amountFen))
  const missing = new Set(missingTermHeadings(terms))

  const submit = async () => {
    const result = toAgreementDraft(getValues())
    if (!result.ok) {
      placeIssues(form, result.issues, (path) => path)
      return
    }
    await saveAndClose(agreement ? S.saved : S.created, () =>
      agreement
        ? agreements.update(agreement.id, result.draft)
        : agreements.create(project.id, result.draft)
    )
  }

  return (
    <FormDrawer
      form={form}
      title={agreement ? S.editTitle(agreement.number) : S.draftTitle}
      strings={S}
      saving={frame.saving}
      errors={frame.errors}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <Form<AgreementFormValues> form={form} layout="vertical" initialValues={initialValues}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="number" label={S.number} required>
              <Input maxLength={40} autoComplete="off" placeholder={S.numberPlaceholder} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="title" label={S.title} required>
              <Input maxLength={80} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="partyA" label={S.partyA} required>
              <Input maxLength={60} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="partyB" label={S.partyB} required>
              <Input maxLength={60} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="startOn" label={S.startOn} required>
              <IsoDateInput />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="endOn" label={S.endOn} required>
              <IsoDateInput />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="amountFen"
              label={`${S.amount}（元）`}
              required
              extra={words ? S.amountWords(words) : S.amountHint}
            >
              <Input inputMode="decimal" placeholder={S.amountPlaceholder} />
            </Form.Item>
          </Col>
        </Row>

        <Flex
          vertical
          gap={4}
          style={{ marginBottom: 8 }}
          role="group"
          aria-label={S.headingsTitle}
        >
          <Typography.Text type="secondary">{S.headingsTitle}</Typography.Text>
          <Flex gap={4} wrap>
            {CONTRACT_TERM_HEADINGS.map((heading) =>
              missing.has(heading) ? (
                <Tag key={heading} icon={<ExclamationOutlined />} color="warning">
                  {heading}：{S.headingMissing}
                </Tag>
              ) : (
                <Tag key={heading} icon={<CheckOutlined />} color="success">
                  {heading}：{S.headingWritten}
                </Tag>
              )
            )}
          </Flex>
        </Flex>
        <Form.Item name="terms" label={S.terms} extra={S.termsHint}>
          <Input.TextArea rows={14} maxLength={20_000} />
        </Form.Item>
        {terms.trim() === '' ? (
          <Button onClick={() => form.setFieldValue('terms', termsTemplate())}>
            {S.insertTemplate}
          </Button>
        ) : null}
      </Form>
    </FormDrawer>
  )
}
