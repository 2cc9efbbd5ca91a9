import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Need, NeedStatus } from '@shared/domain/linkage/need'
import type { NeedMatch } from '@shared/domain/linkage/need-match'
import { matchesAfterMerge, mergeNeeds } from '@shared/domain/linkage/need-merge'
import { pinyinKeys } from '@shared/text/pinyin'

const at = '2026-11-22T03:00:00.000Z'

function need(patch: Partial<Need> = {}): Need {
  const name = patch.name ?? '老年助餐'
  return {
    id: 'n-1',
    createdAt: '2026-10-15T02:00:00.000Z',
    updatedAt: '2026-10-15T02:00:00.000Z',
    archivedAt: null,
    ...pinyinKeys(name),
    name,
    communityId: 'c-guanghua',
    category: '为老服务',
    source: '议事会',
    raisedBy: 10,
    raisedOn: '2026-10-15',
    description: null,
    status: '待对接',
    projectIds: [],
    mergedIntoId: null,
    resolution: null,
    ...patch
  }
}

const target = need({ id: 't', name: '老年助餐', description: '独居老人午餐无人照应' })
const fromBox = need({
  id: 'd-1',
  name: '老人吃饭难',
  source: '征集箱',
  raisedBy: 7,
  raisedOn: '2026-09-30',
  status: '已对接',
  projectIds: ['p-1'],
  description: '征集箱纸条'
})
const fromGrid = need({
  id: 'd-2',
  name: '助餐点',
  source: '网格',
  raisedBy: 3,
  raisedOn: '2026-11-02',
  projectIds: ['p-2', 'p-1']
})

const messages = (result: ReturnType<typeof mergeNeeds>) =>
  result.ok ? [] : result.issues.map((issue) => issue.message)

describe('mergeNeeds', () => {
  it('adds the counts, keeps the earliest date, every project and the furthest status', () => {
    const result = mergeNeeds(target, [fromBox, fromGrid], at)
    expect(result).toEqual({
      ok: true,
      value: {
        target: {
          ...target,
          raisedBy: 20,
          raisedOn: '2026-09-30',
          projectIds: ['p-1', 'p-2'],
          status: '已对接'
        },
        merged: [
          { ...fromBox, archivedAt: at, mergedIntoId: 't' },
          { ...fromGrid, archivedAt: at, mergedIntoId: 't' }
        ]
      },
      warnings: []
    })
  })

  it('merges a duplicate listed twice once', () => {
    const result = mergeNeeds(target, [fromGrid, fromGrid], at)
    expect(result.ok && [result.value.target.raisedBy, result.value.merged.length]).toEqual([13, 1])
  })

  it.each<[NeedStatus[], NeedStatus]>([
    [['待对接', '待对接'], '待对接'],
    [['待对接', '服务中', '已对接'], '服务中'],
    [['已对接', '待对接'], '已对接']
  ])('of target and duplicates in %j, the merged need is %s', (statuses, want) => {
    const [first, ...rest] = statuses.map((status, i) => need({ id: `n-${i}`, status }))
    const result = mergeNeeds(first!, rest, at)
    expect(result.ok && result.value.target.status).toBe(want)
  })

  it('merges resolved duplicates into a resolved target, which keeps its resolution', () => {
    const resolved = { status: '已解决' as const, resolution: '助餐点已开放' }
    const result = mergeNeeds(
      need({ id: 't', ...resolved }),
      [need({ id: 'd', ...resolved, resolution: '另记' })],
      at
    )
    expect(result).toMatchObject({
      ok: true,
      value: { target: { status: '已解决', resolution: '助餐点已开放', raisedBy: 20 } }
    })
  })

  it.each<[string, Need, Need[], string[]]>([
    ['nothing to merge', target, [], ['请至少选择一条要合并的重复需求']],
    ['the target into itself', target, [target], ['不能把需求“老年助餐”合并到自身']],
    [
      'needs of another community',
      target,
      [fromBox, need({ id: 'x', name: '送餐', communityId: 'c-other' })],
      ['不同社区的需求不能合并：“送餐”与“老年助餐”不在同一社区']
    ],
    [
      'an archived or already merged duplicate',
      target,
      [
        need({ id: 'x', name: '送餐', archivedAt: at }),
        need({ id: 'y', name: '食堂', archivedAt: at, mergedIntoId: 'z' })
      ],
      ['需求“食堂”已合并到其他需求，不能再合并', '需求“送餐”已归档，不能合并']
    ],
    [
      'into an archived target',
      need({ id: 't', archivedAt: at }),
      [fromBox],
      ['需求“老年助餐”已归档，不能作为合并目标']
    ],
    [
      'into a merged target',
      need({ id: 't', archivedAt: at, mergedIntoId: 'z' }),
      [fromBox],
      ['需求“老年助餐”已合并到其他需求，不能作为合并目标']
    ],
    [
      'a resolved duplicate into an open need',
      target,
      [need({ id: 'x', name: '送餐', status: '已解决', resolution: '已办' })],
      ['已解决的需求“送餐”不能并入未解决的需求“老年助餐”']
    ],
    [
      'an open duplicate into a resolved need',
      need({ id: 't', status: '已解决', resolution: '已办' }),
      [fromBox],
      [
        '需求“老年助餐”已解决，未解决的需求“老人吃饭难”不能并入；请先重新打开“老年助餐”，或以未解决的需求为合并目标'
      ]
    ]
  ])('refuses %s', (_, into, duplicates, want) => {
    expect(messages(mergeNeeds(into, duplicates, at))).toEqual(want)
  })

  it('adds up the counts and keeps the earliest date for any set of duplicates', () => {
    const openStatus = fc.constantFrom<NeedStatus>('待对接', '已对接', '服务中')
    const row = fc.record({
      raisedBy: fc.integer({ min: 1, max: 100_000 }),
      day: fc.integer({ min: 1, max: 28 }),
      status: openStatus,
      projectIds: fc.uniqueArray(fc.constantFrom('p-1', 'p-2', 'p-3', 'p-4'), { maxLength: 3 })
    })
    fc.assert(
      fc.property(row, fc.array(row, { minLength: 1, maxLength: 12 }), (first, rest) => {
        const [into, ...duplicates] = [first, ...rest].map((r, i) =>
          need({
            id: `n-${i}`,
            raisedBy: r.raisedBy,
            raisedOn: `2026-10-${String(r.day).padStart(2, '0')}`,
            status: r.status,
            projectIds: r.projectIds
          })
        )
        const all = [into!, ...duplicates]
        const result = mergeNeeds(into!, duplicates, at)
        if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('；'))
        const merged = result.value.target
        expect(merged.raisedBy).toBe(all.reduce((sum, n) => sum + n.raisedBy, 0))
        expect(merged.raisedOn).toBe(all.map((n) => n.raisedOn).sort()[0])
        expect(new Set(merged.projectIds)).toEqual(new Set(all.flatMap((n) => n.projectIds)))
        expect(merged.projectIds).toHaveLength(new Set(merged.projectIds).size)
        expect(result.value.merged.map((n) => [n.id, n.mergedIntoId, n.archivedAt])).toEqual(
          duplicates.map((n) => [n.id, into!.id, at])
        )
        expect(result.value.merged.map((n) => n.status)).toEqual(duplicates.map((n) => n.status))
      })
    )
  })
})

describe('matchesAfterMerge', () => {
  const by = '张晓梅'
  const matched = '2026-10-20T02:00:00.000Z'
  const match = (patch: Partial<NeedMatch>): NeedMatch => ({
    id: 'm',
    createdAt: matched,
    updatedAt: matched,
    archivedAt: null,
    needId: 't',
    target: 'project',
    projectId: 'p-1',
    applicationId: null,
    organizationId: null,
    socialWorkerIds: [],
    resourceIds: [],
    note: null,
    matchedAt: matched,
    matchedBy: by,
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null,
    ...patch
  })

  const merge = mergeNeeds(target, [fromBox, fromGrid], at)
  if (!merge.ok) throw new Error('merge refused')

  it('moves the duplicates’ matches to the target, withdrawing those it already has', () => {
    const matches = [
      match({ id: 'own', needId: 't', projectId: 'p-1' }),
      match({ id: 'box-p1', needId: 'd-1', projectId: 'p-1' }),
      match({ id: 'grid-p2', needId: 'd-2', projectId: 'p-2' }),
      match({ id: 'grid-p2-again', needId: 'd-2', projectId: 'p-2' }),
      match({
        id: 'grid-old',
        needId: 'd-2',
        projectId: 'p-1',
        withdrawnAt: matched,
        withdrawnBy: by,
        withdrawReason: '机构退出'
      }),
      match({ id: 'elsewhere', needId: 'n-9', projectId: 'p-1' })
    ]
    expect(matchesAfterMerge(matches, merge.value, '王磊', at)).toEqual([
      match({
        id: 'box-p1',
        needId: 't',
        projectId: 'p-1',
        withdrawnAt: at,
        withdrawnBy: '王磊',
        withdrawReason: '需求“老人吃饭难”并入“老年助餐”，与“老年助餐”已有的对接重复'
      }),
      match({ id: 'grid-p2', needId: 't', projectId: 'p-2' }),
      match({
        id: 'grid-p2-again',
        needId: 't',
        projectId: 'p-2',
        withdrawnAt: at,
        withdrawnBy: '王磊',
        withdrawReason: '需求“助餐点”并入“老年助餐”，与“老年助餐”已有的对接重复'
      }),
      match({
        id: 'grid-old',
        needId: 't',
        projectId: 'p-1',
        withdrawnAt: matched,
        withdrawnBy: by,
        withdrawReason: '机构退出'
      })
    ])
  })

  it('tells a project from an application of the same id', () => {
    const matches = [
      match({ id: 'own', needId: 't', projectId: 'x' }),
      match({
        id: 'app',
        needId: 'd-1',
        target: 'application',
        projectId: null,
        applicationId: 'x'
      })
    ]
    const moved = matchesAfterMerge(matches, merge.value, '王磊', at)
    expect(moved.map((m) => [m.id, m.needId, m.withdrawnAt])).toEqual([['app', 't', null]])
  })
})
