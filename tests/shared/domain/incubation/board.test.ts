import { describe, expect, it } from 'vitest'
import { incubationBoard } from '@shared/domain/incubation/board'
import {
  INCUBATION_STATUSES,
  type Incubation,
  type IncubationStatus
} from '@shared/domain/incubation/incubation'

const today = '2026-11-22'

function stay(id: string, status: IncubationStatus, patch: Partial<Incubation> = {}): Incubation {
  return {
    id,
    createdAt: '2025-01-06T02:00:00.000Z',
    updatedAt: '2025-01-06T02:00:00.000Z',
    archivedAt: null,
    organizationId: `org-${id}`,
    baseName: '鼓楼区社会组织孵化基地',
    status,
    appliedOn: '2025-01-06',
    preferredMode: '实体',
    reviewDueOn: '2025-01-13',
    reviewedOn: status === '待初核' ? null : '2025-01-10',
    reviewNote: null,
    admittedOn: null,
    agreementNo: null,
    mode: null,
    workstation: null,
    mentor: null,
    plannedEndOn: null,
    extensions: [],
    endedOn: null,
    endReason: null,
    handoverDueOn: null,
    handedOverOn: null,
    note: null,
    events: [],
    ...patch
  }
}

const ids = (stays: readonly Incubation[]) => stays.map((item) => item.id)

describe('incubationBoard counts', () => {
  it('counts every status, zero when none', () => {
    const board = incubationBoard(
      [stay('a', '孵化中'), stay('b', '孵化中'), stay('c', '待初核'), stay('d', '出壳')],
      today,
      30
    )
    expect(Object.keys(board.counts)).toEqual([...INCUBATION_STATUSES])
    expect(board.counts).toEqual({
      待初核: 1,
      待入驻: 0,
      孵化中: 2,
      续驻: 0,
      出壳: 1,
      退驻: 0,
      不予入驻: 0
    })
  })

  it('is empty with no stays', () => {
    const board = incubationBoard([], today, 30)
    expect(Object.values(board.counts).every((count) => count === 0)).toBe(true)
    expect(board).toMatchObject({
      endingSoon: [],
      overdueReviews: [],
      overdueHandovers: [],
      graduatedThisYear: []
    })
  })

  it('leaves archived stays out of every figure', () => {
    const archived = { archivedAt: '2026-01-01T00:00:00.000Z' }
    const board = incubationBoard(
      [
        stay('a', '孵化中', { ...archived, plannedEndOn: '2026-11-30' }),
        stay('b', '待初核', { ...archived, reviewDueOn: '2026-01-01' }),
        stay('c', '退驻', { ...archived, handoverDueOn: '2026-01-01' }),
        stay('d', '出壳', { ...archived, endedOn: '2026-03-01' })
      ],
      today,
      30
    )
    expect(Object.values(board.counts).every((count) => count === 0)).toBe(true)
    expect(board).toMatchObject({
      endingSoon: [],
      overdueReviews: [],
      overdueHandovers: [],
      graduatedThisYear: []
    })
  })
})

describe('stays ending soon', () => {
  it.each<[string, IncubationStatus, string | null, boolean]>([
    ['past its end and still at the base', '孵化中', '2026-11-01', true],
    ['ending today', '孵化中', today, true],
    ['ending on the last day of the window', '续驻', '2026-12-22', true],
    ['ending the day after the window', '孵化中', '2026-12-23', false],
    ['with no planned end', '孵化中', null, false],
    ['not yet at the base', '待入驻', '2026-11-30', false],
    ['already 出壳', '出壳', '2026-11-30', false],
    ['already 退驻', '退驻', '2026-11-30', false]
  ])('a stay %s: listed = %s', (_case, status, plannedEndOn, listed) => {
    const board = incubationBoard([stay('a', status, { plannedEndOn })], today, 30)
    expect(ids(board.endingSoon)).toEqual(listed ? ['a'] : [])
  })

  it('uses the window it is given', () => {
    const stays = [stay('a', '孵化中', { plannedEndOn: '2026-12-02' })]
    expect(ids(incubationBoard(stays, today, 10).endingSoon)).toEqual(['a'])
    expect(ids(incubationBoard(stays, today, 9).endingSoon)).toEqual([])
  })

  it('lists the soonest end first', () => {
    const board = incubationBoard(
      [
        stay('late', '续驻', { plannedEndOn: '2026-12-20' }),
        stay('past', '孵化中', { plannedEndOn: '2026-10-31' }),
        stay('soon', '孵化中', { plannedEndOn: '2026-11-25' })
      ],
      today,
      30
    )
    expect(ids(board.endingSoon)).toEqual(['past', 'soon', 'late'])
  })
})

describe('overdue reviews', () => {
  it.each<[string, IncubationStatus, string, boolean]>([
    ['due yesterday', '待初核', '2026-11-21', true],
    ['due today', '待初核', today, false],
    ['due tomorrow', '待初核', '2026-11-23', false],
    ['already reviewed', '待入驻', '2026-11-01', false],
    ['already turned down', '不予入驻', '2026-11-01', false]
  ])('an application %s: listed = %s', (_case, status, reviewDueOn, listed) => {
    const board = incubationBoard([stay('a', status, { reviewDueOn })], today, 30)
    expect(ids(board.overdueReviews)).toEqual(listed ? ['a'] : [])
  })

  it('lists the oldest due date first', () => {
    const board = incubationBoard(
      [
        stay('b', '待初核', { reviewDueOn: '2026-11-20' }),
        stay('a', '待初核', { reviewDueOn: '2026-10-09' }),
        stay('c', '待初核', { reviewDueOn: '2026-11-21' })
      ],
      today,
      30
    )
    expect(ids(board.overdueReviews)).toEqual(['a', 'b', 'c'])
  })
})

describe('overdue handovers', () => {
  it.each<[string, Partial<Incubation>, boolean]>([
    ['past due and not handed back', { handoverDueOn: '2026-11-21' }, true],
    ['due today', { handoverDueOn: today }, false],
    ['handed back late', { handoverDueOn: '2026-11-01', handedOverOn: '2026-11-10' }, false],
    ['with nothing to hand back (虚拟)', { handoverDueOn: null }, false]
  ])('an ended stay %s: listed = %s', (_case, patch, listed) => {
    const board = incubationBoard(
      [stay('a', '退驻', { endedOn: '2026-10-01', ...patch })],
      today,
      30
    )
    expect(ids(board.overdueHandovers)).toEqual(listed ? ['a'] : [])
  })

  it('lists the most overdue first, from 出壳 and 退驻 alike', () => {
    const board = incubationBoard(
      [
        stay('b', '出壳', { handoverDueOn: '2026-11-10' }),
        stay('a', '退驻', { handoverDueOn: '2026-10-27' })
      ],
      today,
      30
    )
    expect(ids(board.overdueHandovers)).toEqual(['a', 'b'])
  })
})

describe('graduations this year', () => {
  it('lists this year’s 出壳, latest first, and nothing else', () => {
    const board = incubationBoard(
      [
        stay('jan', '出壳', { endedOn: '2026-01-01' }),
        stay('last-year', '出壳', { endedOn: '2025-12-31' }),
        stay('sep', '出壳', { endedOn: '2026-09-30' }),
        stay('exit', '退驻', { endedOn: '2026-06-01' }),
        stay('nov', '出壳', { endedOn: '2026-11-22' })
      ],
      today,
      30
    )
    expect(ids(board.graduatedThisYear)).toEqual(['nov', 'sep', 'jan'])
  })

  it('starts afresh on 1 January', () => {
    const stays = [stay('a', '出壳', { endedOn: '2026-12-31' })]
    expect(ids(incubationBoard(stays, '2026-12-31', 30).graduatedThisYear)).toEqual(['a'])
    expect(ids(incubationBoard(stays, '2027-01-01', 30).graduatedThisYear)).toEqual([])
  })
})

it('does not reorder or change the list it is given', () => {
  const stays = [
    stay('b', '孵化中', { plannedEndOn: '2026-12-01' }),
    stay('a', '孵化中', { plannedEndOn: '2026-11-25' })
  ]
  const before = structuredClone(stays)
  incubationBoard(stays, today, 30)
  expect(stays).toEqual(before)
})
