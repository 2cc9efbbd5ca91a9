import { describe, expect, it } from 'vitest'
import { standInFor, topField } from '@shared/domain/check'
import {
  checkOrganization,
  ORGANIZATION_STAND_INS,
  type OrganizationDraft
} from '@shared/domain/organizations/organization'

describe('topField', () => {
  it.each([
    ['rating.ratedOn', 'rating'],
    ['annualChecks.0.year', 'annualChecks'],
    ['uscc', 'uscc'],
    ['', '']
  ])('reads %j as %j', (path, field) => {
    expect(topField(path)).toBe(field)
  })
})

describe('standInFor', () => {
  const standIns = { name: '—', count: 0, tags: [] as string[] }

  it('replaces the broken fields and keeps the others', () => {
    const draft = { name: '', count: -1, tags: ['a'] }
    expect(standInFor(draft, new Set(['count']), standIns)).toEqual({
      name: '',
      count: 0,
      tags: ['a']
    })
  })

  it('leaves the draft itself unchanged', () => {
    const draft = { name: '', count: -1, tags: ['a'] }
    standInFor(draft, new Set(['name', 'count']), standIns)
    expect(draft).toEqual({ name: '', count: -1, tags: ['a'] })
  })

  it('adds nothing for a path the stand-ins do not name (the record as a whole)', () => {
    const draft = { name: 'x', count: 1, tags: [] as string[] }
    const stood = standInFor(draft, new Set(['', 'other']), standIns)
    expect(stood).toEqual(draft)
    expect(Object.keys(stood)).toEqual(['name', 'count', 'tags'])
  })

  it("lets an entity's rule report on the other fields while one is broken", () => {
    const draft: OrganizationDraft = {
      ...ORGANIZATION_STAND_INS,
      staffCount: -1,
      establishedOn: '2999-01-01'
    }
    const first = checkOrganization(draft, '2024-05-01')
    expect(first.ok ? [] : first.issues.map((issue) => issue.field)).toEqual(['staffCount'])
    const second = checkOrganization(
      standInFor(draft, new Set(['staffCount']), ORGANIZATION_STAND_INS),
      '2024-05-01'
    )
    expect(second.ok ? [] : second.issues.map((issue) => issue.field)).toEqual(['establishedOn'])
  })
})
