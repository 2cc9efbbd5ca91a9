/**
 * 新增 / 编辑 服务目录事项: one form for both. The shared rule's findings show at each field
 * while the user types — among them the warning when the wording points at a 102号令 art. 10
 * category the item is not marked with; a refused save puts the repository's messages at the
 * same fields, and nothing is written.
 */
import { useState } from 'react'
import { AutoComplete, Col, Divider, Form, Input, Row, Select } from 'antd'
import { FormDrawer, useDrawerSave } from '@renderer/components/form-drawer'
import { formFieldName, issueRules } from '@renderer/components/form-issues'
import { useRepositories } from '@renderer/db/use-repositories'
import {
  CATALOGUE_CATEGORIES,
  CATALOGUE_LISTS,
  CATALOGUE_UNITS,
  NEGATIVE_LIST,
  type CatalogueItem
} from '@shared/domain/catalogue/catalogue-item'
import {
  catalogueFormIssues,
  isFormField,
  toDraft,
  toFormValues,
  type CatalogueFormValues
} from './catalogue-form-values'
import { CATALOGUE_FIELD_LABELS as L, CATALOGUE_STRINGS as S } from './strings'
import { CheckOnOpen } from '@renderer/components/check-on-open'

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }))

const NEGATIVE_OPTIONS = NEGATIVE_LIST.map((entry) => ({ value: entry.key, label: entry.label }))

export interface CatalogueFormDrawerProps {
  /** The item to edit; null adds a new one. */
  item: CatalogueItem | null
  onClose(): void
  /** After the repository stored the item. */
  onSaved(item: CatalogueItem): void
}

export function CatalogueFormDrawer({ item, onClose, onSaved }: CatalogueFormDrawerProps) {
  const [form] = Form.useForm<CatalogueFormValues>()
  const { catalogueItems } = useRepositories()
  const [initialValues] = useState(() => toFormValues(item))
  const { saving, errors, save } = useDrawerSave(form, (path) =>
    isFormField(path) ? formFieldName(path) : null
  )

  const editing = item !== null

  const currentIssues = () => catalogueFormIssues(form.getFieldsValue(true))

  /** The shared rule's error (blocks saving) and warning (shown only) for one field. */
  const rulesFor = (path: keyof CatalogueFormValues) =>
    issueRules(() => currentIssues().filter((issue) => issue.field === path))

  const submit = async () => {
    // The live rules stand at the fields already: nothing is sent while one of them refuses.
    try {
      await form.validateFields()
    } catch {
      return
    }
    const saved = await save(
      toDraft(form.getFieldsValue(true)),
      (draft) => (item ? catalogueItems.update(item.id, draft) : catalogueItems.create(draft)),
      (record) => (item ? S.saved : S.created(record.name))
    )
    if (saved) onSaved(saved)
  }

  return (
    <FormDrawer
      form={form}
      title={item ? S.editTitle(item.name) : S.createTitle}
      strings={S}
      saving={saving}
      errors={errors}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <Form<CatalogueFormValues> form={form} layout="vertical" initialValues={initialValues}>
        <Divider titlePlacement="start">{S.sectionItem}</Divider>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name="name" label={L.name} required rules={rulesFor('name')}>
              <Input autoComplete="off" maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="code" label={L.code} rules={rulesFor('code')}>
              <Input autoComplete="off" maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="list" label={L.list} required rules={rulesFor('list')}>
              <Select options={options(CATALOGUE_LISTS)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="category" label={L.category} required rules={rulesFor('category')}>
              <Select options={options(CATALOGUE_CATEGORIES)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="unit" label={L.unit} required rules={rulesFor('unit')}>
              <AutoComplete options={options(CATALOGUE_UNITS)} placeholder={S.unitPlaceholder} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="typicalPriceFen"
              label={L.typicalPriceFen}
              rules={rulesFor('typicalPriceFen')}
            >
              <Input autoComplete="off" inputMode="decimal" placeholder={S.pricePlaceholder} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={L.description} rules={rulesFor('description')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="note" label={L.note} rules={rulesFor('note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>

        <Divider titlePlacement="start">{S.sectionNegative}</Divider>
        <Form.Item
          name="negativeListKey"
          label={L.negativeListKey}
          extra={S.negativeExtra}
          dependencies={['name', 'description']}
          rules={rulesFor('negativeListKey')}
        >
          <Select allowClear placeholder={S.negativePlaceholder} options={NEGATIVE_OPTIONS} />
        </Form.Item>
        {editing ? <CheckOnOpen form={form} /> : null}
      </Form>
    </FormDrawer>
  )
}
