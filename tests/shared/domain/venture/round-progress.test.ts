import { describe, expect, it } from 'vitest'
import type { Timeline } from '@shared/domain/venture/round'
import { nextStep } from '@shared/domain/venture/round-progress'

const timeline: Timeline = {
  callOpensOn: '2026-03-01',
  deadlineOn: '2026-04-15',
  screeningOn: '2026-04-30',
  reviewOn: '2026-05-20',
  publicityStartsOn: '2026-06-01',
  publicityEndsOn: '2026-06-07',
  approvalOn: '2026-06-15',
  signingOn: '2026-06-30'
}

describe('nextStep', () => {
  it.each([
    ['筹备', '2026-02-01', '开始征集', '2026-03-01', false],
    ['征集中', '2026-04-15', '申报截止', '2026-04-15', false],
    // 初审中 runs up to the review: the screening date passing inside it is not late.
    ['初审中', '2026-05-01', '评审 / 答辩', '2026-05-20', false],
    ['评审中', '2026-05-21', '公示开始', '2026-06-01', false],
    ['公示中', '2026-06-08', '立项', '2026-06-15', false],
    ['公示中', '2026-06-16', '立项', '2026-06-15', true],
    ['征集中', '2026-04-16', '申报截止', '2026-04-15', true]
  ] as const)('%s on %s heads for %s (%s), overdue %s', (status, today, label, on, overdue) => {
    expect(nextStep({ status, timeline }, today)).toMatchObject({ label, on, overdue })
  })

  it('has nothing ahead once the round is 立项', () => {
    expect(nextStep({ status: '已立项', timeline }, '2026-07-01')).toBeNull()
  })
})
