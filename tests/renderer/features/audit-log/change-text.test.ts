import { describe, expect, it } from 'vitest'
import {
  chinaTime,
  describeChanges,
  formatChangeValue
} from '@renderer/features/audit-log/change-text'

describe('formatChangeValue', () => {
  it.each([
    ['legalRepIdNumber', '35010219800101123X', '350102********123X'],
    ['idNumber', '35010219800101123X', '350102********123X'],
    ['contactPhone', '13912345678', '139****5678'],
    ['phone', '13912345678', '139****5678'],
    ['amountFen', 12_345_600, '123,456.00 元'],
    ['archivedAt', '2026-11-22T01:30:00.000Z', '2026-11-22 09:30'],
    ['endOn', '2027-02-28', '2027-02-28'],
    ['communityIds', ['c-1', 'c-2', 'c-3'], '3 项'],
    ['specialties', ['老年服务', '心理疏导'], '老年服务、心理疏导'],
    ['specialties', [], '—'],
    ['rating', { grade: '3A', score: 760, ratedOn: '2024-05-10' }, '3A 760 2024-05-10'],
    ['confirmed', true, '是'],
    ['staffCount', 0, '0'],
    ['note', null, '—'],
    ['note', '', '—'],
    [
      'terms',
      '一、服务内容：为辖区 60 岁以上独居老人提供每月两次入户探访',
      '一、服务内容：为辖区 60 岁以上独居老人提供每…'
    ]
  ] as const)('%s %j → %s', (field, value, text) => {
    expect(formatChangeValue(field, value)).toBe(text)
  })
})

describe('describeChanges', () => {
  it('names fields the way the record’s own page does', () => {
    expect(
      describeChanges({
        table: 'organizations',
        changes: { name: ['晨光服务社', '晨光为老服务中心'], legalRepPhone: [null, '13800138000'] }
      })
    ).toEqual(['组织名称：晨光服务社 → 晨光为老服务中心', '法定代表人电话：— → 138****8000'])
    expect(
      describeChanges({ table: 'settings', changes: { operatorName: ['张晓梅', '李建国'] } })
    ).toEqual(['操作人：张晓梅 → 李建国'])
  })

  it('names a tranche’s amount as the 拨付 tab does, not as the 追回 dialog’s input', () => {
    expect(
      describeChanges({
        table: 'payments',
        changes: { amountFen: [6_000_000, 4_500_000], status: ['计划', '可拨付'] }
      })
    ).toEqual(['金额：60,000.00 元 → 45,000.00 元', '状态：计划 → 可拨付'])
    expect(
      describeChanges({ table: 'amendments', changes: { decidedOn: [null, '2026-11-20'] } })
    ).toEqual(['审批日期：— → 2026-11-20'])
  })

  it('falls back to shared names, then to the field’s own', () => {
    expect(
      describeChanges({
        table: 'mutualEvaluations',
        changes: { status: ['草稿', '定稿'], foo: [1, 2] }
      })
    ).toEqual(['状态：草稿 → 定稿', 'foo：1 → 2'])
    expect(describeChanges({ table: 'organizations' })).toEqual([])
  })
})

describe('chinaTime', () => {
  it('shows an instant in China time across the date line', () => {
    expect(chinaTime('2026-11-21T17:30:00.000Z')).toBe('2026-11-22 01:30')
  })
})
