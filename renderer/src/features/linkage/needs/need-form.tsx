/**
 * 新建需求 / 编辑需求: one form for both. The shared rule's findings show at each field while the
 * user types — a date after today is refused, more residents than the community's population
 * is a warning to check the count; a refused save puts the repository's messages at the same
 * fields, and nothing is written.
 */
import { useMemo, useState } from 'react'
import { Col, Form, Input, InputNumber, Row, Select } from 'antd'
import type { DefaultOptionType } from 'antd/es/select'
import { FormDrawer, useDrawerSave } from '@renderer/components/form-drawer'
import { formFieldName, issueRules } from '@renderer/components/form-issues'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { useCommunities } from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import { todayInChina } from '@shared/domain/dates'
import { NEED_CATEGORIES, NEED_SOURCES, type Need } from '@shared/domain/linkage/need'
import { matchesPinyinQuery, normalizeQuery, type PinyinKeys } from '@shared/text/pinyin'
import {
  NEED_FORM_FIELDS,
  needFormIssues,
  toDraft,
  toFormValues,
  type NeedFormValues
} from './need-form-values'
import { NEED_FIELD_LABELS as L, NEED_STRINGS as S } from './strings'
import { CheckOnOpen } from '@renderer/components/check-on-open'

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }))

/** Found by name, pinyin or initials. */
const filterCommunity = (input: string, option?: DefaultOptionType) =>
  !!option?.keys &&
  matchesPinyinQuery(
    normalizeQuery(input),
    String(option.label).toLowerCase(),
    option.keys as PinyinKeys
  )

export interface NeedFormDrawerProps {
  /** The need to edit; null records a new one. */
  need: Need | null
  onClose(): void
  /** After the repository stored the need. */
  onSaved(need: Need): void
}

export function NeedFormDrawer({ need, onClose, onSaved }: NeedFormDrawerProps) {
  const [form] = Form.useForm<NeedFormValues>()
  const { needs } = useRepositories()
  const communities = useCommunities()
  const [today] = useState(todayInChina)
  const [initialValues] = useState(() => toFormValues(need, today))
  const { saving, errors, save } = useDrawerSave(form, (path) =>
    NEED_FORM_FIELDS.includes(path) ? formFieldName(path) : null
  )

  const editing = need !== null

  // An archived community stays on offer only for a need that already names it.
  const communityOptions = useMemo(
    () =>
      (communities ?? [])
        .filter((c) => c.archivedAt === null || c.id === need?.communityId)
        .map((c) => ({ value: c.id, label: S.communityOption(c.name, c.subdistrict), keys: c })),
    [communities, need]
  )

  const currentIssues = () => {
    const values = form.getFieldsValue(true) as NeedFormValues
    const community = communities?.find((c) => c.id === values.communityId) ?? null
    return needFormIssues(values, today, community)
  }

  /** The shared rule's error (blocks saving) and warning (shown only) for one field. */
  const rulesFor = (path: keyof NeedFormValues) =>
    issueRules(() => currentIssues().filter((issue) => issue.field === path))

  const submit = async () => {
    // The live rules stand at the fields already: nothing is sent while one of them refuses.
    try {
      await form.validateFields()
    } catch {
      return
    }
    const draft = toDraft(form.getFieldsValue(true) as NeedFormValues)
    const saved = await save(
      { ok: true, draft },
      (fields) => (need ? needs.update(need.id, fields) : needs.create(fields)),
      (record) => (need ? S.saved : S.created(record.name))
    )
    if (saved) onSaved(saved)
  }

  return (
    <FormDrawer
      form={form}
      title={need ? S.editTitle(need.name) : S.createTitle}
      strings={S}
      saving={saving}
      errors={errors}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <Form<NeedFormValues> form={form} layout="vertical" initialValues={initialValues}>
        <Form.Item name="name" label={L.name} required rules={rulesFor('name')}>
          <Input autoComplete="off" maxLength={60} placeholder={S.namePlaceholder} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="communityId"
              label={L.communityId}
              required
              rules={rulesFor('communityId')}
            >
              <Select<string>
                options={communityOptions}
                loading={communities === undefined}
                showSearch={{ filterOption: filterCommunity }}
                placeholder={S.communityPlaceholder}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="category" label={L.category} required rules={rulesFor('category')}>
              <Select options={options(NEED_CATEGORIES)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="source" label={L.source} required rules={rulesFor('source')}>
              <Select options={options(NEED_SOURCES)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="raisedBy"
              label={L.raisedBy}
              required
              dependencies={['communityId']}
              rules={rulesFor('raisedBy')}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="raisedOn" label={L.raisedOn} required rules={rulesFor('raisedOn')}>
              <IsoDateInput notAfter={today} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={L.description} rules={rulesFor('description')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} />
        </Form.Item>
        {editing ? <CheckOnOpen form={form} /> : null}
      </Form>
    </FormDrawer>
  )
}
