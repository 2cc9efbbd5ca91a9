/**
 * What every dialog here does with a save: one write at a time, refusals placed at the fields
 * (or above the form), warnings shown without blocking.
 */
import { useState, type ReactNode } from 'react'
import { Alert, App, Form, Modal, type FormInstance } from 'antd'
import type { FieldIssue } from '@shared/domain/check'
import { placeIssues, placeSaveError, type FieldName } from '@renderer/components/form-issues'

/**
 * Where a form shows an issue: either the names of its fields, where an issue about part of a
 * field (`dimensions.2.score`) is shown at the whole field, or a function naming the form field
 * for an issue's dotted path (`scores.2.evidence` → `['scores', 2, 'evidence']`, a row's input);
 * null, or a path outside the list, puts the issue above the form.
 */
export type FieldPlacement = readonly string[] | ((path: string) => FieldName | null)

/** The form field an issue at `path` is shown at under `placement`. */
export function fieldForPlacement(placement: FieldPlacement): (path: string) => FieldName | null {
  if (typeof placement === 'function') return placement
  return (path) => {
    const top = path.split('.')[0] ?? ''
    return placement.includes(top) ? top : null
  }
}

/** Saves of `form`, one at a time, each refusal shown where `placement` says. */
export function useFormSave(form: FormInstance, placement: FieldPlacement) {
  const { message } = App.useApp()
  const [errors, setErrors] = useState<string[]>([])
  const [saving, setSaving] = useState(false)
  const fieldFor = fieldForPlacement(placement)

  /**
   * Runs `write` and hands back what it wrote, or null when it was refused (the refusal lands on
   * the form); warnings become notices.
   */
  const save = async <R extends { warnings: FieldIssue[] }>(
    write: () => Promise<R>
  ): Promise<R | null> => {
    setSaving(true)
    setErrors([])
    try {
      const result = await write()
      for (const warning of result.warnings) message.warning(warning.message)
      return result
    } catch (error) {
      setErrors(placeSaveError(form, error, fieldFor))
      return null
    } finally {
      setSaving(false)
    }
  }

  /** Shows what a rule found before anything is written, as a refusal would be shown. */
  const show = (issues: readonly FieldIssue[]) => setErrors(placeIssues(form, issues, fieldFor))

  return { errors, saving, save, show }
}

/**
 * A dialog that ends with its save: its form, the values it holds, and a save that, once done,
 * says so and closes the dialog. `frame` is FormModal's share of it.
 */
export function useFormDialog<V extends object>(placement: FieldPlacement, onClose: () => void) {
  const [form] = Form.useForm<V>()
  const { message } = App.useApp()
  const { errors, saving, save } = useFormSave(form, placement)

  /**
   * Saves with `write`; once saved, shows `notice` and closes, or hands the result to `then`
   * where the caller moves on to what was written.
   */
  const saveAndClose = async <R extends { warnings: FieldIssue[] }>(
    notice: string,
    write: () => Promise<R>,
    then: (result: R) => void = onClose
  ): Promise<void> => {
    const result = await save(write)
    if (result) {
      message.success(notice)
      then(result)
    }
  }

  return {
    form,
    /** Every value, those of hidden fields too. */
    getValues: () => form.getFieldsValue(true) as V,
    saveAndClose,
    frame: { saving, errors, onClose }
  }
}

/** The question asked before a write that cannot be undone. */
export interface Confirmation {
  title: string
  content: ReactNode
  okText: string
  cancelText: string
  /** Marks the confirm button as dangerous, for a step that turns something down. */
  danger?: boolean
}

/**
 * Whether to go on: at once when there is nothing to ask (`false`), else once `question` is
 * confirmed; false when it is turned down or dismissed.
 */
export async function confirmFirst(
  modal: ReturnType<typeof App.useApp>['modal'],
  question: Confirmation | false
): Promise<boolean> {
  if (!question) return true
  const { danger, ...words } = question
  return await modal.confirm({ ...words, okButtonProps: danger ? { danger } : undefined })
}

/** A feature's words for the question before a workflow step that ends the process. */
export interface FinalStepStrings {
  confirmTitle(label: string): string
  confirmTerminal: string
  cancel: string
}

/** The question before the step `label` (出壳, 撤回 …) when it ends the process. */
export function finalStepQuestion(label: string, strings: FinalStepStrings): Confirmation {
  return {
    title: strings.confirmTitle(label),
    content: strings.confirmTerminal,
    okText: label,
    cancelText: strings.cancel
  }
}

/** The refusals no field shows, above the form. */
export function FormErrors({ messages }: { messages: readonly string[] }) {
  return messages.length > 0 ? (
    <Alert type="error" showIcon title={messages.join('；')} style={{ marginBottom: 16 }} />
  ) : null
}

export interface FormModalProps {
  title: string
  /** The confirm button's words; 保存 unless the step names itself (e.g. 出壳). */
  okText: string
  cancelText: string
  saving: boolean
  errors: readonly string[]
  onOk(): void | Promise<void>
  onClose(): void
  open?: boolean
  width?: number
  children: ReactNode
}

/** Every dialog here: its form, the refusals no field shows above it, and 保存 / 取消. */
export function FormModal({
  title,
  okText,
  cancelText,
  saving,
  errors,
  onOk,
  onClose,
  open = true,
  width,
  children
}: FormModalProps) {
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={cancelText}
      confirmLoading={saving}
      onOk={() => void onOk()}
      onCancel={onClose}
      width={width}
      destroyOnHidden
    >
      <FormErrors messages={errors} />
      {children}
    </Modal>
  )
}
