import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { zodIssues } from '@shared/domain/check'
import {
  BUDGET_CATEGORIES,
  DEFAULT_BUDGET_RULES,
  budgetLineSchema,
  budgetRulesSchema,
  budgetTotals,
  checkBudget,
  grantCeilingFen,
  lineAmountFen,
  type BudgetCategory,
  type BudgetLineAmount,
  type BudgetRules
} from '@shared/domain/venture/budget'

const line = (category: BudgetCategory, unitPriceFen: number, quantity: number) => ({
  category,
  unitPriceFen,
  quantity
})

/**
 * A one-year community project, worked by hand:
 * 人员费 ¥6,000 × 12 人月 = ¥72,000; 活动费 ¥2,000 × 10 场 = ¥20,000; 物资费 85.50 元 × 200 份 =
 * ¥17,100; 宣传费 1.20 元 × 1500 份 = ¥1,800; 管理费 ¥5,000 × 1 = ¥5,000. Total ¥115,900;
 * 60 % of it is ¥69,540, which leaves ¥46,360 (40 %) to matching funds.
 */
const lines: BudgetLineAmount[] = [
  line('人员费', 600_000, 12),
  line('活动费', 200_000, 10),
  line('物资费', 8_550, 200),
  line('宣传费', 120, 1500),
  line('管理费', 500_000, 1)
]
const totalFen = 11_590_000
const plan = { lines, requestedFen: 6_954_000, matchingFen: 4_636_000 }

/** No limits but the ones a test sets. */
const open: BudgetRules = {
  perProjectCapFen: 1_000_000_000,
  maxGrantSharePercent: 100,
  minMatchingSharePercent: null,
  categoryCaps: []
}

const error = (field: string, message: string) => ({ field, level: 'error', message })

describe('lineAmountFen', () => {
  it.each([
    ['a whole quantity', 600_000, 12, 7_200_000],
    ['half a 人月', 1_200_000, 1.5, 1_800_000],
    ['a half 分, rounded up', 3_333, 1.5, 5_000],
    ['a half 分 of a tiny line, rounded up', 1, 0.5, 1],
    ['below a half 分, rounded down', 1, 0.49, 0],
    ['0.17 分 over, rounded down', 3_333, 1.49, 4_966],
    ['0.85 分 over, rounded up', 999, 1.15, 1_149],
    ['0.75 分 over, rounded up', 8_575, 0.25, 2_144]
  ])('prices %s: %i 分 × %s', (_case, unitPriceFen, quantity, fen) => {
    expect(lineAmountFen({ unitPriceFen, quantity })).toBe(fen)
  })

  it.each([
    // 25 × 2.3 is 57.49999999999999 in binary floating point; the exact 57.5 rounds up.
    [25, 2.3, 58],
    [15, 4.1, 62],
    [25, 4.02, 101]
  ])('rounds %i 分 × %s to %i 分 in exact arithmetic', (unitPriceFen, quantity, fen) => {
    expect(lineAmountFen({ unitPriceFen, quantity })).toBe(fen)
  })

  it.each([
    [-100, 1],
    [10.5, 1],
    [100, 0],
    [100, -1],
    [100, Number.NaN],
    [Number.MAX_SAFE_INTEGER, 2]
  ])('throws on a line the schema would refuse (%s 分 × %s)', (unitPriceFen, quantity) => {
    expect(() => lineAmountFen({ unitPriceFen, quantity })).toThrow(RangeError)
  })
})

describe('budgetTotals', () => {
  it('totals each category, listing unused categories as zero', () => {
    const { byCategory } = budgetTotals(lines)
    expect(Object.keys(byCategory)).toEqual([...BUDGET_CATEGORIES])
    expect(byCategory).toEqual({
      人员费: 7_200_000,
      活动费: 2_000_000,
      物资费: 1_710_000,
      宣传费: 180_000,
      交通费: 0,
      场地费: 0,
      管理费: 500_000,
      其他: 0
    } satisfies Record<BudgetCategory, number>)
  })

  it('totals everything, equal to the sum of the categories', () => {
    const { byCategory, totalFen: total } = budgetTotals(lines)
    expect(total).toBe(totalFen)
    expect(Object.values(byCategory).reduce((sum, fen) => sum + fen, 0)).toBe(total)
  })

  it('rounds each line before adding, so the total matches the printed lines', () => {
    // Each line is 33.33 元 × 1.5 = 4999.5 分 → 5000 分; rounding the sum instead would give 9999.
    const halves = [line('活动费', 3_333, 1.5), line('活动费', 3_333, 1.5)]
    expect(budgetTotals(halves)).toMatchObject({ totalFen: 10_000, byCategory: { 活动费: 10_000 } })
  })

  it('adds several lines of one category', () => {
    const travel = [line('交通费', 1_500, 20), line('交通费', 25, 2.3), line('其他', 1, 1)]
    expect(budgetTotals(travel)).toMatchObject({
      totalFen: 30_059,
      byCategory: { 交通费: 30_058, 其他: 1, 人员费: 0 }
    })
  })

  it('is all zeros with no lines', () => {
    const { byCategory, totalFen: total } = budgetTotals([])
    expect(total).toBe(0)
    expect(Object.values(byCategory)).toEqual(BUDGET_CATEGORIES.map(() => 0))
  })
})

describe('budgetLineSchema', () => {
  const valid = {
    category: '人员费',
    item: '项目社工',
    unitPriceFen: 600_000,
    quantity: 1.5,
    note: '按人月计'
  }

  function issuesOf(input: unknown) {
    const result = budgetLineSchema.safeParse(input)
    return result.success ? [] : zodIssues(result.error)
  }

  it('accepts a line, trimming the texts and storing an empty note as null', () => {
    expect(budgetLineSchema.parse({ ...valid, item: ' 项目社工 ', note: '' })).toEqual({
      ...valid,
      note: null
    })
  })

  it.each(BUDGET_CATEGORIES)('knows the category %s', (category) => {
    expect(budgetLineSchema.safeParse({ ...valid, category }).success).toBe(true)
  })

  it.each([0.01, 1, 2.25, 12, 1_000_000])('accepts the quantity %s', (quantity) => {
    expect(budgetLineSchema.safeParse({ ...valid, quantity }).success).toBe(true)
  })

  it('accepts an item of exactly 50 characters', () => {
    expect(budgetLineSchema.safeParse({ ...valid, item: '物'.repeat(50) }).success).toBe(true)
  })

  it.each([
    [{ category: '餐费' }, 'category', '请选择预算科目'],
    [{ item: '  ' }, 'item', '请填写支出内容'],
    [{ item: '物'.repeat(51) }, 'item', '支出内容不能超过 50 个字'],
    [{ unitPriceFen: 0 }, 'unitPriceFen', '单价须大于 0（以分计的整数）'],
    [{ unitPriceFen: -100 }, 'unitPriceFen', '单价须大于 0（以分计的整数）'],
    [{ unitPriceFen: 100.5 }, 'unitPriceFen', '单价须大于 0（以分计的整数）'],
    [{ unitPriceFen: '6000' }, 'unitPriceFen', '单价须为数字'],
    [{ quantity: 0 }, 'quantity', '数量须大于 0'],
    [{ quantity: -1 }, 'quantity', '数量须大于 0'],
    [{ quantity: 1.005 }, 'quantity', '数量最多保留两位小数'],
    [{ quantity: 1_000_000.01 }, 'quantity', '数量过大'],
    [{ quantity: '2' }, 'quantity', '数量须为数字'],
    [{ note: '注'.repeat(201) }, 'note', '备注不能超过 200 个字'],
    [{ amountFen: 100 }, '', '不认识的字段：amountFen']
  ])('refuses %j', (patch, field, message) => {
    expect(issuesOf({ ...valid, ...patch })).toEqual([error(field, message)])
  })

  it('refuses a line whose amount cannot be computed exactly', () => {
    expect(issuesOf({ ...valid, unitPriceFen: 9_000_000_000_000, quantity: 20 })).toEqual([
      error('', '该项金额（单价 × 数量）过大')
    ])
  })
})

describe('budgetRulesSchema', () => {
  it('fills in the unconfirmed rules as off and the grant share as 60 %', () => {
    expect(budgetRulesSchema.parse({ perProjectCapFen: 30_000_000 })).toEqual({
      perProjectCapFen: 30_000_000,
      maxGrantSharePercent: 60,
      minMatchingSharePercent: null,
      categoryCaps: []
    })
  })

  it('accepts its own defaults', () => {
    expect(budgetRulesSchema.parse(DEFAULT_BUDGET_RULES)).toEqual(DEFAULT_BUDGET_RULES)
  })

  it('accepts every limit at its edge', () => {
    const edges = {
      perProjectCapFen: 1,
      maxGrantSharePercent: 1,
      minMatchingSharePercent: 0,
      categoryCaps: [
        { category: '管理费', maxSharePercent: 1 },
        { category: '人员费', maxSharePercent: 100 }
      ]
    }
    expect(budgetRulesSchema.parse(edges)).toEqual(edges)
    expect(
      budgetRulesSchema.parse({ ...edges, maxGrantSharePercent: 100, minMatchingSharePercent: 100 })
    ).toMatchObject({ maxGrantSharePercent: 100, minMatchingSharePercent: 100 })
  })

  it.each([
    [{ perProjectCapFen: 0 }, 'perProjectCapFen', '单个项目上限须大于 0（以分计的整数）'],
    [{ perProjectCapFen: 1.5 }, 'perProjectCapFen', '单个项目上限须大于 0（以分计的整数）'],
    [{ perProjectCapFen: '50万' }, 'perProjectCapFen', '单个项目上限须为数字'],
    [
      { maxGrantSharePercent: 0 },
      'maxGrantSharePercent',
      '资助占预算总额的比例上限须在 1%–100% 之间'
    ],
    [
      { maxGrantSharePercent: 101 },
      'maxGrantSharePercent',
      '资助占预算总额的比例上限须在 1%–100% 之间'
    ],
    [{ maxGrantSharePercent: 60.5 }, 'maxGrantSharePercent', '资助占预算总额的比例上限须为整数'],
    [
      { minMatchingSharePercent: -1 },
      'minMatchingSharePercent',
      '配套资金占预算总额的比例下限须在 0%–100% 之间'
    ],
    [
      { minMatchingSharePercent: 101 },
      'minMatchingSharePercent',
      '配套资金占预算总额的比例下限须在 0%–100% 之间'
    ],
    [
      { categoryCaps: [{ category: '管理费', maxSharePercent: 0 }] },
      'categoryCaps.0.maxSharePercent',
      '科目占预算总额的比例上限须在 1%–100% 之间'
    ],
    [
      { categoryCaps: [{ category: '管理费', maxSharePercent: 101 }] },
      'categoryCaps.0.maxSharePercent',
      '科目占预算总额的比例上限须在 1%–100% 之间'
    ],
    [
      { categoryCaps: [{ category: '伙食费', maxSharePercent: 10 }] },
      'categoryCaps.0.category',
      '请选择预算科目'
    ],
    [
      {
        categoryCaps: [
          { category: '管理费', maxSharePercent: 10 },
          { category: '人员费', maxSharePercent: 50 },
          { category: '管理费', maxSharePercent: 20 }
        ]
      },
      'categoryCaps.2.category',
      '预算科目“管理费”的比例上限重复设置'
    ]
  ])('refuses %j', (patch, path, message) => {
    const result = budgetRulesSchema.safeParse({ ...DEFAULT_BUDGET_RULES, ...patch })
    expect(result.success).toBe(false)
    expect(
      result.error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
    ).toEqual([{ path, message }])
  })
})

describe('DEFAULT_BUDGET_RULES', () => {
  it('is 广州’s rule: 50万元 and 60 % of the budget, nothing unconfirmed switched on', () => {
    expect(DEFAULT_BUDGET_RULES).toEqual({
      perProjectCapFen: 50_000_000,
      maxGrantSharePercent: 60,
      minMatchingSharePercent: null,
      categoryCaps: []
    })
  })

  it('allows exactly 50万元 and not a 分 more', () => {
    // A ¥1,000,000 budget, so 60 % (¥600,000) is not what stops the grant.
    const big = [line('活动费', 50_000_000, 2)]
    expect(
      checkBudget(
        { lines: big, requestedFen: 50_000_000, matchingFen: 50_000_000 },
        DEFAULT_BUDGET_RULES
      )
    ).toEqual([])
    expect(
      checkBudget(
        { lines: big, requestedFen: 50_000_001, matchingFen: 49_999_999 },
        DEFAULT_BUDGET_RULES
      )
    ).toEqual([
      error('requestedFen', '申请金额 500,000.01 元 超过单个项目上限 500,000.00 元，超出 0.01 元')
    ])
  })
})

describe('checkBudget', () => {
  it('accepts a budget asking exactly 60 % with the rest matched', () => {
    expect(checkBudget(plan, DEFAULT_BUDGET_RULES)).toEqual([])
  })

  describe('lines and amounts', () => {
    it('requires at least one line', () => {
      expect(checkBudget({ lines: [], requestedFen: 100, matchingFen: 0 }, open)).toEqual([
        error('lines', '预算至少要有一项支出')
      ])
    })

    it.each([
      [0, '申请金额须大于 0'],
      [-100, '申请金额须大于 0'],
      [100.5, '申请金额须为以分计的整数'],
      [Number.NaN, '申请金额须为以分计的整数']
    ])('refuses the requested amount %s, without measuring it', (requestedFen, message) => {
      expect(checkBudget({ ...plan, requestedFen }, DEFAULT_BUDGET_RULES)).toEqual([
        error('requestedFen', message)
      ])
    })

    it.each([
      [-1, '配套资金不能为负数'],
      [0.5, '配套资金须为以分计的整数']
    ])('refuses the matching amount %s, without measuring it', (matchingFen, message) => {
      expect(checkBudget({ ...plan, matchingFen }, DEFAULT_BUDGET_RULES)).toEqual([
        error('matchingFen', message)
      ])
    })

    it('accepts no matching funds when the round allows a full grant', () => {
      expect(checkBudget({ lines, requestedFen: totalFen, matchingFen: 0 }, open)).toEqual([])
    })
  })

  describe('per-project cap', () => {
    // A ¥600,000 budget (¥500,000 × 1.2), so the cap and not the share is what is measured.
    const large = [line('人员费', 50_000_000, 1.2)]
    const rules = { ...open, perProjectCapFen: 30_000_000 }

    it('refuses a grant over the cap, saying by how much', () => {
      expect(
        checkBudget({ lines: large, requestedFen: 32_000_000, matchingFen: 28_000_000 }, rules)
      ).toEqual([
        error(
          'requestedFen',
          '申请金额 320,000.00 元 超过单个项目上限 300,000.00 元，超出 20,000.00 元'
        )
      ])
    })

    it('accepts a grant exactly at the cap', () => {
      expect(
        checkBudget({ lines: large, requestedFen: 30_000_000, matchingFen: 30_000_000 }, rules)
      ).toEqual([])
    })
  })

  describe('grant share of the total budget', () => {
    it('refuses a grant a 分 over 60 %, giving the allowed maximum', () => {
      expect(
        checkBudget(
          { lines, requestedFen: 6_954_001, matchingFen: 4_635_999 },
          DEFAULT_BUDGET_RULES
        )
      ).toEqual([
        error(
          'requestedFen',
          '申请金额 69,540.01 元 超过预算总额 115,900.00 元 的 60%（最多 69,540.00 元），超出 0.01 元'
        )
      ])
    })

    it('rounds the allowed maximum down to a whole 分', () => {
      // Total 115,900.01 元: 60 % is 6,954,000.6 分, so 6,954,000 分 is the most that fits.
      const odd = [...lines, line('其他', 1, 1)]
      expect(
        checkBudget(
          { lines: odd, requestedFen: 6_954_000, matchingFen: 4_636_001 },
          DEFAULT_BUDGET_RULES
        )
      ).toEqual([])
      expect(
        checkBudget(
          { lines: odd, requestedFen: 6_954_001, matchingFen: 4_636_000 },
          DEFAULT_BUDGET_RULES
        )
      ).toEqual([
        error(
          'requestedFen',
          '申请金额 69,540.01 元 超过预算总额 115,900.01 元 的 60%（最多 69,540.00 元），超出 0.01 元'
        )
      ])
    })

    it('uses the round’s own share', () => {
      const half = { ...open, maxGrantSharePercent: 50 }
      expect(checkBudget({ lines, requestedFen: 6_000_000, matchingFen: 5_590_000 }, half)).toEqual(
        [
          error(
            'requestedFen',
            '申请金额 60,000.00 元 超过预算总额 115,900.00 元 的 50%（最多 57,950.00 元），超出 2,050.00 元'
          )
        ]
      )
      expect(checkBudget({ lines, requestedFen: 5_795_000, matchingFen: 5_795_000 }, half)).toEqual(
        []
      )
    })
  })

  describe('grant plus matching funds equal the budget', () => {
    it('refuses funding short of the budget, with the gap', () => {
      expect(checkBudget({ ...plan, matchingFen: 4_000_000 }, DEFAULT_BUDGET_RULES)).toEqual([
        error(
          'matchingFen',
          '申请金额与配套资金合计 109,540.00 元，少于预算总额 115,900.00 元，相差 6,360.00 元'
        )
      ])
    })

    it('refuses funding beyond the budget, with the surplus', () => {
      expect(checkBudget({ ...plan, matchingFen: 5_000_000 }, DEFAULT_BUDGET_RULES)).toEqual([
        error(
          'matchingFen',
          '申请金额与配套资金合计 119,540.00 元，多于预算总额 115,900.00 元，相差 3,640.00 元'
        )
      ])
    })

    it('notices a single 分 of difference', () => {
      expect(checkBudget({ ...plan, matchingFen: 4_636_001 }, DEFAULT_BUDGET_RULES)).toEqual([
        error(
          'matchingFen',
          '申请金额与配套资金合计 115,900.01 元，多于预算总额 115,900.00 元，相差 0.01 元'
        )
      ])
    })
  })

  describe('minimum matching share', () => {
    const rules = { ...open, minMatchingSharePercent: 45 }

    it('refuses matching below the share, giving the required minimum', () => {
      // 45 % of ¥115,900 is ¥52,155.
      expect(checkBudget(plan, rules)).toEqual([
        error(
          'matchingFen',
          '配套资金 46,360.00 元 低于预算总额 115,900.00 元 的 45%（至少 52,155.00 元），不足 5,795.00 元'
        )
      ])
    })

    it('accepts matching exactly at the share', () => {
      expect(
        checkBudget({ lines, requestedFen: 6_374_500, matchingFen: 5_215_500 }, rules)
      ).toEqual([])
    })

    it('rounds the required minimum up to a whole 分', () => {
      // Total 115,900.01 元: 45 % is 5,215,500.45 分, so 5,215,500 分 falls short.
      const odd = [...lines, line('其他', 1, 1)]
      expect(
        checkBudget({ lines: odd, requestedFen: 6_374_500, matchingFen: 5_215_501 }, rules)
      ).toEqual([])
      expect(
        checkBudget({ lines: odd, requestedFen: 6_374_501, matchingFen: 5_215_500 }, rules)
      ).toEqual([
        error(
          'matchingFen',
          '配套资金 52,155.00 元 低于预算总额 115,900.01 元 的 45%（至少 52,155.01 元），不足 0.01 元'
        )
      ])
    })

    it('is no rule at 0 % or when unset', () => {
      const full = { lines, requestedFen: totalFen, matchingFen: 0 }
      expect(checkBudget(full, { ...open, minMatchingSharePercent: 0 })).toEqual([])
      expect(checkBudget(full, { ...open, minMatchingSharePercent: null })).toEqual([])
    })
  })

  describe('category caps', () => {
    it('refuses a category over its share, addressed to that category', () => {
      const rules = {
        ...open,
        categoryCaps: [{ category: '人员费' as const, maxSharePercent: 60 }]
      }
      expect(checkBudget(plan, rules)).toEqual([
        error(
          'lines.人员费',
          '人员费 72,000.00 元 超过预算总额 115,900.00 元 的 60%（最多 69,540.00 元），超出 2,460.00 元'
        )
      ])
    })

    it('accepts a category exactly at its share and refuses one 分 more', () => {
      const rules = {
        ...open,
        categoryCaps: [{ category: '管理费' as const, maxSharePercent: 10 }]
      }
      const exact = [line('活动费', 9_000_000, 1), line('管理费', 1_000_000, 1)]
      const over = [line('活动费', 8_999_999, 1), line('管理费', 1_000_001, 1)]
      const funding = { requestedFen: 6_000_000, matchingFen: 4_000_000 }
      expect(checkBudget({ lines: exact, ...funding }, rules)).toEqual([])
      expect(checkBudget({ lines: over, ...funding }, rules)).toEqual([
        error(
          'lines.管理费',
          '管理费 10,000.01 元 超过预算总额 100,000.00 元 的 10%（最多 10,000.00 元），超出 0.01 元'
        )
      ])
    })

    it('passes a capped category the budget does not use', () => {
      const rules = { ...open, categoryCaps: [{ category: '场地费' as const, maxSharePercent: 1 }] }
      expect(checkBudget(plan, rules)).toEqual([])
    })
  })

  describe('several problems at once', () => {
    it('reports every rule broken, in a fixed order', () => {
      const strict: BudgetRules = {
        perProjectCapFen: 6_000_000,
        maxGrantSharePercent: 60,
        minMatchingSharePercent: 45,
        categoryCaps: [
          { category: '管理费', maxSharePercent: 4 },
          { category: '人员费', maxSharePercent: 60 }
        ]
      }
      expect(
        checkBudget({ lines, requestedFen: 8_000_000, matchingFen: 3_000_000 }, strict)
      ).toEqual([
        error(
          'requestedFen',
          '申请金额 80,000.00 元 超过单个项目上限 60,000.00 元，超出 20,000.00 元'
        ),
        error(
          'requestedFen',
          '申请金额 80,000.00 元 超过预算总额 115,900.00 元 的 60%（最多 69,540.00 元），超出 10,460.00 元'
        ),
        error(
          'matchingFen',
          '申请金额与配套资金合计 110,000.00 元，少于预算总额 115,900.00 元，相差 5,900.00 元'
        ),
        error(
          'matchingFen',
          '配套资金 30,000.00 元 低于预算总额 115,900.00 元 的 45%（至少 52,155.00 元），不足 22,155.00 元'
        ),
        error(
          'lines.管理费',
          '管理费 5,000.00 元 超过预算总额 115,900.00 元 的 4%（最多 4,636.00 元），超出 364.00 元'
        ),
        error(
          'lines.人员费',
          '人员费 72,000.00 元 超过预算总额 115,900.00 元 的 60%（最多 69,540.00 元），超出 2,460.00 元'
        )
      ])
    })

    it('reports bad amounts together with missing lines, skipping what needs a total', () => {
      expect(
        checkBudget({ lines: [], requestedFen: 0, matchingFen: -1 }, DEFAULT_BUDGET_RULES)
      ).toEqual([
        error('lines', '预算至少要有一项支出'),
        error('requestedFen', '申请金额须大于 0'),
        error('matchingFen', '配套资金不能为负数')
      ])
    })

    it('still applies the cap when there are no lines', () => {
      expect(
        checkBudget({ lines: [], requestedFen: 50_100_000, matchingFen: 0 }, DEFAULT_BUDGET_RULES)
      ).toEqual([
        error('lines', '预算至少要有一项支出'),
        error(
          'requestedFen',
          '申请金额 501,000.00 元 超过单个项目上限 500,000.00 元，超出 1,000.00 元'
        )
      ])
    })
  })
})

describe('grantCeilingFen', () => {
  // The worked budget: total ¥115,900, whose 60 % is ¥69,540 (6_954_000 分).
  it('is 0 without budget lines, whatever was asked for', () => {
    expect(grantCeilingFen({ lines: [], requestedFen: 6_954_000 }, DEFAULT_BUDGET_RULES)).toBe(0)
  })

  it.each<[string, number, Pick<BudgetRules, 'perProjectCapFen' | 'maxGrantSharePercent'>, number]>(
    [
      ['the amount asked for, when it is least', 5_000_000, DEFAULT_BUDGET_RULES, 5_000_000],
      ['60 % of the total, when more was asked', 8_000_000, DEFAULT_BUDGET_RULES, 6_954_000],
      [
        'the per-project cap, when it is least',
        6_954_000,
        { perProjectCapFen: 6_000_000, maxGrantSharePercent: 60 },
        6_000_000
      ],
      [
        'the amount asked for when all three agree',
        6_954_000,
        { perProjectCapFen: 6_954_000, maxGrantSharePercent: 60 },
        6_954_000
      ],
      // 100 % of ¥115,900 is the whole budget: asking for more still gets at most the total.
      ['the whole budget at a 100 % share', 20_000_000, open, totalFen],
      // 1 % of ¥115,900 = ¥1,159.
      ['a 1 % share', 6_954_000, { perProjectCapFen: 50_000_000, maxGrantSharePercent: 1 }, 115_900]
    ]
  )('is %s', (_case, requestedFen, rules, ceiling) => {
    expect(grantCeilingFen({ lines, requestedFen }, rules)).toBe(ceiling)
  })

  it('rounds the share down: 60 % of 101 分 is 60.6 分, so at most 60 分', () => {
    const tiny = [line('物资费', 101, 1)]
    expect(grantCeilingFen({ lines: tiny, requestedFen: 101 }, DEFAULT_BUDGET_RULES)).toBe(60)
  })

  it('rounds the share down on a total of whole hundreds and a remainder', () => {
    // 12,345 分 × 33 % = 4,073.85 分 → 4,073 分.
    const rules = { perProjectCapFen: 50_000_000, maxGrantSharePercent: 33 }
    expect(
      grantCeilingFen({ lines: [line('活动费', 12_345, 1)], requestedFen: 12_345 }, rules)
    ).toBe(4_073)
  })

  it.each([0, -100])('never goes below 0 (requested %i 分)', (requestedFen) => {
    expect(grantCeilingFen({ lines, requestedFen }, DEFAULT_BUDGET_RULES)).toBe(0)
  })

  it('is the largest request checkBudget lets through', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            category: fc.constantFrom(...BUDGET_CATEGORIES),
            unitPriceFen: fc.integer({ min: 1, max: 10_000_000 }),
            quantity: fc.integer({ min: 1, max: 10_000 }).map((hundredths) => hundredths / 100)
          }),
          { minLength: 1, maxLength: 8 }
        ),
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 1, max: 100 }),
        (budgetLines, requestedFen, perProjectCapFen, maxGrantSharePercent) => {
          const rules = { ...open, perProjectCapFen, maxGrantSharePercent }
          const ceiling = grantCeilingFen({ lines: budgetLines, requestedFen }, rules)
          expect(ceiling).toBeLessThanOrEqual(Math.min(requestedFen, perProjectCapFen))
          const requestIssues = (fen: number) =>
            checkBudget({ lines: budgetLines, requestedFen: fen, matchingFen: 0 }, rules).filter(
              (issue) => issue.field === 'requestedFen'
            )
          if (ceiling > 0) expect(requestIssues(ceiling)).toEqual([])
          // One 分 more breaks a rule, unless the ceiling is just what was asked for.
          if (ceiling < requestedFen) expect(requestIssues(ceiling + 1)).not.toEqual([])
        }
      )
    )
  })
})
