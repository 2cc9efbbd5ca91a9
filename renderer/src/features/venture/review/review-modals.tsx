/**
 * The 评审 tab's dialogs: adding one expert to one application (the repository refuses a pair the
 * automatic conflict check flags, at the field) and 退回重评 of a submitted sheet with the reason.
 */
import { App, Form, Input, Select } from 'antd'
import type { Application } from '@shared/domain/venture/application'
import type { Review } from '@shared/domain/venture/review'
import type { Reviewer } from '@shared/domain/venture/reviewer'
import { FormModal, useFormSave } from '@renderer/components/form-save'
import { useRepositories } from '@renderer/db/use-repositories'
import { REVIEW_STRINGS as S } from './strings'

export interface AddExpertModalProps {
  application: Application
  /** Experts in use and not yet on this application. */
  candidates: readonly Reviewer[]
  onClose(): void
}

export function AddExpertModal({ application, candidates, onClose }: AddExpertModalProps) {
  const { reviews } = useRepositories()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ reviewerId?: string }>()
  const { errors, saving, save } = useFormSave(form, ['reviewerId'])

  const submit = async () => {
    const reviewerId = (form.getFieldValue('reviewerId') as string | undefined) ?? ''
    const done = await save(() => reviews.assignOne(application.id, reviewerId))
    if (done) {
      const name = candidates.find((reviewer) => reviewer.id === reviewerId)?.name ?? ''
      message.success(S.added(name))
      onClose()
    }
  }

  return (
    <FormModal
      title={S.addExpertTitle(application.title)}
      okText={S.addExpert}
      cancelText={S.cancel}
      saving={saving}
      errors={errors}
      onOk={() => void submit()}
      onClose={onClose}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="reviewerId" label={S.addExpertField} required>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            notFoundContent={S.addExpertEmpty}
            options={candidates.map((reviewer) => ({
              value: reviewer.id,
              label: reviewer.affiliation
                ? `${reviewer.name}（${reviewer.affiliation}）`
                : reviewer.name
            }))}
          />
        </Form.Item>
      </Form>
    </FormModal>
  )
}

export interface ReopenModalProps {
  review: Review
  /** Who and what, e.g. 王教授 · 长者关爱计划. */
  subject: string
  onClose(): void
}

export function ReopenModal({ review, subject, onClose }: ReopenModalProps) {
  const { reviews } = useRepositories()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ reason?: string }>()
  const { errors, saving, save } = useFormSave(form, ['reason'])

  const submit = async () => {
    const reason = (form.getFieldValue('reason') as string | undefined) ?? ''
    const done = await save(() => reviews.reopen(review.id, { reason }))
    if (done) {
      message.success(S.reopened)
      onClose()
    }
  }

  return (
    <FormModal
      title={S.reopenTitle}
      okText={S.reopen}
      cancelText={S.cancel}
      saving={saving}
      errors={errors}
      onOk={() => void submit()}
      onClose={onClose}
    >
      <p>{subject}</p>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={S.reopenReason} required>
          <Input.TextArea rows={3} maxLength={500} autoFocus />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
