import { describe, expect, it } from 'vitest'
import {
  INCUBATION_FIELDS,
  INCUBATION_STATUSES,
  OPEN_INCUBATION_STATUSES,
  RESIDENT_STATUSES,
  checkIncubationApplication,
  checkStoredIncubation,
  incubationEditSchema,
  applicationRefusal,
  assessmentRefusal,
  latestStayStatuses,
  type Incubation,
  type IncubationStatus
} from '@shared/domain/incubation/incubation'
import { checkRecord, type CheckResult, type FieldIssue } from '@shared/domain/check'

const today = '2026-11-22'

const application = {
  organizationId: 'org-1',
  baseName: '鼓楼区社会组织孵化基地',
  appliedOn: '2026-03-02',
  preferredMode: '实体',
  note: null
}

function errors<T>(result: CheckResult<T>): FieldIssue[] {
  return result.ok ? [] : result.issues
}

describe('status lists', () => {
  it('counts every status that is still open, and the two in which the group is at the base', () => {
    expect(OPEN_INCUBATION_STATUSES).toEqual(['待初核', '待入驻', '孵化中', '续驻'])
    expect(RESIDENT_STATUSES).toEqual(['孵化中', '续驻'])
    for (const status of [...OPEN_INCUBATION_STATUSES, ...RESIDENT_STATUSES]) {
      expect(INCUBATION_STATUSES).toContain(status)
    }
  })
})

describe('checkIncubationApplication', () => {
  it('accepts a complete application, trimming text and storing an empty note as null', () => {
    const result = checkIncubationApplication(
      { ...application, baseName: ' 鼓楼区社会组织孵化基地 ', note: '  ' },
      today
    )
    expect(result).toEqual({
      ok: true,
      value: { ...application, baseName: '鼓楼区社会组织孵化基地', note: null },
      warnings: []
    })
  })

  it('accepts an application dated today and a 虚拟 preference', () => {
    expect(
      checkIncubationApplication({ ...application, appliedOn: today, preferredMode: '虚拟' }, today)
        .ok
    ).toBe(true)
  })

  it('refuses an application dated after today', () => {
    expect(checkIncubationApplication({ ...application, appliedOn: '2026-11-23' }, today)).toEqual({
      ok: false,
      issues: [{ field: 'appliedOn', level: 'error', message: '申请日期不能晚于今天' }]
    })
  })

  it.each([
    ['organizationId', { organizationId: '' }, '请选择申请入驻的组织'],
    ['organizationId', { organizationId: undefined }, '请选择申请入驻的组织'],
    ['baseName', { baseName: '  ' }, '请填写孵化基地名称'],
    ['baseName', { baseName: '孵'.repeat(61) }, '孵化基地名称不能超过 60 个字'],
    ['appliedOn', { appliedOn: '2026-02-30' }, '申请日期不是有效日期（YYYY-MM-DD）'],
    ['appliedOn', { appliedOn: null }, '申请日期须为日期'],
    ['preferredMode', { preferredMode: '线上' }, '请选择孵化方式'],
    ['note', { note: '注'.repeat(501) }, '备注不能超过 500 个字']
  ])('refuses a bad %s: %j', (field, patch, message) => {
    expect(errors(checkIncubationApplication({ ...application, ...patch }, today))).toEqual([
      { field, level: 'error', message }
    ])
  })

  it('refuses fields an application does not have', () => {
    expect(errors(checkIncubationApplication({ ...application, status: '孵化中' }, today))).toEqual(
      [{ field: '', level: 'error', message: '不认识的字段：status' }]
    )
  })
})

describe('incubationEditSchema', () => {
  const check = (input: unknown) =>
    checkRecord(incubationEditSchema, input, (value) => ({ value, issues: [] }))

  it('accepts corrections to placement details and clears empty ones', () => {
    expect(
      check({ baseName: '温江区孵化园', workstation: ' A-12 ', mentor: '', note: null })
    ).toEqual({
      ok: true,
      value: { baseName: '温江区孵化园', workstation: 'A-12', mentor: null, note: null },
      warnings: []
    })
  })

  it('does not let the status be edited outside the workflow', () => {
    expect(
      check({
        baseName: '温江区孵化园',
        workstation: null,
        mentor: null,
        note: null,
        status: '出壳'
      })
    ).toMatchObject({ ok: false, issues: [{ message: '不认识的字段：status' }] })
  })
})

/** A stored stay that is complete for `status`, as the workflow would have left it. */
function storedStay(status: IncubationStatus): Record<string, unknown> {
  const base = {
    organizationId: 'org-1',
    baseName: '鼓楼区社会组织孵化基地',
    status,
    appliedOn: '2025-03-02',
    preferredMode: '实体',
    reviewDueOn: '2025-03-09',
    reviewedOn: null as string | null,
    reviewNote: null,
    admittedOn: null as string | null,
    agreementNo: null as string | null,
    mode: null as string | null,
    workstation: null as string | null,
    mentor: null,
    plannedEndOn: null as string | null,
    extensions: [] as unknown[],
    endedOn: null as string | null,
    endReason: null as string | null,
    handoverDueOn: null,
    handedOverOn: null,
    note: null,
    events: [] as unknown[]
  }
  if (status === '待初核') return base
  const reviewed = { ...base, reviewedOn: '2025-03-05' }
  if (status === '待入驻') return reviewed
  if (status === '不予入驻') {
    return { ...reviewed, endedOn: '2025-03-05', endReason: '不属于本基地服务领域' }
  }
  if (status === '退驻') return { ...reviewed, endedOn: '2025-03-20', endReason: '组织解散' }
  const admitted = {
    ...reviewed,
    admittedOn: '2025-03-16',
    agreementNo: 'GL-2025-007',
    mode: '实体',
    workstation: 'A-12',
    plannedEndOn: '2026-03-15'
  }
  if (status === '孵化中') return admitted
  const extended = {
    ...admitted,
    plannedEndOn: '2026-09-15',
    extensions: [
      {
        on: '2026-03-01',
        reason: '项目尚未结项',
        previousEndOn: '2026-03-15',
        newEndOn: '2026-09-15'
      }
    ]
  }
  if (status === '续驻') return extended
  return { ...extended, endedOn: '2026-09-10', endReason: null }
}

describe('checkStoredIncubation', () => {
  it.each(INCUBATION_STATUSES)('accepts a complete stay in status %s', (status) => {
    expect(checkStoredIncubation(storedStay(status))).toMatchObject({ ok: true, warnings: [] })
  })

  it('accepts a stay with its recorded events', () => {
    const stay = {
      ...storedStay('待入驻'),
      events: [
        {
          action: 'approve',
          from: '待初核',
          to: '待入驻',
          on: '2025-03-05',
          at: '2025-03-05T02:00:00.000Z',
          operator: '张晓梅',
          note: null
        }
      ]
    }
    expect(checkStoredIncubation(stay).ok).toBe(true)
  })

  it('lists every stored field except the bookkeeping ones', () => {
    expect([...INCUBATION_FIELDS].sort()).toEqual(Object.keys(storedStay('待初核')).sort())
  })

  it.each<[IncubationStatus, string, string]>([
    ['待入驻', 'reviewedOn', '初核日期'],
    ['不予入驻', 'reviewedOn', '初核日期'],
    ['退驻', 'reviewedOn', '初核日期'],
    ['孵化中', 'reviewedOn', '初核日期'],
    ['孵化中', 'admittedOn', '入驻日期'],
    ['孵化中', 'agreementNo', '入驻协议编号'],
    ['孵化中', 'mode', '孵化方式'],
    ['孵化中', 'plannedEndOn', '计划到期日'],
    ['续驻', 'admittedOn', '入驻日期'],
    ['续驻', 'plannedEndOn', '计划到期日'],
    ['出壳', 'agreementNo', '入驻协议编号'],
    ['出壳', 'mode', '孵化方式'],
    ['出壳', 'endedOn', '结束日期'],
    ['退驻', 'endedOn', '结束日期'],
    ['不予入驻', 'endedOn', '结束日期']
  ])('refuses a %s stay without %s', (status, field, label) => {
    expect(checkStoredIncubation({ ...storedStay(status), [field]: null })).toEqual({
      ok: false,
      issues: [{ field, level: 'error', message: `状态为“${status}”的入驻记录缺少${label}` }]
    })
  })

  it('refuses a 续驻 stay with no extension recorded', () => {
    expect(checkStoredIncubation({ ...storedStay('续驻'), extensions: [] })).toEqual({
      ok: false,
      issues: [
        { field: 'extensions', level: 'error', message: '状态为“续驻”的入驻记录缺少续驻记录' }
      ]
    })
  })

  it('does not ask a 退驻 stay for admission details: it may have left before moving in', () => {
    const stay = storedStay('退驻')
    expect(stay.admittedOn).toBeNull()
    expect(checkStoredIncubation(stay).ok).toBe(true)
  })

  it('reports every missing field of a stay at once', () => {
    const result = checkStoredIncubation({
      ...storedStay('出壳'),
      reviewedOn: null,
      admittedOn: null,
      endedOn: null
    })
    expect(errors(result).map((issue) => issue.field)).toEqual([
      'reviewedOn',
      'admittedOn',
      'endedOn'
    ])
  })

  it.each([
    ['status', { status: '已毕业' }, '入驻状态不是本程序使用的状态'],
    ['preferredMode', { preferredMode: '线上' }, '孵化方式有误'],
    ['mode', { mode: '线上' }, '孵化方式有误'],
    ['organizationId', { organizationId: '' }, '缺少入驻组织'],
    ['reviewDueOn', { reviewDueOn: '2025-02-30' }, '初核期限不是有效日期（YYYY-MM-DD）'],
    ['handoverDueOn', { handoverDueOn: '明天' }, '场地交还期限不是有效日期（YYYY-MM-DD）']
  ])('refuses a stored %s that is not well formed', (field, patch, message) => {
    expect(errors(checkStoredIncubation({ ...storedStay('孵化中'), ...patch }))).toEqual([
      { field, level: 'error', message }
    ])
  })

  it('refuses a malformed event or extension', () => {
    const badEvent = {
      ...storedStay('待入驻'),
      events: [
        {
          action: 'promote',
          from: '待初核',
          to: '待入驻',
          on: '2025-03-05',
          at: 'x',
          operator: '',
          note: null
        }
      ]
    }
    expect(errors(checkStoredIncubation(badEvent)).map((issue) => issue.field)).toEqual([
      'events.0.action'
    ])
    const badExtension = {
      ...storedStay('续驻'),
      extensions: [
        { on: '2026-03-01', reason: '', previousEndOn: '2026-03-15', newEndOn: '2026-13-01' }
      ]
    }
    expect(errors(checkStoredIncubation(badExtension))).toEqual([
      {
        field: 'extensions.0.newEndOn',
        level: 'error',
        message: '新到期日不是有效日期（YYYY-MM-DD）'
      }
    ])
  })

  it('refuses unknown fields in the stored shape', () => {
    expect(errors(checkStoredIncubation({ ...storedStay('待初核'), score: 90 }))).toEqual([
      { field: '', level: 'error', message: '不认识的字段：score' }
    ])
  })
})

describe('latestStayStatuses', () => {
  const stay = (overrides: Partial<Incubation>) =>
    ({
      id: 'stay',
      organizationId: 'org-1',
      status: '出壳',
      appliedOn: '2024-01-10',
      createdAt: '2024-01-10T01:00:00.000Z',
      archivedAt: null,
      ...overrides
    }) as Incubation

  it('takes the stay applied for last, leaving out stays archived as mistakes', () => {
    const statuses = latestStayStatuses([
      stay({ id: 'a', status: '出壳', appliedOn: '2023-02-01' }),
      stay({ id: 'b', status: '孵化中', appliedOn: '2025-03-01' }),
      stay({
        id: 'c',
        status: '待初核',
        appliedOn: '2026-01-01',
        archivedAt: '2026-01-02T00:00:00Z'
      }),
      stay({ id: 'd', organizationId: 'org-2', status: '退驻' })
    ])
    expect(statuses.get('org-1')).toBe('孵化中')
    expect(statuses.get('org-2')).toBe('退驻')
    expect(statuses.has('org-3')).toBe(false)
  })
})

describe('applicationRefusal', () => {
  const org = {
    name: '军门社区乐龄服务中心',
    archivedAt: null,
    registrationStatus: '已登记' as const
  }

  it.each([
    [
      'an archived organisation',
      { ...org, archivedAt: '2026-01-01T00:00:00Z' },
      [],
      '“军门社区乐龄服务中心”已归档，请先恢复再申请入驻'
    ],
    [
      'a 注销 organisation',
      { ...org, registrationStatus: '注销' as const },
      [],
      '“军门社区乐龄服务中心”已注销，不能申请入驻'
    ],
    [
      'an organisation with an open stay',
      org,
      [{ status: '孵化中' as const, archivedAt: null }],
      '“军门社区乐龄服务中心”已有一条进行中的入驻记录（孵化中），一个组织同时只能有一条'
    ]
  ])('refuses %s', (_, organization, stays, message) => {
    expect(applicationRefusal(organization, stays)).toBe(message)
  })

  it('lets an organisation apply again after its stays ended or were archived as mistakes', () => {
    expect(
      applicationRefusal(org, [
        { status: '出壳', archivedAt: null },
        { status: '待初核', archivedAt: '2026-01-01T00:00:00Z' }
      ])
    ).toBeNull()
  })
})

describe('assessmentRefusal', () => {
  it.each<IncubationStatus>(['待入驻', '孵化中', '续驻'])(
    'allows assessing a stay in %s',
    (status) => {
      expect(assessmentRefusal({ status, archivedAt: null })).toBeNull()
    }
  )

  it.each<IncubationStatus>(['待初核', '出壳', '退驻', '不予入驻'])(
    'refuses a stay in %s',
    (status) => {
      expect(assessmentRefusal({ status, archivedAt: null })).toBe(
        `入驻记录当前为“${status}”，只有待入驻、孵化中或续驻时可以评估`
      )
    }
  )

  it('refuses an archived stay', () => {
    expect(assessmentRefusal({ status: '孵化中', archivedAt: '2026-01-01T00:00:00Z' })).toBe(
      '入驻记录已归档，请先恢复'
    )
  })
})
