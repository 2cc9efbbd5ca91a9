/**
 * 申报预算: budget lines by category with computed totals, and the round's money rules
 * (domain-cn.md §5: 广州 caps a grant at 60 % of the project's total budget and at 50 万元;
 * matching funds; optional caps on personnel and admin shares — UNCONFIRMED values, so every
 * number here is a round setting, off or defaulted, never a hard rule).
 */
import { z } from 'zod'
import type { FieldIssue } from '../check'
import { fenField, optionalTextField, textField } from '../fields'
import { isFen, sumFen, yuanText, type Fen } from '../money'

/** Budget categories an application's lines fall into. */
export const BUDGET_CATEGORIES = [
  '人员费',
  '活动费',
  '物资费',
  '宣传费',
  '交通费',
  '场地费',
  '管理费',
  '其他'
] as const
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number]

/** The money rules of a round. */
export interface BudgetRules {
  /** Largest grant per project, in 分. */
  perProjectCapFen: Fen
  /** Largest share of the project's total budget the grant may be, in percent (default 60). */
  maxGrantSharePercent: number
  /** Smallest share of the total budget that must be matched by other funds, in percent; null: no rule. */
  minMatchingSharePercent: number | null
  /** Caps on categories as a share of the total budget, in percent (e.g. 管理费 ≤ 10); empty: none. */
  categoryCaps: { category: BudgetCategory; maxSharePercent: number }[]
}

/** One line of an application's budget: what is bought, at what unit price, how many. */
export interface BudgetLine {
  category: BudgetCategory
  /** What is bought or paid for, e.g. 社工督导费, 活动物资包. */
  item: string
  /** 分, more than 0. */
  unitPriceFen: Fen
  /** More than 0, up to two decimals, because budgets price in 人月, 课时 and 天 (e.g. 1.5 人月). */
  quantity: number
  note: string | null
}

/** Large enough for any line a 公益创投 budget holds; the product check below does the rest. */
const MAX_QUANTITY = 1_000_000

/**
 * Quantity in hundredths. Quantities are checked to two decimals, so rounding here only removes
 * the binary noise of e.g. 1.15 × 100 = 114.99999999999999.
 */
function quantityHundredths(quantity: number): number {
  return Math.round(quantity * 100)
}

function hasTwoDecimalsAtMost(quantity: number): boolean {
  return Math.abs(quantity * 100 - quantityHundredths(quantity)) < 1e-6
}

export const budgetLineSchema = z
  .strictObject({
    category: z.enum(BUDGET_CATEGORIES, { error: '请选择预算科目' }),
    item: textField('支出内容', 50, true),
    unitPriceFen: fenField('单价', { positive: true }),
    quantity: z
      .number({ error: '数量须为数字' })
      .gt(0, '数量须大于 0')
      .max(MAX_QUANTITY, '数量过大')
      .refine(hasTwoDecimalsAtMost, { message: '数量最多保留两位小数' }),
    note: optionalTextField('备注', 200)
  })
  // The line amount is computed in whole numbers (分 × hundredths); refuse a line whose product
  // would leave the safe-integer range instead of letting lineAmountFen throw later.
  .refine((line) => Number.isSafeInteger(line.unitPriceFen * quantityHundredths(line.quantity)), {
    message: '该项金额（单价 × 数量）过大'
  }) satisfies z.ZodType<BudgetLine>

export type BudgetLineDraft = z.input<typeof budgetLineSchema>

/** What the money rules need of a line. */
export type BudgetLineAmount = Pick<BudgetLine, 'category' | 'unitPriceFen' | 'quantity'>

/**
 * unitPriceFen × quantity in whole 分, rounded half up (0.5 分 and above goes up), the way a
 * budget table rounds a line before it is added up: 33.33 元 × 1.5 = 4999.5 分 → 5000 分. Worked
 * in integers (分 × hundredths of the quantity, then ÷ 100) so no binary fraction decides which
 * way a half goes. Throws on a line budgetLineSchema would refuse.
 */
export function lineAmountFen(line: Pick<BudgetLine, 'unitPriceFen' | 'quantity'>): Fen {
  if (!isFen(line.unitPriceFen) || line.unitPriceFen < 0) {
    throw new RangeError(`单价不是有效的金额（分）：${line.unitPriceFen}`)
  }
  if (!Number.isFinite(line.quantity) || line.quantity <= 0) {
    throw new RangeError(`数量须大于 0：${line.quantity}`)
  }
  const hundredthsOfFen = line.unitPriceFen * quantityHundredths(line.quantity)
  if (!Number.isSafeInteger(hundredthsOfFen)) throw new RangeError('该项金额超出可表示范围')
  const fen = Math.floor(hundredthsOfFen / 100)
  const remainder = hundredthsOfFen - fen * 100
  return remainder >= 50 ? fen + 1 : fen
}

export interface BudgetTotals {
  /** Every category, 0 when unused, in BUDGET_CATEGORIES order. */
  byCategory: Record<BudgetCategory, Fen>
  totalFen: Fen
}

/**
 * Totals per category and overall. Lines are rounded one by one and then added, so the total
 * always equals the sum of the amounts printed on the lines (domain-cn.md §9.1).
 */
export function budgetTotals(lines: readonly BudgetLineAmount[]): BudgetTotals {
  const amounts = lines.map((line) => ({ category: line.category, fen: lineAmountFen(line) }))
  const byCategory = Object.fromEntries(
    BUDGET_CATEGORIES.map((category) => [
      category,
      sumFen(amounts.filter((line) => line.category === category).map((line) => line.fen))
    ])
  ) as Record<BudgetCategory, Fen>
  return { byCategory, totalFen: sumFen(amounts.map((line) => line.fen)) }
}

/** Whole percent, so that share limits stay integer arithmetic (see shareOf). */
function percentField(label: string, min: number) {
  return z
    .number({ error: `${label}须为数字` })
    .int(`${label}须为整数`)
    .min(min, `${label}须在 ${min}%–100% 之间`)
    .max(100, `${label}须在 ${min}%–100% 之间`)
}

export const budgetRulesSchema = z.strictObject({
  perProjectCapFen: fenField('单个项目上限', { positive: true }),
  maxGrantSharePercent: percentField('资助占预算总额的比例上限', 1).default(60),
  // Missing means "no such rule", never a guessed value: the local figures are unconfirmed.
  minMatchingSharePercent: percentField('配套资金占预算总额的比例下限', 0).nullable().default(null),
  categoryCaps: z
    .array(
      z.strictObject({
        category: z.enum(BUDGET_CATEGORIES, { error: '请选择预算科目' }),
        maxSharePercent: percentField('科目占预算总额的比例上限', 1)
      })
    )
    .superRefine((caps, ctx) => {
      const seen = new Set<BudgetCategory>()
      caps.forEach((cap, index) => {
        if (seen.has(cap.category)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'category'],
            message: `预算科目“${cap.category}”的比例上限重复设置`
          })
        }
        seen.add(cap.category)
      })
    })
    .default([])
}) satisfies z.ZodType<BudgetRules>

export type BudgetRulesDraft = z.input<typeof budgetRulesSchema>

/**
 * 广州's rule (domain-cn.md §5): at most 50万元 and at most 60 % of the total budget per project.
 * No matching minimum and no category caps: their local values are unconfirmed.
 */
export const DEFAULT_BUDGET_RULES: BudgetRules = {
  perProjectCapFen: 50_000_000,
  maxGrantSharePercent: 60,
  minMatchingSharePercent: null,
  categoryCaps: []
}

/** The money figures of an application: its lines, the grant asked for and the matching funds. */
export interface BudgetPlan {
  lines: readonly BudgetLineAmount[]
  /** 分, the grant asked of the round. */
  requestedFen: Fen
  /** 分, funds from elsewhere (自筹 or 配套) that cover the rest of the budget. */
  matchingFen: Fen
}

/**
 * percent % of totalFen in whole 分, rounded `down` or `up`, in integers only: the total is split
 * into whole hundreds of 分 and a remainder below 100 so the product never leaves safe integers.
 * A maximum is rounded down and a minimum up, so that a whole-分 amount passes exactly when it
 * meets the exact share (e.g. 60 % of 101 分 = 60.6 分: at most 60 分 may be asked).
 */
function shareOf(totalFen: Fen, percent: number, rounding: 'down' | 'up'): Fen {
  const hundreds = Math.floor(totalFen / 100)
  const rest = totalFen - hundreds * 100
  // rest × percent ≤ 9900, so this division is exact or well clear of a whole number.
  const restShare = (rest * percent) / 100
  return hundreds * percent + (rounding === 'down' ? Math.floor(restShare) : Math.ceil(restShare))
}

/**
 * The round's money rules applied to an application's budget; every message says what is wrong
 * and by how much, in 元. With no lines there is no total to measure shares against, so only the
 * rules that do not need one are applied; likewise rules that need an amount that is not valid.
 */
export function checkBudget(plan: BudgetPlan, rules: BudgetRules): FieldIssue[] {
  const issues: FieldIssue[] = []
  const error = (field: string, message: string) => issues.push({ field, level: 'error', message })
  const { lines, requestedFen, matchingFen } = plan

  if (lines.length === 0) error('lines', '预算至少要有一项支出')

  const requestedValid = isFen(requestedFen) && requestedFen > 0
  if (!isFen(requestedFen)) error('requestedFen', '申请金额须为以分计的整数')
  else if (requestedFen <= 0) error('requestedFen', '申请金额须大于 0')
  const matchingValid = isFen(matchingFen) && matchingFen >= 0
  if (!isFen(matchingFen)) error('matchingFen', '配套资金须为以分计的整数')
  else if (matchingFen < 0) error('matchingFen', '配套资金不能为负数')

  if (requestedValid && requestedFen > rules.perProjectCapFen) {
    error(
      'requestedFen',
      `申请金额 ${yuanText(requestedFen)} 超过单个项目上限 ${yuanText(rules.perProjectCapFen)}，` +
        `超出 ${yuanText(requestedFen - rules.perProjectCapFen)}`
    )
  }

  if (lines.length === 0) return issues
  const { byCategory, totalFen } = budgetTotals(lines)
  const ofTotal = (percent: number) => `预算总额 ${yuanText(totalFen)} 的 ${percent}%`

  if (requestedValid) {
    const maxFen = shareOf(totalFen, rules.maxGrantSharePercent, 'down')
    if (requestedFen > maxFen) {
      error(
        'requestedFen',
        `申请金额 ${yuanText(requestedFen)} 超过${ofTotal(rules.maxGrantSharePercent)}` +
          `（最多 ${yuanText(maxFen)}），超出 ${yuanText(requestedFen - maxFen)}`
      )
    }
  }

  // The budget is funded by the grant plus the matching funds and nothing else, so the two add up
  // to the total. Reported on the matching funds: they are what covers the rest of the budget.
  if (requestedValid && matchingValid && requestedFen + matchingFen !== totalFen) {
    const fundedFen = requestedFen + matchingFen
    error(
      'matchingFen',
      `申请金额与配套资金合计 ${yuanText(fundedFen)}，${fundedFen < totalFen ? '少于' : '多于'}` +
        `预算总额 ${yuanText(totalFen)}，相差 ${yuanText(Math.abs(fundedFen - totalFen))}`
    )
  }

  if (matchingValid && rules.minMatchingSharePercent !== null) {
    const minFen = shareOf(totalFen, rules.minMatchingSharePercent, 'up')
    if (matchingFen < minFen) {
      error(
        'matchingFen',
        `配套资金 ${yuanText(matchingFen)} 低于${ofTotal(rules.minMatchingSharePercent)}` +
          `（至少 ${yuanText(minFen)}），不足 ${yuanText(minFen - matchingFen)}`
      )
    }
  }

  for (const cap of rules.categoryCaps) {
    const categoryFen = byCategory[cap.category]
    const maxFen = shareOf(totalFen, cap.maxSharePercent, 'down')
    if (categoryFen > maxFen) {
      error(
        `lines.${cap.category}`,
        `${cap.category} ${yuanText(categoryFen)} 超过${ofTotal(cap.maxSharePercent)}` +
          `（最多 ${yuanText(maxFen)}），超出 ${yuanText(categoryFen - maxFen)}`
      )
    }
  }

  return issues
}

/**
 * The most `plan` may be granted under `rules`: what it asked for, the per-project cap and the
 * share of its total budget, whichever is least. 0 when it has no budget lines.
 */
export function grantCeilingFen(
  plan: Pick<BudgetPlan, 'lines' | 'requestedFen'>,
  rules: Pick<BudgetRules, 'perProjectCapFen' | 'maxGrantSharePercent'>
): Fen {
  if (plan.lines.length === 0) return 0
  const { totalFen } = budgetTotals(plan.lines)
  return Math.max(
    0,
    Math.min(
      plan.requestedFen,
      rules.perProjectCapFen,
      shareOf(totalFen, rules.maxGrantSharePercent, 'down')
    )
  )
}
