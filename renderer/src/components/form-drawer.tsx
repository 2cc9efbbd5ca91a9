/**
 * The drawer a long form opens in: 取消 / 保存 at its foot, the refusals no field shows above the
 * form, and a question before closing throws typing away; and the save such a form makes.
 */
import { useState, type ReactNode } from 'react'
import { App, Button, Drawer, Space, type FormInstance } from 'antd'
import type { FieldIssue } from '@shared/domain/check'
import { placeIssues, placeSaveError, type FieldName } from './form-issues'
import { FormErrors } from './form-save'

/** The drawer's words; each feature's strings carry them. */
export interface FormDrawerStrings {
  save: string
  cancel: string
  discardTitle: string
  discardText: string
  discard: string
  keepEditing: string
}

/** Runs `leave` at once when nothing was typed in `form`, else once the user agrees to lose it. */
export function useConfirmLeave(form: FormInstance, strings: FormDrawerStrings) {
  const { modal } = App.useApp()
  return (leave: () => void) => {
    if (!form.isFieldsTouched()) {
      leave()
      return
    }
    modal.confirm({
      title: strings.discardTitle,
      content: strings.discardText,
      okText: strings.discard,
      okButtonProps: { danger: true },
      cancelText: strings.keepEditing,
      onOk: leave
    })
  }
}

export interface FormDrawerProps {
  form: FormInstance
  title: string
  strings: FormDrawerStrings
  saving: boolean
  /** Refusals no field shows. */
  errors: readonly string[]
  onSave(): void
  /** Once the drawer is closed, after the question when something was typed. */
  onClose(): void
  children: ReactNode
}

export function FormDrawer({
  form,
  title,
  strings,
  saving,
  errors,
  onSave,
  onClose,
  children
}: FormDrawerProps) {
  const confirmLeave = useConfirmLeave(form, strings)
  return (
    <Drawer
      open
      size="large"
      title={title}
      onClose={() => confirmLeave(onClose)}
      destroyOnHidden
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={() => confirmLeave(onClose)}>{strings.cancel}</Button>
          <Button type="primary" loading={saving} onClick={onSave}>
            {strings.save}
          </Button>
        </Space>
      }
    >
      <FormErrors messages={errors} />
      {children}
    </Drawer>
  )
}

/** A form's reading of its values: the draft to send, or what it refused at its fields. */
export type FormDraft<D> = { ok: true; draft: D } | { ok: false; issues: FieldIssue[] }

/**
 * The save of a drawer's form, one at a time. The last save's findings are cleared; the form's
 * own refusal, or else the repository's, is placed at the fields `fieldFor` names (the rest
 * above the form) and the drawer scrolls to the first field in error. Once written, `notice`
 * and the repository's warnings show as messages.
 */
export function useDrawerSave(form: FormInstance, fieldFor: (path: string) => FieldName | null) {
  const { message } = App.useApp()
  const [saving, setSaving] = useState(false)
  const [errors, setErrors] = useState<string[]>([])

  const show = (general: string[]) => {
    setErrors(general)
    const first = form.getFieldsError().find((field) => field.errors.length > 0)
    if (first) form.scrollToField(first.name)
  }

  /** The record `write` stored, or null when the form or the repository refused it. */
  const save = async <D, T>(
    result: FormDraft<D>,
    write: (draft: D) => Promise<{ record: T; warnings: readonly FieldIssue[] }>,
    notice: (record: T) => string
  ): Promise<T | null> => {
    setErrors([])
    form.setFields(
      form
        .getFieldsError()
        .filter((field) => field.errors.length > 0 || field.warnings.length > 0)
        .map((field) => ({ name: field.name, errors: [], warnings: [] }))
    )
    if (!result.ok) {
      show(placeIssues(form, result.issues, fieldFor))
      return null
    }
    setSaving(true)
    try {
      const saved = await write(result.draft)
      message.success(notice(saved.record))
      for (const warning of new Set(saved.warnings.map((issue) => issue.message))) {
        message.warning(warning, 8)
      }
      return saved.record
    } catch (error) {
      show(placeSaveError(form, error, fieldFor))
      return null
    } finally {
      setSaving(false)
    }
  }

  return { saving, errors, save }
}
