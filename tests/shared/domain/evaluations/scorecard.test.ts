import { describe, expect, it } from 'vitest'
import { checkRecord } from '@shared/domain/check'
import {
  SCORECARD_WEIGHT_TOTAL,
  blankScores,
  scorecardSchema,
  scoredDimensionsSchema,
  weightedTotal,
  type ScoredDimension,
  type ScorecardDimension
} from '@shared/domain/evaluations/scorecard'
import { DEFAULT_SCORECARD } from '@shared/domain/incubation/incubation-settings'

const checkCard = (input: unknown) =>
  checkRecord(scorecardSchema, input, (value) => ({ value, issues: [] }))
const checkScored = (input: unknown) =>
  checkRecord(scoredDimensionsSchema, input, (value) => ({ value, issues: [] }))

const card: ScorecardDimension[] = [
  { key: 'governance', name: '内部治理', weight: 30 },
  { key: 'finance', name: '财务管理', weight: 25 },
  { key: 'projects', name: '项目运作', weight: 20 },
  { key: 'people', name: '人才队伍', weight: 15 },
  { key: 'impact', name: '社会影响', weight: 10 }
]

function scored(scores: (number | null)[], weights = card): ScoredDimension[] {
  return weights.map((dimension, index) => ({ ...dimension, score: scores[index] ?? null }))
}

describe('scorecardSchema', () => {
  it('accepts a card whose weights total 100, trimming names', () => {
    const input = card.map((dimension) => ({ ...dimension, name: ` ${dimension.name} ` }))
    expect(checkCard(input)).toEqual({ ok: true, value: card, warnings: [] })
  })

  it('accepts a single dimension worth everything', () => {
    expect(checkCard([{ key: 'all', name: '综合', weight: 100 }]).ok).toBe(true)
  })

  it.each([
    [[99, 0], 99],
    [[60, 60], 120],
    [[20, 20, 20, 20, 19], 99],
    [[20, 20, 20, 20, 21], 101]
  ])('refuses weights %j, saying the total is %i', (weights, total) => {
    const dimensions = weights.map((weight, index) => ({
      key: `k${index}`,
      name: `维度${index}`,
      weight
    }))
    const result = checkCard(dimensions.filter((dimension) => dimension.weight > 0))
    expect(result).toEqual({
      ok: false,
      issues: [{ field: '', level: 'error', message: `各维度权重合计须为 100，现为 ${total}` }]
    })
  })

  it('refuses a repeated name', () => {
    const repeated = card.map((dimension, index) =>
      index === 4 ? { ...dimension, name: '内部治理' } : dimension
    )
    expect(checkCard(repeated)).toEqual({
      ok: false,
      issues: [{ field: '', level: 'error', message: '维度名称不能重复' }]
    })
  })

  it('refuses a repeated key', () => {
    const repeated = card.map((dimension, index) =>
      index === 4 ? { ...dimension, key: 'governance' } : dimension
    )
    expect(checkCard(repeated)).toEqual({
      ok: false,
      issues: [{ field: '', level: 'error', message: '维度编号不能重复' }]
    })
  })

  it('reports the total and the repeats of one card together', () => {
    const result = checkCard([
      { key: 'a', name: '治理', weight: 50 },
      { key: 'a', name: '治理', weight: 40 }
    ])
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([
      '各维度权重合计须为 100，现为 90'
    ])
  })

  it.each([
    [[], '', '评分表至少要有一个维度'],
    [
      Array.from({ length: 21 }, (_, index) => ({
        key: `k${index}`,
        name: `维度${index}`,
        weight: 5
      })),
      '',
      '评分表最多 20 个维度'
    ],
    [[{ key: ' ', name: '综合', weight: 100 }], '0.key', '维度缺少编号'],
    [[{ key: 'all', name: '  ', weight: 100 }], '0.name', '请填写维度名称'],
    [[{ key: 'all', name: '维'.repeat(21), weight: 100 }], '0.name', '维度名称不能超过 20 个字'],
    [[{ key: 'all', name: '综合', weight: 100.5 }], '0.weight', '权重须为整数'],
    [[{ key: 'all', name: '综合', weight: 101 }], '0.weight', '权重不能超过 100'],
    [[{ key: 'all', name: '综合', weight: '100' }], '0.weight', '权重须为数字']
  ])('refuses %j', (dimensions, field, message) => {
    const result = checkCard(dimensions)
    expect(result.ok ? [] : result.issues[0]).toEqual({ field, level: 'error', message })
  })

  it('refuses a weight of 0: a dimension that counts for nothing does not belong', () => {
    const result = checkCard([
      { key: 'a', name: '治理', weight: 100 },
      { key: 'b', name: '财务', weight: 0 }
    ])
    expect(result.ok ? [] : result.issues).toEqual([
      { field: '1.weight', level: 'error', message: '权重至少为 1' }
    ])
  })
})

describe('scoredDimensionsSchema', () => {
  it('accepts scores from 0 to 100 and unscored dimensions', () => {
    expect(checkScored(scored([0, 100, 59.5, null, 88])).ok).toBe(true)
  })

  it.each([
    [-1, '得分不能为负'],
    [100.5, '得分不能超过 100'],
    ['90', '得分须为数字']
  ])('refuses the score %j', (score, message) => {
    const result = checkScored(scored([score as number, 80, 80, 80, 80]))
    expect(result.ok ? [] : result.issues).toEqual([{ field: '0.score', level: 'error', message }])
  })

  it('applies the card’s own rules too', () => {
    const result = checkScored(scored([80, 80], card.slice(0, 2)))
    expect(result.ok ? [] : result.issues).toEqual([
      { field: '', level: 'error', message: '各维度权重合计须为 100，现为 55' }
    ])
  })
})

describe('blankScores', () => {
  it('copies the card with every score empty, leaving the template alone', () => {
    const blank = blankScores(DEFAULT_SCORECARD)
    expect(blank).toEqual(DEFAULT_SCORECARD.map((dimension) => ({ ...dimension, score: null })))
    blank[0]!.weight = 50
    expect(DEFAULT_SCORECARD[0]!.weight).toBe(20)
  })
})

describe('weightedTotal', () => {
  it('is Σ weight × score / 100, on the 100-point scale', () => {
    expect(SCORECARD_WEIGHT_TOTAL).toBe(100)
    // 30×90 + 25×80 + 20×70 + 15×60 + 10×100 = 8000 → 80.
    expect(weightedTotal(scored([90, 80, 70, 60, 100]))).toBe(80)
    expect(weightedTotal(scored([100, 100, 100, 100, 100]))).toBe(100)
    expect(weightedTotal(scored([0, 0, 0, 0, 0]))).toBe(0)
  })

  it.each([
    [[null, null, null, null, null]],
    [[90, 80, 70, 60, null]],
    [[null, 100, 100, 100, 100]]
  ])('is null while any dimension is unscored: %j', (scores) => {
    expect(weightedTotal(scored(scores))).toBeNull()
  })

  it('treats a score of 0 as scored', () => {
    expect(weightedTotal(scored([0, 100, 100, 100, 100]))).toBe(70)
  })

  it.each([
    // 30×85 + 25×77 + 20×91 + 15×68 + 10×73 = 8045 → 80.45 → 80.5 (half up).
    [[85, 77, 91, 68, 73], 80.5],
    // 30×88.8 + 25×70 + 20×70 + 15×70 + 10×70 = 7564 → 75.64 → 75.6.
    [[88.8, 70, 70, 70, 70], 75.6],
    // 30×60.8 + 25×57 + 20×56.8 + 15×69.6 + 10×56.6 = 5995 → 59.95 → 60.0, not 59.9.
    [[60.8, 57, 56.8, 69.6, 56.6], 60],
    // 30×92.2 + 25×67.7 + 20×87.8 + 15×6.9 + 10×99.7 = 7315 → 73.15 → 73.2.
    [[92.2, 67.7, 87.8, 6.9, 99.7], 73.2]
  ])('rounds %j to one decimal, half up: %s', (scores, total) => {
    expect(weightedTotal(scored(scores))).toBe(total)
  })

  it('rounds exactly at every half for small weights and one-decimal scores', () => {
    // Exact arithmetic in tenths of a point: the result must round half up like a person would.
    const weights: ScorecardDimension[] = [
      { key: 'a', name: '甲', weight: 2 },
      { key: 'b', name: '乙', weight: 98 }
    ]
    for (let tenths = 0; tenths <= 1000; tenths += 1) {
      const exact = 2 * tenths + 98 * 333 // total × 1000
      const expected = Math.floor((exact + 50) / 100) / 10
      expect(weightedTotal(scored([tenths / 10, 33.3], weights))).toBe(expected)
    }
  })
})
