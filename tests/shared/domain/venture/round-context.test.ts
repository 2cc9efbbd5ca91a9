import { describe, expect, it } from 'vitest'
import type { Application, ApplicationStatus } from '@shared/domain/venture/application'
import type { Review } from '@shared/domain/venture/review'
import { roundContext } from '@shared/domain/venture/round-context'
import { newRoundDraft, type RoundStatus, type VentureRound } from '@shared/domain/venture/round'

const at = '2026-04-20T02:00:00.000Z'

function round(status: RoundStatus, patch: Partial<VentureRound> = {}): VentureRound {
  return {
    ...newRoundDraft(2026, 100_000_000),
    id: 'round-1',
    createdAt: at,
    updatedAt: at,
    archivedAt: null,
    status,
    tiebreaks: [],
    adjustments: [],
    publicity: null,
    events: [],
    ...patch
  }
}

function application(id: string, status: ApplicationStatus, archived = false): Application {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    archivedAt: archived ? at : null,
    roundId: 'round-1',
    organizationId: `org-${id}`,
    title: id,
    track: 'elderly',
    communityIds: [],
    needIds: [],
    beneficiaries: [],
    problem: '',
    objectives: '',
    activities: [],
    team: [],
    budgetLines: [
      { category: '人员费', item: '社工', unitPriceFen: 10_000_000, quantity: 1, note: null }
    ],
    requestedFen: 6_000_000,
    matchingFen: 4_000_000,
    contactName: null,
    contactPhone: null,
    status,
    submittedAt: status === '草稿' ? null : at,
    screening: null,
    withdrawnReason: null,
    award: null,
    events: []
  }
}

function review(applicationId: string, submitted: boolean): Review {
  return {
    id: `review-${applicationId}-${submitted}`,
    createdAt: at,
    updatedAt: at,
    archivedAt: null,
    roundId: 'round-1',
    applicationId,
    reviewerId: 'expert-1',
    conflict: { conflicted: false, note: null, at },
    scores: { need: 18, design: 20, capacity: 16, budget: 12, outcome: 16 },
    comment: '可行',
    submittedAt: submitted ? at : null,
    reopenings: []
  }
}

describe('roundContext', () => {
  it('counts submitted and screened-in applications, leaving out archived and withdrawn ones', () => {
    const rows = [
      application('a', '草稿'),
      application('b', '已提交'),
      application('c', '初审通过'),
      application('d', '已撤回'),
      application('e', '初审未通过'),
      application('f', '已提交', true)
    ]
    expect(roundContext(round('初审中'), rows, [], '2026-04-20')).toEqual({
      today: '2026-04-20',
      submitted: 3,
      screenedIn: 1,
      unscreened: 1,
      resultBlockers: [],
      approvalRefusal: '评审结果尚未公示'
    })
  })

  it('names unfinished sheets and unscored applications while the round is 评审中', () => {
    const rows = [application('a', '评审中'), application('b', '评审中')]
    const reviews = [review('a', true), review('b', false)]
    expect(roundContext(round('评审中'), rows, reviews, '2026-04-25').resultBlockers).toEqual([
      '还有 1 份申报书的评审专家没有全部提交评分',
      '还有 1 份申报书没有得分'
    ])
    const done = [review('a', true), review('b', true)]
    expect(roundContext(round('评审中'), rows, done, '2026-04-25').resultBlockers).toEqual([])
  })

  it('asks for nothing about results outside 评审中, and says when 立项 may come', () => {
    const published = round('公示中', {
      publicity: { startsOn: '2026-05-06', endsOn: '2026-05-12', objections: [] }
    })
    const rows = [application('a', '拟资助')]
    expect(roundContext(published, rows, [], '2026-05-12')).toMatchObject({
      resultBlockers: [],
      approvalRefusal: '公示期至 2026-05-12 结束，期满后才能立项'
    })
    expect(roundContext(published, rows, [], '2026-05-13').approvalRefusal).toBeNull()
  })
})
