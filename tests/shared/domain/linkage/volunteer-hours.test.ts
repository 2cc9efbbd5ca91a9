import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { volunteerHoursByCommunity } from '@shared/domain/linkage/volunteer-hours'

type Row = Parameters<typeof volunteerHoursByCommunity>[0][number]

const activity = (patch: Partial<Row>): Row => ({
  projectId: 'p-one',
  date: '2026-06-13',
  communityId: 'c1',
  volunteers: 4,
  volunteerHours: 6,
  archivedAt: null,
  ...patch
})

/** p-one works in c1 alone; p-two in c1 and c2; p-dup lists c2 twice, which is still one. */
const projects = [
  { id: 'p-one', communityIds: ['c1'] },
  { id: 'p-two', communityIds: ['c1', 'c2'] },
  { id: 'p-dup', communityIds: ['c2', 'c2'] }
]

describe('volunteerHoursByCommunity', () => {
  it('adds up hours, 志愿者人次 and activities where each took place', () => {
    const rows = [
      activity({}),
      activity({ volunteers: 2, volunteerHours: 1.5 }),
      activity({ communityId: 'c2', projectId: 'p-two', volunteers: 3, volunteerHours: 4.5 })
    ]
    expect(volunteerHoursByCommunity(rows, projects)).toEqual(
      new Map([
        ['c1', { hours: 7.5, volunteerVisits: 6, activities: 2 }],
        ['c2', { hours: 4.5, volunteerVisits: 3, activities: 1 }]
      ])
    )
  })

  it('puts an activity without a community under its project’s only one, else under none', () => {
    const rows = [
      activity({ communityId: null }),
      activity({ communityId: null, projectId: 'p-dup' }),
      activity({ communityId: null, projectId: 'p-two' }),
      activity({ communityId: null, projectId: 'p-unknown' })
    ]
    expect(volunteerHoursByCommunity(rows, projects)).toEqual(
      new Map([
        ['c1', { hours: 6, volunteerVisits: 4, activities: 1 }],
        ['c2', { hours: 6, volunteerVisits: 4, activities: 1 }],
        [null, { hours: 12, volunteerVisits: 8, activities: 2 }]
      ])
    )
  })

  it('leaves out archived activities and those without volunteers', () => {
    const rows = [
      activity({ archivedAt: '2026-07-01T02:00:00.000Z' }),
      activity({ volunteers: 0, volunteerHours: 0 })
    ]
    expect(volunteerHoursByCommunity(rows, projects)).toEqual(new Map())
  })

  it('counts one year when asked', () => {
    const rows = [
      activity({ date: '2025-12-31' }),
      activity({ date: '2026-01-01', volunteerHours: 2 }),
      activity({ date: '2027-01-01' })
    ]
    expect(volunteerHoursByCommunity(rows, projects, 2026)).toEqual(
      new Map([['c1', { hours: 2, volunteerVisits: 4, activities: 1 }]])
    )
    expect(volunteerHoursByCommunity(rows, projects).get('c1')?.activities).toBe(3)
  })

  it('sums half hours exactly, however many', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 200 }), (halves) => {
        const rows = halves.map((half) => activity({ volunteers: 100, volunteerHours: half / 2 }))
        const expected = halves.reduce((sum, half) => sum + half, 0) / 2
        const figures = volunteerHoursByCommunity(rows, projects).get('c1')
        expect(figures?.hours ?? 0).toBe(expected)
      })
    )
  })
})
