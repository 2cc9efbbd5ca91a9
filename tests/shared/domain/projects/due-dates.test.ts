import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DUE_KINDS,
  DUE_URGENCIES,
  dueList,
  evaluationSchedule,
  plannedTrancheDueOn,
  projectDueItems,
  type DueItem,
  type ProjectDueInput
} from '@shared/domain/projects/due-dates'

describe('evaluationSchedule', () => {
  it.each<[string, string, string, [string, string, number | null][]]>([
    [
      'one year: 中期 at the midpoint, 末期 one month before the end',
      '2026-07-01',
      '2027-06-30',
      [
        ['中期', '2026-12-30', null],
        ['末期', '2027-05-30', null]
      ]
    ],
    [
      'a month end with no such day a month earlier',
      '2026-04-01',
      '2027-03-31',
      [
        ['中期', '2026-09-30', null],
        ['末期', '2027-02-28', null]
      ]
    ],
    [
      'three years: a 年度 at each year end before the 末期',
      '2026-07-01',
      '2029-06-30',
      [
        ['年度', '2026-12-31', 2026],
        ['中期', '2027-12-30', null],
        ['年度', '2027-12-31', 2027],
        ['年度', '2028-12-31', 2028],
        ['末期', '2029-05-30', null]
      ]
    ],
    [
      'six weeks: the 末期 not before the 中期',
      '2026-07-01',
      '2026-08-15',
      [
        ['中期', '2026-07-23', null],
        ['末期', '2026-07-23', null]
      ]
    ]
  ])('%s', (_case, startOn, endOn, expected) => {
    expect(
      evaluationSchedule(startOn, endOn).map((due) => [due.kind, due.dueOn, due.year])
    ).toEqual(expected)
  })
})

/** A one-year project running 2026-07-01 – 2027-06-30 under contract LC-2026-018. */
const input = (patch: Partial<ProjectDueInput> = {}): ProjectDueInput => ({
  project: {
    id: 'project-1',
    status: '执行中',
    approvedOn: '2026-05-20',
    startOn: '2026-07-01',
    endOn: '2027-06-30'
  },
  agreement: { number: 'LC-2026-018', startOn: '2026-07-01', endOn: '2027-06-30' },
  payments: [],
  evaluations: [],
  ...patch
})

const rows = (items: DueItem[]) =>
  items.map((item) => [item.kind, item.title, item.dueOn, item.daysLeft, item.urgency])

describe('plannedTrancheDueOn', () => {
  const agreement = { signedOn: '2026-06-20', startOn: '2026-07-01', endOn: '2027-06-30' }

  it.each([
    ['signing', '2026-07-05'],
    // 中期 due 2026-12-30, 末期 2027-05-30; each tranche 30 days later.
    ['midterm', '2027-01-29'],
    ['final', '2027-06-29']
  ] as const)('plans a %s tranche for %s', (gate, dueOn) => {
    expect(plannedTrancheDueOn(gate, agreement)).toBe(dueOn)
  })
})

describe('projectDueItems', () => {
  it('lists the tranches not yet paid that have a date, and the evaluations not yet final', () => {
    const due = input({
      payments: [
        { no: 1, status: '已拨付', dueOn: '2026-07-10', amountFen: 4_000_000 },
        { no: 2, status: '可拨付', dueOn: '2027-01-10', amountFen: 4_000_000 },
        { no: 3, status: '计划', dueOn: null, amountFen: 2_000_000 },
        { no: 4, status: '追回', dueOn: '2026-12-01', amountFen: 1 }
      ],
      evaluations: [{ kind: '中期', status: '草稿' }]
    })
    expect(rows(projectDueItems(due, '2026-12-25'))).toEqual([
      ['拨付', '第 2 期拨付 40,000.00 元', '2027-01-10', 16, '30天内'],
      ['中期评估', '中期评估', '2026-12-30', 5, '7天内'],
      ['末期评估', '末期评估', '2027-05-30', 156, '以后']
    ])
  })

  it('drops an evaluation once one of its kind is final', () => {
    const due = input({ evaluations: [{ kind: '中期', status: '定稿' }] })
    expect(projectDueItems(due, '2027-01-05').map((item) => item.kind)).toEqual(['末期评估'])
  })

  it('counts an overdue evaluation in negative days', () => {
    expect(rows(projectDueItems(input(), '2027-01-05'))[0]).toEqual([
      '中期评估',
      '中期评估',
      '2026-12-30',
      -6,
      '已逾期'
    ])
  })

  it.each<[string, string, number | null]>([
    ['31 days before the end: not yet', '2027-05-30', null],
    ['30 days before the end', '2027-05-31', 30],
    ['on the last day', '2027-06-30', 0],
    ['after the end, still not closed', '2027-07-05', -5]
  ])('lists the end of the contract %s', (_case, today, daysLeft) => {
    const due = input({
      evaluations: [
        { kind: '中期', status: '定稿' },
        { kind: '末期', status: '定稿' }
      ]
    })
    const items = projectDueItems(due, today)
    expect(items.map((item) => [item.title, item.daysLeft])).toEqual(
      daysLeft === null ? [] : [['合同 LC-2026-018 到期', daysLeft]]
    )
  })

  it('follows the agreement as amended, now beyond a year, rather than the project’s period', () => {
    const due = input({
      agreement: { number: 'LC-2026-018', startOn: '2026-07-01', endOn: '2027-09-30' }
    })
    expect(projectDueItems(due, '2027-06-01').map((item) => [item.kind, item.dueOn])).toEqual([
      ['年度评估', '2026-12-31'],
      ['中期评估', '2027-02-14'],
      ['末期评估', '2027-08-30']
    ])
  })

  it('tracks each 年度 evaluation by its year', () => {
    const due = input({
      project: { ...input().project, endOn: '2029-06-30' },
      agreement: null,
      evaluations: [
        { kind: '年度', status: '定稿', year: 2026 },
        { kind: '年度', status: '草稿', year: 2027 }
      ]
    })
    expect(
      projectDueItems(due, '2027-01-10')
        .filter((item) => item.kind === '年度评估')
        .map((item) => item.title)
    ).toEqual(['2027 年度评估', '2028 年度评估'])
  })

  it('uses the office’s own schedule when it has one', () => {
    const due = input({ dueEvaluations: [{ kind: '末期', dueOn: '2027-06-15', year: null }] })
    expect(rows(projectDueItems(due, '2027-06-10'))).toEqual([
      ['末期评估', '末期评估', '2027-06-15', 5, '7天内'],
      ['合同到期', '合同 LC-2026-018 到期', '2027-06-30', 20, '30天内']
    ])
  })

  it.each<[string, string, string[]]>([
    ['30 days after 立项: nothing yet', '2026-06-19', []],
    [
      '31 days after 立项: the signature is overdue',
      '2026-06-20',
      ['签约（立项已 31 天，协议尚未签订）']
    ]
  ])('asks a 待签约 project for its signature, %s', (_case, today, titles) => {
    const due = input({
      project: { ...input().project, status: '待签约' },
      agreement: null
    })
    const items = projectDueItems(due, today)
    expect(items.map((item) => item.title)).toEqual(titles)
    if (titles.length > 0) {
      expect(items[0]).toMatchObject({ dueOn: '2026-06-19', daysLeft: -1, urgency: '已逾期' })
    }
  })

  it('lists a 待签约 project’s dated tranches but no evaluations yet', () => {
    const due = input({
      project: { ...input().project, status: '待签约' },
      payments: [{ no: 1, status: '计划', dueOn: '2026-07-15', amountFen: 4_000_000 }]
    })
    expect(projectDueItems(due, '2026-06-10').map((item) => item.kind)).toEqual(['拨付'])
  })

  it('lists nothing for a running project whose period is not known', () => {
    const due = input({
      project: { ...input().project, startOn: null, endOn: null },
      agreement: null
    })
    expect(projectDueItems(due, '2026-12-25')).toEqual([])
  })

  it.each(['已结项', '已终止'] as const)('lists nothing for a %s project', (status) => {
    const due = input({
      project: { ...input().project, status },
      payments: [{ no: 3, status: '暂缓', dueOn: '2027-07-10', amountFen: 2_000_000 }]
    })
    expect(projectDueItems(due, '2027-07-20')).toEqual([])
  })

  it('names the project on every item', () => {
    expect(projectDueItems(input(), '2026-12-25').map((item) => item.projectId)).toEqual([
      'project-1',
      'project-1'
    ])
  })
})

describe('dueList', () => {
  const item = (
    projectId: string,
    kind: DueItem['kind'],
    dueOn: string,
    urgency: DueItem['urgency']
  ): DueItem => ({ projectId, kind, title: kind, dueOn, daysLeft: 0, urgency })

  it('puts the overdue first, then the nearest, then by kind', () => {
    const items = [
      item('b', '末期评估', '2027-05-30', '以后'),
      item('a', '拨付', '2027-01-02', '7天内'),
      item('c', '合同到期', '2026-12-20', '已逾期'),
      item('a', '拨付', '2026-12-28', '7天内'),
      item('b', '中期评估', '2026-12-28', '7天内'),
      item('c', '签约', '2026-11-01', '已逾期')
    ]
    expect(dueList(items).map((entry) => [entry.projectId, entry.kind, entry.dueOn])).toEqual([
      ['c', '签约', '2026-11-01'],
      ['c', '合同到期', '2026-12-20'],
      ['a', '拨付', '2026-12-28'],
      ['b', '中期评估', '2026-12-28'],
      ['a', '拨付', '2027-01-02'],
      ['b', '末期评估', '2027-05-30']
    ])
  })

  it('keeps every item and orders any list by urgency, then date', () => {
    const anyItem = fc
      .record({
        kind: fc.constantFrom(...DUE_KINDS),
        day: fc.integer({ min: 1, max: 28 }),
        urgency: fc.constantFrom(...DUE_URGENCIES)
      })
      .map(({ kind, day, urgency }) =>
        item('p', kind, `2027-01-${String(day).padStart(2, '0')}`, urgency)
      )
    fc.assert(
      fc.property(fc.array(anyItem, { maxLength: 30 }), (items) => {
        const sorted = dueList(items)
        expect(sorted).toHaveLength(items.length)
        expect(new Set(sorted)).toEqual(new Set(items))
        sorted.slice(1).forEach((entry, index) => {
          const before = sorted[index]!
          const rank = DUE_URGENCIES.indexOf(entry.urgency) - DUE_URGENCIES.indexOf(before.urgency)
          expect(rank > 0 || (rank === 0 && entry.dueOn >= before.dueOn)).toBe(true)
        })
      })
    )
  })
})
