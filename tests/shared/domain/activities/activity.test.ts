import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  activityTotals,
  activityTotalsByCommunity,
  checkActivity,
  checkStoredActivity,
  type Activity
} from '@shared/domain/activities/activity'
import { fillActuals } from '@shared/domain/performance/indicator-tree'
import { PERFORMANCE_TEMPLATES } from '@shared/domain/performance/templates'

const today = '2026-11-22'
const period = { startOn: '2026-03-01', endOn: '2027-02-28' }

const session = {
  projectId: 'project-1',
  date: '2026-06-13',
  communityId: 'community-1',
  title: '长者防诈骗讲座',
  participants: 42,
  volunteers: 6,
  volunteerHours: 15,
  socialWorkerIds: ['sw-1', 'sw-2'],
  note: null
}

function issues(result: ReturnType<typeof checkActivity>) {
  return result.ok ? result.warnings : result.issues
}

describe('checkActivity', () => {
  it('accepts an activity during the project period', () => {
    expect(checkActivity(session, today, period)).toEqual({
      ok: true,
      value: session,
      warnings: []
    })
  })

  it('tidies what a form sends: trimmed text, no community as null, each social worker once', () => {
    const sent = {
      ...session,
      title: ' 长者防诈骗讲座 ',
      communityId: '',
      note: '',
      socialWorkerIds: ['sw-1', 'sw-2', 'sw-1']
    }
    expect(checkActivity(sent, today, period)).toEqual({
      ok: true,
      value: { ...session, communityId: null },
      warnings: []
    })
  })

  describe('dates', () => {
    it('takes an activity held today', () => {
      expect(checkActivity({ ...session, date: today }, today, period).ok).toBe(true)
    })

    it('refuses an activity in the future', () => {
      expect(checkActivity({ ...session, date: '2026-11-23' }, today, period)).toEqual({
        ok: false,
        issues: [{ field: 'date', level: 'error', message: '活动日期 2026-11-23 晚于今天' }]
      })
    })

    it.each([
      ['before the period', '2026-02-28', '活动日期 2026-02-28 早于项目服务期开始日 2026-03-01'],
      ['after the period', '2027-03-01', '活动日期 2027-03-01 晚于项目服务期结束日 2027-02-28']
    ])('warns about an activity %s', (_case, date, message) => {
      expect(checkActivity({ ...session, date }, '2027-06-30', period)).toEqual({
        ok: true,
        value: { ...session, date },
        warnings: [{ field: 'date', level: 'warning', message }]
      })
    })

    it.each([
      ['no period', null],
      ['a period not yet known', { startOn: null, endOn: null }]
    ])('checks only the calendar with %s', (_case, given) => {
      expect(checkActivity({ ...session, date: '2020-01-05' }, today, given)).toEqual({
        ok: true,
        value: { ...session, date: '2020-01-05' },
        warnings: []
      })
    })
  })

  describe('volunteers', () => {
    it.each([
      ['no volunteers and no hours', 0, 0],
      ['half hours', 6, 14.5],
      ['a full day each', 6, 144]
    ])('accepts %s', (_case, volunteers, volunteerHours) => {
      expect(checkActivity({ ...session, volunteers, volunteerHours }, today, period).ok).toBe(true)
    })

    it.each([
      [
        'hours with no volunteers',
        0,
        3,
        {
          field: 'volunteers',
          level: 'error',
          message: '记录了志愿服务时长 3 小时，请填写志愿者人次'
        }
      ],
      [
        'more hours than the volunteers have in a day',
        6,
        144.5,
        {
          field: 'volunteerHours',
          level: 'error',
          message: '志愿服务时长 144.5 小时超过 6 名志愿者一天最多的 144 小时'
        }
      ],
      [
        'hours not in half hours',
        6,
        2.25,
        { field: 'volunteerHours', level: 'error', message: '志愿服务时长以半小时为单位' }
      ],
      [
        'negative hours',
        6,
        -1,
        { field: 'volunteerHours', level: 'error', message: '志愿服务时长不能为负' }
      ],
      [
        'a fraction of a volunteer',
        1.5,
        3,
        { field: 'volunteers', level: 'error', message: '志愿者人次须为整数' }
      ]
    ])('refuses %s', (_case, volunteers, volunteerHours, issue) => {
      expect(checkActivity({ ...session, volunteers, volunteerHours }, today, period)).toEqual({
        ok: false,
        issues: [issue]
      })
    })
  })

  it('warns about an activity that served nobody', () => {
    expect(issues(checkActivity({ ...session, participants: 0 }, today, period))).toEqual([
      { field: 'participants', level: 'warning', message: '服务人次为 0，请核对' }
    ])
  })

  it.each([
    [{ title: ' ' }, { field: 'title', level: 'error', message: '请填写活动名称' }],
    [{ projectId: '' }, { field: 'projectId', level: 'error', message: '缺少项目' }],
    [
      { participants: -3 },
      { field: 'participants', level: 'error', message: '服务人次不能为负数' }
    ],
    [
      { date: '2026-02-30' },
      { field: 'date', level: 'error', message: '活动日期不是有效日期（YYYY-MM-DD）' }
    ],
    [{ amountFen: 100 }, { field: '', level: 'error', message: '不认识的字段：amountFen' }]
  ])('refuses %j', (patch, issue) => {
    expect(checkActivity({ ...session, ...patch }, today, period)).toEqual({
      ok: false,
      issues: [issue]
    })
  })
})

describe('checkStoredActivity', () => {
  it('accepts a stored row as it is', () => {
    expect(checkStoredActivity(session, today)).toEqual({ ok: true, value: session, warnings: [] })
  })

  it('applies the record’s own rules but not the project period (checked with the references)', () => {
    expect(checkStoredActivity({ ...session, date: '2020-01-05' }, today).ok).toBe(true)
    expect(issues(checkStoredActivity({ ...session, date: '2026-12-01' }, today))).toEqual([
      { field: 'date', level: 'error', message: '活动日期 2026-12-01 晚于今天' }
    ])
    expect(issues(checkStoredActivity({ ...session, volunteers: 0 }, today))).toEqual([
      {
        field: 'volunteers',
        level: 'error',
        message: '记录了志愿服务时长 15 小时，请填写志愿者人次'
      }
    ])
  })

  it.each([
    [{ communityId: '' }, 'communityId'],
    [{ title: '' }, 'title'],
    [{ note: undefined }, 'note'],
    [{ createdAt: '2026-06-13T08:00:00.000Z' }, '']
  ])('refuses a row with %j', (patch, field) => {
    const result = checkStoredActivity({ ...session, ...patch }, today)
    expect(result.ok).toBe(false)
    expect(issues(result).map((issue) => issue.field)).toEqual([field])
  })
})

function activity(overrides: Partial<Activity>): Activity {
  return {
    id: 'a',
    createdAt: '2026-06-13T08:00:00.000Z',
    updatedAt: '2026-06-13T08:00:00.000Z',
    archivedAt: null,
    ...session,
    ...overrides
  }
}

const log: Activity[] = [
  activity({ id: 'a1', communityId: 'c1', participants: 42, volunteers: 6, volunteerHours: 15 }),
  activity({ id: 'a2', communityId: 'c2', participants: 18, volunteers: 2, volunteerHours: 4.5 }),
  activity({ id: 'a3', communityId: 'c1', participants: 30, volunteers: 0, volunteerHours: 0 }),
  activity({ id: 'a4', communityId: null, participants: 120, volunteers: 3, volunteerHours: 6 }),
  activity({
    id: 'a5',
    communityId: 'c3',
    participants: 999,
    volunteers: 9,
    volunteerHours: 99,
    archivedAt: '2026-07-01T00:00:00.000Z'
  })
]

describe('activityTotals', () => {
  it('adds up live records and counts the distinct communities reached', () => {
    expect(activityTotals(log)).toEqual({
      sessions: 4,
      participants: 210,
      volunteers: 11,
      volunteerHours: 25.5,
      communities: 2
    })
  })

  it('is all zeros without activities', () => {
    expect(activityTotals([])).toEqual({
      sessions: 0,
      participants: 0,
      volunteers: 0,
      volunteerHours: 0,
      communities: 0
    })
  })

  it('fills the activity-counted indicators of a template', () => {
    const tree = PERFORMANCE_TEMPLATES.find((candidate) => candidate.key === 'venture-project')!
    const filled = fillActuals(tree.indicators, activityTotals(log))
    expect(
      filled.filter((node) => node.metric !== null).map((node) => [node.name, node.actual])
    ).toEqual([
      ['活动场次', 4],
      ['服务人次', 210],
      ['志愿服务时长', 25.5]
    ])
  })
})

describe('activityTotalsByCommunity', () => {
  it('gives totals per community, activities with none under null, archived ones left out', () => {
    expect(activityTotalsByCommunity(log)).toEqual(
      new Map([
        [
          'c1',
          { sessions: 2, participants: 72, volunteers: 6, volunteerHours: 15, communities: 1 }
        ],
        [
          'c2',
          { sessions: 1, participants: 18, volunteers: 2, volunteerHours: 4.5, communities: 1 }
        ],
        [null, { sessions: 1, participants: 120, volunteers: 3, volunteerHours: 6, communities: 0 }]
      ])
    )
  })

  it('adds up, community by community, to the totals of the whole', () => {
    const record = fc.record({
      communityId: fc.constantFrom('c1', 'c2', 'c3', null),
      participants: fc.nat(500),
      volunteers: fc.nat(50),
      volunteerHours: fc.nat(400).map((halves) => halves / 2),
      archivedAt: fc.constantFrom(null, '2026-07-01T00:00:00.000Z')
    })
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (activities) => {
        const whole = activityTotals(activities)
        const parts = [...activityTotalsByCommunity(activities).values()]
        for (const metric of [
          'sessions',
          'participants',
          'volunteers',
          'volunteerHours'
        ] as const) {
          expect(parts.reduce((sum, part) => sum + part[metric], 0)).toBe(whole[metric])
        }
        expect(parts.reduce((sum, part) => sum + part.communities, 0)).toBe(whole.communities)
      })
    )
  })
})
