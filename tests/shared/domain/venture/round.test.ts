import { describe, expect, it } from 'vitest'
import { actionsFrom, checkTransition } from '@shared/domain/workflow'
import {
  checkRound,
  copyRound,
  newRoundDraft,
  roundAllows,
  roundFields,
  ROUND_STATUSES,
  ROUND_WORKFLOW,
  roundWorkRefusal,
  type RoundContext,
  type RoundFields,
  type RoundStatus
} from '@shared/domain/venture/round'

/** 2026 round with a 200 万元 pool. */
const round = (patch: Partial<RoundFields> = {}): RoundFields => ({
  ...newRoundDraft(2026, 200_000_000),
  ...patch
})

const errors = (input: unknown) => {
  const result = checkRound(input)
  return result.ok ? [] : result.issues.filter((issue) => issue.level === 'error')
}

describe('checkRound', () => {
  it('accepts the default round', () => {
    const result = checkRound(round())
    expect(result).toMatchObject({ ok: true, warnings: [] })
  })

  it('refuses track budgets beyond the pool, saying by how much', () => {
    const tracks = round().tracks.map((track, i) => ({
      ...track,
      budgetFen: i < 3 ? 70_000_000 : null
    }))
    expect(errors(round({ tracks }))).toEqual([
      {
        field: 'tracks',
        level: 'error',
        message: '各类别预算合计 2,100,000.00 元 超过资金池 2,000,000.00 元，超出 100,000.00 元'
      }
    ])
  })

  it('refuses repeated track names and a cap larger than the pool', () => {
    const base = round()
    const tracks = [...base.tracks, { key: 'more', name: '为老服务', budgetFen: null }]
    const budgetRules = { ...base.budgetRules, perProjectCapFen: 300_000_000 }
    expect(errors({ ...base, tracks, budgetRules }).map((issue) => issue.message)).toEqual([
      '类别名称不能重复',
      '单个项目上限 3,000,000.00 元 超过资金池 2,000,000.00 元'
    ])
  })

  it('refuses a step dated before the one it follows, naming both', () => {
    const base = round()
    const timeline = { ...base.timeline, reviewOn: '2026-04-01' }
    expect(errors({ ...base, timeline })).toEqual([
      {
        field: 'timeline.reviewOn',
        level: 'error',
        message: '评审 / 答辩日期不能早于初审日期 2026-04-10'
      }
    ])
  })

  it.each([
    [[50, 30], '各期拨付比例合计须为 100%，现为 80%'],
    [[60, 50], '各期拨付比例合计须为 100%，现为 110%']
  ])('refuses tranches of %j', (percents, message) => {
    const gates = ['signing', 'midterm', 'final'] as const
    const tranches = percents.map((percent, i) => ({ percent, gate: gates[i]! }))
    expect(errors(round({ tranches }))).toEqual([{ field: 'tranches', level: 'error', message }])
  })

  it('refuses tranches whose gates run backwards', () => {
    const tranches = [
      { percent: 50, gate: 'midterm' as const },
      { percent: 50, gate: 'signing' as const }
    ]
    expect(errors(round({ tranches })).map((issue) => issue.message)).toEqual([
      '拨付条件须按 签约 → 中期评估 → 末期评估 的顺序排列'
    ])
  })

  it('refuses review criteria that do not total 100, with the rule’s own message', () => {
    const criteria = round().criteria.map((criterion, i) =>
      i === 0 ? { ...criterion, weight: criterion.weight + 5 } : criterion
    )
    expect(errors(round({ criteria })).map((issue) => issue.message)).toContain(
      '各评审项满分合计须为 100，现为 105'
    )
  })

  it('refuses a pool that is not a positive whole number of 分', () => {
    expect(errors(round({ fundPoolFen: 12.5 })).map((issue) => issue.message)).toEqual([
      '资金池须大于 0（以分计的整数）'
    ])
  })
})

describe('copyRound', () => {
  it('carries every rule over, moves the dates to the new year and renames the round', () => {
    const last = round({ name: '鼓楼区 2026 年度公益创投' })
    const copy = copyRound(last, 2027)
    expect(copy).toMatchObject({
      year: 2027,
      name: '鼓楼区 2027 年度公益创投',
      fundPoolFen: last.fundPoolFen,
      tracks: last.tracks,
      criteria: last.criteria,
      tranches: last.tranches,
      budgetRules: last.budgetRules,
      eligibility: last.eligibility
    })
    expect(copy.timeline.callOpensOn).toBe('2027-03-01')
    expect(copy.timeline.signingOn).toBe('2027-06-01')
    expect(checkRound(copy).ok).toBe(true)
  })

  it('is a copy: changing it leaves last year’s round alone', () => {
    const last = round()
    const copy = copyRound(last, 2027)
    copy.tracks[0]!.name = '改过的类别'
    expect(last.tracks[0]!.name).toBe('为老服务')
  })

  it('moves 29 February to 28 February and prefixes a name without the year', () => {
    const last = round({
      year: 2028,
      name: '社区微创投',
      timeline: { ...newRoundDraft(2028, 1).timeline, callOpensOn: '2028-02-29' }
    })
    const copy = copyRound(last, 2029)
    expect(copy.timeline.callOpensOn).toBe('2029-02-28')
    expect(copy.name).toBe('2029 年度社区微创投')
  })
})

describe('ROUND_WORKFLOW', () => {
  const context = (patch: Partial<RoundContext> = {}): RoundContext => ({
    today: '2026-04-01',
    submitted: 3,
    screenedIn: 3,
    unscreened: 0,
    resultBlockers: [],
    approvalRefusal: null,
    ...patch
  })

  it('goes 筹备 → 征集中 → 初审中 → 评审中 → 公示中 → 已立项 one step at a time', () => {
    const path = ['筹备', '征集中', '初审中', '评审中', '公示中'] as const
    const next = path.map((status) => actionsFrom(ROUND_WORKFLOW, status, context()))
    expect(next.map((offered) => offered.map((o) => o.label))).toEqual([
      ['开始征集'],
      ['截止申报'],
      ['开始评审'],
      ['公示结果'],
      ['立项']
    ])
    expect(actionsFrom(ROUND_WORKFLOW, '已立项', context())).toEqual([])
  })

  it.each([
    ['close', '征集中', { submitted: 0 }, '还没有已提交的申报书'],
    ['startReview', '初审中', { screenedIn: 0 }, '还没有通过初审的申报书'],
    ['startReview', '初审中', { unscreened: 2 }, '还有 2 份申报书没有作初审结论'],
    [
      'publish',
      '评审中',
      { resultBlockers: ['还有 2 份申报书没有得分', '还有 2 份并列待定的申报书'] },
      '还有 2 份申报书没有得分；还有 2 份并列待定的申报书'
    ],
    [
      'approve',
      '公示中',
      { approvalRefusal: '还有 1 条公示异议没有处理' },
      '还有 1 条公示异议没有处理'
    ]
  ] as const)(
    'refuses %s from %s until there is something to do',
    (action, state, patch, message) => {
      expect(checkTransition(ROUND_WORKFLOW, state, action, context(patch))).toEqual({
        ok: false,
        message
      })
    }
  )

  it('refuses skipping a stage', () => {
    expect(checkTransition(ROUND_WORKFLOW, '征集中', 'publish', context())).toEqual({
      ok: false,
      message: '公益创投批次当前为“征集中”，不能公示结果'
    })
  })
})

describe('ROUND_WORK', () => {
  const inStage = (status: RoundStatus, archivedAt: string | null = null) => ({
    status,
    archivedAt
  })

  it.each([
    ['editRules', ['筹备']],
    ['editSchedule', ['筹备', '征集中']],
    ['newApplication', ['筹备', '征集中']],
    ['submit', ['征集中']],
    ['withdraw', ['筹备', '征集中', '初审中']],
    ['screen', ['初审中']],
    ['assign', ['初审中', '评审中']],
    ['score', ['评审中']],
    ['decide', ['评审中']],
    ['hearObjections', ['公示中']],
    ['archive', ['筹备']]
  ] as const)('allows %s only in %j', (work, stages) => {
    const allowed = ROUND_STATUSES.filter((status) => roundAllows(inStage(status), work))
    expect(allowed).toEqual(stages)
  })

  it('refuses with the reason outside the stages and nothing on an archived round', () => {
    expect(roundWorkRefusal(inStage('评审中'), 'screen')).toBe(
      '批次截止申报并进入初审后，才能作初审结论'
    )
    expect(roundWorkRefusal(inStage('筹备'), 'submit')).toBe('该批次目前为“筹备”，不在征集期')
    expect(roundWorkRefusal(inStage('初审中'), 'screen')).toBeNull()
    expect(roundAllows(inStage('初审中', '2026-04-01T00:00:00.000Z'), 'screen')).toBe(false)
    expect(roundWorkRefusal(inStage('初审中', '2026-04-01T00:00:00.000Z'), 'screen')).toBe(
      '该公益创投批次已归档'
    )
  })
})

describe('roundFields', () => {
  it('keeps the rules and dates of a stored round, without its status and decisions', () => {
    const rules = round()
    const stored = {
      ...rules,
      id: 'round-1',
      createdAt: '2026-01-05T02:00:00.000Z',
      updatedAt: '2026-01-05T02:00:00.000Z',
      archivedAt: null,
      status: '征集中' as const,
      tiebreaks: [],
      adjustments: [],
      publicity: null,
      events: []
    }
    expect(roundFields(stored)).toEqual(rules)
    expect(checkRound(roundFields(stored)).ok).toBe(true)
  })
})
