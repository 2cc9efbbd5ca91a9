import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { App, Button, Form, Input } from 'antd'
import { RecordValidationError, type FieldIssue } from '@shared/domain/check'
import type { FieldName } from '@renderer/components/form-issues'
import {
  confirmFirst,
  fieldForPlacement,
  finalStepQuestion,
  FormErrors,
  FormModal,
  useFormDialog,
  useFormSave,
  type Confirmation
} from '@renderer/components/form-save'
import { buttonName, renderApp } from '../helpers/render-app'

interface Saved {
  record: { name: string }
  warnings: FieldIssue[]
}

function NameDialog({
  write,
  onClose,
  onSaved
}: {
  write(name: string): Promise<Saved>
  onClose(): void
  onSaved?(saved: Saved): void
}) {
  const { form, getValues, saveAndClose, frame } = useFormDialog<{ name?: string }>(
    ['name'],
    onClose
  )
  const submit = () => saveAndClose('已保存', () => write(getValues().name ?? ''), onSaved)
  return (
    <FormModal {...frame} title="名称" okText="保存" cancelText="取消" onOk={submit}>
      <Form form={form} initialValues={{ name: '晨光' }}>
        <Form.Item name="name" label="名称">
          <Input />
        </Form.Item>
      </Form>
    </FormModal>
  )
}

const save = () => fireEvent.click(screen.getByRole('button', { name: buttonName('保存') }))

describe('useFormDialog', () => {
  it('writes the form values, says so and closes the dialog', async () => {
    const write = vi.fn(async (name: string) => ({ record: { name }, warnings: [] }))
    const onClose = vi.fn()
    renderApp(<NameDialog write={write} onClose={onClose} />)
    save()
    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(write).toHaveBeenCalledWith('晨光')
    expect(onClose).toHaveBeenCalledOnce()
  })

  it('hands the result on instead of closing when asked to', async () => {
    const onClose = vi.fn()
    const onSaved = vi.fn()
    renderApp(
      <NameDialog
        write={async (name) => ({ record: { name }, warnings: [] })}
        onClose={onClose}
        onSaved={onSaved}
      />
    )
    save()
    await waitFor(() =>
      expect(onSaved).toHaveBeenCalledWith({ record: { name: '晨光' }, warnings: [] })
    )
    expect(onClose).not.toHaveBeenCalled()
  })

  it('keeps the dialog open with a refusal at its field and one above the form', async () => {
    const onClose = vi.fn()
    renderApp(
      <NameDialog
        write={() =>
          Promise.reject(
            new RecordValidationError([
              { field: 'name', level: 'error', message: '名称已被使用' },
              { field: '', level: 'error', message: '这条记录已归档' }
            ])
          )
        }
        onClose={onClose}
      />
    )
    save()
    expect(await screen.findByText('名称已被使用')).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toContain('这条记录已归档')
    expect(screen.queryByText('已保存')).toBeNull()
    expect(onClose).not.toHaveBeenCalled()
  })

  it('closes on 取消 without writing', () => {
    const write = vi.fn()
    const onClose = vi.fn()
    renderApp(<NameDialog write={write} onClose={onClose} />)
    fireEvent.click(screen.getByRole('button', { name: buttonName('取消') }))
    expect(onClose).toHaveBeenCalledOnce()
    expect(write).not.toHaveBeenCalled()
  })
})

describe('fieldForPlacement', () => {
  it('shows an issue about part of a listed field at the whole field, others above the form', () => {
    const fieldFor = fieldForPlacement(['name', 'dimensions'])
    expect(fieldFor('name')).toBe('name')
    expect(fieldFor('dimensions.2.score')).toBe('dimensions')
    expect(fieldFor('budget')).toBeNull()
    expect(fieldFor('')).toBeNull()
  })

  it('takes a function as the mapping itself', () => {
    const mapping = (path: string): FieldName | null => (path === 'a.1' ? ['a', 1] : null)
    expect(fieldForPlacement(mapping)).toBe(mapping)
  })
})

const ROWS = [{ note: '第一行' }, { note: '第二行' }]

/** Issues at `rows.N.note` go to that row's input; the rest of a row goes above the form. */
function rowField(path: string): FieldName | null {
  const row = /^rows\.(\d+)\.note$/.exec(path)
  return row ? ['rows', Number(row[1]), 'note'] : null
}

const ROW_ISSUES: FieldIssue[] = [
  { field: 'rows.1.note', level: 'error', message: '第二行的说明不能为空' },
  { field: 'rows.0.extra', level: 'error', message: '第一行另有问题' }
]

function RowsForm({
  write,
  found = []
}: {
  write(): Promise<{ warnings: FieldIssue[] }>
  found?: FieldIssue[]
}) {
  const [form] = Form.useForm()
  const { errors, save, show } = useFormSave(form, rowField)
  return (
    <>
      <FormErrors messages={errors} />
      <Form form={form} initialValues={{ rows: ROWS }}>
        {ROWS.map((_, index) => (
          <Form.Item key={index} name={['rows', index, 'note']} data-testid={`row-${index}`}>
            <Input />
          </Form.Item>
        ))}
      </Form>
      <Button onClick={() => void save(write)}>保存</Button>
      <Button onClick={() => show(found)}>检查</Button>
    </>
  )
}

describe('useFormSave with a mapping', () => {
  it('puts a refusal about a row at that row’s input, the rest above the form', async () => {
    renderApp(<RowsForm write={() => Promise.reject(new RecordValidationError(ROW_ISSUES))} />)
    save()
    const message = await screen.findByText('第二行的说明不能为空')
    expect(screen.getByTestId('row-1').contains(message)).toBe(true)
    expect(screen.getByTestId('row-0').textContent).not.toContain('第二行的说明不能为空')
    expect(screen.getByRole('alert').textContent).toContain('第一行另有问题')
  })

  it('shows what a rule found before any write the same way', async () => {
    const write = vi.fn(async () => ({ warnings: [] }))
    renderApp(<RowsForm write={write} found={ROW_ISSUES} />)
    fireEvent.click(screen.getByRole('button', { name: buttonName('检查') }))
    const message = await screen.findByText('第二行的说明不能为空')
    expect(screen.getByTestId('row-1').contains(message)).toBe(true)
    expect(screen.getByRole('alert').textContent).toContain('第一行另有问题')
    expect(write).not.toHaveBeenCalled()
  })
})

function Ask({
  question,
  onAnswer
}: {
  question: Confirmation | false
  onAnswer(goOn: boolean): void
}) {
  const { modal } = App.useApp()
  return <Button onClick={() => void confirmFirst(modal, question).then(onAnswer)}>办理</Button>
}

const QUESTION: Confirmation = {
  title: '确认出壳？',
  content: '这一步之后不能撤回。',
  okText: '出壳',
  cancelText: '取消'
}

function ask(question: Confirmation | false) {
  const onAnswer = vi.fn()
  renderApp(<Ask question={question} onAnswer={onAnswer} />)
  fireEvent.click(screen.getByRole('button', { name: buttonName('办理') }))
  return onAnswer
}

describe('confirmFirst', () => {
  it('goes on at once when there is nothing to ask', async () => {
    const onAnswer = ask(false)
    await waitFor(() => expect(onAnswer).toHaveBeenCalledWith(true))
    expect(screen.queryByText('确认出壳？')).toBeNull()
  })

  it('goes on once the question is confirmed', async () => {
    const onAnswer = ask(QUESTION)
    expect(await screen.findByText('这一步之后不能撤回。')).toBeTruthy()
    expect(onAnswer).not.toHaveBeenCalled()
    const ok = screen.getByRole('button', { name: buttonName('出壳') })
    expect(ok.className).not.toContain('ant-btn-dangerous')
    fireEvent.click(ok)
    await waitFor(() => expect(onAnswer).toHaveBeenCalledWith(true))
  })

  it('stops when the question is turned down', async () => {
    const onAnswer = ask(QUESTION)
    fireEvent.click(await screen.findByRole('button', { name: buttonName('取消') }))
    await waitFor(() => expect(onAnswer).toHaveBeenCalledWith(false))
  })

  it('marks the confirm button dangerous when asked to', async () => {
    ask({ ...QUESTION, danger: true })
    const ok = await screen.findByRole('button', { name: buttonName('出壳') })
    expect(ok.className).toContain('ant-btn-dangerous')
  })
})

describe('finalStepQuestion', () => {
  it('asks about the step by its name, in the feature’s words', () => {
    const strings = {
      confirmTitle: (label: string) => `确认${label}？`,
      confirmTerminal: '这一步记入办理经过，之后不能撤回。',
      cancel: '取消'
    }
    expect(finalStepQuestion('出壳', strings)).toEqual({
      title: '确认出壳？',
      content: '这一步记入办理经过，之后不能撤回。',
      okText: '出壳',
      cancelText: '取消'
    })
  })
})
