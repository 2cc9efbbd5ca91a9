/** Wording the 台账 sheets share. */
import type { IsoDate } from '../../domain/dates'

/** `鼓楼街道办事处社会组织台账（截至 2026-11-22）`; without the office when none is set. */
export function ledgerTitle(office: string, ledger: string, today: IsoDate): string {
  return `${office.trim()}${ledger}（截至 ${today}）`
}

/** The label of every totals row. */
export const TOTAL_LABEL = '合计'
