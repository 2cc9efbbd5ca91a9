import { describe, expect, it } from 'vitest'
import type { BudgetLine } from '@shared/domain/venture/budget'
import {
  budgetTableRows,
  categoryShares,
  formatInstant
} from '@renderer/features/venture/applications/application-display'

const line = (category: BudgetLine['category'], item: string, unitPriceFen: number, quantity = 1) =>
  ({ category, item, unitPriceFen, quantity, note: null }) satisfies BudgetLine

describe('申报书 budget as a table', () => {
  it('groups lines by category in the usual order, each group with its subtotal, then the total', () => {
    const lines = [
      line('活动费', '物资包', 33_33, 1.5),
      line('人员费', '项目社工', 500_000, 12),
      line('活动费', '场地布置', 100_000)
    ]
    const rows = budgetTableRows(lines)
    expect(
      rows.map((row) => [row.kind, row.kind === 'line' ? row.line.item : '', row.amountFen])
    ).toEqual([
      ['line', '项目社工', 6_000_000],
      ['subtotal', '', 6_000_000],
      ['line', '物资包', 5_000],
      ['line', '场地布置', 100_000],
      ['subtotal', '', 105_000],
      ['total', '', 6_105_000]
    ])
    expect(categoryShares(lines)).toEqual([
      { category: '人员费', amountFen: 6_000_000, share: '98.3%' },
      { category: '活动费', amountFen: 105_000, share: '1.7%' }
    ])
  })

  it('writes instants in China time', () => {
    expect(formatInstant('2026-11-21T16:05:00.000Z')).toBe('2026-11-22 00:05')
  })
})
