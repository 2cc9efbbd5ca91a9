/**
 * 新建申报书: the applicant (by name, pinyin or initials), the track and the title open a 草稿;
 * the rest is filled in on the application's own page. The contact person and the communities
 * start from the organisation's record, for the preparer to change.
 */
import { useMemo } from 'react'
import { App, Form, Input, Select } from 'antd'
import type { Application } from '@shared/domain/venture/application'
import type { VentureRound } from '@shared/domain/venture/round'
import { matchesPinyinQuery, normalizeQuery } from '@shared/text/pinyin'
import { FormModal, useFormSave } from '@renderer/components/form-save'
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
  const { message } = App.useApp()
  const organizations = useOrganizations()
  const [form] = Form.useForm<NewApplicationValues>()
  const { errors, saving, save } = useFormSave(form, FIELDS)

  const options = useMemo(
    () =>
      (organizations ?? [])
        .filter((o) => o.archivedAt === null)
        .map((o) => ({ value: o.id, label: o.name, organization: o })),
    [organizations]
  )

  const submit = async () => {
    const values = form.getFieldsValue(true) as NewApplicationValues
    const organization = options.find((o) => o.value === values.organizationId)?.organization
    // A new draft always lacks a budget; its page lists that with everything else still to
    // fill in, so the warnings are not repeated here as notices.
    const result = await save(async () => ({
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
    }))
    if (result) {
      message.success(S.created)
      onCreated(result.record)
    }
  }

  return (
    <FormModal
      title={S.createTitle}
      okText={S.save}
      cancelText={S.cancel}
      saving={saving}
      errors={errors}
      onOk={() => void submit()}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" initialValues={{ track: round.tracks[0]?.key }}>
        <Form.Item name="organizationId" label={L.organizationId} required>
          <Select
            showSearch={{
              filterOption: (input, option) =>
                option
                  ? matchesPinyinQuery(
                      normalizeQuery(input),
                      option.organization.name,
                      option.organization
                    )
                  : false
            }}
            placeholder={S.organizationPlaceholder}
            notFoundContent={S.noOrganization}
            options={options}
            loading={organizations === undefined}
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
