/**
 * 新建社工 / 编辑社工: one form for both. The shared rule's findings show at each field — the
 * certificate number a certified worker needs (and one 未持证 must not have), a lapsed
 * registration as a warning while typing, the phone and ID number once the field is left; a
 * certificate number already on file is the repository's refusal, put at its field on save, and
 * nothing is written. A stored ID number is shown masked, as on the 社会组织 form.
 */
import { useMemo, useState } from 'react'
import { Col, Divider, Form, Input, Row, Select } from 'antd'
import { CheckOnOpen } from '@renderer/components/check-on-open'
import { CommunitiesSelect } from '@renderer/components/communities-select'
import { FormDrawer, useDrawerSave } from '@renderer/components/form-drawer'
import { formFieldName, issueRules } from '@renderer/components/form-issues'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { OrganizationSelect } from '@renderer/components/organization-select'
import { useCommunities, useOrganizations } from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import { IdNumberInput } from '@renderer/components/id-number-input'
import { todayInChina } from '@shared/domain/dates'
import {
  CERT_LEVELS,
  GENDERS,
  SOCIAL_WORK_SPECIALTIES,
  type SocialWorker
} from '@shared/domain/social-workers/social-worker'
import {
  SOCIAL_WORKER_FORM_FIELDS,
  socialWorkerFormIssues,
  toDraft,
  toFormValues,
  type SocialWorkerFormValues
} from './social-worker-form-values'
import { SOCIAL_WORKER_FIELD_LABELS as L, SOCIAL_WORKER_STRINGS as S } from './strings'

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }))

export interface SocialWorkerFormDrawerProps {
  /** The worker to edit; null adds a new one. */
  worker: SocialWorker | null
  onClose(): void
  /** After the repository stored the worker. */
  onSaved(worker: SocialWorker): void
}

export function SocialWorkerFormDrawer({ worker, onClose, onSaved }: SocialWorkerFormDrawerProps) {
  const [form] = Form.useForm<SocialWorkerFormValues>()
  const { socialWorkers } = useRepositories()
  const organizations = useOrganizations()
  const communities = useCommunities()
  const [today] = useState(todayInChina)
  const [initialValues] = useState(() => toFormValues(worker))
  const { saving, errors, save } = useDrawerSave(form, (path) =>
    SOCIAL_WORKER_FORM_FIELDS.includes(path.split('.')[0]!)
      ? formFieldName(path.split('.')[0]!)
      : null
  )
  const certLevel = Form.useWatch('certLevel', form) ?? initialValues.certLevel

  // The picker offers registered organisations only; an employer archived since still reads
  // by name on a worker who names it.
  const archivedEmployers = useMemo(
    () =>
      new Map(
        (organizations ?? []).filter((o) => o.archivedAt !== null).map((o) => [o.id, o.name])
      ),
    [organizations]
  )

  /** The shared rule's error (blocks saving) and warning (shown only) for one field. */
  const rulesFor = (path: keyof SocialWorkerFormValues) =>
    issueRules(() =>
      socialWorkerFormIssues(
        form.getFieldsValue(true) as SocialWorkerFormValues,
        worker,
        today
      ).filter((issue) => issue.field.split('.')[0] === path)
    )

  const submit = async () => {
    // The live rules stand at the fields already: nothing is sent while one of them refuses.
    try {
      await form.validateFields()
    } catch {
      return
    }
    const draft = toDraft(form.getFieldsValue(true) as SocialWorkerFormValues, worker)
    const saved = await save(
      { ok: true, draft },
      (fields) => (worker ? socialWorkers.update(worker.id, fields) : socialWorkers.create(fields)),
      (record) => (worker ? S.saved : S.created(record.name))
    )
    if (saved) onSaved(saved)
  }

  return (
    <FormDrawer
      form={form}
      title={worker ? S.editTitle(worker.name) : S.createTitle}
      strings={S}
      saving={saving}
      errors={errors}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <Form<SocialWorkerFormValues> form={form} layout="vertical" initialValues={initialValues}>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name="name" label={L.name} required rules={rulesFor('name')}>
              <Input autoComplete="off" maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="gender" label={L.gender} required rules={rulesFor('gender')}>
              <Select options={options(GENDERS)} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{S.sectionCertificate}</Divider>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="certLevel" label={L.certLevel} required rules={rulesFor('certLevel')}>
              <Select options={options(CERT_LEVELS)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="certNo"
              label={L.certNo}
              required={certLevel !== '未持证'}
              extra={S.certNoExtra}
              dependencies={['certLevel']}
              rules={rulesFor('certNo')}
            >
              <Input autoComplete="off" maxLength={40} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="registrationValidUntil"
              label={L.registrationValidUntil}
              extra={S.registrationExtra}
              rules={rulesFor('registrationValidUntil')}
            >
              <IsoDateInput allowClear />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{S.sectionWork}</Divider>
        <Form.Item name="employerId" label={L.employerId} rules={rulesFor('employerId')}>
          <OrganizationSelect
            allowClear
            organizations={organizations}
            notFoundContent={S.employerNotFound}
            placeholder={S.employerPlaceholder}
            labelRender={({ value, label }) => {
              const archived = archivedEmployers.get(String(value))
              return archived ? `${archived}${S.archivedMark}` : label
            }}
          />
        </Form.Item>
        <Form.Item name="communityIds" label={L.communityIds} rules={rulesFor('communityIds')}>
          <CommunitiesSelect
            communities={communities}
            chosen={initialValues.communityIds}
            placeholder={S.communitiesPlaceholder}
          />
        </Form.Item>
        <Form.Item
          name="specialties"
          label={L.specialties}
          extra={S.specialtiesExtra}
          rules={rulesFor('specialties')}
        >
          <Select
            mode="tags"
            options={options(SOCIAL_WORK_SPECIALTIES)}
            tokenSeparators={['、', '，', ',']}
          />
        </Form.Item>

        <Divider titlePlacement="start">{S.sectionContact}</Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="phone"
              label={L.phone}
              validateTrigger="onBlur"
              rules={rulesFor('phone')}
            >
              <Input autoComplete="off" maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="idNumber"
              label={L.idNumber}
              validateTrigger="onBlur"
              rules={rulesFor('idNumber')}
            >
              <IdNumberInput stored={worker?.idNumber ?? null} />
            </Form.Item>
          </Col>
        </Row>
        {/* A stored worker may carry the rule's warning (a lapsed registration). */}
        {worker ? <CheckOnOpen form={form} /> : null}
      </Form>
    </FormDrawer>
  )
}
