/**
 * The form for operator, office and backup rotation. Each field is checked with the very schema
 * the repository enforces, so the message under a field is the message a save would give.
 */
import { useState } from 'react'
import { App, Button, Form, Input, InputNumber } from 'antd'
import type { Rule } from 'antd/es/form'
import { generalSettingsSchema, type GeneralSettings } from '@shared/domain/settings'
import { RecordValidationError } from '@shared/domain/check'
import { BACKUP_KEEP_MAX, BACKUP_KEEP_MIN } from '@shared/ipc/file-kinds'
import { SETTINGS_STRINGS as S } from './strings'
import { useSettingsRepository } from './use-general-settings'

function fieldRule(field: keyof GeneralSettings): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = generalSettingsSchema.shape[field].safeParse(value)
      if (!result.success) throw new Error(result.error.issues[0]?.message)
    }
  }
}

function isFormField(field: string): field is keyof GeneralSettings {
  return Object.hasOwn(generalSettingsSchema.shape, field)
}

export function GeneralSettingsForm({ initial }: { initial: GeneralSettings }) {
  const [form] = Form.useForm<GeneralSettings>()
  const { message } = App.useApp()
  const repository = useSettingsRepository()
  const [saving, setSaving] = useState(false)

  const save = async (values: GeneralSettings) => {
    setSaving(true)
    try {
      const saved = await repository.saveGeneral(values)
      form.setFieldsValue(saved)
      message.success(S.saved)
    } catch (error) {
      if (error instanceof RecordValidationError) {
        // Field problems go under their field; anything else (e.g. an unknown key) is shown whole.
        const fieldIssues = error.issues.filter(
          (issue) => issue.level === 'error' && isFormField(issue.field)
        )
        form.setFields(
          fieldIssues.map((issue) => ({
            name: issue.field as keyof GeneralSettings,
            errors: [issue.message]
          }))
        )
        if (fieldIssues.length < error.issues.length)
          message.error(`${S.saveFailed}${error.message}`)
      } else {
        message.error(`${S.saveFailed}${error instanceof Error ? error.message : String(error)}`)
      }
    } finally {
      setSaving(false)
    }
  }

  return (
    <Form<GeneralSettings>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={save}
      style={{ maxWidth: 480 }}
    >
      <Form.Item
        name="operatorName"
        label={S.operatorLabel}
        extra={S.operatorExtra}
        required
        rules={[fieldRule('operatorName')]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="officeName"
        label={S.officeLabel}
        extra={S.officeExtra}
        rules={[fieldRule('officeName')]}
      >
        <Input placeholder={S.officePlaceholder} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="backupKeep"
        label={S.backupKeepLabel}
        extra={S.backupKeepExtra}
        required
        rules={[fieldRule('backupKeep')]}
      >
        <InputNumber
          min={BACKUP_KEEP_MIN}
          max={BACKUP_KEEP_MAX}
          precision={0}
          suffix={S.backupKeepUnit}
          style={{ width: 160 }}
        />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {S.save}
        </Button>
      </Form.Item>
    </Form>
  )
}
