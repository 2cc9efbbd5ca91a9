/**
 * Scores, rates and weights with decimals (money is whole 分, money.ts). Binary fractions land a
 * true 59.95 at 59.94999…, which plain rounding to one place would take down to 59.9 — across
 * the 60 line of a grade band — so values are rounded through a fixed number of decimals first.
 */

/** `value` to `decimals` places, halves rounded up. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(Number((value * factor).toFixed(6))) / factor
}
