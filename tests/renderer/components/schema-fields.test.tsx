import { describe, expect, it } from 'vitest'
import { act, render, screen, waitFor } from '@testing-library/react'
import { Form, Input, type FormInstance } from 'antd'
import { z } from 'zod'
import {
  SchemaFields,
  schemaAccepts,
  schemaInput,
  type SchemaShape
} from '@renderer/components/schema-fields'

const STEP = z.strictObject({
  reason: z.string().trim().min(1, '请填写理由'),
  note: z.string().nullable()
})
const SHAPE = STEP.shape as SchemaShape

function StepForm({ onForm }: { onForm(form: FormInstance): void }) {
  const [form] = Form.useForm()
  onForm(form)
  return (
    <Form form={form}>
      <SchemaFields
        shape={SHAPE}
        labels={{ reason: '理由' }}
        control={(field) => <Input aria-label={field} />}
        extra={(field) => (field === 'note' ? '可不填' : undefined)}
      />
    </Form>
  )
}

describe('SchemaFields', () => {
  it('shows a field per key, required where the schema takes neither empty nor null', () => {
    render(<StepForm onForm={() => undefined} />)
    const reason = screen.getByText('理由')
    expect(reason.classList.contains('ant-form-item-required')).toBe(true)
    // A field without a label is named by its key.
    const note = screen.getByText('note')
    expect(note.classList.contains('ant-form-item-required')).toBe(false)
    expect(screen.getByText('可不填')).toBeTruthy()
  })

  it('puts what the schema refuses at the field', async () => {
    let form: FormInstance | undefined
    render(<StepForm onForm={(instance) => (form = instance)} />)
    let accepted = true
    act(() => {
      accepted = schemaAccepts(form!, STEP, schemaInput(SHAPE, {}))
    })
    expect(accepted).toBe(false)
    await waitFor(() => expect(form!.getFieldError('reason')).toEqual(['请填写理由']))
    expect(schemaAccepts(form!, STEP, { reason: '已核实', note: null })).toBe(true)
  })
})

describe('schemaInput', () => {
  it('passes an empty field as null where the schema takes it, else as empty text', () => {
    expect(schemaInput(SHAPE, {})).toEqual({ reason: '', note: null })
    expect(schemaInput(SHAPE, { reason: '已核实', note: undefined, other: 'x' })).toEqual({
      reason: '已核实',
      note: null
    })
  })
})
