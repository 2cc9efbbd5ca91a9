/**
 * Amounts in forms: typed as 元 text, stored as 分. A form starts its input from the stored
 * amount, and reads what was typed back with parseAmountToFen, refusing what is not an amount at
 * its own field before anything is sent (the shared rules only ever see 分).
 */
import type { FieldIssue } from '@shared/domain/check'
import { formatYuan, parseAmountToFen, type Fen } from '@shared/domain/money'

/** 分 as the 元 text an amount input takes: `30000001` → `300000.01`; no amount, no text. */
export function yuanInput(fen: Fen | null): string {
  return fen === null ? '' : formatYuan(fen, { grouping: false })
}

/** The typed amount in 分, or null while it is empty or not an amount: for notes beside it. */
export function typedFen(text: string | undefined): Fen | null {
  const typed = (text ?? '').trim()
  if (typed === '') return null
  const parsed = parseAmountToFen(typed)
  return parsed.ok ? parsed.fen : null
}

/**
 * The amount typed at `field` in 分. Null when it is empty — then `required`, if given, is
 * added to `issues` as the message — or when it is not an amount, the reason added to `issues`.
 */
export function readAmount(
  text: string | undefined,
  field: string,
  issues: FieldIssue[],
  required: string | null = null
): Fen | null {
  const typed = (text ?? '').trim()
  if (typed === '') {
    if (required !== null) issues.push({ field, level: 'error', message: required })
    return null
  }
  const parsed = parseAmountToFen(typed)
  if (parsed.ok) return parsed.fen
  issues.push({ field, level: 'error', message: parsed.message })
  return null
}
