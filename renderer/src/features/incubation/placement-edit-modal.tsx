/** 编辑: the placement details and note of a stay; its status and dates change only by steps. */
import { Form, Input } from 'antd'
import type { Incubation, IncubationEdit } from '@shared/domain/incubation/incubation'
import { useRepositories } from '@renderer/db/use-repositories'
import { FormModal, useFormDialog } from '@renderer/components/form-save'
import { INCUBATION_FIELD_LABELS as L, INCUBATION_STRINGS as S } from './strings'

const FIELDS = ['baseName', 'workstation', 'mentor', 'note'] as const

export function PlacementEditModal({ stay, onClose }: { stay: Incubation; onClose(): void }) {
  const { incubations } = useRepositories()
  const { form, getValues, saveAndClose, frame } = useFormDialog<IncubationEdit>(FIELDS, onClose)

  const submit = async () => {
    const values = getValues()
    await saveAndClose(S.saved, () =>
      incubations.edit(stay.id, {
        baseName: values.baseName ?? '',
        workstation: values.workstation ?? null,
        mentor: values.mentor ?? null,
        note: values.note ?? null
      })
    )
  }

  return (
    <FormModal
      {...frame}
      title={S.editPlacementTitle}
      okText={S.save}
      cancelText={S.cancel}
      onOk={submit}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          baseName: stay.baseName,
          workstation: stay.workstation,
          mentor: stay.mentor,
          note: stay.note
        }}
      >
        <Form.Item name="baseName" label={L.baseName} required>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="workstation" label={L.workstation}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="mentor" label={L.mentor}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="note" label={L.note}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
