/**
 * Money is stored and added as integer 分 (fen). 元 and 万元 exist only on the way out, after
 * summing, so that totals always equal the sum of their lines (domain-cn.md §9.1).
 */

/** An amount in 分. Always a safe, non-fractional number. */
export type Fen = number

const FEN_PER_YUAN = 100
const FEN_PER_WAN = 1_000_000

/** True for a whole, safe number of 分 (negative allowed: refunds and adjustments). */
export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value)
}

/** Sum of amounts in 分; throws if the result leaves the safe-integer range. */
export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0
  for (const value of values) {
    if (!isFen(value)) throw new RangeError(`不是有效的金额（分）：${value}`)
    total += value
    if (!Number.isSafeInteger(total)) throw new RangeError('金额合计超出可表示范围')
  }
  return total
}

/**
 * Splits `amount` into parts in proportion to `shares` out of `whole`: every part but the last
 * is its share rounded down to the 分 and the last takes what is left, so the parts always add
 * up to `amount` exactly.
 */
export function splitFen(
  amount: Fen,
  shares: readonly number[],
  whole = shares.reduce((sum, share) => sum + share, 0)
): Fen[] {
  let left = amount
  return shares.map((share, index) => {
    const part = index === shares.length - 1 ? left : Math.floor((amount * share) / whole)
    left -= part
    return part
  })
}

/** Integer division rounding half away from zero, exact for safe integers. */
export function roundDiv(value: number, divisor: number): number {
  const sign = value < 0 ? -1 : 1
  const abs = Math.abs(value)
  const quotient = Math.floor(abs / divisor)
  const remainder = abs - quotient * divisor
  return sign * (remainder * 2 >= divisor ? quotient + 1 : quotient)
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** `123456` → `1,234.56` (元, always two decimals). */
export function formatYuan(fen: Fen, options: { grouping?: boolean } = {}): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = String(Math.floor(abs / FEN_PER_YUAN))
  const cents = String(abs % FEN_PER_YUAN).padStart(2, '0')
  return `${sign}${options.grouping === false ? yuan : groupThousands(yuan)}.${cents}`
}

/** `123456` → `1,234.56 元`: an amount in a sentence, e.g. a message saying by how much. */
export function yuanText(fen: Fen): string {
  return `${formatYuan(fen)} 元`
}

/**
 * `1_500_000` → `1.50` (万元), rounded half up to `decimals` places (2 by default; budget
 * tables sometimes use 4). Label the column "单位：万元" rather than suffixing every cell.
 */
export function formatWanYuan(fen: Fen, decimals: 0 | 1 | 2 | 3 | 4 = 2): string {
  const scaled = roundDiv(fen, FEN_PER_WAN / 10 ** decimals)
  const sign = scaled < 0 ? '-' : ''
  const abs = String(Math.abs(scaled)).padStart(decimals + 1, '0')
  const whole = abs.slice(0, abs.length - decimals)
  const frac = abs.slice(abs.length - decimals)
  return `${sign}${groupThousands(whole)}${decimals > 0 ? `.${frac}` : ''}`
}

export type ParseAmountResult = { ok: true; fen: Fen } | { ok: false; message: string }

const FULL_WIDTH = /[\uff10-\uff19\uff0e\uff0c]/g

/** Full-width digits, dot and comma to ASCII; the way amounts arrive from Chinese spreadsheets. */
function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
}

/**
 * Parse an amount typed by a user or read from a spreadsheet into 分. Accepts `1234.5`,
 * `1,234.50`, `¥1234.5`, `1234.5元`, `15万`, `15.5万元`, full-width digits and stray spaces.
 * Refuses negatives, more than two decimals of 元 (six of 万元), and anything else, with a
 * Chinese message saying why.
 */
export function parseAmountToFen(input: string | number): ParseAmountResult {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, message: '金额不是有效数字' }
    input = String(input)
  }
  const text = toHalfWidth(input)
    .replace(/\s+/g, '')
    .replace(/^[¥￥]/, '')
    .replace(/人民币/, '')
  if (text === '') return { ok: false, message: '金额不能为空' }
  if (text.startsWith('-')) return { ok: false, message: '金额不能为负数' }
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|万|元)?$/.exec(text)
  if (!match) return { ok: false, message: `无法识别的金额：“${input}”` }
  const whole = match[1]!.replace(/,/g, '')
  const fraction = match[2] ?? ''
  const isWan = match[3] === '万' || match[3] === '万元'
  const maxDecimals = isWan ? 6 : 2
  if (fraction.length > maxDecimals) {
    return {
      ok: false,
      message: isWan ? '以万元为单位时最多保留 6 位小数' : '金额最多保留两位小数（到分）'
    }
  }
  const fenDigits = isWan ? 6 : 2
  const fen = Number(whole + fraction.padEnd(fenDigits, '0'))
  if (!Number.isSafeInteger(fen)) return { ok: false, message: '金额过大' }
  return { ok: true, fen }
}

/** Convenience for code paths where the amount is known to be valid (tests, sample data). */
export function yuan(amount: number): Fen {
  return Math.round(amount * FEN_PER_YUAN)
}

const CN_DIGITS = '零壹贰叁肆伍陆柒捌玖'
const IN_SECTION_UNITS = ['', '拾', '佰', '仟'] as const
const SECTION_UNITS = ['', '万', '亿', '万亿'] as const

/** 0–9999 in 大写 with one 零 for each run of zeros that a non-zero digit follows. */
function sectionInWords(section: number): string {
  let words = ''
  let zeroPending = false
  for (let power = 3; power >= 0; power -= 1) {
    const digit = Math.floor(section / 10 ** power) % 10
    if (digit === 0) {
      if (words !== '') zeroPending = true
      continue
    }
    if (zeroPending) words += '零'
    zeroPending = false
    words += CN_DIGITS[digit] + IN_SECTION_UNITS[power]!
  }
  return words
}

/**
 * The upper-case amount (大写金额) for cheques, agreements and reports, after the PBOC rules in
 * 《正确填写票据和结算凭证的基本规定》 (domain-cn.md §9.1): 壹拾 for a leading ten, one 零 per zero
 * run, 整 after 元, 零 before 角 when the 元 digit is zero (the optional 零 is always written, so
 * the output is deterministic) and before 分 when 角 is zero.
 *
 * `¥107000.53` → `人民币壹拾万柒仟元零伍角叁分`.
 */
export function amountInWords(fen: Fen, options: { prefix?: boolean } = {}): string {
  if (!isFen(fen) || fen < 0) throw new RangeError(`大写金额只适用于非负的整数分：${fen}`)
  const prefix = options.prefix === false ? '' : '人民币'
  const yuanPart = Math.floor(fen / 100)
  const jiao = Math.floor(fen / 10) % 10
  const fenDigit = fen % 10

  let integer = ''
  let zeroPending = false
  const sections: number[] = []
  for (let rest = yuanPart; rest > 0; rest = Math.floor(rest / 10_000)) sections.push(rest % 10_000)
  for (let index = sections.length - 1; index >= 0; index -= 1) {
    const section = sections[index]!
    if (section === 0) {
      if (integer !== '') zeroPending = true
      continue
    }
    if (integer !== '' && (zeroPending || section < 1000)) integer += '零'
    zeroPending = false
    integer += sectionInWords(section) + SECTION_UNITS[index]!
  }

  if (jiao === 0 && fenDigit === 0) return `${prefix}${integer || '零'}元整`

  let words = integer === '' ? '' : `${integer}元`
  if (jiao !== 0) {
    if (integer !== '' && yuanPart % 10 === 0) words += '零'
    words += `${CN_DIGITS[jiao]}角`
  } else if (integer !== '') {
    words += '零'
  }
  if (fenDigit !== 0) words += `${CN_DIGITS[fenDigit]}分`
  return prefix + words
}
