/**
 * What every dialog here does with a save: one write at a time, refusals placed at the fields
 * (or above the form), warnings shown without blocking.
 */
import { useState, type ReactNode } from 'react'
import { Alert, App, Modal, type FormInstance } from 'antd'
import type { FieldIssue } from '@shared/domain/check'
import { placeSaveError } from '@renderer/components/form-issues'

export function useFormSave(form: FormInstance, fields: readonly string[]) {
  const { message } = App.useApp()
  const [errors, setErrors] = useState<string[]>([])
  const [saving, setSaving] = useState(false)

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
      // An issue about part of a field (`dimensions.2.score`) is shown at the whole field.
      setErrors(
        placeSaveError(form, error, (path) => {
          const top = path.split('.')[0] ?? ''
          return fields.includes(top) ? top : null
        })
      )
      return null
    } finally {
      setSaving(false)
    }
  }
  return { errors, saving, save }
}

function FormErrors({ messages }: { messages: readonly string[] }) {
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
  onOk(): void
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
      onOk={onOk}
      onCancel={onClose}
      width={width}
      destroyOnHidden
    >
      <FormErrors messages={errors} />
      {children}
    </Modal>
  )
}
