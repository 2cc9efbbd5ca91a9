/**
 * 新建申报书: the applicant (by name, pinyin or initials), the track and the title open a 草稿;
 * the rest is filled in on the application's own page. The contact person and the communities
 * start from the organisation's record, for the preparer to change.
 */
import { Form, Input, Select } from 'antd'
import type { Application } from '@shared/domain/venture/application'
import type { VentureRound } from '@shared/domain/venture/round'
import { FormModal, useFormDialog } from '@renderer/components/form-save'
import { OrganizationSelect } from '@renderer/components/organization-select'
import { useOrganizations } from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import { APPLICATION_FIELD_LABELS as L, APPLICATION_STRINGS as S } from './strings'

const FIELDS = ['organizationId', 'track', 'title'] as const

interface NewApplicationValues {
  organizationId?: string
  track?: string
  title?: string
}

export interface NewApplicationModalProps {
  round: VentureRound
  onClose(): void
  onCreated(application: Application): void
}

export function NewApplicationModal({ round, onClose, onCreated }: NewApplicationModalProps) {
  const { applications } = useRepositories()
  const organizations = useOrganizations()
  const { form, getValues, saveAndClose, frame } = useFormDialog<NewApplicationValues>(
    FIELDS,
    onClose
  )

  const submit = async () => {
    const values = getValues()
    const organization = organizations?.find((o) => o.id === values.organizationId)
    // A new draft always lacks a budget; its page lists that with everything else still to
    // fill in, so the warnings are not repeated here as notices.
    await saveAndClose(
      S.created,
      async () => ({
        ...(await applications.create({
          roundId: round.id,
          organizationId: values.organizationId ?? '',
          title: values.title ?? '',
          track: values.track ?? '',
          communityIds: organization ? [...organization.communityIds] : [],
          needIds: [],
          beneficiaries: [],
          problem: '',
          objectives: '',
          activities: [],
          team: [],
          budgetLines: [],
          requestedFen: 0,
          matchingFen: 0,
          contactName: organization?.contactName || null,
          contactPhone: organization?.contactPhone ?? null
        })),
        warnings: []
      }),
      (result) => onCreated(result.record)
    )
  }

  return (
    <FormModal {...frame} title={S.createTitle} okText={S.save} cancelText={S.cancel} onOk={submit}>
      <Form form={form} layout="vertical" initialValues={{ track: round.tracks[0]?.key }}>
        <Form.Item name="organizationId" label={L.organizationId} required>
          <OrganizationSelect
            organizations={organizations}
            placeholder={S.organizationPlaceholder}
            notFoundContent={S.noOrganization}
          />
        </Form.Item>
        <Form.Item name="track" label={L.track} required>
          <Select
            placeholder={S.trackPlaceholder}
            options={round.tracks.map((track) => ({ value: track.key, label: track.name }))}
          />
        </Form.Item>
        <Form.Item name="title" label={L.title}>
          <Input maxLength={60} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
