/**
 * 新建社区 / 编辑社区: one form for both. The shared rule's findings show at each field — the
 * division code's shape once the field is left, more households than residents as a warning
 * while typing; a refused save puts the repository's messages at the same fields, and nothing
 * is written.
 */
import { useMemo, useState } from 'react'
import { AutoComplete, Col, Form, Input, InputNumber, Row } from 'antd'
import { CheckOnOpen } from '@renderer/components/check-on-open'
import { FormDrawer, useDrawerSave } from '@renderer/components/form-drawer'
import { formFieldName, issueRules } from '@renderer/components/form-issues'
import { useCommunities } from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import type { Community } from '@shared/domain/communities/community'
import {
  COMMUNITY_FORM_FIELDS,
  communityFormIssues,
  toDraft,
  toFormValues,
  type CommunityFormValues
} from './community-form-values'
import { COMMUNITY_FIELD_LABELS as L, COMMUNITY_STRINGS as S } from './strings'

/** Distinct non-empty values, in the order met, as AutoComplete options. */
const placeOptions = (values: readonly string[]) =>
  [...new Set(values.filter(Boolean))].map((value) => ({ value, label: value }))

const containsInput = (input: string, option?: { value?: unknown }) =>
  String(option?.value ?? '').includes(input.trim())

export interface CommunityFormDrawerProps {
  /** The community to edit; null registers a new one. */
  community: Community | null
  onClose(): void
  /** After the repository stored the community. */
  onSaved(community: Community): void
}

export function CommunityFormDrawer({ community, onClose, onSaved }: CommunityFormDrawerProps) {
  const [form] = Form.useForm<CommunityFormValues>()
  const { communities } = useRepositories()
  const registry = useCommunities()
  const [initialValues] = useState(() => toFormValues(community))
  const { saving, errors, save } = useDrawerSave(form, (path) =>
    COMMUNITY_FORM_FIELDS.includes(path) ? formFieldName(path) : null
  )
  const district = Form.useWatch('district', form)

  // The places already on file, so a street is spelt the same way each time; the streets of
  // the district typed first.
  const live = useMemo(() => (registry ?? []).filter((c) => c.archivedAt === null), [registry])
  const districtOptions = useMemo(() => placeOptions(live.map((c) => c.district)), [live])
  const subdistrictOptions = useMemo(
    () =>
      placeOptions(
        live.filter((c) => !district || c.district === district).map((c) => c.subdistrict)
      ),
    [live, district]
  )

  /** The shared rule's error (blocks saving) and warning (shown only) for one field. */
  const rulesFor = (path: keyof CommunityFormValues) =>
    issueRules(() =>
      communityFormIssues(form.getFieldsValue(true) as CommunityFormValues).filter(
        (issue) => issue.field === path
      )
    )

  const submit = async () => {
    // The live rules stand at the fields already: nothing is sent while one of them refuses.
    try {
      await form.validateFields()
    } catch {
      return
    }
    const draft = toDraft(form.getFieldsValue(true) as CommunityFormValues)
    const saved = await save(
      { ok: true, draft },
      (fields) =>
        community ? communities.update(community.id, fields) : communities.create(fields),
      (record) => (community ? S.saved : S.created(record.name))
    )
    if (saved) onSaved(saved)
  }

  return (
    <FormDrawer
      form={form}
      title={community ? S.editTitle(community.name) : S.createTitle}
      strings={S}
      saving={saving}
      errors={errors}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <Form<CommunityFormValues> form={form} layout="vertical" initialValues={initialValues}>
        <Form.Item name="name" label={L.name} required rules={rulesFor('name')}>
          <Input autoComplete="off" maxLength={60} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="district" label={L.district} required rules={rulesFor('district')}>
              <AutoComplete
                options={districtOptions}
                showSearch={{ filterOption: containsInput }}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="subdistrict"
              label={L.subdistrict}
              required
              rules={rulesFor('subdistrict')}
            >
              <AutoComplete
                options={subdistrictOptions}
                showSearch={{ filterOption: containsInput }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="divisionCode"
          label={L.divisionCode}
          extra={S.divisionCodeExtra}
          validateTrigger="onBlur"
          rules={rulesFor('divisionCode')}
        >
          <Input
            autoComplete="off"
            inputMode="numeric"
            maxLength={20}
            style={{ fontFamily: 'monospace' }}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="households"
              label={L.households}
              required
              dependencies={['population']}
              rules={rulesFor('households')}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="population"
              label={L.population}
              required
              rules={rulesFor('population')}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="grids" label={L.grids} required rules={rulesFor('grids')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {/* A stored community may carry the rule's warning (more households than residents). */}
        {community ? <CheckOnOpen form={form} /> : null}
      </Form>
    </FormDrawer>
  )
}
