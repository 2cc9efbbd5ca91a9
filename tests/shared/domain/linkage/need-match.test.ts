import { describe, expect, it } from 'vitest'
import {
  activeMatches,
  checkMatch,
  checkStoredMatch,
  MATCH_FIELDS,
  newMatch,
  projectIdsOf,
  withdrawMatch,
  type MatchContext,
  type MatchDraft,
  type NeedMatch
} from '@shared/domain/linkage/need-match'
import type { ApplicationStatus } from '@shared/domain/venture/application'
import type { ProjectStatus } from '@shared/domain/projects/project'

const today = '2026-11-22'
const at = '2026-11-22T03:00:00.000Z'
const archivedAt = '2026-11-01T00:00:00.000Z'

const draft = (patch: Partial<MatchDraft> = {}): MatchDraft => ({
  needId: 'n-1',
  target: 'project',
  projectId: 'p-1',
  applicationId: null,
  organizationId: 'o-1',
  socialWorkerIds: ['w-1'],
  resourceIds: ['r-1'],
  note: '在议事会上确认',
  ...patch
})

const project = (patch: Partial<NonNullable<MatchContext['project']>> = {}) => ({
  id: 'p-1',
  title: '光华长者食堂',
  status: '执行中' as ProjectStatus,
  archivedAt: null,
  communityIds: ['c-guanghua'],
  ...patch
})

const application = (patch: Partial<NonNullable<MatchContext['application']>> = {}) => ({
  id: 'a-1',
  title: '光华社区老年助餐项目',
  status: '草稿' as ApplicationStatus,
  archivedAt: null,
  communityIds: ['c-guanghua'],
  ...patch
})

function context(patch: Partial<MatchContext> = {}): MatchContext {
  return {
    today,
    need: {
      id: 'n-1',
      name: '老年助餐',
      communityId: 'c-guanghua',
      status: '待对接',
      archivedAt: null,
      mergedIntoId: null
    },
    project: project(),
    application: null,
    organization: {
      id: 'o-1',
      name: '光华社工服务中心',
      archivedAt: null,
      communityIds: ['c-guanghua']
    },
    socialWorkers: [{ id: 'w-1', name: '李娜', archivedAt: null }],
    resources: [
      {
        id: 'r-1',
        name: '社区活动室（周末）',
        archivedAt: null,
        availableFrom: '2026-01-01',
        availableUntil: '2026-12-31'
      }
    ],
    matches: [],
    ...patch
  }
}

const issuesOf = (input: unknown, ctx: MatchContext) => {
  const result = checkMatch(input, ctx)
  return result.ok ? result.warnings : result.issues
}

/** A recorded match of need n-1 to project p-1. */
function match(patch: Partial<NeedMatch> = {}): NeedMatch {
  return {
    id: 'm-1',
    createdAt: at,
    updatedAt: at,
    archivedAt: null,
    needId: 'n-1',
    target: 'project',
    projectId: 'p-1',
    applicationId: null,
    organizationId: 'o-1',
    socialWorkerIds: [],
    resourceIds: [],
    note: null,
    matchedAt: at,
    matchedBy: '张晓梅',
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null,
    ...patch
  }
}

describe('checkMatch', () => {
  it('accepts a match of an open need to a project in delivery', () => {
    expect(checkMatch(draft(), context())).toEqual({ ok: true, value: draft(), warnings: [] })
  })

  it('accepts a match to a draft application', () => {
    const input = draft({ target: 'application', projectId: null, applicationId: 'a-1' })
    const result = checkMatch(input, context({ project: null, application: application() }))
    expect(result).toMatchObject({ ok: true, warnings: [] })
  })

  it.each<[string, Partial<MatchDraft>, string, string]>([
    ['a project match without a project', { projectId: null }, 'projectId', '请选择对接的项目'],
    [
      'a project match naming an application too',
      { applicationId: 'a-1' },
      'applicationId',
      '对接到项目时不应再指定申报书'
    ],
    [
      'an application match without an application',
      { target: 'application', projectId: null },
      'applicationId',
      '请选择对接的申报书'
    ],
    ['a note of 201 characters', { note: '注'.repeat(201) }, 'note', '备注不能超过 200 个字'],
    ['no target', { target: 'fair' as 'project' }, 'target', '请选择对接到项目还是申报书']
  ])('refuses %s', (_, patch, field, message) => {
    expect(issuesOf(draft(patch), context())).toEqual([{ field, level: 'error', message }])
  })

  it.each<[string, Partial<MatchContext>, string, string]>([
    ['a need not found', { need: null }, 'needId', '需求不存在'],
    [
      'an archived need',
      { need: { ...context().need!, archivedAt } },
      'needId',
      '需求“老年助餐”已归档'
    ],
    [
      'a merged need',
      { need: { ...context().need!, archivedAt, mergedIntoId: 'n-2' } },
      'needId',
      '需求“老年助餐”已合并到其他需求，请在合并后的需求上操作'
    ],
    [
      'a resolved need',
      { need: { ...context().need!, status: '已解决' } },
      'needId',
      '需求“老年助餐”当前为“已解决”，不能对接'
    ],
    ['a project not found', { project: null }, 'projectId', '对接的项目不存在'],
    [
      'an archived project',
      { project: project({ archivedAt }) },
      'projectId',
      '项目“光华长者食堂”已归档，不能对接'
    ],
    [
      'a closed project',
      { project: project({ status: '已结项' }) },
      'projectId',
      '项目“光华长者食堂”已结项，不能对接'
    ],
    [
      'a terminated project',
      { project: project({ status: '已终止' }) },
      'projectId',
      '项目“光华长者食堂”已终止，不能对接'
    ],
    ['an organisation not found', { organization: null }, 'organizationId', '所选社会组织不存在'],
    [
      'an archived organisation',
      { organization: { ...context().organization!, archivedAt } },
      'organizationId',
      '社会组织“光华社工服务中心”已归档，不能对接'
    ],
    ['a social worker not found', { socialWorkers: [] }, 'socialWorkerIds.0', '所选社工不存在'],
    [
      'an archived social worker',
      { socialWorkers: [{ id: 'w-1', name: '李娜', archivedAt }] },
      'socialWorkerIds.0',
      '社工“李娜”已归档，不能对接'
    ],
    ['a resource not found', { resources: [] }, 'resourceIds.0', '所选资源不存在'],
    [
      'an archived resource',
      { resources: [{ ...context().resources[0]!, archivedAt }] },
      'resourceIds.0',
      '资源“社区活动室（周末）”已归档，不能对接'
    ],
    [
      'an expired resource',
      { resources: [{ ...context().resources[0]!, availableUntil: '2026-11-21' }] },
      'resourceIds.0',
      '资源“社区活动室（周末）”已于 2026-11-21 到期，不能对接'
    ],
    [
      'a second active match to the same project',
      { matches: [match()] },
      'projectId',
      '需求“老年助餐”已对接项目“光华长者食堂”，不能重复对接'
    ]
  ])('refuses %s', (_, patch, field, message) => {
    expect(issuesOf(draft(), context(patch))).toEqual([{ field, level: 'error', message }])
  })

  it('accepts a resource on its last day and a need already being served', () => {
    const resources = [{ ...context().resources[0]!, availableUntil: today }]
    const need = { ...context().need!, status: '服务中' as const }
    expect(checkMatch(draft(), context({ resources, need })).ok).toBe(true)
  })

  it('matches the same project again once the earlier match was withdrawn', () => {
    const matches = [match({ withdrawnAt: at, withdrawnBy: '张晓梅', withdrawReason: '机构退出' })]
    expect(checkMatch(draft(), context({ matches })).ok).toBe(true)
  })

  it.each<[string, ApplicationStatus | null, string]>([
    ['an archived application', null, '申报书“光华社区老年助餐项目”已归档，不能对接'],
    [
      'an application in review',
      '评审中',
      '申报书“光华社区老年助餐项目”当前为“评审中”，只有草稿或已提交的申报书可以对接'
    ]
  ])('refuses %s', (_, status, message) => {
    const input = draft({ target: 'application', projectId: null, applicationId: 'a-1' })
    const stored = status === null ? application({ archivedAt }) : application({ status })
    expect(issuesOf(input, context({ project: null, application: stored }))).toEqual([
      { field: 'applicationId', level: 'error', message }
    ])
  })

  it('names an untitled draft application and refuses a second match to it', () => {
    const input = draft({ target: 'application', projectId: null, applicationId: 'a-1' })
    const earlier = match({ target: 'application', projectId: null, applicationId: 'a-1' })
    const ctx = context({
      project: null,
      application: application({ title: '' }),
      matches: [earlier]
    })
    expect(issuesOf(input, ctx)).toEqual([
      {
        field: 'applicationId',
        level: 'error',
        message: '需求“老年助餐”已对接申报书“未命名”，不能重复对接'
      }
    ])
  })

  it('warns when the project and the organisation serve other communities', () => {
    const ctx = context({
      project: project({ communityIds: ['c-other'] }),
      organization: { ...context().organization!, communityIds: [] }
    })
    expect(issuesOf(draft(), ctx)).toEqual([
      {
        field: 'projectId',
        level: 'warning',
        message: '项目“光华长者食堂”的服务社区不包括该需求所在的社区'
      },
      {
        field: 'organizationId',
        level: 'warning',
        message: '社会组织“光华社工服务中心”的服务社区不包括该需求所在的社区'
      }
    ])
  })

  it('warns about an application for other communities and a resource not yet available', () => {
    const input = draft({ target: 'application', projectId: null, applicationId: 'a-1' })
    const ctx = context({
      project: null,
      application: application({ communityIds: ['c-other'] }),
      resources: [{ ...context().resources[0]!, availableFrom: '2026-12-01' }]
    })
    expect(issuesOf(input, ctx).map((issue) => [issue.level, issue.message])).toEqual([
      ['warning', '申报书“光华社区老年助餐项目”的服务社区不包括该需求所在的社区'],
      ['warning', '资源“社区活动室（周末）”自 2026-12-01 起才能提供']
    ])
  })

  it('accepts a match with no organisation, social workers or resources', () => {
    const input = draft({ organizationId: null, socialWorkerIds: [], resourceIds: [] })
    expect(checkMatch(input, context({ organization: null })).ok).toBe(true)
  })
})

describe('newMatch', () => {
  it('stamps when and by whom, not withdrawn', () => {
    const result = checkMatch(draft(), context())
    if (!result.ok) throw new Error('match refused')
    expect(newMatch(result.value, '张晓梅', at)).toEqual({
      ...draft(),
      matchedAt: at,
      matchedBy: '张晓梅',
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawReason: null
    })
  })
})

describe('withdrawMatch', () => {
  const later = '2026-12-05T06:00:00.000Z'

  it('keeps the match with who withdrew it, when and why', () => {
    expect(withdrawMatch(match(), ' 机构退出 ', '王磊', later)).toEqual({
      ok: true,
      value: match({ withdrawnAt: later, withdrawnBy: '王磊', withdrawReason: '机构退出' }),
      warnings: []
    })
  })

  it.each<[string, NeedMatch, unknown, string, string]>([
    ['without a reason', match(), '  ', 'reason', '请填写撤销原因'],
    [
      'twice',
      match({ withdrawnAt: at, withdrawnBy: '王磊', withdrawReason: '机构退出' }),
      '重复',
      '',
      '该对接已于 2026-11-22 撤销（机构退出），不能再次撤销'
    ],
    ['an archived match', match({ archivedAt }), '录错', '', '该对接记录已归档']
  ])('refuses to withdraw %s', (_, from, reason, field, message) => {
    expect(withdrawMatch(from, reason, '王磊', later)).toEqual({
      ok: false,
      issues: [{ field, level: 'error', message }]
    })
  })
})

describe('activeMatches and projectIdsOf', () => {
  const matches = [
    match({ id: 'm-1', projectId: 'p-2' }),
    match({ id: 'm-2', projectId: 'p-1' }),
    match({ id: 'm-3', projectId: 'p-2' }),
    match({
      id: 'm-4',
      projectId: 'p-3',
      withdrawnAt: at,
      withdrawnBy: '王磊',
      withdrawReason: '退'
    }),
    match({ id: 'm-5', projectId: 'p-4', archivedAt }),
    match({ id: 'm-6', target: 'application', projectId: null, applicationId: 'a-1' }),
    match({ id: 'm-7', target: 'application', projectId: null, applicationId: 'a-2' })
  ]

  it('leaves out withdrawn and archived matches', () => {
    expect(activeMatches(matches).map((m) => m.id)).toEqual(['m-1', 'm-2', 'm-3', 'm-6', 'm-7'])
  })

  it('lists the active projects once each, in the order matched', () => {
    expect(projectIdsOf(matches)).toEqual(['p-2', 'p-1'])
  })

  it('counts an application approved as a project as that project', () => {
    expect(projectIdsOf(matches, new Map([['a-2', 'p-9']]))).toEqual(['p-2', 'p-1', 'p-9'])
  })
})

describe('checkStoredMatch', () => {
  const row = (patch: Partial<NeedMatch> = {}) => {
    const stored: Record<string, unknown> = { ...match(patch) }
    for (const key of ['id', 'createdAt', 'updatedAt', 'archivedAt']) delete stored[key]
    return stored
  }
  const messages = (input: unknown) => {
    const result = checkStoredMatch(input)
    return result.ok ? [] : result.issues.map((issue) => issue.message)
  }

  it('accepts active and withdrawn matches, and names every stored field', () => {
    expect(messages(row())).toEqual([])
    expect(messages(row({ withdrawnAt: at, withdrawnBy: '王磊', withdrawReason: '退' }))).toEqual(
      []
    )
    expect(MATCH_FIELDS).toEqual(Object.keys(row()))
  })

  it.each<[string, Partial<NeedMatch>, string]>([
    [
      'withdrawn without a reason',
      { withdrawnAt: at, withdrawnBy: '王磊' },
      '已撤销的对接缺少撤销人或撤销原因'
    ],
    [
      'a reason without a withdrawal',
      { withdrawReason: '退' },
      '未撤销的对接不应有撤销人或撤销原因'
    ],
    ['a project match without a project', { projectId: null }, '请选择对接的项目']
  ])('refuses %s', (_, patch, message) => {
    expect(messages(row(patch))).toEqual([message])
  })
})
