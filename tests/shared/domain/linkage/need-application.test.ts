import { describe, expect, it } from 'vitest'
import type { Need } from '@shared/domain/linkage/need'
import { applicationDraftFromNeed } from '@shared/domain/linkage/need-application'
import { checkApplicationDraft, submissionIssues } from '@shared/domain/venture/application'
import { newRoundDraft } from '@shared/domain/venture/round'

/** The 2027 round with the default tracks; its call runs 2027-03-01 to 2027-03-31. */
const round = { id: 'round-2027', ...newRoundDraft(2027, 200_000_000) }
const community = { name: '光华社区' }
const today = '2027-03-10'

const need: Pick<
  Need,
  'id' | 'name' | 'communityId' | 'category' | 'source' | 'raisedBy' | 'raisedOn' | 'description'
> = {
  id: 'n-1',
  name: '老年助餐',
  communityId: 'c-guanghua',
  category: '为老服务',
  source: '议事会',
  raisedBy: 36,
  raisedOn: '2026-10-15',
  description: '独居老人午餐无人照应'
}

describe('applicationDraftFromNeed', () => {
  it('prefills the draft from the need', () => {
    expect(applicationDraftFromNeed(need, community, round, 'o-1')).toEqual({
      roundId: 'round-2027',
      organizationId: 'o-1',
      title: '光华社区老年助餐项目',
      track: 'elderly',
      communityIds: ['c-guanghua'],
      needIds: ['n-1'],
      beneficiaries: [{ type: '老年人', count: 36 }],
      problem:
        '2026-10-15，光华社区 36 名居民经居民议事会提出“老年助餐”的需求。\n独居老人午餐无人照应',
      objectives: '回应光华社区 36 名居民提出的“老年助餐”需求。',
      activities: [],
      team: [],
      budgetLines: [],
      requestedFen: 0,
      matchingFen: 0,
      contactName: null,
      contactPhone: null
    })
  })

  it('is a draft the applications repository accepts, warning only of the missing budget', () => {
    const result = checkApplicationDraft(
      applicationDraftFromNeed(need, community, round, 'o-1'),
      round,
      today
    )
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('；'))
    expect(result.warnings.every((issue) => /^(budgetLines|requestedFen)/.test(issue.field))).toBe(
      true
    )
  })

  it('leaves the applicant to choose when none is given', () => {
    const result = checkApplicationDraft(
      applicationDraftFromNeed(need, community, round),
      round,
      today
    )
    expect(result.ok ? [] : result.issues).toEqual([
      { field: 'organizationId', level: 'error', message: '请选择申报组织' }
    ])
  })

  it('leaves the activities, contact and budget for the preparer before submitting', () => {
    const result = checkApplicationDraft(
      applicationDraftFromNeed(need, community, round, 'o-1'),
      round,
      today
    )
    if (!result.ok) throw new Error('draft refused')
    const fields = submissionIssues(result.value, round, today).map((issue) => issue.field)
    expect(fields.filter((field) => !/^(budgetLines|requestedFen)/.test(field))).toEqual([
      'activities',
      'contactName',
      'contactPhone'
    ])
    expect(fields.some((field) => /^(budgetLines|requestedFen)/.test(field))).toBe(true)
  })

  it.each<[string, Partial<typeof need>, string, string]>([
    ['a category no track has: the first track', { category: '矛盾调解' }, 'elderly', '社区居民'],
    ['the 助残服务 track', { category: '助残服务' }, 'disability', '残疾人'],
    ['the 社区治理 track', { category: '社区治理' }, 'governance', '社区居民']
  ])('takes %s', (_, patch, track, beneficiary) => {
    const draft = applicationDraftFromNeed({ ...need, ...patch }, community, round, 'o-1')
    expect([draft.track, draft.beneficiaries[0]!.type]).toEqual([track, beneficiary])
  })

  it('finds the track by name whatever its key', () => {
    const renamed = {
      ...round,
      tracks: [
        { key: 't1', name: '综合', budgetFen: null },
        { key: 't2', name: '为老服务', budgetFen: null }
      ]
    }
    expect(applicationDraftFromNeed(need, community, renamed).track).toBe('t2')
  })

  it('titles the draft with the need alone when community and need exceed 60 characters', () => {
    const long = { ...need, name: '老'.repeat(55) }
    const draft = applicationDraftFromNeed(long, community, round, 'o-1')
    expect(draft.title).toBe('老'.repeat(55))
    expect(checkApplicationDraft(draft, round, today).ok).toBe(true)
  })

  it('words the channel and leaves out a missing description', () => {
    const draft = applicationDraftFromNeed(
      { ...need, source: '12345', description: null },
      community,
      round
    )
    expect(draft.problem).toBe('2026-10-15，光华社区 36 名居民经 12345 热线提出“老年助餐”的需求。')
  })
})
