/**
 * 入驻申请: the form that opens a stay in 待初核. From the 孵化基地 page the organisation is
 * picked (by name, pinyin or initials); from an organisation's page it is fixed.
 */
import { Form, Input, Radio, Select, Spin } from 'antd'
import { todayInChina } from '@shared/domain/dates'
import { INCUBATION_MODES, type Incubation } from '@shared/domain/incubation/incubation'
import { OrganizationSelect } from '@renderer/components/organization-select'
import { useOrganizations } from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import { useGeneralSettings, useIncubationSettings } from '@renderer/db/use-settings'
import { FormModal, useFormDialog } from '@renderer/components/form-save'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { INCUBATION_FIELD_LABELS as L, INCUBATION_STRINGS as S } from './strings'

const FIELDS = ['organizationId', 'appliedOn', 'preferredMode', 'baseName', 'note'] as const

interface ApplyValues {
  organizationId?: string
  appliedOn?: string | null
  preferredMode?: string
  baseName?: string
  note?: string
}

export interface ApplyIncubationModalProps {
  open: boolean
  onClose(): void
  /** The organisation applying, when the form is opened from its page. */
  organization?: { id: string; name: string }
  onApplied(stay: Incubation): void
}

export function ApplyIncubationModal({
  open,
  onClose,
  organization,
  onApplied
}: ApplyIncubationModalProps) {
  const { incubations } = useRepositories()
  const incubationSettings = useIncubationSettings()
  const general = useGeneralSettings()
  const organizations = useOrganizations()
  const { form, getValues, saveAndClose, frame } = useFormDialog<ApplyValues>(FIELDS, onClose)

  const initialValues: ApplyValues = {
    organizationId: organization?.id,
    appliedOn: todayInChina(),
    preferredMode: INCUBATION_MODES[0],
    baseName: incubationSettings?.baseName || general?.officeName || ''
  }

  const submit = async () => {
    const values = getValues()
    await saveAndClose(
      S.applied,
      () =>
        incubations.apply({
          organizationId: values.organizationId ?? '',
          appliedOn: values.appliedOn ?? '',
          preferredMode: values.preferredMode as Incubation['preferredMode'],
          baseName: values.baseName ?? '',
          note: values.note ?? null
        }),
      (result) => onApplied(result.record)
    )
  }

  return (
    <FormModal
      {...frame}
      open={open}
      title={S.applyTitle}
      okText={S.save}
      cancelText={S.cancel}
      onOk={submit}
    >
      {/* The base name defaults from settings, so the form waits for them. */}
      {incubationSettings && general ? (
        <Form form={form} layout="vertical" initialValues={initialValues} preserve={false}>
          <Form.Item name="organizationId" label={L.organizationId} required>
            {organization ? (
              <Select disabled options={[{ value: organization.id, label: organization.name }]} />
            ) : (
              <OrganizationSelect
                organizations={organizations}
                placeholder={S.organizationPlaceholder}
                notFoundContent={S.noOrganizationToApply}
              />
            )}
          </Form.Item>
          <Form.Item name="appliedOn" label={L.appliedOn} required>
            <IsoDateInput notAfter={todayInChina()} />
          </Form.Item>
          <Form.Item name="preferredMode" label={L.preferredMode} required>
            <Radio.Group options={[...INCUBATION_MODES]} />
          </Form.Item>
          <Form.Item name="baseName" label={L.baseName} required>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="note" label={L.note}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      ) : (
        <Spin />
      )}
    </FormModal>
  )
}
