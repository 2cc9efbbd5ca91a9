/**
 * An editable list in a form: a row of inputs per entry, each with its delete button, and an add
 * button under them. The list's own findings (a total that is off, a year given twice) show above
 * the add button inside a form item: antd colours an error list only within one, so a bare
 * `Form.ErrorList` would read in black.
 */
import type { ReactNode } from 'react'
import { Button, Flex, Form, type FormListOperation } from 'antd'
import type { FormListProps } from 'antd/es/form'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'

export interface ListFieldProps {
  name: FormListProps['name']
  rules?: FormListProps['rules']
  label?: string
  extra?: string
  /** Of the rows' box, for scrolling to the list. */
  id?: string
  /**
   * Names each row's group `<rowLabel> n`. Without it the delete buttons carry the row's number
   * instead, so that every row can still be told apart by name.
   */
  rowLabel?: string
  removeLabel: string
  addLabel: string
  onAdd(add: FormListOperation['add']): void
  /** The inputs of the row at `name` (its index in the list). */
  renderRow(name: number): ReactNode
  /** Under the row at `name`, outside its group: what was found about the row as a whole. */
  belowRow?(name: number): ReactNode
  /** Above the rows while there are any: column headings. */
  header?: ReactNode
  /** Under the rows: a running total, an empty-state line, findings the form keeps itself. */
  footer?: ReactNode
}

export function ListField({
  name,
  rules,
  label,
  extra,
  id,
  rowLabel,
  removeLabel,
  addLabel,
  onAdd,
  renderRow,
  belowRow,
  header,
  footer
}: ListFieldProps) {
  return (
    <Form.List name={name} rules={rules}>
      {(fields, { add, remove }, { errors, warnings }) => (
        <Form.Item label={label} extra={extra}>
          <Flex vertical gap={4} id={id}>
            {fields.length > 0 ? header : null}
            {fields.map((field, index) => (
              <Flex key={field.key} vertical>
                <Flex
                  gap="small"
                  align="flex-start"
                  role="group"
                  aria-label={rowLabel ? `${rowLabel} ${index + 1}` : undefined}
                >
                  {renderRow(field.name)}
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={rowLabel ? removeLabel : `${removeLabel} ${index + 1}`}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
                {belowRow?.(field.name)}
              </Flex>
            ))}
            {footer}
            <Form.ErrorList errors={errors} warnings={warnings} />
            <div>
              <Button icon={<PlusOutlined />} onClick={() => onAdd(add)}>
                {addLabel}
              </Button>
            </div>
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  )
}
