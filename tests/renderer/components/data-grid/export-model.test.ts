import { describe, expect, it } from 'vitest'
import type { DataGridColumn } from '@renderer/components/data-grid'
import { exportTypeOf, gridSheetModel } from '@renderer/components/data-grid/export-model'

interface Contract {
  id: string
  title: string
  amountFen: number
  signedOn: string | null
  staff: number
}

const column = (patch: Partial<DataGridColumn<Contract>>): DataGridColumn<Contract> => ({
  id: 'x',
  header: 'x',
  value: (row) => row.title,
  ...patch
})

describe('exportTypeOf', () => {
  it.each([
    [{}, 'text'],
    [{ sort: 'zh' as const }, 'text'],
    [{ sort: 'date' as const }, 'date'],
    [{ sort: 'number' as const }, 'number'],
    [{ sort: (a: Contract, b: Contract) => a.amountFen - b.amountFen }, 'text'],
    [{ sort: 'date' as const, exportAs: 'text' as const }, 'text'],
    [{ exportAs: 'yuan' as const }, 'yuan']
  ])('%j exports as %s', (patch, type) => expect(exportTypeOf(column(patch))).toBe(type))
})

describe('gridSheetModel', () => {
  const columns: DataGridColumn<Contract>[] = [
    { id: 'title', header: '合同名称', value: (r) => r.title, sort: 'zh' },
    {
      id: 'amount',
      header: '金额（万元）',
      value: (r) => (r.amountFen / 1_000_000).toFixed(2),
      exportAs: 'yuan',
      exportValue: (r) => r.amountFen,
      exportHeader: '金额（元）'
    },
    { id: 'signedOn', header: '签订日期', value: (r) => r.signedOn, sort: 'date' },
    { id: 'staff', header: '人数', value: (r) => r.staff, sort: 'number' }
  ]
  const rows: Contract[] = [
    { id: 'b', title: '居家养老', amountFen: 18_000_000, signedOn: '2026-01-10', staff: 3 },
    { id: 'a', title: '四点半课堂', amountFen: 5_000_050, signedOn: null, staff: 2 }
  ]

  it('keeps the view’s rows and columns in order, with export headers, types and values', () => {
    expect(gridSheetModel({ rows, columns }, { name: '合同列表', title: null })).toEqual({
      name: '合同列表',
      title: null,
      columns: [
        { header: '合同名称', type: 'text' },
        { header: '金额（元）', type: 'yuan' },
        { header: '签订日期', type: 'date' },
        { header: '人数', type: 'number' }
      ],
      rows: [
        ['居家养老', 18_000_000, '2026-01-10', 3],
        ['四点半课堂', 5_000_050, null, 2]
      ]
    })
  })

  it('follows a reordered, narrowed view', () => {
    const model = gridSheetModel(
      { rows: [rows[1]!], columns: [columns[3]!, columns[0]!] },
      { name: '合同列表', title: '合同列表（筛选出 1 / 2 条）' }
    )
    expect(model.columns.map((c) => c.header)).toEqual(['人数', '合同名称'])
    expect(model.rows).toEqual([[2, '四点半课堂']])
    expect(model.title).toBe('合同列表（筛选出 1 / 2 条）')
  })
})
