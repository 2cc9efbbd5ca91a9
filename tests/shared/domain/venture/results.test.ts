import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkRecord } from '@shared/domain/check'
import type { Review } from '@shared/domain/venture/review'
import {
  adjustmentInputSchema,
  adjustmentIssues,
  approvalRefusal,
  objectionAnswerSchema,
  objectionDateRefusal,
  inPublishedOrder,
  planTranches,
  publishedFigures,
  publishedResult,
  publicityInputSchema,
  roundResults,
  tiebreakInputSchema,
  type FundingAdjustment,
  type Objection,
  type Publicity,
  type ResultRow,
  type ResultsApplication,
  type ResultsRound,
  type Tiebreak
} from '@shared/domain/venture/results'
import { DEFAULT_TRANCHES, type Tranche } from '@shared/domain/venture/round'

const at = '2026-05-01T02:00:00.000Z'
const operator = '张晓梅'

/**
 * A round with ¥300,000 in the pool, 为老服务 sharing it and 青少年服务 held to ¥100,000; at most
 * ¥90,000 and 60 % of the budget per project; two criteria, so a sheet's total is their sum.
 */
const round: ResultsRound = {
  fundPoolFen: 30_000_000,
  tracks: [
    { key: 'elderly', name: '为老服务', budgetFen: null },
    { key: 'youth', name: '青少年服务', budgetFen: 10_000_000 }
  ],
  budgetRules: {
    perProjectCapFen: 9_000_000,
    maxGrantSharePercent: 60,
    minMatchingSharePercent: null,
    categoryCaps: []
  },
  criteria: [
    { key: 'design', name: '项目设计', weight: 60 },
    { key: 'capacity', name: '执行能力', weight: 40 }
  ],
  aggregation: 'mean',
  tiebreaks: [],
  adjustments: []
}

/** An application whose budget is one line of `budgetFen`. */
function application(
  id: string,
  track: string,
  requestedFen: number,
  budgetFen: number
): ResultsApplication {
  return {
    id,
    track,
    requestedFen,
    budgetLines: [{ category: '活动费', unitPriceFen: budgetFen, quantity: 1 }]
  }
}

let reviewNo = 0

/** A review whose sheet adds up to `total`: 项目设计 takes up to 60, 执行能力 the rest. */
function review(applicationId: string, total: number, patch: Partial<Review> = {}): Review {
  reviewNo += 1
  const design = Math.min(60, total)
  return {
    id: `review-${reviewNo}`,
    createdAt: at,
    updatedAt: at,
    archivedAt: null,
    roundId: 'round-2026',
    applicationId,
    reviewerId: `reviewer-${reviewNo}`,
    conflict: { conflicted: false, note: null, at },
    scores: { design, capacity: Math.round((total - design) * 10) / 10 },
    comment: '评审意见',
    submittedAt: at,
    reopenings: [],
    ...patch
  }
}

const sheets = (applicationId: string, ...totals: number[]) =>
  totals.map((total) => review(applicationId, total))

/**
 * Five applications, worked by hand (ceiling = least of requested, ¥90,000 and 60 % of budget):
 *
 * | id | track | requested | budget   | ceiling               | submitted totals | mean  |
 * | A  | 为老  | ¥100,000  | ¥200,000 | ¥90,000 (cap)         | 90, 80, 85       | 85    |
 * | B  | 为老  | ¥80,000   | ¥100,000 | ¥60,000 (60 %)        | 88, 92           | 90    |
 * | C  | 青少年 | ¥60,000   | ¥120,000 | ¥60,000 (requested)   | 85               | 85    |
 * | D  | 青少年 | ¥50,000   | ¥100,000 | ¥50,000 (requested)   | 70.5, 71         | 70.75 |
 * | E  | 为老  | ¥30,000   | ¥60,000  | ¥30,000               | none             | —     |
 *
 * A also has a draft, a withdrawn and an archived sheet, and E one being scored: none counts.
 */
const applications = [
  application('A', 'elderly', 10_000_000, 20_000_000),
  application('B', 'elderly', 8_000_000, 10_000_000),
  application('C', 'youth', 6_000_000, 12_000_000),
  application('D', 'youth', 5_000_000, 10_000_000),
  application('E', 'elderly', 3_000_000, 6_000_000)
]

const reviews = [
  ...sheets('A', 90, 80, 85),
  review('A', 10, { submittedAt: null }),
  review('A', 0, {
    conflict: { conflicted: true, note: '本人为该机构理事', at },
    submittedAt: null
  }),
  review('A', 0, { archivedAt: at }),
  ...sheets('B', 88, 92),
  ...sheets('C', 85),
  ...sheets('D', 70.5, 71),
  review('E', 99, { submittedAt: null })
]

const adjustment = (
  applicationId: string,
  grantFen: number,
  reason = '答辩后核定'
): FundingAdjustment => ({ applicationId, grantFen, reason, at, operator })

const tiebreak = (applicationId: string, order: number): Tiebreak => ({
  applicationId,
  order,
  reason: '评审组合议',
  at,
  operator
})

/** The parts of a row a test is about. */
const brief = (row: ResultRow) => ({
  id: row.applicationId,
  rank: row.rank,
  trackRank: row.trackRank,
  grantFen: row.grantFen,
  status: row.status
})

const error = (field: string, message: string) => ({ field, level: 'error', message })

describe('roundResults', () => {
  const results = roundResults(round, applications, reviews)
  const row = (id: string) => results.rows.find((candidate) => candidate.applicationId === id)!

  it('ranks by score, ties sharing a rank overall and in their track, unscored last', () => {
    expect(results.rows.map(brief)).toEqual([
      { id: 'B', rank: 1, trackRank: 1, grantFen: 6_000_000, status: '资助' },
      { id: 'A', rank: 2, trackRank: 2, grantFen: 9_000_000, status: '资助' },
      { id: 'C', rank: 2, trackRank: 1, grantFen: 6_000_000, status: '资助' },
      // ¥100,000 − ¥60,000 leaves ¥40,000 of 青少年服务's budget: too little for D's ¥50,000.
      { id: 'D', rank: 4, trackRank: 2, grantFen: 0, status: '未资助' },
      { id: 'E', rank: null, trackRank: null, grantFen: 0, status: '未资助' }
    ])
  })

  it('counts only submitted sheets: drafts, withdrawals and archived reviews are left out', () => {
    expect(row('A').totals).toEqual([90, 80, 85])
    expect(row('A').aggregate).toEqual({
      score: 85,
      used: [90, 80, 85],
      dropped: [],
      methodApplied: 'mean'
    })
    expect(row('D').score).toBe(70.75)
    expect(row('E')).toMatchObject({ totals: [], score: null, rank: null })
  })

  it('caps each grant at the least of requested, the per-project cap and the budget share', () => {
    expect(
      results.rows.map(({ applicationId, requestedFen, ceilingFen }) => [
        applicationId,
        requestedFen,
        ceilingFen
      ])
    ).toEqual([
      ['B', 8_000_000, 6_000_000],
      ['A', 10_000_000, 9_000_000],
      ['C', 6_000_000, 6_000_000],
      ['D', 5_000_000, 5_000_000],
      ['E', 3_000_000, 3_000_000]
    ])
  })

  it('gives the reason of every decision, naming the track, not its key', () => {
    expect(results.rows.map((result) => result.reason)).toEqual([
      '第 1 名，资助 60,000.00 元（申请 80,000.00 元，按可资助上限核定）',
      '第 2 名，资助 90,000.00 元（申请 100,000.00 元，按可资助上限核定）',
      '第 2 名，资助 60,000.00 元',
      '“青少年服务”类别预算剩余 40,000.00 元，不足以资助申请的 50,000.00 元',
      '尚未评审完毕，没有得分'
    ])
  })

  it('adds up the grants overall and by track', () => {
    // 60,000 + 90,000 + 60,000 = 210,000 of 300,000.
    expect(results).toMatchObject({
      grantedFen: 21_000_000,
      remainingFen: 9_000_000,
      byTrack: {
        elderly: { budgetFen: null, grantedFen: 15_000_000 },
        youth: { budgetFen: 10_000_000, grantedFen: 6_000_000 }
      },
      pending: 0
    })
  })

  it('cannot be published while an application has no score', () => {
    expect(results.blockers).toEqual(['还有 1 份申报书没有得分'])
  })

  it('has no blockers once every application is scored and nothing is over', () => {
    const scored = roundResults(round, applications, [...reviews, ...sheets('E', 60)])
    expect(scored.blockers).toEqual([])
    // E (60) ranks 5th and its ¥30,000 fits the ¥90,000 left in the pool.
    expect(brief(scored.rows.at(-1)!)).toEqual({
      id: 'E',
      rank: 5,
      trackRank: 3,
      grantFen: 3_000_000,
      status: '资助'
    })
    expect(scored.remainingFen).toBe(6_000_000)
  })

  it('does not change a result when the reviews are given in another order', () => {
    expect(roundResults(round, applications, [...reviews].reverse()).rows.map(brief)).toEqual(
      results.rows.map(brief)
    )
  })

  describe('aggregation by the round method', () => {
    // Totals 60, 80, 83, 85, 99: mean 407 / 5 = 81.4; median 83; trimmed (80 + 83 + 85) / 3 = 82.67.
    const five = [application('F', 'elderly', 1_000_000, 2_000_000)]
    const fiveSheets = sheets('F', 60, 80, 83, 85, 99)

    it.each([
      ['mean', 81.4, 'mean', []],
      ['median', 83, 'median', []],
      ['trimmed-mean', 82.67, 'trimmed-mean', [60, 99]]
    ] as const)('%s gives %s', (aggregation, score, methodApplied, dropped) => {
      const [result] = roundResults({ ...round, aggregation }, five, fiveSheets).rows
      expect(result!.score).toBe(score)
      expect(result!.aggregate).toMatchObject({ methodApplied, dropped })
    })

    it('falls back to the mean with fewer than five sheets', () => {
      const [result] = roundResults(
        { ...round, aggregation: 'trimmed-mean' },
        five,
        sheets('F', 60, 80, 83, 85)
      ).rows
      // (60 + 80 + 83 + 85) / 4 = 77.
      expect(result!.aggregate).toEqual({
        score: 77,
        used: [60, 80, 83, 85],
        dropped: [],
        methodApplied: 'mean'
      })
    })
  })

  describe('the pool', () => {
    // ¥100,000 in the pool. P ¥60,000 first; Q is capped to ¥60,000 (60 % of ¥100,000), more
    // than the ¥40,000 left; R's ¥30,000 still fits below it.
    const small = { ...round, fundPoolFen: 10_000_000 }
    const three = [
      application('P', 'elderly', 6_000_000, 10_000_000),
      application('Q', 'elderly', 8_000_000, 10_000_000),
      application('R', 'elderly', 3_000_000, 6_000_000)
    ]
    const scored = [...sheets('P', 90), ...sheets('Q', 85), ...sheets('R', 80)]

    it('skips an application the rest of the pool cannot fund and funds smaller ones below', () => {
      const results = roundResults(small, three, scored)
      expect(results.rows.map(brief)).toEqual([
        { id: 'P', rank: 1, trackRank: 1, grantFen: 6_000_000, status: '资助' },
        { id: 'Q', rank: 2, trackRank: 2, grantFen: 0, status: '未资助' },
        { id: 'R', rank: 3, trackRank: 3, grantFen: 3_000_000, status: '资助' }
      ])
      expect(results.rows[1]!.reason).toBe('资金池剩余 40,000.00 元，不足以资助核定的 60,000.00 元')
      expect(results).toMatchObject({ grantedFen: 9_000_000, remainingFen: 1_000_000 })
      expect(results.blockers).toEqual([])
    })

    it('funds nothing once the pool is spent', () => {
      const results = roundResults({ ...round, fundPoolFen: 6_000_000 }, three, scored)
      expect(results.rows.map((result) => result.grantFen)).toEqual([6_000_000, 0, 0])
      expect(results.rows[2]!.reason).toBe('资金池剩余 0.00 元，不足以资助申请的 30,000.00 元')
      expect(results.remainingFen).toBe(0)
    })

    it('grants nothing to an application without budget lines', () => {
      const noBudget = [{ id: 'N', track: 'elderly', requestedFen: 1_000_000, budgetLines: [] }]
      const [result] = roundResults(round, noBudget, sheets('N', 95)).rows
      expect(result).toMatchObject({
        ceilingFen: 0,
        grantFen: 0,
        status: '未资助',
        reason: '按本批次规则可资助金额为 0.00 元'
      })
    })

    it('grants nothing to an application in a track the round does not have', () => {
      const lost = [application('S', 'sports', 1_000_000, 2_000_000)]
      const results = roundResults(round, lost, sheets('S', 95))
      expect(results.rows[0]).toMatchObject({
        track: 'sports',
        rank: 1,
        grantFen: 0,
        status: '未资助',
        reason: '本批次没有“sports”类别'
      })
      expect(Object.keys(results.byTrack)).toEqual(['elderly', 'youth'])
    })
  })

  describe('a tie at the funding line', () => {
    // ¥100,000 in the pool; X and Y both score 80 and each may get ¥60,000: either fits, both
    // do not. Z (70) asks ¥10,000.
    const small = { ...round, fundPoolFen: 10_000_000 }
    const tied = [
      application('X', 'elderly', 6_000_000, 10_000_000),
      application('Y', 'elderly', 6_000_000, 10_000_000),
      application('Z', 'elderly', 1_000_000, 2_000_000)
    ]
    const scored = [...sheets('X', 80), ...sheets('Y', 75, 85), ...sheets('Z', 70)]

    it('leaves both tied applications 待定（并列） and funds nothing below them', () => {
      const results = roundResults(small, tied, scored)
      expect(results.rows.map(brief)).toEqual([
        { id: 'X', rank: 1, trackRank: 1, grantFen: 0, status: '待定（并列）' },
        { id: 'Y', rank: 1, trackRank: 1, grantFen: 0, status: '待定（并列）' },
        { id: 'Z', rank: 3, trackRank: 3, grantFen: 0, status: '未资助' }
      ])
      expect(results.rows.map((result) => result.reason)).toEqual([
        '2 个申请并列第 1 名（得分 80），剩余资金不足以全部资助，请评审组人工决定（决定后填写并列次序重新计算）',
        '2 个申请并列第 1 名（得分 80），剩余资金不足以全部资助，请评审组人工决定（决定后填写并列次序重新计算）',
        '排在待定的并列第 1 名之后，须先人工决定并列申请再重新计算'
      ])
      expect(results.pending).toBe(2)
      expect(results.blockers).toEqual(['还有 2 份并列待定的申报书，须先决定并列次序或人工调整'])
    })

    it('funds the tied applications when they all fit', () => {
      const results = roundResults({ ...round, fundPoolFen: 12_000_000 }, tied, scored)
      expect(results.rows.map((result) => result.status)).toEqual(['资助', '资助', '未资助'])
      expect(results.pending).toBe(0)
    })

    it('follows the panel order: the higher order goes first, the other misses', () => {
      const decided = { ...small, tiebreaks: [tiebreak('Y', 2), tiebreak('X', 1)] }
      const results = roundResults(decided, tied, scored)
      expect(results.rows.map(brief)).toEqual([
        { id: 'Y', rank: 1, trackRank: 1, grantFen: 6_000_000, status: '资助' },
        { id: 'X', rank: 2, trackRank: 2, grantFen: 0, status: '未资助' },
        { id: 'Z', rank: 3, trackRank: 3, grantFen: 1_000_000, status: '资助' }
      ])
      expect(results.rows[1]!.reason).toBe('资金池剩余 40,000.00 元，不足以资助申请的 60,000.00 元')
      expect(results).toMatchObject({ pending: 0, blockers: [], grantedFen: 7_000_000 })
    })

    it('puts an application with a tiebreak ahead of one without', () => {
      const results = roundResults({ ...small, tiebreaks: [tiebreak('Y', 1)] }, tied, scored)
      expect(results.rows.map((result) => [result.applicationId, result.rank])).toEqual([
        ['Y', 1],
        ['X', 2],
        ['Z', 3]
      ])
    })

    it('stays tied when the panel gives both the same order', () => {
      const same = { ...small, tiebreaks: [tiebreak('X', 1), tiebreak('Y', 1)] }
      expect(roundResults(same, tied, scored).pending).toBe(2)
    })

    it('is settled by adjusting both tied grants by hand', () => {
      const adjusted = {
        ...small,
        adjustments: [adjustment('X', 5_000_000), adjustment('Y', 5_000_000)]
      }
      const results = roundResults(adjusted, tied, scored)
      expect(results.rows.slice(0, 2)).toEqual([
        expect.objectContaining({
          applicationId: 'X',
          computedFen: 0,
          computedStatus: '待定（并列）',
          adjustment: adjustment('X', 5_000_000),
          grantFen: 5_000_000,
          status: '资助'
        }),
        expect.objectContaining({ applicationId: 'Y', grantFen: 5_000_000, status: '资助' })
      ])
      expect(results).toMatchObject({
        pending: 0,
        grantedFen: 10_000_000,
        remainingFen: 0,
        blockers: []
      })
    })
  })

  describe('adjustments', () => {
    it('withholds a grant with 0, keeping what the rules gave', () => {
      const withheld = { ...round, adjustments: [adjustment('B', 0, '答辩未通过')] }
      const results = roundResults(withheld, applications, reviews)
      expect(results.rows[0]).toMatchObject({
        applicationId: 'B',
        computedFen: 6_000_000,
        computedStatus: '资助',
        adjustment: adjustment('B', 0, '答辩未通过'),
        grantFen: 0,
        status: '未资助'
      })
      // 210,000 − 60,000.
      expect(results.grantedFen).toBe(15_000_000)
      expect(results.byTrack.elderly!.grantedFen).toBe(9_000_000)
    })

    it('funds an application the rules left out', () => {
      const funded = { ...round, adjustments: [adjustment('D', 4_000_000)] }
      const results = roundResults(funded, applications, reviews)
      expect(brief(results.rows[3]!)).toEqual({
        id: 'D',
        rank: 4,
        trackRank: 2,
        grantFen: 4_000_000,
        status: '资助'
      })
      // 青少年服务 is now exactly at its ¥100,000.
      expect(results.byTrack.youth).toEqual({ budgetFen: 10_000_000, grantedFen: 10_000_000 })
      expect(results.blockers).toEqual(['还有 1 份申报书没有得分'])
    })

    it('blocks publishing when an adjustment takes a track over its budget', () => {
      const over = { ...round, adjustments: [adjustment('D', 5_000_000)] }
      expect(roundResults(over, applications, reviews).blockers).toEqual([
        '还有 1 份申报书没有得分',
        '“青少年服务”类别资助合计 110,000.00 元 超过类别预算 100,000.00 元，超出 10,000.00 元'
      ])
    })

    it('blocks publishing when adjustments take the grants over the pool', () => {
      const small = { ...round, fundPoolFen: 10_000_000 }
      const tied = [
        application('X', 'elderly', 6_000_000, 10_000_000),
        application('Y', 'elderly', 6_000_000, 10_000_000)
      ]
      const over = {
        ...small,
        adjustments: [adjustment('X', 6_000_000), adjustment('Y', 6_000_000)]
      }
      const results = roundResults(over, tied, [...sheets('X', 80), ...sheets('Y', 80)])
      expect(results.remainingFen).toBe(-2_000_000)
      expect(results.blockers).toEqual([
        '资助合计 120,000.00 元 超过资金池 100,000.00 元，超出 20,000.00 元'
      ])
    })
  })
})

describe('adjustmentIssues', () => {
  const issuesOf = (input: { applicationId: string; grantFen: number }, on = round) =>
    adjustmentIssues(on, applications, reviews, { ...input, reason: '答辩后核定' })

  it.each([
    ['a reduced grant', 'A', 7_000_000],
    ['the full ceiling', 'A', 9_000_000],
    ['withholding', 'B', 0],
    ['funding what fits the track', 'D', 4_000_000]
  ])('accepts %s', (_case, applicationId, grantFen) => {
    expect(issuesOf({ applicationId, grantFen })).toEqual([])
  })

  it('refuses more than the rules allow the application, saying by how much', () => {
    expect(issuesOf({ applicationId: 'A', grantFen: 9_500_000 })).toEqual([
      error(
        'grantFen',
        '95,000.00 元 超过该项目按本批次规则可资助的上限 90,000.00 元，超出 5,000.00 元'
      )
    ])
  })

  it('refuses a grant that takes its track over budget', () => {
    expect(issuesOf({ applicationId: 'D', grantFen: 5_000_000 })).toEqual([
      error(
        'grantFen',
        '“青少年服务”类别资助合计 110,000.00 元 超过类别预算 100,000.00 元，超出 10,000.00 元'
      )
    ])
  })

  it('refuses a grant that takes the round over the pool, with the other issues', () => {
    // ¥250,000 in the pool; ¥210,000 is granted, so D's ¥50,000 is ¥10,000 over it too.
    const tight = { ...round, fundPoolFen: 25_000_000 }
    expect(issuesOf({ applicationId: 'D', grantFen: 5_000_000 }, tight)).toEqual([
      error('grantFen', '资助合计 260,000.00 元 超过资金池 250,000.00 元，超出 10,000.00 元'),
      error(
        'grantFen',
        '“青少年服务”类别资助合计 110,000.00 元 超过类别预算 100,000.00 元，超出 10,000.00 元'
      )
    ])
  })

  it('puts the ceiling first when a grant breaks every rule', () => {
    const tight = { ...round, fundPoolFen: 21_000_000 }
    expect(issuesOf({ applicationId: 'D', grantFen: 6_000_000 }, tight)).toEqual([
      error(
        'grantFen',
        '60,000.00 元 超过该项目按本批次规则可资助的上限 50,000.00 元，超出 10,000.00 元'
      ),
      error('grantFen', '资助合计 270,000.00 元 超过资金池 210,000.00 元，超出 60,000.00 元'),
      error(
        'grantFen',
        '“青少年服务”类别资助合计 120,000.00 元 超过类别预算 100,000.00 元，超出 20,000.00 元'
      )
    ])
  })

  it('replaces an earlier adjustment of the same application instead of adding to it', () => {
    // D was adjusted to ¥50,000 (over the track); ¥40,000 replaces it and fits exactly.
    const earlier = { ...round, adjustments: [adjustment('D', 5_000_000)] }
    expect(issuesOf({ applicationId: 'D', grantFen: 4_000_000 }, earlier)).toEqual([])
  })

  it('counts the earlier adjustments of other applications', () => {
    // D holds ¥50,000 by hand; C at ¥55,000 makes 青少年服务 ¥105,000.
    const earlier = { ...round, adjustments: [adjustment('D', 5_000_000)] }
    expect(issuesOf({ applicationId: 'C', grantFen: 5_000_000 }, earlier)).toEqual([])
    expect(issuesOf({ applicationId: 'C', grantFen: 5_500_000 }, earlier)).toEqual([
      error(
        'grantFen',
        '“青少年服务”类别资助合计 105,000.00 元 超过类别预算 100,000.00 元，超出 5,000.00 元'
      )
    ])
  })

  it('refuses an application that is not in the results', () => {
    expect(issuesOf({ applicationId: 'missing', grantFen: 0 })).toEqual([
      error('applicationId', '该申报书不在评审结果中')
    ])
  })
})

describe('input schemas', () => {
  const parse = (schema: Parameters<typeof checkRecord>[0], input: unknown) =>
    checkRecord(schema, input, (value) => ({ value, issues: [] }))

  it('accepts an adjustment, trimming the reason', () => {
    expect(
      parse(adjustmentInputSchema, { applicationId: 'A', grantFen: 0, reason: ' 答辩未通过 ' })
    ).toEqual({
      ok: true,
      value: { applicationId: 'A', grantFen: 0, reason: '答辩未通过' },
      warnings: []
    })
  })

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'a negative grant',
      { grantFen: -1 },
      'grantFen',
      '调整后的资助金额须为不小于 0 的整数（以分计）'
    ],
    [
      'a grant in 元 with decimals',
      { grantFen: 500.5 },
      'grantFen',
      '调整后的资助金额须为不小于 0 的整数（以分计）'
    ],
    ['a grant as text', { grantFen: '5000' }, 'grantFen', '调整后的资助金额须为数字'],
    ['no reason', { reason: '  ' }, 'reason', '请填写调整理由'],
    ['no application', { applicationId: '' }, 'applicationId', '请选择申报书']
  ])('refuses an adjustment with %s', (_case, patch, field, message) => {
    const input = { applicationId: 'A', grantFen: 100, reason: '核减', ...patch }
    expect(parse(adjustmentInputSchema, input)).toEqual({
      ok: false,
      issues: [error(field, message)]
    })
  })

  it('needs at least two applications to order a tie', () => {
    expect(parse(tiebreakInputSchema, { order: ['X'], reason: '评审组合议' })).toEqual({
      ok: false,
      issues: [error('order', '请至少排定两个并列的申报书')]
    })
    expect(parse(tiebreakInputSchema, { order: ['Y', 'X'], reason: '评审组合议' }).ok).toBe(true)
  })

  it.each([
    ['2026-05-06', '2026-05-12'],
    ['2026-05-06', '2026-05-06']
  ])('accepts a publicity from %s to %s', (startsOn, endsOn) => {
    expect(parse(publicityInputSchema, { startsOn, endsOn }).ok).toBe(true)
  })

  it('refuses a publicity that ends before it starts', () => {
    expect(parse(publicityInputSchema, { startsOn: '2026-05-06', endsOn: '2026-05-05' })).toEqual({
      ok: false,
      issues: [error('endsOn', '公示结束日期不能早于开始日期')]
    })
  })

  it('refuses a date that does not exist', () => {
    expect(parse(publicityInputSchema, { startsOn: '2026-02-30', endsOn: '2026-03-06' })).toEqual({
      ok: false,
      issues: [error('startsOn', '公示开始日期不是有效日期（YYYY-MM-DD）')]
    })
  })

  it('needs an outcome to answer an objection', () => {
    expect(
      parse(objectionAnswerSchema, {
        response: '经核实',
        outcome: '驳回',
        answeredOn: '2026-05-10'
      })
    ).toEqual({ ok: false, issues: [error('outcome', '请选择处理结果')] })
  })
})

const objection = (patch: Partial<Objection> = {}): Objection => ({
  id: 'objection-1',
  receivedOn: '2026-05-08',
  applicationId: 'B',
  from: '匿名',
  content: '该项目负责人同时任评审专家所在单位理事',
  response: null,
  outcome: null,
  answeredOn: null,
  ...patch
})

const answered = (patch: Partial<Objection> = {}) =>
  objection({
    response: '经核实不存在关联',
    outcome: '维持原结果',
    answeredOn: '2026-05-10',
    ...patch
  })

/** 公示 from 6 to 12 May 2026. */
const publicity = (objections: Objection[] = []): Publicity => ({
  startsOn: '2026-05-06',
  endsOn: '2026-05-12',
  objections
})

describe('objectionDateRefusal', () => {
  it('refuses an objection received before the publicity started', () => {
    expect(objectionDateRefusal(publicity(), '2026-05-05')).toBe(
      '收到日期 2026-05-05 早于公示开始日期 2026-05-06'
    )
  })

  it.each(['2026-05-06', '2026-05-12', '2026-05-20'])('records one received on %s', (day) => {
    expect(objectionDateRefusal(publicity(), day)).toBeNull()
  })
})

describe('approvalRefusal', () => {
  it('refuses before the results are published', () => {
    expect(approvalRefusal(null, '2026-05-20')).toBe('评审结果尚未公示')
  })

  it.each(['2026-05-01', '2026-05-06', '2026-05-09', '2026-05-12'])(
    'refuses on %s, up to and including the last day',
    (today) => {
      expect(approvalRefusal(publicity(), today)).toBe('公示期至 2026-05-12 结束，期满后才能立项')
    }
  )

  it('allows 立项 the day after the publicity ends', () => {
    expect(approvalRefusal(publicity(), '2026-05-13')).toBeNull()
  })

  it('refuses while objections are unanswered, counting them', () => {
    const objections = [
      objection(),
      answered({ id: 'objection-2' }),
      objection({ id: 'objection-3' })
    ]
    expect(approvalRefusal(publicity(objections), '2026-05-13')).toBe('还有 2 条公示异议没有处理')
  })

  it('allows 立项 once every objection is answered, whatever the outcome', () => {
    const objections = [answered(), answered({ id: 'objection-2', outcome: '撤销资助' })]
    expect(approvalRefusal(publicity(objections), '2026-05-13')).toBeNull()
  })

  it('names the publicity before the objections', () => {
    expect(approvalRefusal(publicity([objection()]), '2026-05-12')).toBe(
      '公示期至 2026-05-12 结束，期满后才能立项'
    )
  })
})

describe('planTranches', () => {
  it.each<[number, number[]]>([
    // 50 %, 30 % rounded down, the last the rest: 6,172.5 → 6,172; 3,703.5 → 3,703; 2,470.
    [12_345, [6_172, 3_703, 2_470]],
    [9_000_000, [4_500_000, 2_700_000, 1_800_000]],
    // 0.5 and 0.3 of a 分 round down to nothing; the last tranche takes the whole 分.
    [1, [0, 0, 1]],
    [3, [1, 0, 2]],
    [0, [0, 0, 0]]
  ])('splits %i 分 by 50 / 30 / 20 into %j', (amountFen, amounts) => {
    expect(planTranches(amountFen, DEFAULT_TRANCHES)).toEqual([
      { no: 1, percent: 50, gate: 'signing', amountFen: amounts[0] },
      { no: 2, percent: 30, gate: 'midterm', amountFen: amounts[1] },
      { no: 3, percent: 20, gate: 'final', amountFen: amounts[2] }
    ])
  })

  it('pays a single tranche in full', () => {
    expect(planTranches(12_345, [{ percent: 100, gate: 'signing' }])).toEqual([
      { no: 1, percent: 100, gate: 'signing', amountFen: 12_345 }
    ])
  })

  it('lets the last tranche take the remainder of thirds: 33 / 33 / 34 of 100 分', () => {
    const thirds: Tranche[] = [
      { percent: 33, gate: 'signing' },
      { percent: 33, gate: 'midterm' },
      { percent: 34, gate: 'final' }
    ]
    expect(planTranches(100, thirds).map((tranche) => tranche.amountFen)).toEqual([33, 33, 34])
    // 33 % of 101 分 = 33.33 → 33, twice; the last takes 101 − 66 = 35.
    expect(planTranches(101, thirds).map((tranche) => tranche.amountFen)).toEqual([33, 33, 35])
  })

  it('always adds up to the grant, every tranche but the last its share rounded down', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        // Up to four tranches of at most 24 %, and a last one with the rest of 100 %.
        fc.array(fc.integer({ min: 1, max: 24 }), { maxLength: 4 }),
        (amountFen, firstShares) => {
          const shares = [...firstShares, 100 - firstShares.reduce((sum, share) => sum + share, 0)]
          const tranches = shares.map((percent) => ({ percent, gate: 'signing' as const }))
          const planned = planTranches(amountFen, tranches)
          expect(planned.reduce((sum, tranche) => sum + tranche.amountFen, 0)).toBe(amountFen)
          planned.slice(0, -1).forEach((tranche) => {
            expect(tranche.amountFen).toBe(Math.floor((amountFen * tranche.percent) / 100))
          })
          for (const tranche of planned) expect(tranche.amountFen).toBeGreaterThanOrEqual(0)
          expect(planned.map((tranche) => tranche.no)).toEqual(shares.map((_, index) => index + 1))
        }
      )
    )
  })
})

describe('publishedFigures', () => {
  const award = (grantFen: number) => ({
    score: 80,
    rank: 1,
    trackRank: 1,
    grantFen,
    reason: '第 1 名',
    adjustmentReason: null
  })

  it('adds up the stored awards, a revoked grant as 0, leaving out archived and unpublished rows', () => {
    const rows = [
      { track: 'elderly', archivedAt: null, award: award(9_000_000) },
      { track: 'elderly', archivedAt: null, award: award(0) },
      { track: 'youth', archivedAt: null, award: award(6_000_000) },
      { track: 'youth', archivedAt: at, award: award(5_000_000) },
      { track: 'youth', archivedAt: null, award: null }
    ]
    expect(publishedFigures(rows, round.tracks)).toEqual({
      grantedFen: 15_000_000,
      fundedCount: 2,
      grantedByTrack: { elderly: 9_000_000, youth: 6_000_000 }
    })
  })
})

describe('inPublishedOrder', () => {
  const awarded = (id: string, rank: number | null) => ({ id, award: { rank } })
  const computed = (...ids: string[]) => ({ rows: ids.map((applicationId) => ({ applicationId })) })

  it('lists by the award’s rank, unranked last, equal ranks as the computed results had them', () => {
    const applications = [
      awarded('c', 2),
      awarded('d', null),
      { id: 'e', award: null },
      awarded('a', 1),
      awarded('b', 2)
    ]
    const order = inPublishedOrder(applications, computed('a', 'b', 'c', 'd', 'e'))
    expect(order.map((application) => application.id)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('follows the stored ranks even when the computed results would now rank otherwise', () => {
    const order = inPublishedOrder([awarded('a', 1), awarded('b', 2)], computed('b', 'a'))
    expect(order.map((application) => application.id)).toEqual(['a', 'b'])
  })
})

describe('publishedResult', () => {
  const revoke = { action: 'revoke' }
  it.each([
    [9_000_000, [], '资助'],
    [0, [{ action: 'approve' }, revoke], '撤销资助'],
    [0, [{ action: 'approve' }], '未资助']
  ] as const)('a grant of %i fen with events %j is %s', (grantFen, events, expected) => {
    expect(publishedResult({ award: { grantFen }, events })).toBe(expected)
  })
})
