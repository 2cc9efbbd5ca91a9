import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkRecord } from '@shared/domain/check'
import { yuan } from '@shared/domain/money'
import {
  AGGREGATION_METHODS,
  DEFAULT_REVIEW_CRITERIA,
  TRIMMED_MEAN_MIN_TOTALS,
  aggregateScores,
  allocateFunding,
  checkScoreSheet,
  rankApplications,
  reviewCriteriaSchema,
  sheetTotal,
  type FundingApplication,
  type ReviewCriterion
} from '@shared/domain/venture/scoring'

const checkCriteria = (input: unknown) =>
  checkRecord(reviewCriteriaSchema, input, (value) => ({ value, issues: [] }))

const criteria = DEFAULT_REVIEW_CRITERIA as ReviewCriterion[]

describe('reviewCriteriaSchema', () => {
  it('accepts the default criteria, whose maxima total 100', () => {
    expect(checkCriteria(criteria)).toEqual({ ok: true, value: criteria, warnings: [] })
    expect(criteria.map((criterion) => `${criterion.name} ${criterion.weight}`)).toEqual([
      '需求分析 20',
      '项目设计 25',
      '执行能力 20',
      '预算合理性 15',
      '预期成效 20'
    ])
  })

  it('trims names and keys', () => {
    const result = checkCriteria([{ key: ' all ', name: ' 综合 ', weight: 100 }])
    expect(result).toEqual({
      ok: true,
      value: [{ key: 'all', name: '综合', weight: 100 }],
      warnings: []
    })
  })

  it.each([
    [[20, 25, 20, 15, 19], 99],
    [[20, 25, 20, 15, 21], 101],
    [[60, 60], 120]
  ])('refuses maxima %j, saying the total is %i', (weights, total) => {
    const result = checkCriteria(
      weights.map((weight, index) => ({ key: `k${index}`, name: `评审项${index}`, weight }))
    )
    expect(result).toEqual({
      ok: false,
      issues: [{ field: '', level: 'error', message: `各评审项满分合计须为 100，现为 ${total}` }]
    })
  })

  it.each([
    ['name', '项目设计', '评审项名称不能重复'],
    ['key', 'design', '评审项编号不能重复']
  ])('refuses a repeated %s', (field, value, message) => {
    const repeated = criteria.map((criterion, index) =>
      index === 4 ? { ...criterion, [field]: value } : criterion
    )
    expect(checkCriteria(repeated)).toEqual({
      ok: false,
      issues: [{ field: '', level: 'error', message }]
    })
  })

  it.each([
    [[], '', '至少要有一个评审项'],
    [
      Array.from({ length: 21 }, (_, index) => ({
        key: `k${index}`,
        name: `项${index}`,
        weight: 5
      })),
      '',
      '最多 20 个评审项'
    ],
    [[{ key: ' ', name: '综合', weight: 100 }], '0.key', '评审项缺少编号'],
    [[{ key: 'all', name: ' ', weight: 100 }], '0.name', '请填写评审项名称'],
    [[{ key: 'all', name: '评'.repeat(21), weight: 100 }], '0.name', '评审项名称不能超过 20 个字'],
    [[{ key: 'all', name: '综合', weight: 99.5 }], '0.weight', '满分须为整数'],
    [[{ key: 'all', name: '综合', weight: 0 }], '0.weight', '满分至少为 1'],
    [[{ key: 'all', name: '综合', weight: '100' }], '0.weight', '满分须为数字']
  ])('refuses %j', (input, field, message) => {
    const result = checkCriteria(input)
    expect(result.ok ? [] : result.issues[0]).toEqual({ field, level: 'error', message })
  })
})

describe('checkScoreSheet and sheetTotal', () => {
  const full = { need: 18, design: 22.5, capacity: 16, budget: 12, outcome: 17.5 }

  it('accepts a complete sheet and totals it', () => {
    expect(checkScoreSheet(full, criteria)).toEqual([])
    expect(sheetTotal(full, criteria)).toBe(86)
  })

  it('accepts 0 and full marks at the edges', () => {
    const edges = { need: 0, design: 25, capacity: 20, budget: 0, outcome: 20 }
    expect(checkScoreSheet(edges, criteria)).toEqual([])
    expect(sheetTotal(edges, criteria)).toBe(65)
  })

  it('sums in tenths, so decimals add up exactly', () => {
    const sheet = { need: 0.1, design: 0.2, capacity: 19.7, budget: 14.9, outcome: 19.9 }
    expect(sheetTotal(sheet, criteria)).toBe(54.8)
    expect(sheetTotal({ ...sheet, need: 0.1, design: 0.2, capacity: 0 }, criteria)).toBe(35.1)
  })

  it('names each problem at its criterion', () => {
    const sheet = { need: null, design: 27, capacity: -1, budget: 12.25, outcome: Number.NaN }
    expect(checkScoreSheet(sheet, criteria)).toEqual([
      { field: 'need', level: 'error', message: '请为“需求分析”打分' },
      { field: 'design', level: 'error', message: '“项目设计”得分 27 超出满分 25' },
      { field: 'capacity', level: 'error', message: '“执行能力”得分不能为负' },
      { field: 'budget', level: 'error', message: '“预算合理性”得分最多保留一位小数' },
      { field: 'outcome', level: 'error', message: '“预期成效”得分须为数字' }
    ])
  })

  it('asks for a missing criterion and refuses a key the round does not have', () => {
    const sheet: Record<string, number | null> = { ...full, innovation: 5 }
    delete sheet.outcome
    expect(checkScoreSheet(sheet, criteria)).toEqual([
      { field: 'outcome', level: 'error', message: '请为“预期成效”打分' },
      { field: 'innovation', level: 'error', message: '不认识的评审项：innovation' }
    ])
    expect(sheetTotal(sheet, criteria)).toBeNull()
  })

  it('does not read scores off the prototype', () => {
    const proto = [{ key: 'toString', name: '综合', weight: 100 }]
    expect(checkScoreSheet({}, proto)).toEqual([
      { field: 'toString', level: 'error', message: '请为“综合”打分' }
    ])
    expect(sheetTotal({}, proto)).toBeNull()
  })

  it('is null while any criterion is unscored, and counts 0 as scored', () => {
    expect(sheetTotal({ ...full, budget: null }, criteria)).toBeNull()
    expect(sheetTotal({ ...full, budget: 0 }, criteria)).toBe(74)
  })

  it('accepts every one-decimal score from 0 to 满分', () => {
    for (let tenths = 0; tenths <= 250; tenths += 1) {
      const score = tenths / 10
      expect(checkScoreSheet({ ...full, design: score }, criteria)).toEqual([])
      expect(sheetTotal({ ...full, design: score }, criteria)).toBe((635 + tenths) / 10)
    }
  })
})

describe('aggregateScores', () => {
  it.each([
    // 253 / 3 = 84.333…
    [[85, 90, 78], 84.33],
    // Naively 255.6 / 3 = 85.19999…; in hundredths 25560 / 3 = 8520 exactly.
    [[85.3, 90.1, 80.2], 85.2],
    [[0.1, 0.2], 0.15],
    // 360.1 / 4 = 90.025: half up to 90.03.
    [[90, 90, 90, 90.1], 90.03],
    // 241.5 / 4 = 60.375: half up to 60.38 (rounding the float mean gives 60.37).
    [[60.3, 60.3, 60.3, 60.6], 60.38],
    // 240.4 / 3 = 80.1333…
    [[80.1, 80.1, 80.2], 80.13],
    [[77.7], 77.7]
  ])('mean of %j is %s', (totals, score) => {
    expect(aggregateScores(totals, 'mean')).toEqual({
      score,
      used: totals,
      dropped: [],
      methodApplied: 'mean'
    })
  })

  it('falls back to the plain mean, and says so, with fewer than 5 totals', () => {
    expect(TRIMMED_MEAN_MIN_TOTALS).toBe(5)
    expect(aggregateScores([70, 80, 90, 100], 'trimmed-mean')).toEqual({
      score: 85,
      used: [70, 80, 90, 100],
      dropped: [],
      methodApplied: 'mean'
    })
    expect(aggregateScores([60, 99], 'trimmed-mean').methodApplied).toBe('mean')
  })

  it('drops one highest and one lowest with exactly 5 totals', () => {
    // (85 + 88 + 90) / 3 = 87.666…
    expect(aggregateScores([88, 60, 99, 85, 90], 'trimmed-mean')).toEqual({
      score: 87.67,
      used: [88, 85, 90],
      dropped: [60, 99],
      methodApplied: 'trimmed-mean'
    })
  })

  it('drops only one of several equal highest or lowest totals', () => {
    // Drops one 80 and one 90: (90 + 80 + 85) / 3 = 85.
    expect(aggregateScores([90, 90, 80, 80, 85], 'trimmed-mean')).toEqual({
      score: 85,
      used: [90, 80, 85],
      dropped: [80, 90],
      methodApplied: 'trimmed-mean'
    })
    expect(aggregateScores([80, 80, 80, 80, 80], 'trimmed-mean')).toEqual({
      score: 80,
      used: [80, 80, 80],
      dropped: [80, 80],
      methodApplied: 'trimmed-mean'
    })
  })

  it('trims 6 totals to the middle 4', () => {
    // (75 + 80 + 85 + 90) / 4 = 82.5
    expect(aggregateScores([95, 70, 80, 75, 90, 85], 'trimmed-mean')).toMatchObject({
      score: 82.5,
      used: [80, 75, 90, 85],
      dropped: [70, 95]
    })
  })

  it.each([
    [[78, 92, 85], 85],
    [[100, 70, 85, 80], 82.5],
    [[90, 60, 70.2, 70.1], 70.15],
    [[80.1, 80.2], 80.15],
    // Totals with two decimals still average exactly: 85.335 rounds half up.
    [[85.34, 85.33], 85.34],
    [[66], 66]
  ])('median of %j is %s', (totals, score) => {
    expect(aggregateScores(totals, 'median')).toEqual({
      score,
      used: totals,
      dropped: [],
      methodApplied: 'median'
    })
  })

  it.each(AGGREGATION_METHODS)('has no score without totals (%s)', (method) => {
    expect(aggregateScores([], method)).toEqual({
      score: null,
      used: [],
      dropped: [],
      methodApplied: method === 'trimmed-mean' ? 'mean' : method
    })
  })

  it('refuses a total that is not a number', () => {
    expect(() => aggregateScores([80, Number.NaN], 'mean')).toThrow(RangeError)
  })

  it('rounds the mean of one-decimal totals exactly, half up, for any panel', () => {
    const tenths = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
    fc.assert(
      fc.property(tenths, (values) => {
        const totals = values.map((value) => value / 10)
        const sum = values.reduce((total, value) => total + value * 10, 0)
        // Half up in integer hundredths: floor((2·sum + n) / 2n).
        const expected = Math.floor((2 * sum + values.length) / (2 * values.length)) / 100
        const { score } = aggregateScores(totals, 'mean')
        expect(score).toBe(expected)
        for (const method of AGGREGATION_METHODS) {
          const result = aggregateScores(totals, method)
          expect(result.score).toBeGreaterThanOrEqual(Math.min(...totals))
          expect(result.score).toBeLessThanOrEqual(Math.max(...totals))
          expect(Number.isInteger(Math.round(result.score! * 100))).toBe(true)
          expect(result.used.length + result.dropped.length).toBe(totals.length)
        }
      })
    )
  })
})

describe('rankApplications', () => {
  it('ranks overall and per track, ties sharing a rank, unscored last', () => {
    const ranked = rankApplications([
      { id: 'e', track: '助老', score: null },
      { id: 'b', track: '助老', score: 85 },
      { id: 'a', track: '助残', score: 92.5 },
      { id: 'c', track: '助残', score: 85 },
      { id: 'd', track: '助老', score: 80 },
      { id: 'f', track: '助老', score: 85 },
      { id: 'g', track: '助残', score: null }
    ])
    expect(ranked.map(({ id, rank, trackRank }) => [id, rank, trackRank])).toEqual([
      ['a', 1, 1],
      ['b', 2, 1],
      ['c', 2, 2],
      ['f', 2, 1],
      ['d', 5, 3],
      ['e', null, null],
      ['g', null, null]
    ])
  })

  it('does not split a tie over float noise', () => {
    const ranked = rankApplications([
      { id: 'a', track: 't', score: 0.1 + 0.2 },
      { id: 'b', track: 't', score: 0.3 }
    ])
    expect(ranked.map((item) => item.rank)).toEqual([1, 1])
  })

  it('orders equal scores by tiebreak, a missing tiebreak last', () => {
    const ranked = rankApplications([
      { id: 'a', track: 't', score: 85 },
      { id: 'b', track: 't', score: 85, tiebreak: 20 },
      { id: 'c', track: 't', score: 85, tiebreak: 22.5 },
      { id: 'd', track: 't', score: 85, tiebreak: null },
      { id: 'e', track: 't', score: 85, tiebreak: 20 },
      { id: 'f', track: 't', score: 90, tiebreak: 0 }
    ])
    expect(ranked.map(({ id, rank }) => [id, rank])).toEqual([
      ['f', 1],
      ['c', 2],
      ['b', 3],
      ['e', 3],
      ['a', 5],
      ['d', 5]
    ])
  })

  it('keeps the caller’s fields and handles an empty list', () => {
    expect(rankApplications([{ id: 'a', track: 't', score: 60, name: '甲' }])).toEqual([
      { id: 'a', track: 't', score: 60, name: '甲', rank: 1, trackRank: 1 }
    ])
    expect(rankApplications([])).toEqual([])
  })

  it('refuses a score that is not a number', () => {
    expect(() => rankApplications([{ id: 'a', track: 't', score: Number.NaN }])).toThrow(RangeError)
  })
})

function app(
  id: string,
  score: number | null,
  requestedYuan: number,
  extra: Partial<FundingApplication> = {}
): FundingApplication {
  const requestedFen = yuan(requestedYuan)
  return { id, track: '助老', score, requestedFen, eligibleMaxFen: requestedFen, ...extra }
}

const summary = (result: ReturnType<typeof allocateFunding>) =>
  result.decisions.map(({ id, status, grantFen }) => [id, status, grantFen / 100])

describe('allocateFunding', () => {
  const round = [
    app('a', 92, 60_000),
    app('b', 90, 50_000),
    app('c', 85, 30_000),
    app('d', 80, 20_000),
    app('e', null, 10_000)
  ]

  it('funds in score order, skipping what no longer fits and going on', () => {
    const result = allocateFunding({
      applications: [...round].reverse(),
      poolFen: yuan(100_000),
      trackBudgetsFen: { 助老: null }
    })
    expect(summary(result)).toEqual([
      ['a', '资助', 60_000],
      ['b', '未资助', 0],
      ['c', '资助', 30_000],
      ['d', '未资助', 0],
      ['e', '未资助', 0]
    ])
    expect(result.decisions.map((decision) => decision.reason)).toEqual([
      '第 1 名，资助 60,000.00 元',
      '资金池剩余 40,000.00 元，不足以资助申请的 50,000.00 元',
      '第 3 名，资助 30,000.00 元',
      '资金池剩余 10,000.00 元，不足以资助申请的 20,000.00 元',
      '尚未评审完毕，没有得分'
    ])
    expect(result.totals).toEqual({
      poolFen: yuan(100_000),
      grantedFen: yuan(90_000),
      remainingFen: yuan(10_000),
      fundedCount: 2,
      pendingCount: 0,
      byTrack: { 助老: { budgetFen: null, grantedFen: yuan(90_000), remainingFen: null } }
    })
    expect(result.settled).toBe(true)
  })

  it('stops at the first miss when the round says so', () => {
    const result = allocateFunding(
      { applications: round, poolFen: yuan(100_000), trackBudgetsFen: { 助老: null } },
      { stopAtFirstMiss: true }
    )
    expect(summary(result)).toEqual([
      ['a', '资助', 60_000],
      ['b', '未资助', 0],
      ['c', '未资助', 0],
      ['d', '未资助', 0],
      ['e', '未资助', 0]
    ])
    expect(result.decisions[2]!.reason).toBe('排在第 2 名未获资助的申请之后，按本批次规则不再资助')
    expect(result.decisions[4]!.reason).toBe('尚未评审完毕，没有得分')
    expect(result.totals.remainingFen).toBe(yuan(40_000))
  })

  it('funds everything when the pool is large enough, and nothing from an empty pool', () => {
    const all = allocateFunding({
      applications: round,
      poolFen: yuan(160_000),
      trackBudgetsFen: { 助老: null }
    })
    expect(all.totals).toMatchObject({ grantedFen: yuan(160_000), remainingFen: 0, fundedCount: 4 })
    const none = allocateFunding({
      applications: round,
      poolFen: 0,
      trackBudgetsFen: { 助老: null }
    })
    expect(none.totals.grantedFen).toBe(0)
    expect(none.decisions[0]!.reason).toBe('资金池剩余 0.00 元，不足以资助申请的 60,000.00 元')
  })

  it('keeps each track within its budget while the pool still has money', () => {
    const result = allocateFunding({
      applications: [
        app('old1', 95, 30_000),
        app('dis1', 93, 40_000, { track: '助残' }),
        app('old2', 90, 25_000),
        app('old3', 88, 20_000),
        app('dis2', 85, 40_000, { track: '助残' })
      ],
      poolFen: yuan(200_000),
      trackBudgetsFen: { 助老: yuan(50_000), 助残: null }
    })
    expect(summary(result)).toEqual([
      ['old1', '资助', 30_000],
      ['dis1', '资助', 40_000],
      ['old2', '未资助', 0],
      ['old3', '资助', 20_000],
      ['dis2', '资助', 40_000]
    ])
    expect(result.decisions[2]!.reason).toBe(
      '“助老”类别预算剩余 20,000.00 元，不足以资助申请的 25,000.00 元'
    )
    expect(result.totals.byTrack).toEqual({
      助老: { budgetFen: yuan(50_000), grantedFen: yuan(50_000), remainingFen: 0 },
      助残: { budgetFen: null, grantedFen: yuan(80_000), remainingFen: null }
    })
  })

  it('names both the pool and the track when neither suffices', () => {
    const result = allocateFunding({
      applications: [app('a', 90, 10_000), app('b', 80, 10_000)],
      poolFen: yuan(15_000),
      trackBudgetsFen: { 助老: yuan(12_000) }
    })
    expect(result.decisions[1]!.reason).toBe(
      '资金池剩余 5,000.00 元，不足以资助申请的 10,000.00 元；' +
        '“助老”类别预算剩余 2,000.00 元，不足以资助申请的 10,000.00 元'
    )
  })

  it('grants no more than the eligible maximum the caller computed from the cap and share', () => {
    const result = allocateFunding({
      applications: [
        app('a', 90, 80_000, { eligibleMaxFen: yuan(50_000) }),
        app('b', 85, 40_000, { eligibleMaxFen: yuan(36_000) }),
        app('c', 80, 30_000, { eligibleMaxFen: 0 })
      ],
      poolFen: yuan(80_000),
      trackBudgetsFen: { 助老: null }
    })
    expect(summary(result)).toEqual([
      ['a', '资助', 50_000],
      ['b', '未资助', 0],
      ['c', '未资助', 0]
    ])
    expect(result.decisions.map((decision) => decision.reason)).toEqual([
      '第 1 名，资助 50,000.00 元（申请 80,000.00 元，按可资助上限核定）',
      '资金池剩余 30,000.00 元，不足以资助核定的 36,000.00 元',
      '按本批次规则可资助金额为 0.00 元'
    ])
  })

  it('holds a tie at the funding line for a manual decision, and everything below it', () => {
    const result = allocateFunding({
      applications: [
        app('a', 95, 40_000),
        app('b', 90, 40_000),
        app('c', 90, 40_000),
        app('d', 80, 10_000)
      ],
      poolFen: yuan(100_000),
      trackBudgetsFen: { 助老: null }
    })
    expect(summary(result)).toEqual([
      ['a', '资助', 40_000],
      ['b', '待定（并列）', 0],
      ['c', '待定（并列）', 0],
      ['d', '未资助', 0]
    ])
    expect(result.decisions[1]!.reason).toBe(
      '2 个申请并列第 2 名（得分 90），剩余资金不足以全部资助，' +
        '请评审组人工决定（决定后填写并列次序重新计算）'
    )
    expect(result.decisions[3]!.reason).toBe(
      '排在待定的并列第 2 名之后，须先人工决定并列申请再重新计算'
    )
    expect(result.totals).toMatchObject({ grantedFen: yuan(40_000), pendingCount: 2 })
    expect(result.settled).toBe(false)
  })

  it('settles the tie once the panel’s order is given as tiebreaks', () => {
    const result = allocateFunding({
      applications: [
        app('a', 95, 40_000),
        app('b', 90, 40_000, { tiebreak: 1 }),
        app('c', 90, 40_000, { tiebreak: 2 }),
        app('d', 80, 10_000)
      ],
      poolFen: yuan(100_000),
      trackBudgetsFen: { 助老: null }
    })
    expect(summary(result)).toEqual([
      ['a', '资助', 40_000],
      ['c', '资助', 40_000],
      ['b', '未资助', 0],
      ['d', '资助', 10_000]
    ])
    expect(result.settled).toBe(true)
  })

  it('funds a tie that fits in full', () => {
    const result = allocateFunding({
      applications: [app('a', 95, 40_000), app('b', 90, 30_000), app('c', 90, 30_000)],
      poolFen: yuan(100_000),
      trackBudgetsFen: { 助老: null }
    })
    expect(summary(result)).toEqual([
      ['a', '资助', 40_000],
      ['b', '资助', 30_000],
      ['c', '资助', 30_000]
    ])
    expect(result.decisions[2]!.reason).toBe('第 2 名，资助 30,000.00 元')
    expect(result.totals.remainingFen).toBe(0)
  })

  it('funds the tied application that fits when the other could not be funded even alone', () => {
    const result = allocateFunding({
      applications: [app('b', 90, 70_000), app('c', 90, 40_000), app('d', 80, 10_000)],
      poolFen: yuan(60_000),
      trackBudgetsFen: { 助老: null }
    })
    expect(summary(result)).toEqual([
      ['b', '未资助', 0],
      ['c', '资助', 40_000],
      ['d', '资助', 10_000]
    ])
  })

  it('treats a tie that only a track budget splits as a tie too', () => {
    const result = allocateFunding({
      applications: [
        app('b', 90, 30_000),
        app('c', 90, 30_000),
        app('x', 90, 10_000, { track: '助残' })
      ],
      poolFen: yuan(500_000),
      trackBudgetsFen: { 助老: yuan(50_000), 助残: null }
    })
    expect(summary(result)).toEqual([
      ['b', '待定（并列）', 0],
      ['c', '待定（并列）', 0],
      ['x', '待定（并列）', 0]
    ])
    expect(result.decisions[0]!.reason).toContain('3 个申请并列第 1 名')
  })

  it('funds nothing in a track the round does not have', () => {
    const result = allocateFunding({
      applications: [app('a', 90, 10_000, { track: '济困' }), app('b', 80, 10_000)],
      poolFen: yuan(100_000),
      trackBudgetsFen: { 助老: null }
    })
    expect(summary(result)).toEqual([
      ['a', '未资助', 0],
      ['b', '资助', 10_000]
    ])
    expect(result.decisions[0]!.reason).toBe('本批次没有“济困”类别')
  })

  it.each([
    [{ poolFen: -1 }, '资金池须为非负的整数分：-1'],
    [{ poolFen: 0.5 }, '资金池须为非负的整数分：0.5'],
    [{ trackBudgetsFen: { 助老: -100 } }, '“助老”类别预算须为非负的整数分：-100'],
    [{ applications: [app('a', 90, 1, { requestedFen: 1.5 })] }, '申请金额须为非负的整数分：1.5'],
    [{ applications: [app('a', 90, 1, { eligibleMaxFen: -1 })] }, '可资助上限须为非负的整数分：-1']
  ])('refuses bad amounts: %j', (change, message) => {
    const input = { applications: [], poolFen: 0, trackBudgetsFen: { 助老: null }, ...change }
    expect(() => allocateFunding(input)).toThrow(new RangeError(message))
  })

  it('never exceeds the pool, a track budget or an application’s own limit', () => {
    const tracks = ['甲', '乙', '丙']
    const application = fc.record({
      track: fc.constantFrom(...tracks, '未设'),
      // Few distinct scores, so ties are common.
      score: fc.option(fc.constantFrom(60, 70, 75.5, 80, 90), { nil: null }),
      tiebreak: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      requestedFen: fc.integer({ min: 0, max: 10_000 }),
      eligibleMaxFen: fc.integer({ min: 0, max: 10_000 })
    })
    const budget = fc.option(fc.integer({ min: 0, max: 30_000 }), { nil: null })
    fc.assert(
      fc.property(
        fc.array(application, { maxLength: 20 }),
        fc.integer({ min: 0, max: 60_000 }),
        fc.tuple(budget, budget, budget),
        fc.boolean(),
        (drawn, poolFen, budgets, stopAtFirstMiss) => {
          const applications = drawn.map((item, index) => ({ ...item, id: `p${index}` }))
          const trackBudgetsFen = Object.fromEntries(tracks.map((t, i) => [t, budgets[i]!]))
          const result = allocateFunding(
            { applications, poolFen, trackBudgetsFen },
            { stopAtFirstMiss }
          )
          const byId = new Map(applications.map((item) => [item.id, item]))
          expect(result.decisions.map((d) => d.id).sort()).toEqual([...byId.keys()].sort())

          const granted = result.decisions.reduce((sum, d) => sum + d.grantFen, 0)
          expect(granted).toBeLessThanOrEqual(poolFen)
          expect(result.totals.grantedFen).toBe(granted)
          expect(result.totals.remainingFen).toBe(poolFen - granted)
          for (const track of tracks) {
            const inTrack = result.decisions.filter((d) => d.track === track)
            const spent = inTrack.reduce((sum, d) => sum + d.grantFen, 0)
            if (trackBudgetsFen[track] !== null) {
              expect(spent).toBeLessThanOrEqual(trackBudgetsFen[track]!)
            }
            expect(result.totals.byTrack[track]!.grantedFen).toBe(spent)
          }
          for (const decision of result.decisions) {
            const item = byId.get(decision.id)!
            const limit = Math.min(item.requestedFen, item.eligibleMaxFen)
            expect(decision.grantFen).toBe(decision.status === '资助' ? limit : 0)
            if (decision.status === '资助') {
              expect(item.score).not.toBeNull()
              expect(item.track).not.toBe('未设')
              expect(limit).toBeGreaterThan(0)
            }
          }
          const pending = result.decisions.filter((d) => d.status === '待定（并列）')
          expect(new Set(pending.map((d) => d.rank)).size).toBeLessThanOrEqual(1)
          expect(pending.length === 0 || pending.length >= 2).toBe(true)
          expect(result.settled).toBe(pending.length === 0)

          // Greedy is maximal: with no stop rule and no pending tie, nothing left unfunded for
          // lack of money would fit into what remains at the end.
          if (!stopAtFirstMiss && result.settled) {
            for (const decision of result.decisions) {
              const item = byId.get(decision.id)!
              const limit = Math.min(item.requestedFen, item.eligibleMaxFen)
              if (decision.status !== '未资助' || item.score === null || limit === 0) continue
              if (!(item.track in trackBudgetsFen)) continue
              const trackLeft = result.totals.byTrack[item.track]!.remainingFen
              const fits =
                limit <= result.totals.remainingFen && (trackLeft === null || limit <= trackLeft)
              expect(fits).toBe(false)
            }
          }
        }
      ),
      { numRuns: 500 }
    )
  })
})
