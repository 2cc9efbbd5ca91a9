/**
 * What every dialog here does with a save: one write at a time, refusals placed at the fields
 * (or above the form), warnings shown without blocking.
 */
import { useState } from 'react'
import { Alert, App, type FormInstance } from 'antd'
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

export function FormErrors({ messages }: { messages: readonly string[] }) {
  return messages.length > 0 ? (
    <Alert type="error" showIcon title={messages.join('；')} style={{ marginBottom: 16 }} />
  ) : null
}
