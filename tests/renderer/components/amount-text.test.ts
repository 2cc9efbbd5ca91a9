import { describe, expect, it } from 'vitest'
import type { FieldIssue } from '@shared/domain/check'
import { readAmount, typedFen, yuanInput } from '@renderer/components/amount-text'

describe('amounts in forms', () => {
  it('starts an input from the stored 分, without grouping', () => {
    expect(yuanInput(30_000_001)).toBe('300000.01')
    expect(yuanInput(null)).toBe('')
  })

  it('reads what was typed for a note beside it, nothing while it is not an amount', () => {
    expect(typedFen(' 30万 ')).toBe(30_000_000)
    expect(typedFen('')).toBeNull()
    expect(typedFen(undefined)).toBeNull()
    expect(typedFen('三十万')).toBeNull()
  })

  it('refuses what is not an amount at its field, and an empty one only when required', () => {
    const issues: FieldIssue[] = []
    expect(readAmount('1,234.5', 'amountFen', issues)).toBe(123_450)
    expect(readAmount('  ', 'quotedFen', issues)).toBeNull()
    expect(issues).toEqual([])
    expect(readAmount('', 'amountFen', issues, '请填写合同金额')).toBeNull()
    expect(readAmount('12.345', 'budgetFen', issues)).toBeNull()
    expect(issues).toEqual([
      { field: 'amountFen', level: 'error', message: '请填写合同金额' },
      { field: 'budgetFen', level: 'error', message: '金额最多保留两位小数（到分）' }
    ])
  })
})
