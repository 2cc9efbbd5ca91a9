import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  amountInWords,
  formatWanYuan,
  formatYuan,
  isFen,
  parseAmountToFen,
  roundDiv,
  splitFen,
  sumFen,
  yuan
} from '@shared/domain/money'
import { propertyRuns } from '../../helpers/property-runs'
import { junkNumber, junkText } from '../import/arbitraries'

const CJK = /[\u3400-\u9fff]/
const fen = fc.integer({ min: 0, max: 10 ** 13 })

const DIGITS = '零壹贰叁肆伍陆柒捌玖'
const IN_SECTION = { 拾: 10, 佰: 100, 仟: 1000 } as const
const SECTIONS = { 万: 10_000, 亿: 100_000_000, 万亿: 1_000_000_000_000 } as const

/**
 * The 分 that 大写 words stand for, read the way a bank clerk reads them: digits times their
 * place within a section of four, sections times 万, 亿 or 万亿, then 角 and 分.
 */
function fenOfWords(words: string): number {
  const [integer, fraction] = words.includes('元') ? words.split('元') : ['', words]
  let total = 0
  let section = 0
  let digit = 0
  for (let index = 0; index < integer!.length; index += 1) {
    const ch = integer![index]!
    if (DIGITS.includes(ch)) digit = DIGITS.indexOf(ch)
    else if (ch in IN_SECTION) {
      section += digit * IN_SECTION[ch as keyof typeof IN_SECTION]
      digit = 0
    } else {
      const unit = ch === '万' && integer![index + 1] === '亿' ? '万亿' : (ch as '万' | '亿')
      if (unit === '万亿') index += 1
      total += (section + digit) * SECTIONS[unit]
      section = 0
      digit = 0
    }
  }
  total += section + digit
  const jiao = /(.)角/.exec(fraction!)
  const cents = /(.)分/.exec(fraction!)
  return (
    total * 100 +
    (jiao ? DIGITS.indexOf(jiao[1]!) * 10 : 0) +
    (cents ? DIGITS.indexOf(cents[1]!) : 0)
  )
}

describe('amountInWords', () => {
  it('writes words that read back as the amount, up to the largest safe 分', () => {
    fc.assert(
      fc.property(fc.oneof(fen, fc.maxSafeNat()), (amount) => {
        const words = amountInWords(amount, { prefix: false })
        expect(fenOfWords(words.replace(/整$/, ''))).toBe(amount)
        expect(amountInWords(amount)).toBe(`人民币${words}`)
      }),
      propertyRuns(2000)
    )
  })

  it('refuses what is not a whole, non-negative number of 分, saying so in Chinese', () => {
    const notFen = fc.oneof(
      fc.integer({ max: -1 }),
      fc.double().filter((value) => !Number.isSafeInteger(value) || value < 0)
    )
    fc.assert(
      fc.property(notFen, (value) => {
        expect(() => amountInWords(value)).toThrow(RangeError)
        expect(() => amountInWords(value)).toThrow(CJK)
      }),
      propertyRuns(300)
    )
  })
})

describe('parseAmountToFen', () => {
  it('never throws on any text or number, and says why it refuses in Chinese', () => {
    fc.assert(
      fc.property(fc.oneof(junkText, junkNumber), (input) => {
        const result = parseAmountToFen(input as string | number)
        if (result.ok) expect(isFen(result.fen) && result.fen >= 0).toBe(true)
        else expect(result.message).toMatch(CJK)
      }),
      propertyRuns(2000)
    )
  })

  it('reads an amount in 万元 back to the 分 it was rounded to', () => {
    fc.assert(
      fc.property(
        fen,
        fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<0 | 1 | 2 | 3 | 4>,
        fc.constantFrom('万', '万元', ' 万元'),
        (amount, decimals, unit) => {
          const step = 10 ** (6 - decimals)
          expect(parseAmountToFen(`${formatWanYuan(amount, decimals)}${unit}`)).toEqual({
            ok: true,
            fen: roundDiv(amount, step) * step
          })
        }
      ),
      propertyRuns(1000)
    )
  })

  it('reads a number in 元 with at most two decimals as its 分', () => {
    fc.assert(
      fc.property(fen, (amount) => {
        expect(parseAmountToFen(amount / 100)).toEqual({ ok: true, fen: amount })
        expect(yuan(amount / 100)).toBe(amount)
      }),
      propertyRuns(1000)
    )
  })
})

describe('adding and splitting 分', () => {
  it('sums exactly while the total is safe, and refuses in Chinese once it is not', () => {
    const amounts = fc.array(
      fc.oneof(
        fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
        fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER)
      ),
      { maxLength: 8 }
    )
    fc.assert(
      fc.property(amounts, (values) => {
        let exact = 0n
        let overflow = false
        for (const value of values) {
          exact += BigInt(value)
          overflow ||=
            exact > BigInt(Number.MAX_SAFE_INTEGER) || -exact > BigInt(Number.MAX_SAFE_INTEGER)
        }
        if (overflow) expect(() => sumFen(values)).toThrow(/金额合计超出可表示范围/)
        else expect(sumFen(values)).toBe(Number(exact))
      }),
      propertyRuns(1000)
    )
  })

  it('refuses a line that is not a whole number of 分, naming it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 ** 9 }), { maxLength: 4 }),
        fc.double().filter((value) => !Number.isSafeInteger(value)),
        (lines, bad) => {
          expect(() => sumFen([...lines, bad])).toThrow(`不是有效的金额（分）：${bad}`)
        }
      ),
      propertyRuns(300)
    )
  })

  it('splits an amount into parts that add up to it, each its share rounded down but the last', () => {
    fc.assert(
      fc.property(
        // amount × share stays a safe integer, as it does for every contract.
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 10 }),
        (amount, shares) => {
          const parts = splitFen(amount, shares)
          const whole = shares.reduce((sum, share) => sum + share, 0)
          expect(parts).toHaveLength(shares.length)
          expect(sumFen(parts)).toBe(amount)
          parts.slice(0, -1).forEach((part, index) => {
            expect(part).toBe(Math.floor((amount * shares[index]!) / whole))
          })
          expect(parts.at(-1)!).toBeGreaterThanOrEqual(
            Math.floor((amount * shares.at(-1)!) / whole)
          )
          for (const part of parts) expect(isFen(part) && part >= 0).toBe(true)
        }
      ),
      propertyRuns(1000)
    )
  })

  it('rounds a quotient to the nearest whole, halves away from zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 15), max: 10 ** 15 }),
        fc.integer({ min: 1, max: 10 ** 6 }),
        (value, divisor) => {
          const rounded = roundDiv(value, divisor)
          const off = Math.abs(value - rounded * divisor)
          expect(2 * off).toBeLessThanOrEqual(divisor)
          if (2 * off === divisor)
            expect(Math.abs(rounded * divisor)).toBeGreaterThan(Math.abs(value))
        }
      ),
      propertyRuns(1000)
    )
  })

  it('formats 元 with a sign, grouping only whole 元, always two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), (amount) => {
        const text = formatYuan(amount)
        expect(text).toMatch(/^-?\d{1,3}(,\d{3})*\.\d{2}$/)
        expect(Number(text.replace(/[,.]/g, ''))).toBe(amount)
        expect(formatYuan(amount, { grouping: false })).toBe(text.replace(/,/g, ''))
      }),
      propertyRuns(1000)
    )
  })
})
