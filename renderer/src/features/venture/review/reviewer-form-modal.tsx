/**
 * 新增 / 修改 评审专家: the fields of reviewerDraftSchema. A refused save puts the shared rule's
 * messages at their fields (e.g. a wrong check digit in the unit's USCC); a warning such as a
 * second expert of the same name at the same unit is shown after saving.
 */
import { Form, Input, Select } from 'antd'
import type { Reviewer, ReviewerDraft } from '@shared/domain/venture/reviewer'
import { FormModal, useFormDialog } from '@renderer/components/form-save'
import { useRepositories } from '@renderer/db/use-repositories'
import { REVIEWER_FIELD_LABELS as L, REVIEW_STRINGS as S } from './strings'

const FIELDS = [
  'name',
  'affiliation',
  'affiliationUscc',
  'title',
  'expertise',
  'phone',
  'note'
] as const

interface ReviewerValues {
  name?: string
  affiliation?: string | null
  affiliationUscc?: string | null
  title?: string | null
  expertise?: string[]
  phone?: string | null
  note?: string | null
}

function toDraft(values: ReviewerValues): ReviewerDraft {
  return {
    name: values.name ?? '',
    affiliation: values.affiliation ?? null,
    affiliationUscc: values.affiliationUscc ?? null,
    title: values.title ?? null,
    expertise: values.expertise ?? [],
    phone: values.phone ?? null,
    note: values.note ?? null
  }
}

export interface ReviewerFormModalProps {
  /** The expert to change; null adds a new one. */
  reviewer: Reviewer | null
  onClose(): void
}

export function ReviewerFormModal({ reviewer, onClose }: ReviewerFormModalProps) {
  const { reviewers } = useRepositories()
  const { form, getValues, saveAndClose, frame } = useFormDialog<ReviewerValues>(FIELDS, onClose)

  const submit = () => {
    const draft = toDraft(getValues())
    return saveAndClose(S.saved, () =>
      reviewer ? reviewers.update(reviewer.id, draft) : reviewers.create(draft)
    )
  }

  return (
    <FormModal
      {...frame}
      title={reviewer ? S.editReviewer : S.addReviewer}
      okText={S.save}
      cancelText={S.cancel}
      onOk={submit}
      width={560}
    >
      <Form<ReviewerValues>
        form={form}
        layout="vertical"
        initialValues={reviewer ?? { expertise: [] }}
      >
        <Form.Item name="name" label={L.name} required>
          <Input maxLength={20} autoFocus />
        </Form.Item>
        <Form.Item name="affiliation" label={L.affiliation}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="affiliationUscc" label={L.affiliationUscc} extra={S.usccHint}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="title" label={L.title}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="expertise" label={L.expertise} extra={S.expertiseHint}>
          <Select mode="tags" open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="phone" label={L.phone}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="note" label={L.note}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
