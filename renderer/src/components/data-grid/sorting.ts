/**
 * Comparators behind the column `sort` kinds. Chinese text goes through the one shared zh-CN
 * collator; the order of a whole data set is ranked once, because collator compares are slow
 * enough (about 0.4 s for 100k names) that re-sorting on every search keystroke would lag.
 */
import { compareZh } from '@shared/text/collator'

/** Ascending order of two numbers. */
export function compareNumbers(a: number, b: number): number {
  return a - b
}

/** ISO dates and instants sort chronologically as plain strings (not by the zh collator). */
export function compareIsoStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The pinyin-order rank of every row of `data`: `ranks[i]` is where `data[i]` sorts. Rows are
 * compared by `key`, then by `tieBreak` (so rows sorted by a stored pinyin key still put
 * different characters with the same reading in a fixed order); equal rows share a rank.
 */
export function zhRanks<T>(
  data: readonly T[],
  key: (row: T) => string,
  tieBreak?: (row: T) => string
): Int32Array {
  const n = data.length
  const keys = new Array<string>(n)
  const ties = tieBreak ? new Array<string>(n) : null
  for (let i = 0; i < n; i++) {
    keys[i] = key(data[i])
    if (ties && tieBreak) ties[i] = tieBreak(data[i])
  }
  const compare = (a: number, b: number): number =>
    compareZh(keys[a], keys[b]) || (ties ? compareZh(ties[a], ties[b]) : 0)
  const order = Array.from({ length: n }, (_, i) => i).sort(compare)
  const ranks = new Int32Array(n)
  let rank = 0
  for (let i = 0; i < n; i++) {
    if (i > 0 && compare(order[i - 1], order[i]) !== 0) rank = i
    ranks[order[i]] = rank
  }
  return ranks
}
