/**
 * useFormSave (components/form-save.tsx) for forms whose refusals are about rows of a list: an
 * issue at `scores.2.evidence` or `obligations.1.name` is shown at that row's input, which
 * `fieldFor` names, instead of at the whole list.
 */
import { useState } from 'react'
import { App, type FormInstance } from 'antd'
import type { FieldIssue } from '@shared/domain/check'
import { placeIssues, placeSaveError, type FieldName } from '@renderer/components/form-issues'

export function usePlacedSave(form: FormInstance, fieldFor: (path: string) => FieldName | null) {
  const { message } = App.useApp()
  const [errors, setErrors] = useState<string[]>([])
  const [saving, setSaving] = useState(false)

  /** Runs `write`; its refusal lands at the fields, its warnings become notices. */
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
