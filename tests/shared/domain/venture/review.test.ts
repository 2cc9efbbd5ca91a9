import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkRecord } from '@shared/domain/check'
import {
  REVIEW_STATUSES,
  declarationSchema,
  mayViewScores,
  planAssignments,
  reopenRefusal,
  reopenSchema,
  reviewProgress,
  reviewStatus,
  scoringRefusal,
  scoringSchema,
  submitIssues,
  submittedTotal,
  unassignRefusal,
  type AssignmentApplication,
  type Review,
  type ReviewStatus
} from '@shared/domain/venture/review'
import { DEFAULT_REVIEW_CRITERIA } from '@shared/domain/venture/scoring'

/** 需求分析 20, 项目设计 25, 执行能力 20, 预算合理性 15, 预期成效 20. */
const criteria = DEFAULT_REVIEW_CRITERIA

/** A full sheet: 18 + 22 + 17.5 + 12 + 16 = 85.5. */
const SHEET = { need: 18, design: 22, capacity: 17.5, budget: 12, outcome: 16 }

const declaredAt = '2026-04-25T01:00:00.000Z'
const submittedAt = '2026-04-25T03:00:00.000Z'

const NO_CONFLICT = { conflicted: false, note: null, at: declaredAt }
const CONFLICT = { conflicted: true, note: '本人为该机构理事', at: declaredAt }

function review(patch: Partial<Review> = {}): Review {
  return {
    id: 'review-1',
    createdAt: '2026-04-20T01:00:00.000Z',
    updatedAt: '2026-04-20T01:00:00.000Z',
    archivedAt: null,
    roundId: 'round-2026',
    applicationId: 'application-1',
    reviewerId: 'reviewer-1',
    conflict: null,
    scores: {},
    comment: null,
    submittedAt: null,
    reopenings: [],
    ...patch
  }
}

/** A review as the workflow leaves it in `status`. */
function reviewIn(status: ReviewStatus, patch: Partial<Review> = {}): Review {
  switch (status) {
    case '待声明':
      return review(patch)
    case '回避':
      return review({ conflict: CONFLICT, ...patch })
    case '评分中':
      return review({ conflict: NO_CONFLICT, scores: { need: 18 }, ...patch })
    case '已提交':
      return review({
        conflict: NO_CONFLICT,
        scores: SHEET,
        comment: '需求调研扎实，预算略高',
        submittedAt,
        ...patch
      })
  }
}

const error = (field: string, message: string) => ({ field, level: 'error', message })

const parse = (schema: Parameters<typeof checkRecord>[0], input: unknown) =>
  checkRecord(schema, input, (value) => ({ value, issues: [] }))

describe('reviewStatus', () => {
  it.each(REVIEW_STATUSES)('reads %s from the declaration and the submission', (status) => {
    expect(reviewStatus(reviewIn(status))).toBe(status)
  })

  it('keeps a withdrawn expert in 回避 even if a submission time was left behind', () => {
    expect(reviewStatus(review({ conflict: CONFLICT, submittedAt }))).toBe('回避')
  })

  it('is 待声明 until the expert declares, whatever scores are there', () => {
    expect(reviewStatus(review({ scores: SHEET, submittedAt }))).toBe('待声明')
  })
})

describe('mayViewScores', () => {
  it.each<[ReviewStatus, boolean]>([
    ['待声明', false],
    ['回避', false],
    ['评分中', true],
    ['已提交', true]
  ])('in %s: %s', (status, may) => {
    expect(mayViewScores(reviewIn(status))).toBe(may)
  })
})

describe('declarationSchema', () => {
  it('accepts "no conflict" without a note, storing an empty note as null', () => {
    expect(parse(declarationSchema, { conflicted: false, note: '' })).toEqual({
      ok: true,
      value: { conflicted: false, note: null },
      warnings: []
    })
  })

  it('accepts a conflict with its description, trimmed', () => {
    expect(parse(declarationSchema, { conflicted: true, note: ' 本人为该机构理事 ' })).toEqual({
      ok: true,
      value: { conflicted: true, note: '本人为该机构理事' },
      warnings: []
    })
  })

  it.each([null, '', '   '])('refuses a conflict without a description (note %j)', (note) => {
    expect(parse(declarationSchema, { conflicted: true, note })).toEqual({
      ok: false,
      issues: [error('note', '有利益冲突时请说明冲突情况')]
    })
  })

  it.each<[string, Record<string, unknown>, string, string]>([
    ['no choice', { note: null }, 'conflicted', '请选择是否存在利益冲突'],
    ['a choice in words', { conflicted: '否', note: null }, 'conflicted', '请选择是否存在利益冲突'],
    [
      'a note over 500 characters',
      { conflicted: true, note: '冲'.repeat(501) },
      'note',
      '利益冲突说明不能超过 500 个字'
    ],
    [
      'a time from the form',
      { conflicted: false, note: null, at: declaredAt },
      '',
      '不认识的字段：at'
    ]
  ])('refuses %s', (_case, input, field, message) => {
    expect(parse(declarationSchema, input)).toEqual({ ok: false, issues: [error(field, message)] })
  })
})

describe('scoringSchema and reopenSchema', () => {
  it('accepts a partial sheet with an empty comment stored as null', () => {
    expect(parse(scoringSchema, { scores: { need: 18, design: null }, comment: '' })).toEqual({
      ok: true,
      value: { scores: { need: 18, design: null }, comment: null },
      warnings: []
    })
  })

  it('refuses a score typed as text', () => {
    expect(parse(scoringSchema, { scores: { need: '18' }, comment: null })).toEqual({
      ok: false,
      issues: [error('scores.need', '得分须为数字')]
    })
  })

  it.each([{ reason: '' }, { reason: '  ' }])('requires a reason to reopen: %o', (input) => {
    expect(parse(reopenSchema, input)).toEqual({
      ok: false,
      issues: [error('reason', '请填写退回重评的原因')]
    })
  })
})

describe('scoringRefusal', () => {
  it.each<[ReviewStatus, string | null]>([
    ['待声明', '请先声明是否存在利益冲突，再查看或填写评分'],
    ['回避', '已声明存在利益冲突并回避，不能为该申报书评分'],
    ['评分中', null],
    ['已提交', '评分表已提交；如需修改，请由工作人员退回重评']
  ])('in %s: %s', (status, refusal) => {
    expect(scoringRefusal(reviewIn(status))).toBe(refusal)
  })
})

describe('submitIssues', () => {
  const scoring = (scores: Review['scores'], comment: string | null = '方案可行') =>
    reviewIn('评分中', { scores, comment })

  it('finds nothing in a complete sheet with a comment', () => {
    expect(submitIssues(scoring(SHEET), criteria)).toEqual([])
  })

  it('accepts the edges of every range: 0 and the full score, one decimal', () => {
    const edges = { need: 0, design: 25, capacity: 19.9, budget: 0.1, outcome: 20 }
    expect(submitIssues(scoring(edges), criteria)).toEqual([])
  })

  it.each<[ReviewStatus, string]>([
    ['待声明', '请先声明是否存在利益冲突，再查看或填写评分'],
    ['回避', '已声明存在利益冲突并回避，不能为该申报书评分'],
    ['已提交', '评分表已提交；如需修改，请由工作人员退回重评']
  ])('stops at the gate in %s, before looking at the sheet', (status, message) => {
    const sheet = reviewIn(status, { scores: { need: 99 }, comment: null })
    expect(submitIssues(sheet, criteria)).toEqual([error('', message)])
  })

  it.each<[string, Review['scores'], string, string]>([
    ['an unscored criterion', { ...SHEET, need: null }, 'scores.need', '请为“需求分析”打分'],
    [
      'a missing criterion',
      { need: 18, design: 22, capacity: 17.5, budget: 12 },
      'scores.outcome',
      '请为“预期成效”打分'
    ],
    [
      'a score over the maximum',
      { ...SHEET, design: 26 },
      'scores.design',
      '“项目设计”得分 26 超出满分 25'
    ],
    ['a negative score', { ...SHEET, capacity: -1 }, 'scores.capacity', '“执行能力”得分不能为负'],
    [
      'two decimals',
      { ...SHEET, budget: 12.25 },
      'scores.budget',
      '“预算合理性”得分最多保留一位小数'
    ],
    [
      'a criterion the round does not have',
      { ...SHEET, extra: 5 },
      'scores.extra',
      '不认识的评审项：extra'
    ]
  ])('refuses %s, addressed to the score', (_case, scores, field, message) => {
    expect(submitIssues(scoring(scores), criteria)).toEqual([error(field, message)])
  })

  it.each([null, '', '   '])('requires a comment (comment %j)', (comment) => {
    expect(submitIssues(scoring(SHEET, comment), criteria)).toEqual([
      error('comment', '请填写评审意见')
    ])
  })

  it('lists every problem: criteria in order, unknown keys, then the comment', () => {
    const scores = { need: 21, design: null, capacity: 17.5, budget: 12, outcome: 16, old: 3 }
    expect(submitIssues(scoring(scores, null), criteria)).toEqual([
      error('scores.need', '“需求分析”得分 21 超出满分 20'),
      error('scores.design', '请为“项目设计”打分'),
      error('scores.old', '不认识的评审项：old'),
      error('comment', '请填写评审意见')
    ])
  })
})

describe('submittedTotal', () => {
  it('is the total of a submitted sheet: 18 + 22 + 17.5 + 12 + 16 = 85.5', () => {
    expect(submittedTotal(reviewIn('已提交'), criteria)).toBe(85.5)
  })

  it.each(['待声明', '回避', '评分中'] as const)(
    'is null in %s, even for a full sheet',
    (status) => {
      expect(submittedTotal(reviewIn(status, { scores: SHEET }), criteria)).toBeNull()
    }
  )

  it('is null for a submitted sheet that misses a criterion', () => {
    expect(
      submittedTotal(reviewIn('已提交', { scores: { ...SHEET, outcome: null } }), criteria)
    ).toBeNull()
  })
})

describe('reviewProgress', () => {
  const archived = (status: ReviewStatus) =>
    reviewIn(status, { archivedAt: '2026-04-24T01:00:00.000Z' })

  it('is empty and not complete with no reviews', () => {
    expect(reviewProgress([])).toEqual({
      assigned: 0,
      undeclared: 0,
      recused: 0,
      scoring: 0,
      submitted: 0,
      complete: false
    })
  })

  it('counts every status, leaving archived reviews out', () => {
    const reviews = [
      reviewIn('待声明'),
      reviewIn('回避'),
      reviewIn('评分中'),
      reviewIn('已提交'),
      reviewIn('已提交'),
      archived('已提交'),
      archived('评分中')
    ]
    expect(reviewProgress(reviews)).toEqual({
      assigned: 5,
      undeclared: 1,
      recused: 1,
      scoring: 1,
      submitted: 2,
      complete: false
    })
  })

  it.each<[string, ReviewStatus[], boolean]>([
    ['every expert submitted', ['已提交', '已提交', '已提交'], true],
    ['the rest submitted around a withdrawal', ['已提交', '回避', '已提交'], true],
    ['one sheet still being scored', ['已提交', '评分中'], false],
    ['one expert yet to declare', ['已提交', '待声明'], false],
    ['every expert withdrew', ['回避', '回避', '回避'], false],
    ['a single submitted sheet', ['已提交'], true]
  ])('is complete when %s: %s', (_case, statuses, complete) => {
    expect(reviewProgress(statuses.map((status) => reviewIn(status))).complete).toBe(complete)
  })

  it('is complete when the only open review is archived', () => {
    const progress = reviewProgress([reviewIn('已提交'), archived('待声明'), archived('评分中')])
    expect(progress).toMatchObject({ assigned: 1, undeclared: 0, scoring: 0, complete: true })
  })
})

describe('planAssignments', () => {
  const app = (
    id: string,
    excluded: readonly string[] = [],
    assigned: readonly string[] = []
  ): AssignmentApplication => ({ id, excluded: new Set(excluded), assigned: new Set(assigned) })
  const apps = (count: number) => Array.from({ length: count }, (_, index) => app(`a${index + 1}`))
  const reviewers = (count: number) => Array.from({ length: count }, (_, index) => `r${index + 1}`)

  /** Applications per expert, counting existing assignments and the new pairs. */
  function loads(
    applications: readonly AssignmentApplication[],
    pool: readonly string[],
    pairs: readonly { reviewerId: string }[]
  ): Record<string, number> {
    const result = Object.fromEntries(pool.map((id) => [id, 0]))
    for (const application of applications) {
      for (const id of application.assigned) if (id in result) result[id] += 1
    }
    for (const { reviewerId } of pairs) result[reviewerId] += 1
    return result
  }

  const byApplication = (pairs: readonly { applicationId: string; reviewerId: string }[]) => {
    const result: Record<string, string[]> = {}
    for (const { applicationId, reviewerId } of pairs) {
      ;(result[applicationId] ??= []).push(reviewerId)
    }
    return result
  }

  it('spreads 3 applications × 3 experts over 5 experts: 9 = 2 + 2 + 2 + 2 + 1', () => {
    // a1 takes r1–r3; a2 the idle r4, r5, then r1 (load 1, first in the pool); a3 r2–r4.
    const plan = planAssignments(apps(3), reviewers(5), 3)
    expect(byApplication(plan.pairs)).toEqual({
      a1: ['r1', 'r2', 'r3'],
      a2: ['r4', 'r5', 'r1'],
      a3: ['r2', 'r3', 'r4']
    })
    expect(plan.short).toEqual([])
    expect(loads(apps(3), reviewers(5), plan.pairs)).toEqual({ r1: 2, r2: 2, r3: 2, r4: 2, r5: 1 })
  })

  it('spreads 7 applications × 2 experts over 5 experts: 14 = 3 + 3 + 3 + 3 + 2', () => {
    const plan = planAssignments(apps(7), reviewers(5), 2)
    expect(byApplication(plan.pairs)).toEqual({
      a1: ['r1', 'r2'],
      a2: ['r3', 'r4'],
      a3: ['r5', 'r1'],
      a4: ['r2', 'r3'],
      a5: ['r4', 'r5'],
      a6: ['r1', 'r2'],
      a7: ['r3', 'r4']
    })
    expect(plan.short).toEqual([])
    expect(loads(apps(7), reviewers(5), plan.pairs)).toEqual({ r1: 3, r2: 3, r3: 3, r4: 3, r5: 2 })
  })

  it('never assigns an excluded expert, taking the next least loaded instead', () => {
    const applications = [app('a1', ['r1']), app('a2', ['r2', 'r3'])]
    const plan = planAssignments(applications, reviewers(4), 2)
    // a1: r2, r3 (r1 excluded); a2: r1, r4 (both idle; r2, r3 excluded).
    expect(byApplication(plan.pairs)).toEqual({ a1: ['r2', 'r3'], a2: ['r1', 'r4'] })
    expect(plan.short).toEqual([])
  })

  it('keeps existing assignments, counting them towards the number and the load', () => {
    const applications = [app('a1', [], ['r1']), app('a2')]
    const plan = planAssignments(applications, reviewers(3), 2)
    // r1 starts with one application. a1 needs one more: r2 (r1 is already on it). a2 then
    // takes the idle r3 and r1 (load 1, ahead of r2 in the pool).
    expect(plan.pairs).toEqual([
      { applicationId: 'a1', reviewerId: 'r2' },
      { applicationId: 'a2', reviewerId: 'r3' },
      { applicationId: 'a2', reviewerId: 'r1' }
    ])
    expect(loads(applications, reviewers(3), plan.pairs)).toEqual({ r1: 2, r2: 1, r3: 1 })
  })

  it('counts an existing assignment on one application against the expert everywhere', () => {
    // r1 already reviews a1 and a2, so a3 is given the two idle experts.
    const applications = [app('a1', [], ['r1']), app('a2', [], ['r1']), app('a3')]
    const plan = planAssignments(applications, reviewers(3), 1)
    expect(plan.pairs).toEqual([{ applicationId: 'a3', reviewerId: 'r2' }])
  })

  it('adds nothing to an application that already has enough experts', () => {
    const applications = [app('a1', [], ['r1', 'r2', 'r3'])]
    expect(planAssignments(applications, reviewers(5), 2)).toEqual({ pairs: [], short: [] })
  })

  it('counts an assigned expert who has left the pool towards the number', () => {
    const plan = planAssignments([app('a1', [], ['retired'])], reviewers(2), 2)
    expect(plan).toEqual({ pairs: [{ applicationId: 'a1', reviewerId: 'r1' }], short: [] })
  })

  it('reports an application that cannot get enough experts, with how many it got', () => {
    const applications = [app('a1'), app('a2', ['r1', 'r2', 'r3', 'r4']), app('a3', [], ['r5'])]
    const plan = planAssignments(applications, reviewers(5), 3)
    expect(plan.short).toEqual([{ applicationId: 'a2', reviewers: 1 }])
    expect(byApplication(plan.pairs).a2).toEqual(['r5'])
  })

  it('reports every application when the pool is smaller than the number', () => {
    const plan = planAssignments(apps(2), reviewers(2), 3)
    expect(plan).toEqual({
      pairs: [
        { applicationId: 'a1', reviewerId: 'r1' },
        { applicationId: 'a1', reviewerId: 'r2' },
        { applicationId: 'a2', reviewerId: 'r1' },
        { applicationId: 'a2', reviewerId: 'r2' }
      ],
      short: [
        { applicationId: 'a1', reviewers: 2 },
        { applicationId: 'a2', reviewers: 2 }
      ]
    })
  })

  it('reports an application with nobody when the pool is empty', () => {
    expect(planAssignments([app('a1')], [], 3)).toEqual({
      pairs: [],
      short: [{ applicationId: 'a1', reviewers: 0 }]
    })
  })

  it('is deterministic, breaking ties by the order of the pool', () => {
    const applications = [app('a1', ['r2']), app('a2'), app('a3', [], ['r3'])]
    const first = planAssignments(applications, ['r1', 'r2', 'r3', 'r4'], 2)
    expect(planAssignments(applications, ['r1', 'r2', 'r3', 'r4'], 2)).toEqual(first)
    expect(planAssignments(apps(1), ['r4', 'r3', 'r2', 'r1'], 2).pairs).toEqual([
      { applicationId: 'a1', reviewerId: 'r4' },
      { applicationId: 'a1', reviewerId: 'r3' }
    ])
  })

  it('does not change its input', () => {
    const applications = [app('a1', ['r1'], ['r2'])]
    planAssignments(applications, reviewers(3), 3)
    expect(applications).toEqual([app('a1', ['r1'], ['r2'])])
  })

  it('keeps every expert within one application of every other, for any numbers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (applicationCount, reviewerCount, perApplication) => {
          const applications = apps(applicationCount)
          const pool = reviewers(reviewerCount)
          const plan = planAssignments(applications, pool, perApplication)
          const counts = Object.values(loads(applications, pool, plan.pairs))
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
          const each = Math.min(perApplication, reviewerCount)
          expect(plan.pairs).toHaveLength(applicationCount * each)
          for (const assigned of Object.values(byApplication(plan.pairs))) {
            expect(new Set(assigned).size).toBe(each)
          }
          expect(plan.short).toEqual(
            perApplication > reviewerCount
              ? applications.map(({ id }) => ({ applicationId: id, reviewers: reviewerCount }))
              : []
          )
        }
      )
    )
  })

  it('never pairs an excluded or already assigned expert, and reports exactly the short', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(
          fc.record({
            excluded: fc.subarray(reviewers(8)),
            assigned: fc.subarray(reviewers(8), { maxLength: 2 })
          }),
          { minLength: 1, maxLength: 10 }
        ),
        fc.integer({ min: 1, max: 5 }),
        (reviewerCount, specs, perApplication) => {
          const pool = reviewers(reviewerCount)
          const applications = specs.map((spec, index) =>
            app(
              `a${index + 1}`,
              spec.excluded.filter((id) => !spec.assigned.includes(id)),
              spec.assigned
            )
          )
          const plan = planAssignments(applications, pool, perApplication)
          const added = byApplication(plan.pairs)
          const short: { applicationId: string; reviewers: number }[] = []
          for (const application of applications) {
            const mine = added[application.id] ?? []
            expect(new Set(mine).size).toBe(mine.length)
            for (const id of mine) {
              expect(pool).toContain(id)
              expect(application.excluded.has(id)).toBe(false)
              expect(application.assigned.has(id)).toBe(false)
            }
            const available = pool.filter(
              (id) => !application.excluded.has(id) && !application.assigned.has(id)
            ).length
            const wanted = Math.max(0, perApplication - application.assigned.size)
            expect(mine).toHaveLength(Math.min(wanted, available))
            const total = application.assigned.size + mine.length
            if (total < perApplication)
              short.push({ applicationId: application.id, reviewers: total })
          }
          expect(plan.short).toEqual(short)
        }
      )
    )
  })
})

describe('staff steps on a sheet', () => {
  const sheet = (conflict: Review['conflict'], submittedAt: string | null) => ({
    conflict,
    submittedAt
  })
  const declared = { conflicted: false, note: null, at: '2026-04-25T02:00:00.000Z' }

  it('takes an expert off only before the declaration', () => {
    expect(unassignRefusal(sheet(null, null))).toBeNull()
    expect(unassignRefusal(sheet(declared, null))).toBe('专家已作出利益冲突声明，不能再取消分配')
  })

  it('returns only a submitted sheet for rescoring', () => {
    expect(reopenRefusal(sheet(declared, '2026-04-25T03:00:00.000Z'))).toBeNull()
    expect(reopenRefusal(sheet(declared, null))).toBe('只有已提交的评分表才能退回重评')
    expect(reopenRefusal(sheet({ ...declared, conflicted: true, note: '兼职' }, null))).toBe(
      '只有已提交的评分表才能退回重评'
    )
  })
})
