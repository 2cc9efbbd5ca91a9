import { describe, expect, it } from 'vitest'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { Form, Input, type FormListOperation } from 'antd'
import type { FormListProps } from 'antd/es/form'
import { ListField } from '@renderer/components/list-field'

interface Options {
  rowLabel?: string
  rules?: FormListProps['rules']
  onAdd?: (add: FormListOperation['add']) => void
}

function renderList({ rowLabel, rules, onAdd = (add) => add({ name: '' }) }: Options = {}) {
  render(
    <Form initialValues={{ people: [{ name: '甲' }, { name: '乙' }] }}>
      <ListField
        name="people"
        rules={rules}
        rowLabel={rowLabel}
        removeLabel="删除成员"
        addLabel="添加成员"
        onAdd={onAdd}
        header={<span>列标题</span>}
        footer={<span>共若干人</span>}
        renderRow={(row) => (
          <Form.Item name={[row, 'name']}>
            <Input aria-label={`姓名 ${row + 1}`} />
          </Form.Item>
        )}
        belowRow={(row) => <span>第 {row + 1} 行的说明</span>}
      />
    </Form>
  )
}

const addButton = () => screen.getByRole('button', { name: /添加成员/ })

describe('ListField', () => {
  it('names each row’s group by its number, so the delete buttons need none', () => {
    renderList({ rowLabel: '成员' })
    const second = screen.getByRole('group', { name: '成员 2' })
    expect(within(second).getByLabelText('姓名 2')).toBeTruthy()
    fireEvent.click(within(second).getByRole('button', { name: '删除成员' }))
    expect(screen.queryByRole('group', { name: '成员 2' })).toBeNull()
    expect(screen.getAllByRole('group')).toHaveLength(1)
  })

  it('numbers the delete buttons when the rows have no name', () => {
    renderList()
    expect(screen.getByRole('button', { name: '删除成员 1' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '删除成员 2' }))
    expect(screen.queryByLabelText('姓名 2')).toBeNull()
  })

  it('adds the row the caller makes, at the place it chooses', async () => {
    renderList({ rowLabel: '成员', onAdd: (add) => add({ name: '丙' }, 0) })
    fireEvent.click(addButton())
    await waitFor(() => expect(screen.getAllByRole('group')).toHaveLength(3))
    const first = screen.getByRole('group', { name: '成员 1' })
    expect(within(first).getByLabelText<HTMLInputElement>('姓名 1').value).toBe('丙')
  })

  it('shows the headings only while there are rows, and what goes under each row and the list', () => {
    renderList({ rowLabel: '成员' })
    expect(screen.getByText('列标题')).toBeTruthy()
    expect(screen.getByText('第 2 行的说明')).toBeTruthy()
    expect(screen.getByText('共若干人')).toBeTruthy()
    fireEvent.click(screen.getAllByRole('button', { name: '删除成员' })[0]!)
    fireEvent.click(screen.getAllByRole('button', { name: '删除成员' })[0]!)
    expect(screen.queryByText('列标题')).toBeNull()
  })

  it('shows the list’s own errors and warnings inside a form item, where antd colours them', async () => {
    renderList({
      rowLabel: '成员',
      rules: [
        {
          validator: async (_rule, rows: unknown[]) => {
            if (rows.length > 2) throw new Error('最多两人')
          }
        },
        {
          warningOnly: true,
          validator: async (_rule, rows: unknown[]) => {
            if (rows.length > 1) throw new Error('人数偏多')
          }
        }
      ]
    })
    fireEvent.click(addButton())
    const error = await screen.findByText('最多两人')
    const warning = await screen.findByText('人数偏多')
    expect(error.classList.contains('ant-form-item-explain-error')).toBe(true)
    expect(warning.classList.contains('ant-form-item-explain-warning')).toBe(true)
    expect(error.closest('.ant-form-item')).toBeTruthy()
  })
})
