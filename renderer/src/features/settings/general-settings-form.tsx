/** The form for operator, office and backup rotation. */
import { Button, Form, Input, InputNumber } from 'antd'
import type { Rule } from 'antd/es/form'
import { generalSettingsSchema, type GeneralSettings } from '@shared/domain/settings'
import { BACKUP_KEEP_MAX, BACKUP_KEEP_MIN } from '@shared/ipc/file-kinds'
import { useGeneralSettings, useSettingsRepository } from '@renderer/db/use-settings'
import { schemaRule } from '@renderer/components/form-issues'
import { SettingsCard } from './settings-card'
import { SETTINGS_STRINGS as S } from './strings'
import { useSettingsSave } from './use-settings-save'

function fieldRule(field: keyof GeneralSettings): Rule {
  return schemaRule(generalSettingsSchema.shape[field])
}

function isFormField(field: string): field is keyof GeneralSettings {
  return Object.hasOwn(generalSettingsSchema.shape, field)
}

export function GeneralSettingsForm({ initial }: { initial: GeneralSettings }) {
  const [form] = Form.useForm<GeneralSettings>()
  const repository = useSettingsRepository()
  const { save, saving } = useSettingsSave(
    form,
    (values) => repository.saveGeneral(values),
    S.saved,
    isFormField
  )

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

export function GeneralSettingsCard() {
  const settings = useGeneralSettings()
  return (
    <SettingsCard title={S.generalTitle} settings={settings}>
      {(initial) => <GeneralSettingsForm initial={initial} />}
    </SettingsCard>
  )
}
