import { describe, expect, it } from 'vitest'
import { createWorkCalendar } from '@shared/domain/dates'
import {
  INCUBATION_ACTIONS,
  INCUBATION_STATUSES,
  checkStoredIncubation,
  type Incubation,
  type IncubationAction,
  type IncubationStatus
} from '@shared/domain/incubation/incubation'
import {
  DEFAULT_INCUBATION_SETTINGS,
  type IncubationSettings
} from '@shared/domain/incubation/incubation-settings'
import {
  INCUBATION_ACTION_INPUTS,
  INCUBATION_WORKFLOW,
  defaultPlannedEnd,
  hasPassingGraduationAssessment,
  openIncubation,
  performIncubationAction,
  type AssessmentSummary,
  type IncubationActionContext
} from '@shared/domain/incubation/incubation-workflow'
import { actionsFrom } from '@shared/domain/workflow'

const today = '2026-11-22'
const calendar = createWorkCalendar()
const at = '2026-11-22T01:30:00.000Z'
const operator = '张晓梅'

const PASSED_EXIT: AssessmentSummary = { kind: '出壳', status: '定稿', passed: true }

function context(
  settings: Partial<IncubationSettings> = {},
  assessments: readonly AssessmentSummary[] = [PASSED_EXIT]
): IncubationActionContext {
  return {
    settings: { ...DEFAULT_INCUBATION_SETTINGS, ...settings },
    assessments,
    calendar,
    today,
    at,
    operator
  }
}

/**
 * One stay as the workflow would have left it in `status`:
 * applied 2025-05-12, reviewed 2025-05-15, admitted 2025-06-02 (实体, planned end 2026-06-01),
 * extended on 2026-05-20 to 2026-12-31, ended 2026-09-30 with the space due back 2026-10-27.
 */
function stayIn(status: IncubationStatus, patch: Partial<Incubation> = {}): Incubation {
  const applied: Incubation = {
    id: 'stay-1',
    createdAt: '2025-05-12T02:00:00.000Z',
    updatedAt: '2025-05-12T02:00:00.000Z',
    archivedAt: null,
    organizationId: 'org-1',
    baseName: '鼓楼区社会组织孵化基地',
    status,
    appliedOn: '2025-05-12',
    preferredMode: '实体',
    reviewDueOn: '2025-05-19',
    reviewedOn: null,
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
    events: []
  }
  const reviewed = { ...applied, reviewedOn: '2025-05-15' }
  const admitted = {
    ...reviewed,
    admittedOn: '2025-06-02',
    agreementNo: 'GL-2025-007',
    mode: '实体' as const,
    workstation: 'A-12',
    plannedEndOn: '2026-06-01'
  }
  const extended = {
    ...admitted,
    plannedEndOn: '2026-12-31',
    extensions: [
      {
        on: '2026-05-20',
        reason: '公益项目尚未结项',
        previousEndOn: '2026-06-01',
        newEndOn: '2026-12-31'
      }
    ]
  }
  const ended = { endedOn: '2026-09-30', handoverDueOn: '2026-10-27' }
  const byStatus: Record<IncubationStatus, Incubation> = {
    待初核: applied,
    待入驻: reviewed,
    不予入驻: { ...reviewed, endedOn: '2025-05-15', endReason: '不属于本基地服务领域' },
    孵化中: admitted,
    续驻: extended,
    出壳: { ...extended, ...ended, endReason: null },
    退驻: { ...admitted, ...ended, endReason: '组织注销' }
  }
  return { ...byStatus[status], ...patch }
}

/** Valid input for each action on any of the stays above, dated after every earlier step. */
const on = '2026-10-09'
const VALID_INPUT: Record<IncubationAction, Record<string, unknown>> = {
  approve: { on, note: '材料齐全' },
  reject: { on, reason: '不属于本基地服务领域' },
  admit: {
    on,
    agreementNo: 'GL-2026-015',
    mode: '实体',
    workstation: 'B-03',
    mentor: '王老师',
    plannedEndOn: null
  },
  extend: { on, reason: '公益创投项目延期', newEndOn: '2027-06-30' },
  graduate: { on, note: null },
  exit: { on, reason: '组织搬迁' },
  handover: { on }
}

const LABELS: Record<IncubationAction, string> = {
  approve: '初核通过',
  reject: '不予入驻',
  admit: '签订协议入驻',
  extend: '续驻',
  graduate: '出壳',
  exit: '退驻',
  handover: '确认交还场地'
}

/** The workflow table as the issue states it: from each status, the actions and where they lead. */
const ALLOWED: Record<IncubationStatus, Partial<Record<IncubationAction, IncubationStatus>>> = {
  待初核: { approve: '待入驻', reject: '不予入驻' },
  待入驻: { admit: '孵化中', exit: '退驻' },
  孵化中: { extend: '续驻', graduate: '出壳', exit: '退驻' },
  续驻: { extend: '续驻', graduate: '出壳', exit: '退驻' },
  出壳: { handover: '出壳' },
  退驻: { handover: '退驻' },
  不予入驻: {}
}

const PAIRS = INCUBATION_STATUSES.flatMap((status) =>
  INCUBATION_ACTIONS.map((action) => ({ status, action, to: ALLOWED[status][action] ?? null }))
)

function refused(message: string, field = '') {
  return { ok: false, issues: [{ field, level: 'error', message }] }
}

function value(result: ReturnType<typeof performIncubationAction>): Incubation {
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.value
}

describe('the incubation workflow table', () => {
  // Guards that depend on more than the state are satisfied here: a second 续驻 is within the
  // limit and a passing 出壳 assessment exists.
  const open = context({ maxExtensions: 2 })

  it.each(PAIRS.filter((pair) => pair.to !== null))(
    'allows $action from $status, leading to $to',
    ({ status, action, to }) => {
      const stay = stayIn(status)
      const next = value(performIncubationAction(stay, action, VALID_INPUT[action], open))
      expect(next.status).toBe(to)
      expect(next.events).toEqual([
        expect.objectContaining({ action, from: status, to, on, at, operator })
      ])
    }
  )

  it.each(PAIRS.filter((pair) => pair.to === null))(
    'refuses $action from $status, naming the status',
    ({ status, action }) => {
      expect(performIncubationAction(stayIn(status), action, VALID_INPUT[action], open)).toEqual(
        refused(`入驻记录当前为“${status}”，不能${LABELS[action]}`)
      )
    }
  )

  it('covers all 49 pairs of status and action', () => {
    expect(PAIRS).toHaveLength(INCUBATION_STATUSES.length * INCUBATION_ACTIONS.length)
    expect(PAIRS).toHaveLength(49)
  })

  it.each(INCUBATION_STATUSES)('offers from %s the same actions it allows', (status) => {
    expect(actionsFrom(INCUBATION_WORKFLOW, status, { stay: stayIn(status), ...open })).toEqual(
      Object.keys(ALLOWED[status]).map((action) => ({
        action,
        label: LABELS[action as IncubationAction],
        refusal: null
      }))
    )
  })

  it.each([
    ['a 虚拟 stay that had no space', { handoverDueOn: null }],
    ['a stay whose space is back', { handedOverOn: '2026-11-20' }]
  ])('does not offer 确认交还场地 for %s', (_, patch) => {
    for (const status of ['出壳', '退驻'] as const) {
      const offered = actionsFrom(INCUBATION_WORKFLOW, status, {
        stay: stayIn(status, patch),
        ...open
      })
      expect(offered.map((offer) => offer.action)).not.toContain('handover')
    }
  })

  it('refuses a step from the wrong status before looking at the input', () => {
    expect(performIncubationAction(stayIn('出壳'), 'approve', {}, open)).toEqual(
      refused('入驻记录当前为“出壳”，不能初核通过')
    )
  })

  it('refuses an action the table does not have', () => {
    expect(
      performIncubationAction(stayIn('孵化中'), 'promote' as IncubationAction, { on }, open)
    ).toEqual(refused('没有名为“promote”的操作'))
  })

  it('declares every action once, an input for each, and starts at 待初核', () => {
    expect(INCUBATION_WORKFLOW.transitions.map((transition) => transition.action)).toEqual([
      ...INCUBATION_ACTIONS
    ])
    expect(Object.keys(INCUBATION_ACTION_INPUTS).sort()).toEqual([...INCUBATION_ACTIONS].sort())
    expect(INCUBATION_WORKFLOW.initial).toBe('待初核')
    expect(INCUBATION_WORKFLOW.final).toEqual(['出壳', '退驻', '不予入驻'])
  })

  it('leaves a final status only through record-keeping that keeps the status', () => {
    for (const status of INCUBATION_WORKFLOW.final) {
      for (const to of Object.values(ALLOWED[status])) expect(to).toBe(status)
    }
  })
})

describe('续驻 guard', () => {
  it.each([
    [0, 1],
    [0, 2],
    [1, 2],
    [4, 5]
  ])('allows a stay extended %i times when the base allows %i', (count, maxExtensions) => {
    const extensions = Array.from({ length: count }, (_, index) => ({
      on: `2026-0${index + 1}-10`,
      reason: '延期',
      previousEndOn: '2026-06-01',
      newEndOn: '2026-06-01'
    }))
    const stay = stayIn(count === 0 ? '孵化中' : '续驻', { extensions })
    expect(
      performIncubationAction(stay, 'extend', VALID_INPUT.extend, context({ maxExtensions })).ok
    ).toBe(true)
  })

  it.each([
    [1, 1],
    [2, 2],
    [3, 2]
  ])('refuses a stay extended %i times when the base allows %i', (count, maxExtensions) => {
    const extensions = Array.from({ length: count }, (_, index) => ({
      on: `2026-0${index + 1}-10`,
      reason: '延期',
      previousEndOn: '2026-06-01',
      newEndOn: '2026-06-01'
    }))
    expect(
      performIncubationAction(
        stayIn('续驻', { extensions }),
        'extend',
        VALID_INPUT.extend,
        context({ maxExtensions })
      )
    ).toEqual(refused(`已续驻 ${count} 次，本基地每次入驻最多续驻 ${maxExtensions} 次`))
  })

  it('says the base does not extend stays at all when the limit is 0', () => {
    expect(
      performIncubationAction(
        stayIn('孵化中'),
        'extend',
        VALID_INPUT.extend,
        context({ maxExtensions: 0 })
      )
    ).toEqual(refused('本基地不办理续驻（可在设置中修改）'))
  })

  it('shows the refusal next to the offered action', () => {
    const offered = actionsFrom(INCUBATION_WORKFLOW, '续驻', {
      stay: stayIn('续驻'),
      settings: DEFAULT_INCUBATION_SETTINGS,
      assessments: [PASSED_EXIT]
    })
    expect(offered.find((action) => action.action === 'extend')).toEqual({
      action: 'extend',
      label: '续驻',
      refusal: '已续驻 1 次，本基地每次入驻最多续驻 1 次'
    })
  })
})

describe('出壳 guard', () => {
  const message = '出壳前须有一份已定稿且结论合格的出壳评估'

  it.each<[string, AssessmentSummary[]]>([
    ['no assessment', []],
    ['only a draft', [{ kind: '出壳', status: '草稿', passed: null }]],
    ['a draft marked passed', [{ kind: '出壳', status: '草稿', passed: true }]],
    ['a 定稿 that failed', [{ kind: '出壳', status: '定稿', passed: false }]],
    ['a passing 定稿 of another kind', [{ kind: '中期', status: '定稿', passed: true }]],
    [
      'several, none of them enough',
      [
        { kind: '入驻', status: '定稿', passed: true },
        { kind: '中期', status: '定稿', passed: true },
        { kind: '出壳', status: '定稿', passed: false },
        { kind: '出壳', status: '草稿', passed: null }
      ]
    ]
  ])('refuses 出壳 with %s', (_case, assessments) => {
    expect(hasPassingGraduationAssessment(assessments)).toBe(false)
    for (const status of ['孵化中', '续驻'] as const) {
      expect(
        performIncubationAction(
          stayIn(status),
          'graduate',
          VALID_INPUT.graduate,
          context({}, assessments)
        )
      ).toEqual(refused(message))
    }
  })

  it('allows 出壳 once one passing 定稿 出壳 assessment is among failed ones', () => {
    const assessments: AssessmentSummary[] = [
      { kind: '出壳', status: '定稿', passed: false },
      PASSED_EXIT
    ]
    expect(hasPassingGraduationAssessment(assessments)).toBe(true)
    const result = performIncubationAction(
      stayIn('孵化中'),
      'graduate',
      VALID_INPUT.graduate,
      context({}, assessments)
    )
    expect(value(result).status).toBe('出壳')
  })
})

describe('handover guard', () => {
  it.each(['出壳', '退驻'] as const)(
    'refuses a %s stay that had no space to hand back',
    (status) => {
      expect(
        performIncubationAction(
          stayIn(status, { handoverDueOn: null }),
          'handover',
          { on },
          context()
        )
      ).toEqual(refused('这次入驻没有需要交还的场地'))
    }
  )

  it.each(['出壳', '退驻'] as const)('refuses a %s stay whose space is already back', (status) => {
    expect(
      performIncubationAction(
        stayIn(status, { handedOverOn: '2026-10-20' }),
        'handover',
        { on: '2026-10-21' },
        context()
      )
    ).toEqual(refused('场地已于 2026-10-20 交还'))
  })

  it('records the handover without moving the stay on, even when late', () => {
    const stay = stayIn('退驻')
    const next = value(performIncubationAction(stay, 'handover', { on: '2026-11-02' }, context()))
    expect(next).toEqual({
      ...stay,
      handedOverOn: '2026-11-02',
      events: [
        {
          action: 'handover',
          from: '退驻',
          to: '退驻',
          on: '2026-11-02',
          at,
          operator,
          note: null
        }
      ]
    })
  })
})

describe('dates of a step', () => {
  it.each(INCUBATION_ACTIONS)('%s: refuses a date after today and accepts today', (action) => {
    const status = (Object.keys(ALLOWED) as IncubationStatus[]).find(
      (candidate) => ALLOWED[candidate][action]
    )!
    const stay = stayIn(status)
    const input = { ...VALID_INPUT[action], on: '2026-11-23' }
    expect(performIncubationAction(stay, action, input, context())).toEqual(
      refused('日期不能晚于今天', 'on')
    )
    const onToday = { ...VALID_INPUT[action], on: today }
    expect(performIncubationAction(stay, action, onToday, context()).ok).toBe(true)
  })

  it.each<[IncubationStatus, IncubationAction, string]>([
    ['待初核', 'approve', '2025-05-12'],
    ['待初核', 'reject', '2025-05-12'],
    ['待入驻', 'admit', '2025-05-15'],
    ['待入驻', 'exit', '2025-05-15'],
    ['孵化中', 'extend', '2025-06-02'],
    ['孵化中', 'graduate', '2025-06-02'],
    ['孵化中', 'exit', '2025-06-02'],
    ['续驻', 'extend', '2026-05-20'],
    ['续驻', 'graduate', '2026-05-20'],
    ['续驻', 'exit', '2026-05-20'],
    ['出壳', 'handover', '2026-09-30'],
    ['退驻', 'handover', '2026-09-30']
  ])(
    '%s → %s: refuses a date before the previous step (%s), accepts that same day',
    (status, action, previous) => {
      const settings = { maxExtensions: 2 }
      const stay = stayIn(status)
      const dayBefore = { ...VALID_INPUT[action], on: dayBeforeOf(previous) }
      expect(performIncubationAction(stay, action, dayBefore, context(settings))).toEqual(
        refused(`日期不能早于上一步的日期 ${previous}`, 'on')
      )
      const sameDay = { ...VALID_INPUT[action], on: previous }
      expect(performIncubationAction(stay, action, sameDay, context(settings)).ok).toBe(true)
    }
  )

  it.each<[IncubationAction, string]>([
    ['approve', '初核日期'],
    ['reject', '初核日期'],
    ['admit', '入驻日期'],
    ['extend', '续驻日期'],
    ['graduate', '出壳日期'],
    ['exit', '退驻日期'],
    ['handover', '交还日期']
  ])('%s: refuses an impossible date, naming the field', (action, label) => {
    const status = (Object.keys(ALLOWED) as IncubationStatus[]).find(
      (candidate) => ALLOWED[candidate][action]
    )!
    const input = { ...VALID_INPUT[action], on: '2026-02-30' }
    expect(performIncubationAction(stayIn(status), action, input, context())).toEqual(
      refused(`${label}不是有效日期（YYYY-MM-DD）`, 'on')
    )
  })
})

function dayBeforeOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() - 1)
  return day.toISOString().slice(0, 10)
}

describe('初核', () => {
  it('approves: records the review date and opinion', () => {
    const stay = stayIn('待初核')
    const next = value(
      performIncubationAction(stay, 'approve', { on: '2025-05-15', note: ' 材料齐全 ' }, context())
    )
    expect(next).toEqual({
      ...stay,
      status: '待入驻',
      reviewedOn: '2025-05-15',
      reviewNote: '材料齐全',
      events: [
        {
          action: 'approve',
          from: '待初核',
          to: '待入驻',
          on: '2025-05-15',
          at,
          operator,
          note: '材料齐全'
        }
      ]
    })
  })

  it('approves without an opinion', () => {
    const next = value(
      performIncubationAction(stayIn('待初核'), 'approve', { on, note: '' }, context())
    )
    expect(next.reviewNote).toBeNull()
    expect(next.events[0]!.note).toBeNull()
  })

  it('rejects: ends the application with the reason', () => {
    const stay = stayIn('待初核')
    const next = value(
      performIncubationAction(
        stay,
        'reject',
        { on: '2025-05-15', reason: '未满足入驻条件' },
        context()
      )
    )
    expect(next).toMatchObject({
      status: '不予入驻',
      reviewedOn: '2025-05-15',
      reviewNote: '未满足入驻条件',
      endedOn: '2025-05-15',
      endReason: '未满足入驻条件',
      handoverDueOn: null
    })
    expect(next.events[0]).toMatchObject({ action: 'reject', note: '未满足入驻条件' })
  })

  it('rejects only with a reason', () => {
    expect(
      performIncubationAction(stayIn('待初核'), 'reject', { on, reason: ' ' }, context())
    ).toEqual(refused('请填写不予入驻理由', 'reason'))
  })

  it('refuses fields the dialog does not have', () => {
    expect(
      performIncubationAction(
        stayIn('待初核'),
        'approve',
        { on, note: null, mode: '实体' },
        context()
      )
    ).toEqual(refused('不认识的字段：mode'))
  })
})

describe('入驻', () => {
  const admitOn = (input: Record<string, unknown>, settings: Partial<IncubationSettings> = {}) =>
    performIncubationAction(
      stayIn('待入驻'),
      'admit',
      { ...VALID_INPUT.admit, ...input },
      context(settings)
    )

  it('records the agreement and placement, planning the end a term after 入驻', () => {
    const stay = stayIn('待入驻')
    const next = value(
      performIncubationAction(stay, 'admit', { ...VALID_INPUT.admit, on: '2026-03-01' }, context())
    )
    expect(next).toEqual({
      ...stay,
      status: '孵化中',
      admittedOn: '2026-03-01',
      agreementNo: 'GL-2026-015',
      mode: '实体',
      workstation: 'B-03',
      mentor: '王老师',
      // 12 months from 2026-03-01: the day before 2027-03-01.
      plannedEndOn: '2027-02-28',
      events: [
        {
          action: 'admit',
          from: '待入驻',
          to: '孵化中',
          on: '2026-03-01',
          at,
          operator,
          note: null
        }
      ]
    })
  })

  it('uses the base’s term for the default end', () => {
    expect(value(admitOn({ on: '2026-03-01' }, { termMonths: 6 })).plannedEndOn).toBe('2026-08-31')
  })

  it('keeps an end date agreed in the contract', () => {
    expect(value(admitOn({ plannedEndOn: '2027-12-31' })).plannedEndOn).toBe('2027-12-31')
  })

  it.each(['2026-10-09', '2026-10-08'])('refuses a planned end on %s, not after 入驻', (end) => {
    expect(admitOn({ plannedEndOn: end })).toEqual(
      refused('计划到期日须晚于入驻日期', 'plannedEndOn')
    )
  })

  it.each([null, '', '  '])('requires a workstation for 实体 孵化 (given %j)', (workstation) => {
    expect(admitOn({ workstation })).toEqual(refused('实体孵化须填写工位', 'workstation'))
  })

  it('clears the workstation of a 虚拟 stay', () => {
    const next = value(admitOn({ mode: '虚拟', workstation: 'B-03' }))
    expect(next.mode).toBe('虚拟')
    expect(next.workstation).toBeNull()
    expect(value(admitOn({ mode: '虚拟', workstation: null })).workstation).toBeNull()
  })

  it('reports every mistake of the dialog at once', () => {
    const result = admitOn({
      on: '2026-11-23',
      mode: '实体',
      workstation: null,
      plannedEndOn: '2026-11-01'
    })
    expect(result).toEqual({
      ok: false,
      issues: [
        { field: 'on', level: 'error', message: '日期不能晚于今天' },
        { field: 'plannedEndOn', level: 'error', message: '计划到期日须晚于入驻日期' },
        { field: 'workstation', level: 'error', message: '实体孵化须填写工位' }
      ]
    })
  })

  it.each([
    ['agreementNo', { agreementNo: '' }, '请填写入驻协议编号'],
    ['mode', { mode: undefined }, '请选择孵化方式'],
    ['mode', { mode: '线上' }, '请选择孵化方式'],
    ['mentor', { mentor: '导'.repeat(31) }, '导师不能超过 30 个字'],
    ['plannedEndOn', { plannedEndOn: '2027-02-29' }, '计划到期日不是有效日期（YYYY-MM-DD）']
  ])('refuses a bad %s', (field, patch, message) => {
    expect(admitOn(patch)).toEqual(refused(message, field))
  })
})

describe('defaultPlannedEnd', () => {
  it.each([
    ['2026-03-01', 12, '2027-02-28'],
    ['2026-01-01', 12, '2026-12-31'],
    ['2026-11-15', 3, '2027-02-14'],
    ['2026-06-15', 24, '2028-06-14'],
    ['2025-03-01', 1, '2025-03-31'],
    // A date the target month lacks: the stay runs to that month's last day.
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-12-31', 6, '2027-06-30'],
    ['2026-08-31', 18, '2028-02-29']
  ])('%s + %i months ends on %s', (start, months, end) => {
    expect(defaultPlannedEnd(start, months)).toBe(end)
  })
})

describe('续驻', () => {
  it('records the extension and moves the planned end', () => {
    const stay = stayIn('孵化中')
    const next = value(
      performIncubationAction(
        stay,
        'extend',
        { on: '2026-05-20', reason: ' 公益创投项目延期 ', newEndOn: '2026-12-31' },
        context()
      )
    )
    expect(next).toEqual({
      ...stay,
      status: '续驻',
      plannedEndOn: '2026-12-31',
      extensions: [
        {
          on: '2026-05-20',
          reason: '公益创投项目延期',
          previousEndOn: '2026-06-01',
          newEndOn: '2026-12-31'
        }
      ],
      events: [
        {
          action: 'extend',
          from: '孵化中',
          to: '续驻',
          on: '2026-05-20',
          at,
          operator,
          note: '公益创投项目延期'
        }
      ]
    })
  })

  it('adds a second extension after the first when the base allows two', () => {
    const next = value(
      performIncubationAction(
        stayIn('续驻'),
        'extend',
        { on: '2026-11-20', reason: '再延半年', newEndOn: '2027-06-30' },
        context({ maxExtensions: 2 })
      )
    )
    expect(next.status).toBe('续驻')
    expect(next.extensions.map((extension) => extension.previousEndOn)).toEqual([
      '2026-06-01',
      '2026-12-31'
    ])
    expect(next.plannedEndOn).toBe('2027-06-30')
  })

  it.each(['2026-06-01', '2026-05-31'])(
    'refuses a new end on %s, not after the current one',
    (end) => {
      expect(
        performIncubationAction(
          stayIn('孵化中'),
          'extend',
          { on, reason: '延期', newEndOn: end },
          context()
        )
      ).toEqual(refused('新的到期日须晚于现在的到期日 2026-06-01', 'newEndOn'))
    }
  )

  it('requires a reason', () => {
    expect(
      performIncubationAction(
        stayIn('孵化中'),
        'extend',
        { on, reason: '', newEndOn: '2027-06-30' },
        context()
      )
    ).toEqual(refused('请填写续驻理由', 'reason'))
  })
})

describe('出壳 and 退驻', () => {
  it('sets the space due back 15 working days later, skipping National Day and counting 调休', () => {
    // 2026: 1–7 October off; Saturday 10 October is a make-up working day. From 30 September:
    // 8, 9, 10, 12–16, 19–23, 26, 27 October — the 15th working day is 27 October.
    expect(calendar.addWorkingDays('2026-09-30', 15)).toBe('2026-10-27')
    const stay = stayIn('续驻')
    const next = value(
      performIncubationAction(stay, 'graduate', { on: '2026-09-30', note: '顺利出壳' }, context())
    )
    expect(next).toEqual({
      ...stay,
      status: '出壳',
      endedOn: '2026-09-30',
      endReason: '顺利出壳',
      handoverDueOn: '2026-10-27',
      events: [
        {
          action: 'graduate',
          from: '续驻',
          to: '出壳',
          on: '2026-09-30',
          at,
          operator,
          note: '顺利出壳'
        }
      ]
    })
  })

  it.each([
    // Thursday before 中秋 (Friday 25 September) and a weekend: 28, 29, 30 September.
    ['2026-09-24', 3, '2026-09-30'],
    // Across National Day to the make-up Saturday.
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-09-30', 1, '2026-10-08'],
    // An ordinary week: Friday + 5 is the next Friday.
    ['2026-11-13', 5, '2026-11-20']
  ])('graduating on %s with %i working days gives %s', (day, days, due) => {
    expect(calendar.addWorkingDays(day, days)).toBe(due)
    const next = value(
      performIncubationAction(
        stayIn('孵化中'),
        'graduate',
        { on: day, note: null },
        context({ handoverWorkingDays: days })
      )
    )
    expect(next.handoverDueOn).toBe(due)
  })

  it('uses the office’s own calendar for the handover date', () => {
    const local = createWorkCalendar({ holidays: ['2026-10-08'] })
    const next = value(
      performIncubationAction(
        stayIn('孵化中'),
        'exit',
        { on: '2026-09-30', reason: '组织注销' },
        { ...context({ handoverWorkingDays: 1 }), calendar: local }
      )
    )
    expect(next.handoverDueOn).toBe('2026-10-09')
  })

  it('exits a 实体 stay with its reason and a handover date', () => {
    const next = value(
      performIncubationAction(
        stayIn('孵化中'),
        'exit',
        { on: '2026-09-30', reason: ' 组织注销 ' },
        context()
      )
    )
    expect(next).toMatchObject({
      status: '退驻',
      endedOn: '2026-09-30',
      endReason: '组织注销',
      handoverDueOn: '2026-10-27',
      handedOverOn: null
    })
    expect(next.events[0]).toMatchObject({
      action: 'exit',
      from: '孵化中',
      to: '退驻',
      note: '组织注销'
    })
  })

  it.each<[IncubationStatus, IncubationAction]>([
    ['孵化中', 'graduate'],
    ['续驻', 'graduate'],
    ['孵化中', 'exit'],
    ['续驻', 'exit']
  ])('leaves a 虚拟 %s stay with nothing to hand back (%s)', (status, action) => {
    const stay = stayIn(status, { mode: '虚拟', workstation: null })
    const next = value(performIncubationAction(stay, action, VALID_INPUT[action], context()))
    expect(next.handoverDueOn).toBeNull()
    expect(performIncubationAction(next, 'handover', { on: '2026-10-12' }, context())).toEqual(
      refused('这次入驻没有需要交还的场地')
    )
  })

  it('leaves a stay that never moved in (退驻 from 待入驻) with nothing to hand back', () => {
    const next = value(
      performIncubationAction(stayIn('待入驻'), 'exit', VALID_INPUT.exit, context())
    )
    expect(next).toMatchObject({ status: '退驻', endedOn: on, handoverDueOn: null })
  })

  it('requires a reason to 退驻', () => {
    expect(
      performIncubationAction(stayIn('孵化中'), 'exit', { on, reason: '' }, context())
    ).toEqual(refused('请填写退驻理由', 'reason'))
  })

  it('graduates without a note', () => {
    const next = value(
      performIncubationAction(stayIn('孵化中'), 'graduate', { on, note: null }, context())
    )
    expect(next.endReason).toBeNull()
    expect(next.events[0]!.note).toBeNull()
  })
})

describe('events and purity', () => {
  it('appends each step after the earlier ones and leaves the given stay untouched', () => {
    const earlier = {
      action: 'approve' as const,
      from: '待初核' as const,
      to: '待入驻' as const,
      on: '2025-05-15',
      at: '2025-05-15T03:00:00.000Z',
      operator: '李娜',
      note: null
    }
    const stay = stayIn('待入驻', { events: [earlier] })
    const before = structuredClone(stay)
    const next = value(
      performIncubationAction(stay, 'admit', VALID_INPUT.admit, {
        ...context(),
        at: '2026-11-22T08:00:00.000Z',
        operator: '陈明'
      })
    )
    expect(next.events).toEqual([
      earlier,
      {
        action: 'admit',
        from: '待入驻',
        to: '孵化中',
        on,
        at: '2026-11-22T08:00:00.000Z',
        operator: '陈明',
        note: null
      }
    ])
    expect(stay).toEqual(before)
  })

  it('adds no event when a step is refused', () => {
    const stay = stayIn('待入驻')
    const result = performIncubationAction(
      stay,
      'admit',
      { ...VALID_INPUT.admit, agreementNo: '' },
      context()
    )
    expect(result.ok).toBe(false)
    expect(stay.events).toEqual([])
  })
})

describe('openIncubation', () => {
  const application = {
    organizationId: 'org-1',
    baseName: '鼓楼区社会组织孵化基地',
    appliedOn: '2026-09-28',
    preferredMode: '虚拟' as const,
    note: '由社区推荐'
  }

  it('opens a stay 待初核 with nothing recorded yet', () => {
    expect(openIncubation(application, DEFAULT_INCUBATION_SETTINGS, calendar)).toEqual({
      ...application,
      status: '待初核',
      // Monday 28 September + 5 working days: 29, 30 September, 8, 9, 10 (调休 Saturday) October.
      reviewDueOn: '2026-10-10',
      reviewedOn: null,
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
      events: []
    })
  })

  it.each([
    // Thursday before 中秋: 25 September is off, then the weekend.
    ['2026-09-24', 5, '2026-10-09'],
    ['2026-09-28', 10, '2026-10-16'],
    // Friday before the make-up Sunday 20 September.
    ['2026-09-18', 1, '2026-09-20'],
    ['2026-11-20', 5, '2026-11-27']
  ])('applied on %s with %i working days: review due %s', (appliedOn, days, due) => {
    expect(calendar.addWorkingDays(appliedOn, days)).toBe(due)
    const stay = openIncubation(
      { ...application, appliedOn },
      { ...DEFAULT_INCUBATION_SETTINGS, reviewWorkingDays: days },
      calendar
    )
    expect(stay.reviewDueOn).toBe(due)
  })
})

describe('a whole stay', () => {
  it('goes from application to handover, each step a valid stored stay', () => {
    const bookkeeping = {
      id: 'stay-9',
      createdAt: '2025-11-03T02:00:00.000Z',
      updatedAt: '2025-11-03T02:00:00.000Z',
      archivedAt: null
    }
    const opened = openIncubation(
      {
        organizationId: 'org-9',
        baseName: '温江区社会组织孵化园',
        appliedOn: '2025-11-03',
        preferredMode: '实体',
        note: null
      },
      DEFAULT_INCUBATION_SETTINGS,
      calendar
    )
    const steps: [IncubationAction, Record<string, unknown>, AssessmentSummary[]][] = [
      ['approve', { on: '2025-11-06', note: null }, []],
      [
        'admit',
        {
          on: '2025-12-01',
          agreementNo: 'WJ-2025-031',
          mode: '实体',
          workstation: 'C-07',
          mentor: null,
          plannedEndOn: null
        },
        []
      ],
      ['extend', { on: '2026-09-01', reason: '项目延期', newEndOn: '2027-05-31' }, []],
      ['graduate', { on: '2026-09-30', note: '评估合格' }, [PASSED_EXIT]],
      ['handover', { on: '2026-10-20' }, [PASSED_EXIT]]
    ]
    let stay: Incubation = { ...bookkeeping, ...opened }
    const statuses: IncubationStatus[] = [stay.status]
    for (const [action, input, assessments] of steps) {
      stay = value(performIncubationAction(stay, action, input, context({}, assessments)))
      statuses.push(stay.status)
      const stored: Record<string, unknown> = { ...stay }
      for (const key of Object.keys(bookkeeping)) delete stored[key]
      expect(checkStoredIncubation(stored)).toMatchObject({ ok: true })
    }
    expect(statuses).toEqual(['待初核', '待入驻', '孵化中', '续驻', '出壳', '出壳'])
    expect(stay).toMatchObject({
      reviewDueOn: '2025-11-10',
      plannedEndOn: '2027-05-31',
      handoverDueOn: '2026-10-27',
      handedOverOn: '2026-10-20'
    })
    expect(stay.extensions[0]!.previousEndOn).toBe('2026-11-30')
    expect(stay.events.map((event) => [event.action, event.from, event.to])).toEqual([
      ['approve', '待初核', '待入驻'],
      ['admit', '待入驻', '孵化中'],
      ['extend', '孵化中', '续驻'],
      ['graduate', '续驻', '出壳'],
      ['handover', '出壳', '出壳']
    ])
  })
})
