import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkNeed,
  checkStoredNeed,
  isOpenNeed,
  NEED_ACTIONS,
  NEED_STATUSES,
  NEED_WORKFLOW,
  needClosedRefusal,
  newNeed,
  performNeedAction,
  rankNeeds,
  statusAfterMatches,
  type Need,
  type NeedAction,
  type NeedDraft,
  type NeedGuardContext,
  type NeedStatus
} from '@shared/domain/linkage/need'
import { actionsFrom, endsLifecycle } from '@shared/domain/workflow'
import { pinyinKeys } from '@shared/text/pinyin'

const today = '2026-11-22'

const draft = (patch: Partial<NeedDraft> = {}): NeedDraft => ({
  name: '老年助餐',
  communityId: 'c-guanghua',
  category: '为老服务',
  source: '议事会',
  raisedBy: 36,
  raisedOn: '2026-10-15',
  description: '独居老人午餐无人照应',
  ...patch
})

/** A stored need in `status`, 已对接 and beyond linked to project p-1. */
function need(patch: Partial<Need> = {}): Need {
  const name = patch.name ?? '老年助餐'
  const status = patch.status ?? '待对接'
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
    raisedBy: 36,
    raisedOn: '2026-10-15',
    description: null,
    status,
    projectIds: status === '待对接' ? [] : ['p-1'],
    mergedIntoId: null,
    resolution: status === '已解决' ? '助餐点已开放' : null,
    ...patch
  }
}

const errors = (input: unknown) => {
  const result = checkNeed(input, today)
  return result.ok ? [] : result.issues.filter((issue) => issue.level === 'error')
}

describe('checkNeed', () => {
  it('accepts a need, trimming the name and storing an empty description as null', () => {
    const result = checkNeed(draft({ name: ' 老年助餐 ', description: '' }), today)
    expect(result).toEqual({
      ok: true,
      value: { ...draft(), name: '老年助餐', description: null },
      warnings: []
    })
  })

  it.each<[string, Partial<NeedDraft> | Record<string, unknown>, string, string]>([
    ['no name', { name: ' ' }, 'name', '请填写需求名称'],
    ['a name of 61 characters', { name: '需'.repeat(61) }, 'name', '需求名称不能超过 60 个字'],
    ['no community', { communityId: '' }, 'communityId', '请选择社区'],
    ['an unknown category', { category: '打麻将' }, 'category', '请选择需求类别'],
    ['an unknown source', { source: '微博' }, 'source', '请选择需求来源'],
    ['nobody raising it', { raisedBy: 0 }, 'raisedBy', '提出人数至少为 1'],
    ['a fractional count', { raisedBy: 2.5 }, 'raisedBy', '提出人数须为整数'],
    ['no date', { raisedOn: '2026-02-30' }, 'raisedOn', '提出日期不是有效日期（YYYY-MM-DD）'],
    [
      'a long description',
      { description: '长'.repeat(501) },
      'description',
      '需求描述不能超过 500 个字'
    ],
    ['a field of its own', { priority: 1 }, '', '不认识的字段：priority']
  ])('refuses %s', (_, patch, field, message) => {
    expect(errors({ ...draft(), ...patch })).toEqual([{ field, level: 'error', message }])
  })

  it('accepts a need raised today and refuses one raised tomorrow', () => {
    expect(errors(draft({ raisedOn: today }))).toEqual([])
    expect(errors(draft({ raisedOn: '2026-11-23' }))).toEqual([
      { field: 'raisedOn', level: 'error', message: '提出日期不能晚于今天' }
    ])
  })

  it.each([
    [3_000, 3_001, ['提出人数 3001 超过“光华社区”的人口 3000，请核对']],
    [3_000, 3_000, []],
    // A population never entered is 0: no comparison.
    [0, 3_001, []]
  ])('with a population of %i, %i residents raising it warns %j', (population, raisedBy, want) => {
    const result = checkNeed(draft({ raisedBy }), today, {
      community: { name: '光华社区', population }
    })
    expect(result.ok && result.warnings.map((issue) => issue.message)).toEqual(want)
  })
})

describe('newNeed', () => {
  it('starts 待对接 with no project, merge or resolution', () => {
    const result = checkNeed(draft(), today)
    if (!result.ok) throw new Error('draft refused')
    expect(newNeed(result.value)).toEqual({
      ...result.value,
      status: '待对接',
      projectIds: [],
      mergedIntoId: null,
      resolution: null
    })
  })
})

describe('checkStoredNeed', () => {
  /** The row without its bookkeeping and pinyin fields, as the backup check reads it. */
  const stored = (patch: Partial<Need> = {}) => {
    const row: Record<string, unknown> = { ...need(patch) }
    for (const key of ['id', 'createdAt', 'updatedAt', 'archivedAt', 'pinyin', 'pinyinInitials']) {
      delete row[key]
    }
    return row
  }
  const messages = (row: unknown) => {
    const result = checkStoredNeed(row, today)
    return result.ok ? [] : result.issues.map((issue) => issue.message)
  }

  it.each(NEED_STATUSES)('accepts a consistent need in %s', (status) => {
    expect(messages(stored({ status }))).toEqual([])
  })

  it.each<[string, Partial<Need>, string]>([
    [
      'resolved without a resolution',
      { status: '已解决', resolution: null },
      '已解决的需求“老年助餐”缺少解决情况'
    ],
    [
      'open with a resolution',
      { status: '已对接', resolution: '已办' },
      '需求“老年助餐”为“已对接”，不应有解决情况'
    ],
    [
      'served by no project',
      { status: '服务中', projectIds: [] },
      '服务中的需求“老年助餐”没有对接项目'
    ],
    ['raised in the future', { raisedOn: '2027-01-01' }, '提出日期不能晚于今天'],
    ['in a status of its own', { status: '搁置' as NeedStatus }, '需求状态不是本程序使用的状态']
  ])('refuses a need %s', (_, patch, message) => {
    expect(messages(stored(patch))).toEqual([message])
  })
})

describe('NEED_WORKFLOW', () => {
  const facts = (patch: Partial<NeedGuardContext> = {}): NeedGuardContext => ({
    need: { name: '老年助餐' },
    linkedProjects: [{ title: '光华长者食堂', status: '执行中' }],
    activeMatchCount: 1,
    ...patch
  })
  const offered = (status: NeedStatus, context = facts()) =>
    actionsFrom(NEED_WORKFLOW, status, context).map(({ action, refusal }) => [action, refusal])

  it.each<[NeedStatus, NeedGuardContext, (string | null)[][]]>([
    ['待对接', facts({ activeMatchCount: 0, linkedProjects: [] }), [['match', null]]],
    [
      '已对接',
      facts(),
      [
        ['match', null],
        ['start', null],
        ['resolve', null]
      ]
    ],
    [
      '服务中',
      facts(),
      [
        ['match', null],
        ['resolve', null]
      ]
    ],
    ['已解决', facts(), [['reopenMatched', null]]],
    ['已解决', facts({ activeMatchCount: 0 }), [['reopen', null]]]
  ])('offers from %s what it can take', (status, context, want) => {
    expect(offered(status, context)).toEqual(want)
  })

  it('has no final state: resolving asks no "cannot be undone" confirmation', () => {
    expect(endsLifecycle(NEED_WORKFLOW, '服务中', 'resolve')).toBe(false)
  })

  it.each<[string, NeedGuardContext['linkedProjects'], string]>([
    ['no project', [], '需求“老年助餐”还没有对接到项目，开始服务须有执行中的对接项目'],
    [
      'projects not in delivery',
      [
        { title: '光华长者食堂', status: '待签约' },
        { title: '邻里互助', status: '已结项' }
      ],
      '需求“老年助餐”对接的项目（“光华长者食堂”待签约、“邻里互助”已结项）都不在执行中，开始服务须有执行中的对接项目'
    ]
  ])('refuses to start serving with %s, naming the need', (_, linkedProjects, message) => {
    const start = offered('已对接', facts({ linkedProjects })).find(
      ([action]) => action === 'start'
    )
    expect(start).toEqual(['start', message])
  })
})

describe('performNeedAction', () => {
  const facts = {
    linkedProjects: [{ title: '光华长者食堂', status: '执行中' as const }],
    activeMatchCount: 1
  }
  const perform = (
    from: Need,
    action: NeedAction,
    input: unknown = {},
    context: Partial<typeof facts> = {}
  ) => performNeedAction(from, action, input, { ...facts, ...context })

  it.each<[NeedStatus, NeedAction, NeedStatus]>([
    ['待对接', 'match', '已对接'],
    ['已对接', 'match', '已对接'],
    ['服务中', 'match', '服务中'],
    ['已对接', 'start', '服务中']
  ])('takes a need from %s by %s to %s', (status, action, to) => {
    const result = perform(need({ status }), action)
    expect(result.ok && result.value.status).toBe(to)
  })

  it('records the resolution, trimmed, and requires one', () => {
    const served = need({ status: '服务中' })
    expect(perform(served, 'resolve', { resolution: ' 助餐点已开放 ' })).toMatchObject({
      ok: true,
      value: { status: '已解决', resolution: '助餐点已开放' }
    })
    expect(perform(served, 'resolve', { resolution: '' })).toEqual({
      ok: false,
      issues: [{ field: 'resolution', level: 'error', message: '请填写解决情况' }]
    })
  })

  it.each<[NeedAction, number, NeedStatus]>([
    ['reopen', 0, '待对接'],
    ['reopenMatched', 2, '已对接']
  ])('reopens by %s with %i active matches to %s, clearing the resolution', (action, count, to) => {
    const result = perform(need({ status: '已解决' }), action, {}, { activeMatchCount: count })
    expect(result).toMatchObject({ ok: true, value: { status: to, resolution: null } })
  })

  it.each<[NeedAction, number, string]>([
    ['reopen', 2, '需求“老年助餐”还有 2 条有效对接，重新打开后为“已对接”'],
    ['reopenMatched', 0, '需求“老年助餐”没有有效对接，重新打开后为“待对接”']
  ])('refuses %s with %i active matches', (action, count, message) => {
    const result = perform(need({ status: '已解决' }), action, {}, { activeMatchCount: count })
    expect(result).toEqual({ ok: false, issues: [{ field: '', level: 'error', message }] })
  })

  it.each<[string, Partial<Need>, NeedAction, string]>([
    ['a resolved need', { status: '已解决' }, 'match', '需求“老年助餐”当前为“已解决”，不能对接'],
    [
      'a need waiting',
      { status: '待对接' },
      'resolve',
      '需求“老年助餐”当前为“待对接”，不能标记已解决'
    ],
    [
      'a merged need',
      { status: '已对接', archivedAt: '2026-11-01T00:00:00.000Z', mergedIntoId: 'n-2' },
      'resolve',
      '需求“老年助餐”已合并到其他需求，请在合并后的需求上操作'
    ],
    [
      'an archived need',
      { status: '已对接', archivedAt: '2026-11-01T00:00:00.000Z' },
      'resolve',
      '需求“老年助餐”已归档'
    ]
  ])('refuses %s, naming it', (_, patch, action, message) => {
    expect(perform(need(patch), action, { resolution: '已办' })).toEqual({
      ok: false,
      issues: [{ field: '', level: 'error', message }]
    })
  })

  it('asks the guard: no 开始服务 without a project in delivery', () => {
    const result = perform(need({ status: '已对接' }), 'start', {}, { linkedProjects: [] })
    expect(result.ok).toBe(false)
  })

  it('lists each action once, in NEED_ACTIONS order', () => {
    expect(NEED_WORKFLOW.transitions.map((transition) => transition.action)).toEqual(NEED_ACTIONS)
  })
})

describe('needClosedRefusal', () => {
  it('lets an open need through', () => {
    expect(needClosedRefusal(need())).toBeNull()
  })
})

describe('statusAfterMatches', () => {
  it.each<[NeedStatus, number, NeedStatus]>([
    ['已对接', 0, '待对接'],
    ['服务中', 0, '待对接'],
    ['已对接', 1, '已对接'],
    ['服务中', 2, '服务中'],
    ['待对接', 0, '待对接'],
    ['已解决', 0, '已解决']
  ])('a need %s with %i active matches is %s', (status, count, want) => {
    expect(statusAfterMatches({ status }, count)).toBe(want)
  })
})

describe('isOpenNeed', () => {
  it.each<[string, Partial<Need>, boolean]>([
    ['waiting', {}, true],
    ['in service', { status: '服务中' }, true],
    ['resolved', { status: '已解决' }, false],
    ['archived', { archivedAt: '2026-11-01T00:00:00.000Z' }, false],
    ['merged', { mergedIntoId: 'n-2' }, false]
  ])('a need %s is open: %s', (_, patch, open) => {
    expect(isOpenNeed(need(patch))).toBe(open)
  })
})

describe('rankNeeds', () => {
  it('ranks open needs by residents, ties sharing a rank, ordered by date then pinyin', () => {
    const needs = [
      need({ id: 'a', name: '助浴服务', raisedBy: 12, raisedOn: '2026-09-01' }),
      need({ id: 'b', name: '四点半课堂', raisedBy: 40, raisedOn: '2026-10-01' }),
      need({ id: 'c', name: '楼道照明', raisedBy: 12, raisedOn: '2026-08-01' }),
      need({ id: 'd', name: '安装扶手', raisedBy: 12, raisedOn: '2026-09-01' }),
      need({ id: 'e', name: '已办完', raisedBy: 99, status: '已解决' }),
      need({ id: 'f', name: '并入他处', raisedBy: 99, mergedIntoId: 'b' }),
      need({ id: 'g', name: '社区义诊', raisedBy: 5, raisedOn: '2026-07-01' })
    ]
    expect(rankNeeds(needs).map(({ need: { id }, rank }) => [id, rank])).toEqual([
      ['b', 1],
      ['c', 2],
      // 安装扶手 (an zhuang) before 助浴服务 (zhu yu) on the same day: pinyin, not code points.
      ['d', 2],
      ['a', 2],
      ['g', 5]
    ])
  })

  it('gives every open need a rank of 1 + the number of needs raised by more residents', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            raisedBy: fc.integer({ min: 1, max: 6 }),
            day: fc.integer({ min: 1, max: 28 }),
            status: fc.constantFrom(...NEED_STATUSES)
          }),
          { maxLength: 30 }
        ),
        (rows) => {
          const needs = rows.map((row, i) =>
            need({
              id: `n-${i}`,
              raisedBy: row.raisedBy,
              raisedOn: `2026-10-${String(row.day).padStart(2, '0')}`,
              status: row.status
            })
          )
          const open = needs.filter(isOpenNeed)
          const ranked = rankNeeds(needs)
          expect(ranked).toHaveLength(open.length)
          for (const { need: ranks, rank } of ranked) {
            expect(rank).toBe(1 + open.filter((other) => other.raisedBy > ranks.raisedBy).length)
          }
          ranked.slice(1).forEach(({ need: current }, i) => {
            const previous = ranked[i]!.need
            expect(
              previous.raisedBy > current.raisedBy ||
                (previous.raisedBy === current.raisedBy && previous.raisedOn <= current.raisedOn)
            ).toBe(true)
          })
        }
      )
    )
  })
})
