/**
 * 组织机构代码 (GB 11714-1997): 8 body characters and one check character, written
 * `XXXXXXXX-X`. Letters count A=10 … Z=35 — the full alphabet, unlike the USCC set
 * (domain-cn.md §1.2).
 */

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const

function charValue(ch: string): number {
  if (/^[0-9]$/.test(ch)) return Number(ch)
  if (/^[A-Z]$/.test(ch)) return ch.charCodeAt(0) - 55
  return -1
}

/** The check character for an 8-character body, or null if the body has other characters. */
export function orgCodeCheckChar(body: string): string | null {
  if (!/^[0-9A-Z]{8}$/.test(body)) return null
  let sum = 0
  for (let index = 0; index < 8; index += 1) sum += charValue(body[index]!) * WEIGHTS[index]!
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}

/** True when a 9-character code (with or without the hyphen) has a correct check character. */
export function isValidOrgCode(code: string): boolean {
  const compact = code.replace('-', '').toUpperCase()
  return compact.length === 9 && orgCodeCheckChar(compact.slice(0, 8)) === compact[8]
}
