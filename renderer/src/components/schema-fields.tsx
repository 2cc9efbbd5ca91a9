/**
 * The fields of a workflow step's dialog (入驻, 撤回, 拨付 …), one for each key of the step's
 * input schema, so a field added to the schema shows up in the dialog; the dialog only says
 * which control each field gets. What is left empty goes to the schema as null or '', so the
 * schema words the message about it.
 */
import type { ReactNode } from 'react'
import { Form, type FormInstance } from 'antd'
import type { z } from 'zod'
import { zodIssues } from '@shared/domain/check'
import { placeIssues } from '@renderer/components/form-issues'

/** A step's input schema's fields, by name. */
export type SchemaShape = Readonly<Record<string, z.ZodType>>

/** A field is required when its schema takes neither an empty text nor "no value". */
function isRequired(schema: z.ZodType): boolean {
  return !schema.safeParse('').success && !schema.safeParse(null).success
}

/** The step's input from the dialog's values: an empty field is null where its schema takes it. */
export function schemaInput(
  shape: SchemaShape,
  values: Readonly<Record<string, unknown>>
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(shape).map(([field, schema]) => [
      field,
      values[field] ?? (schema.safeParse(null).success ? null : '')
    ])
  )
}

/**
 * Whether `schema` takes `input`; what it refuses is shown at the fields, so a missing reason is
 * pointed out before the step is confirmed rather than after.
 */
export function schemaAccepts(form: FormInstance, schema: z.ZodObject, input: unknown): boolean {
  const parsed = schema.safeParse(input)
  if (parsed.success) return true
  const fields = Object.keys(schema.shape)
  placeIssues(form, zodIssues(parsed.error), (path) => (fields.includes(path) ? path : null))
  return false
}

export interface SchemaFieldsProps {
  shape: SchemaShape
  labels: Readonly<Record<string, string>>
  /** The control a field is typed in. */
  control(field: string): ReactNode
  /** The hint under a field, if it has one. */
  extra?(field: string): ReactNode
}

export function SchemaFields({ shape, labels, control, extra }: SchemaFieldsProps) {
  return (
    <>
      {Object.entries(shape).map(([field, schema]) => (
        <Form.Item
          key={field}
          name={field}
          label={labels[field] ?? field}
          required={isRequired(schema)}
          extra={extra?.(field)}
        >
          {control(field)}
        </Form.Item>
      ))}
    </>
  )
}
