/**
 * The 评审 tab's dialogs: adding one expert to one application (the repository refuses a pair the
 * automatic conflict check flags, at the field) and 退回重评 of a submitted sheet with the reason.
 */
import { Form, Input, Select } from 'antd'
import type { Application } from '@shared/domain/venture/application'
import type { Review } from '@shared/domain/venture/review'
import type { Reviewer } from '@shared/domain/venture/reviewer'
import { FormModal, useFormDialog } from '@renderer/components/form-save'
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
  const { form, getValues, saveAndClose, frame } = useFormDialog<{ reviewerId?: string }>(
    ['reviewerId'],
    onClose
  )

  const submit = async () => {
    const reviewerId = getValues().reviewerId ?? ''
    const name = candidates.find((reviewer) => reviewer.id === reviewerId)?.name ?? ''
    await saveAndClose(S.added(name), () => reviews.assignOne(application.id, reviewerId))
  }

  return (
    <FormModal
      {...frame}
      title={S.addExpertTitle(application.title)}
      okText={S.addExpert}
      cancelText={S.cancel}
      onOk={submit}
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
  const { form, getValues, saveAndClose, frame } = useFormDialog<{ reason?: string }>(
    ['reason'],
    onClose
  )

  const submit = () =>
    saveAndClose(S.reopened, () => reviews.reopen(review.id, { reason: getValues().reason ?? '' }))

  return (
    <FormModal
      {...frame}
      title={S.reopenTitle}
      okText={S.reopen}
      cancelText={S.cancel}
      onOk={submit}
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
