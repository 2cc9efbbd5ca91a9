/**
 * 新增资源 / 编辑资源: one form for every field. The shared rule's findings show at each field
 * while the user types — an amount for 资金 and only for 资金, a period in order (one already
 * over is a warning), a registry organisation behind a 社会组织, a plausible phone; a refused
 * save puts the repository's messages at the same fields, and nothing is written.
 */
import { useState } from 'react'
import { Col, Divider, Form, Input, Row, Select } from 'antd'
import { CommunitiesSelect } from '@renderer/components/communities-select'
import { FormDrawer, useDrawerSave } from '@renderer/components/form-drawer'
import { formFieldName, issueRules } from '@renderer/components/form-issues'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { OrganizationSelect } from '@renderer/components/organization-select'
import { useCommunities, useOrganizations } from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import { todayInChina } from '@shared/domain/dates'
import { NEED_CATEGORIES } from '@shared/domain/linkage/need'
import {
  RESOURCE_PROVIDER_KINDS,
  RESOURCE_TYPES,
  type Resource
} from '@shared/domain/linkage/resource'
import {
  RESOURCE_FORM_FIELDS,
  resourceFormIssues,
  toDraft,
  toFormValues,
  type ResourceFormValues
} from './resource-form-values'
import { RESOURCE_FIELD_LABELS as L, RESOURCE_STRINGS as S } from './strings'
import { CheckOnOpen } from '@renderer/components/check-on-open'

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }))

export interface ResourceFormDrawerProps {
  /** The resource to edit; null adds a new one. */
  resource: Resource | null
  onClose(): void
  /** After the repository stored the resource. */
  onSaved(resource: Resource): void
}

export function ResourceFormDrawer({ resource, onClose, onSaved }: ResourceFormDrawerProps) {
  const [form] = Form.useForm<ResourceFormValues>()
  const { resources } = useRepositories()
  const organizations = useOrganizations()
  const communities = useCommunities()
  const [today] = useState(todayInChina)
  const [initialValues] = useState(() => toFormValues(resource))
  const { saving, errors, save } = useDrawerSave(form, (path) =>
    RESOURCE_FORM_FIELDS.includes(path.split('.')[0]!) ? formFieldName(path.split('.')[0]!) : null
  )
  const providerKind = Form.useWatch('providerKind', form)
  const type = Form.useWatch('type', form)

  const editing = resource !== null

  const currentIssues = () =>
    resourceFormIssues(form.getFieldsValue(true) as ResourceFormValues, today)

  /** The shared rule's error (blocks saving) and warning (shown only) for one field. */
  const rulesFor = (path: keyof ResourceFormValues) =>
    issueRules(() => currentIssues().filter((issue) => issue.field.split('.')[0] === path))

  /** The organisation's name is the provider's, unless one was typed already. */
  const chooseOrganization = (id: string | undefined) => {
    const organization = organizations?.find((o) => o.id === id)
    if (organization && !form.getFieldValue('providerName')) {
      form.setFieldValue('providerName', organization.name)
    }
  }

  const submit = async () => {
    // The live rules stand at the fields already: nothing is sent while one of them refuses.
    try {
      await form.validateFields()
    } catch {
      return
    }
    const saved = await save(
      toDraft(form.getFieldsValue(true) as ResourceFormValues),
      (draft) => (resource ? resources.update(resource.id, draft) : resources.create(draft)),
      (record) => (resource ? S.saved : S.created(record.name))
    )
    if (saved) onSaved(saved)
  }

  return (
    <FormDrawer
      form={form}
      title={resource ? S.editTitle(resource.name) : S.createTitle}
      strings={S}
      saving={saving}
      errors={errors}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <Form<ResourceFormValues> form={form} layout="vertical" initialValues={initialValues}>
        <Divider titlePlacement="start">{S.sectionResource}</Divider>
        <Form.Item name="name" label={L.name} required rules={rulesFor('name')}>
          <Input autoComplete="off" maxLength={60} placeholder={S.namePlaceholder} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="type" label={L.type} required rules={rulesFor('type')}>
              <Select options={options(RESOURCE_TYPES)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="amountFen"
              label={L.amountFen}
              required={type === '资金'}
              dependencies={['type']}
              extra={S.amountExtra}
              rules={rulesFor('amountFen')}
            >
              <Input autoComplete="off" inputMode="decimal" placeholder={S.amountPlaceholder} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="capacity" label={L.capacity} required rules={rulesFor('capacity')}>
          <Input autoComplete="off" maxLength={100} placeholder={S.capacityPlaceholder} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="categories" label={L.categories} rules={rulesFor('categories')}>
              <Select
                mode="multiple"
                options={options(NEED_CATEGORIES)}
                placeholder={S.anyCategory}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="communityIds" label={L.communityIds} rules={rulesFor('communityIds')}>
              <CommunitiesSelect
                communities={communities}
                chosen={initialValues.communityIds}
                placeholder={S.allCommunities}
              />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{S.sectionProvider}</Divider>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="providerKind"
              label={L.providerKind}
              required
              rules={rulesFor('providerKind')}
            >
              <Select options={options(RESOURCE_PROVIDER_KINDS)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="organizationId"
              label={L.organizationId}
              required={providerKind === '社会组织'}
              dependencies={['providerKind']}
              extra={S.organizationExtra}
              rules={rulesFor('organizationId')}
            >
              <OrganizationSelect
                allowClear
                organizations={organizations}
                notFoundContent={S.organizationNotFound}
                onChange={chooseOrganization}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="providerName"
          label={L.providerName}
          required
          rules={rulesFor('providerName')}
        >
          <Input autoComplete="off" maxLength={60} placeholder={S.providerPlaceholder} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="contactName" label={L.contactName} rules={rulesFor('contactName')}>
              <Input autoComplete="off" maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="contactPhone" label={L.contactPhone} rules={rulesFor('contactPhone')}>
              <Input autoComplete="off" maxLength={30} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{S.sectionAvailability}</Divider>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="availableFrom"
              label={L.availableFrom}
              rules={rulesFor('availableFrom')}
            >
              <IsoDateInput allowClear placeholder={S.openStart} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="availableUntil"
              label={L.availableUntil}
              dependencies={['availableFrom']}
              rules={rulesFor('availableUntil')}
            >
              <IsoDateInput allowClear placeholder={S.openEnd} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="availability" label={L.availability} rules={rulesFor('availability')}>
          <Input autoComplete="off" maxLength={60} placeholder={S.availabilityPlaceholder} />
        </Form.Item>
        {editing ? <CheckOnOpen form={form} /> : null}
      </Form>
    </FormDrawer>
  )
}
