/**
 * Saving one settings group: the repository checks it, the stored (trimmed) values go back
 * into the form, and a refusal lands on the fields `hasField` knows, the rest in one message.
 * 恢复默认 asks first, then fills the form with the defaults; nothing is stored until 保存.
 */
import { useState } from 'react'
import { App, type FormInstance } from 'antd'
import { formFieldName, placeSaveError } from '@renderer/components/form-issues'
import { SETTINGS_STRINGS as S } from './strings'

export function useSettingsSave<T extends object>(
  form: FormInstance<T>,
  write: (values: T) => Promise<T>,
  savedText: string,
  hasField: (path: string) => boolean
) {
  const { message, modal } = App.useApp()
  const [saving, setSaving] = useState(false)

  const save = async (values: T) => {
    setSaving(true)
    try {
      const saved = await write(values)
      form.setFieldsValue(saved as Parameters<FormInstance<T>['setFieldsValue']>[0])
      message.success(savedText)
    } catch (error) {
      const rest = placeSaveError(form, error, (path) =>
        hasField(path) ? formFieldName(path) : null
      )
      if (rest.length > 0) message.error(`${S.saveFailed}${rest.join('；')}`)
    } finally {
      setSaving(false)
    }
  }
  /** `defaults()` gives the values to fill in; `content` says what 恢复默认 changes. */
  const restoreDefaults = (defaults: () => T, content: string) => {
    modal.confirm({
      title: S.restoreDefaultsTitle,
      content,
      okText: S.restoreDefaults,
      cancelText: S.cancel,
      onOk: () => {
        const values = defaults()
        // Starts from the stored values to drop every field's error, then fills in the defaults.
        form.resetFields()
        form.setFieldsValue(values as Parameters<FormInstance<T>['setFieldsValue']>[0])
      }
    })
  }

  return { save, saving, restoreDefaults }
}
