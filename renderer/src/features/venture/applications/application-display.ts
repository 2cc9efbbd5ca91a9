/**
 * How an application reads on screen and on paper: its budget as a table grouped by category
 * with subtotals, each category's share of the total, the track's name and instants in China
 * time. The amounts come from budgetTotals and lineAmountFen, so the page, the print view and
 * the rules add up the same way.
 */
import type { Fen } from '@shared/domain/money'
import {
  BUDGET_CATEGORIES,
  budgetTotals,
  lineAmountFen,
  type BudgetCategory,
  type BudgetLine
} from '@shared/domain/venture/budget'
import type { Track } from '@shared/domain/venture/round'
import { APPLICATION_STRINGS as S } from './strings'

export type BudgetTableRow =
  | { kind: 'line'; key: string; index: number; line: BudgetLine; amountFen: Fen }
  | { kind: 'subtotal'; key: string; category: BudgetCategory; amountFen: Fen }
  | { kind: 'total'; key: string; amountFen: Fen }

/**
 * The lines grouped by category in the usual order (人员费 first), each group closed by its
 * subtotal, then the total. `index` is the line's place in the application, from 1.
 */
export function budgetTableRows(lines: readonly BudgetLine[]): BudgetTableRow[] {
  const { byCategory, totalFen } = budgetTotals(lines)
  const rows: BudgetTableRow[] = []
  let index = 0
  for (const category of BUDGET_CATEGORIES) {
    const group = lines.filter((line) => line.category === category)
    if (group.length === 0) continue
    for (const line of group) {
      index += 1
      rows.push({ kind: 'line', key: `line-${index}`, index, line, amountFen: lineAmountFen(line) })
    }
    rows.push({
      kind: 'subtotal',
      key: `subtotal-${category}`,
      category,
      amountFen: byCategory[category]
    })
  }
  rows.push({ kind: 'total', key: 'total', amountFen: totalFen })
  return rows
}

export interface CategoryShare {
  category: BudgetCategory
  amountFen: Fen
  /** Share of the total, e.g. `12.5%`; for reading only, the rules compare in whole 分. */
  share: string
}

/** The categories the lines use, with their totals and shares. */
export function categoryShares(lines: readonly BudgetLine[]): CategoryShare[] {
  const { byCategory, totalFen } = budgetTotals(lines)
  return BUDGET_CATEGORIES.filter((category) => byCategory[category] > 0).map((category) => ({
    category,
    amountFen: byCategory[category],
    share: `${((byCategory[category] * 100) / totalFen).toFixed(1)}%`
  }))
}

/** The track's name in the round, or a note that the round no longer has it. */
export function trackName(tracks: readonly Track[], key: string): string {
  return tracks.find((track) => track.key === key)?.name ?? S.unknownTrack(key)
}

const CHINA_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
})

/** `2026-11-22T01:30:00.000Z` → `2026-11-22 09:30`, in China time. */
export function formatInstant(iso: string): string {
  const parts = Object.fromEntries(
    CHINA_TIME.formatToParts(new Date(iso)).map((part) => [part.type, part.value])
  )
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
}
