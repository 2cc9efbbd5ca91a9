import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App, Form, Input } from 'antd'
import { FormDrawer, type FormDrawerProps } from '@renderer/components/form-drawer'
import { buttonName } from '../helpers/render-app'

const STRINGS = {
  save: '保存',
  cancel: '取消',
  discardTitle: '放弃未保存的修改？',
  discardText: '关闭后，这次填写的内容不会保存。',
  discard: '放弃修改',
  keepEditing: '继续编辑'
}

function Drawer(props: Partial<FormDrawerProps>) {
  const [form] = Form.useForm()
  return (
    <FormDrawer
      form={form}
      title="编辑记录"
      strings={STRINGS}
      saving={false}
      errors={[]}
      onSave={() => undefined}
      onClose={() => undefined}
      {...props}
    >
      <Form form={form}>
        <Form.Item name="name">
          <Input aria-label="名称" />
        </Form.Item>
      </Form>
    </FormDrawer>
  )
}

function renderDrawer(props: Partial<FormDrawerProps> = {}) {
  render(
    <App>
      <Drawer {...props} />
    </App>
  )
  return screen.getByRole('dialog', { name: '编辑记录' })
}

describe('FormDrawer', () => {
  it('closes at once when nothing was typed', () => {
    const onClose = vi.fn()
    const drawer = renderDrawer({ onClose })
    fireEvent.click(within(drawer).getByRole('button', { name: buttonName('取消') }))
    expect(onClose).toHaveBeenCalledOnce()
  })

  it('asks before throwing typing away, and keeps it on 继续编辑', async () => {
    const onClose = vi.fn()
    const drawer = renderDrawer({ onClose })
    fireEvent.change(within(drawer).getByLabelText('名称'), { target: { value: '新名称' } })
    fireEvent.click(within(drawer).getByRole('button', { name: buttonName('取消') }))
    expect((await screen.findAllByText('放弃未保存的修改？')).length).toBeGreaterThan(0)
    fireEvent.click(screen.getByRole('button', { name: '继续编辑' }))
    expect(onClose).not.toHaveBeenCalled()

    fireEvent.click(within(drawer).getByRole('button', { name: buttonName('取消') }))
    fireEvent.click((await screen.findAllByRole('button', { name: '放弃修改' })).at(-1)!)
    await waitFor(() => expect(onClose).toHaveBeenCalledOnce())
  })

  it('saves through the caller and shows the refusals no field shows above the form', () => {
    const onSave = vi.fn()
    const drawer = renderDrawer({ onSave, errors: ['这条记录已归档', '名称已被使用'] })
    const alert = within(drawer).getByText('这条记录已归档；名称已被使用')
    expect(alert.closest('.ant-alert-error')).toBeTruthy()
    fireEvent.click(within(drawer).getByRole('button', { name: buttonName('保存') }))
    expect(onSave).toHaveBeenCalledOnce()
  })
})
