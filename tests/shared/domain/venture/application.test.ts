import { describe, expect, it } from 'vitest'
import type { CheckResult, FieldIssue } from '@shared/domain/check'
import {
  APPLICATION_ACTIONS,
  APPLICATION_ACTION_INPUTS,
  APPLICATION_CONTENT_FIELDS,
  APPLICATION_FIELDS,
  APPLICATION_STATUSES,
  APPLICATION_WORKFLOW,
  applicationGuardContext,
  checkApplicationDraft,
  checkStoredApplication,
  editableFields,
  newApplicationRefusal,
  stillCompetes,
  openApplication,
  performApplicationAction,
  submissionIssues,
  type Application,
  type ApplicationAction,
  type ApplicationActionContext,
  type ApplicationRound,
  type ApplicationStatus,
  type Award
} from '@shared/domain/venture/application'
import type { Eligibility } from '@shared/domain/venture/eligibility'
import { newRoundDraft } from '@shared/domain/venture/round'
import { actionsFrom } from '@shared/domain/workflow'

/** The 2026 round with its defaults: call 2026-03-01 to 2026-03-31, at most 50 万元 and 60 %. */
const round: ApplicationRound = newRoundDraft(2026, 500_000_000)
const today = '2026-03-20'
const at = '2026-03-20T02:30:00.000Z'
const operator = '张晓梅'
const TRACK_NAMES = '为老服务、助残服务、青少年服务、社区治理、环境保护'

/**
 * The budget worked by hand in budget.test.ts: total ¥115,900; 60 % of it is ¥69,540, which
 * leaves ¥46,360 to matching funds.
 */
const budgetLines = [
  { category: '人员费', item: '项目社工', unitPriceFen: 600_000, quantity: 12, note: null },
  { category: '活动费', item: '小组活动', unitPriceFen: 200_000, quantity: 10, note: null },
  { category: '物资费', item: '探访物资包', unitPriceFen: 8_550, quantity: 200, note: null },
  { category: '宣传费', item: '宣传单页', unitPriceFen: 120, quantity: 1500, note: null },
  { category: '管理费', item: '项目管理', unitPriceFen: 500_000, quantity: 1, note: null }
] as const

const content = {
  title: '银龄守望：社区独居老人关爱计划',
  track: 'elderly',
  communityIds: ['community-1'],
  needIds: ['need-1'],
  beneficiaries: [{ type: '独居老人', count: 120 }],
  problem: '辖区 60 岁以上独居老人 312 人，缺少日常探访与应急联络。',
  objectives: '建立 120 名独居老人的探访档案，每月探访一次。',
  activities: [
    { month: '2026-07', content: '入户探访与需求评估' },
    { month: '2027-06', content: '结项总结与成果展示' }
  ],
  team: [{ socialWorkerId: 'sw-1', role: '项目负责人' }],
  budgetLines: budgetLines.map((line) => ({ ...line })),
  requestedFen: 6_954_000,
  matchingFen: 4_636_000,
  contactName: '李娜',
  contactPhone: '13812345678'
}

const draft = { roundId: 'round-2026', organizationId: 'org-1', ...content }

const ELIGIBLE: Eligibility = {
  eligible: true,
  checks: [
    { rule: '登记状态', passed: true, reason: '阳光社工服务中心为已登记的社会组织' },
    { rule: '年检与评估记录', passed: true, reason: '近 3 年内无不合格记录' },
    { rule: '评估等级', passed: true, reason: '本轮不要求评估等级' },
    { rule: '同类别申报', passed: true, reason: '该组织在本类别没有其他申报' }
  ]
}

const INELIGIBLE: Eligibility = {
  eligible: false,
  checks: [
    ELIGIBLE.checks[0]!,
    { rule: '年检与评估记录', passed: false, reason: '2024 年度年检结论为不合格（近 3 年内）' },
    ELIGIBLE.checks[2]!,
    ELIGIBLE.checks[3]!
  ]
}

/** A result on the published list that funds the application: ¥120,000. */
const FUNDED: Award = {
  score: 86.5,
  rank: 1,
  trackRank: 1,
  grantFen: 12_000_000,
  reason: '第 1 名，资助 120,000.00 元',
  adjustmentReason: null
}

/** A result below the funding line: nothing granted. */
const UNFUNDED: Award = {
  score: 71.2,
  rank: 9,
  trackRank: 4,
  grantFen: 0,
  reason: '资金池剩余 30,000.00 元，不足以资助申请的 120,000.00 元',
  adjustmentReason: null
}

function context(patch: Partial<ApplicationActionContext> = {}): ApplicationActionContext {
  return { round, today, eligibility: ELIGIBLE, reviewsComplete: true, at, operator, ...patch }
}

/** 拟资助 and 不予资助 record the published result, so their context carries one that fits. */
const ACTION_CONTEXT: Partial<Record<ApplicationAction, Partial<ApplicationActionContext>>> = {
  fund: { award: FUNDED },
  decline: { award: UNFUNDED }
}

function contextFor(action: ApplicationAction): ApplicationActionContext {
  return context(ACTION_CONTEXT[action])
}

/** One application as the workflow would have left it in `status` (its events left out). */
function applicationIn(status: ApplicationStatus, patch: Partial<Application> = {}): Application {
  const submitted = status !== '草稿' && status !== '已撤回'
  const screenedIn = !['草稿', '已提交', '初审未通过', '已撤回'].includes(status)
  return {
    id: 'application-1',
    createdAt: '2026-03-05T02:00:00.000Z',
    updatedAt: '2026-03-05T02:00:00.000Z',
    archivedAt: null,
    ...draft,
    status,
    submittedAt: submitted ? '2026-03-10T03:00:00.000Z' : null,
    screening:
      screenedIn || status === '初审未通过'
        ? {
            ...ELIGIBLE,
            decision: status === '初审未通过' ? '不通过' : '通过',
            note: null,
            decidedAt: '2026-04-10T03:00:00.000Z',
            decidedBy: operator
          }
        : null,
    withdrawnReason: status === '已撤回' ? '团队变动，无法执行' : null,
    award: ['拟资助', '已立项'].includes(status)
      ? { ...FUNDED }
      : status === '未获资助'
        ? { ...UNFUNDED }
        : null,
    events: [],
    ...patch
  }
}

/** Valid input for each action. */
const VALID_INPUT: Record<ApplicationAction, Record<string, unknown>> = {
  submit: {},
  withdraw: { reason: '团队变动，无法执行' },
  reopen: { reason: '预算表需补充单价依据' },
  screenPass: { note: null },
  screenFail: { reason: '申报材料不全' },
  startReview: {},
  completeReview: {},
  resumeReview: {},
  fund: { note: null },
  decline: { note: '排名未进入资助线' },
  revoke: { reason: '公示期异议经核实成立' },
  approve: { note: '经公示无异议' }
}

/** The note each valid input leaves on its event. */
const EVENT_NOTE: Record<ApplicationAction, string | null> = {
  submit: null,
  withdraw: '团队变动，无法执行',
  reopen: '预算表需补充单价依据',
  screenPass: null,
  screenFail: '申报材料不全',
  startReview: null,
  completeReview: null,
  resumeReview: null,
  fund: null,
  decline: '排名未进入资助线',
  revoke: '公示期异议经核实成立',
  approve: '经公示无异议'
}

const LABELS: Record<ApplicationAction, string> = {
  submit: '提交',
  withdraw: '撤回',
  reopen: '退回修改',
  screenPass: '初审通过',
  screenFail: '初审不通过',
  startReview: '开始评审',
  completeReview: '完成评审',
  resumeReview: '重新评审',
  fund: '拟资助',
  decline: '不予资助',
  revoke: '撤销资助',
  approve: '立项'
}

/** The workflow table as the issue states it: from each status, the actions and where they lead. */
const ALLOWED: Record<ApplicationStatus, Partial<Record<ApplicationAction, ApplicationStatus>>> = {
  草稿: { submit: '已提交', withdraw: '已撤回' },
  已提交: { withdraw: '已撤回', reopen: '草稿', screenPass: '初审通过', screenFail: '初审未通过' },
  初审通过: { withdraw: '已撤回', startReview: '评审中' },
  初审未通过: {},
  评审中: { completeReview: '已评审' },
  已评审: { resumeReview: '评审中', fund: '拟资助', decline: '未获资助' },
  拟资助: { revoke: '未获资助', approve: '已立项' },
  未获资助: {},
  已立项: {},
  已撤回: {}
}

const PAIRS = APPLICATION_STATUSES.flatMap((status) =>
  APPLICATION_ACTIONS.map((action) => ({ status, action, to: ALLOWED[status][action] ?? null }))
)

function refused(message: string, field = '') {
  return { ok: false, issues: [{ field, level: 'error', message }] }
}

function value<T>(result: CheckResult<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.value
}

function issues<T>(result: CheckResult<T>): FieldIssue[] {
  return result.ok ? result.warnings : result.issues
}

const error = (field: string, message: string) => ({ field, level: 'error', message })
const warning = (field: string, message: string) => ({ field, level: 'warning', message })

describe('checkApplicationDraft', () => {
  it('accepts a complete application without findings', () => {
    expect(checkApplicationDraft(draft, round, today)).toEqual({
      ok: true,
      value: draft,
      warnings: []
    })
  })

  it('keeps an incomplete draft: no title, plan or budget yet, only the budget warned about', () => {
    const empty = {
      ...draft,
      title: '',
      beneficiaries: [],
      problem: '',
      objectives: '',
      activities: [],
      team: [],
      budgetLines: [],
      requestedFen: 0,
      matchingFen: 0,
      contactName: null,
      contactPhone: null
    }
    expect(checkApplicationDraft(empty, round, today)).toEqual({
      ok: true,
      value: empty,
      warnings: [
        warning('budgetLines', '预算至少要有一项支出'),
        warning('requestedFen', '申请金额须大于 0')
      ]
    })
  })

  it('refuses a track the round does not have, naming the tracks it does', () => {
    expect(checkApplicationDraft({ ...draft, track: 'sports' }, round, today)).toEqual({
      ok: false,
      issues: [error('track', `申报类别“sports”不是本批次的类别，可选类别：${TRACK_NAMES}`)]
    })
  })

  it.each(['2025-12', '2028-01', '2019-07'])('refuses an activity in %s', (month) => {
    const activities = [content.activities[0]!, { month, content: '结项总结' }]
    expect(checkApplicationDraft({ ...draft, activities }, round, today)).toEqual({
      ok: false,
      issues: [
        error(
          'activities.1.month',
          `活动月份 ${month} 须在 2026-01 至 2027-12 之间（本批次为 2026 年度）`
        )
      ]
    })
  })

  it('accepts activities from January of the round year to December of the next', () => {
    const activities = [
      { month: '2026-01', content: '需求调研' },
      { month: '2027-12', content: '结项总结' }
    ]
    expect(checkApplicationDraft({ ...draft, activities }, round, today).ok).toBe(true)
  })

  it.each(['2026-13', '2026-7', '2026/07', '202607'])(
    'refuses the month %s as a format',
    (month) => {
      const activities = [{ month, content: '入户探访' }]
      expect(checkApplicationDraft({ ...draft, activities }, round, today)).toEqual(
        refused('活动月份须为 YYYY-MM 格式', 'activities.0.month')
      )
    }
  )

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a title over 60 characters', { title: '银'.repeat(61) }, 'title', '项目名称不能超过 60 个字'],
    [
      'a problem analysis over 2000 characters',
      { problem: '问'.repeat(2001) },
      'problem',
      '问题分析不能超过 2000 个字'
    ],
    [
      'objectives over 1000 characters',
      { objectives: '目'.repeat(1001) },
      'objectives',
      '项目目标不能超过 1000 个字'
    ],
    [
      'no number of people',
      { beneficiaries: [{ type: '独居老人', count: 0 }] },
      'beneficiaries.0.count',
      '服务人数至少为 1'
    ],
    [
      'eleven beneficiary groups',
      { beneficiaries: Array.from({ length: 11 }, (_, i) => ({ type: `对象${i}`, count: 1 })) },
      'beneficiaries',
      '服务对象最多填写 10 类'
    ],
    [
      '25 activities',
      { activities: Array.from({ length: 25 }, () => ({ month: '2026-07', content: '探访' })) },
      'activities',
      '活动计划最多 24 项'
    ],
    [
      'an activity over 200 characters',
      { activities: [{ month: '2026-07', content: '探'.repeat(201) }] },
      'activities.0.content',
      '活动内容不能超过 200 个字'
    ],
    [
      '21 team members',
      { team: Array.from({ length: 21 }, (_, i) => ({ socialWorkerId: `sw-${i}`, role: '社工' })) },
      'team',
      '项目团队最多 20 人'
    ],
    [
      'a role over 20 characters',
      { team: [{ socialWorkerId: 'sw-1', role: '角'.repeat(21) }] },
      'team.0.role',
      '团队角色不能超过 20 个字'
    ],
    [
      'an amount in 元 with decimals',
      { requestedFen: 69_540.5 },
      'requestedFen',
      '申请金额须为不小于 0 的整数（以分计）'
    ],
    [
      'negative matching funds',
      { matchingFen: -1 },
      'matchingFen',
      '配套资金须为不小于 0 的整数（以分计）'
    ],
    ['no track', { track: '' }, 'track', '请选择申报类别'],
    ['an unknown field', { budget: 1 }, '', '不认识的字段：budget']
  ])('refuses %s', (_case, patch, field, message) => {
    expect(checkApplicationDraft({ ...draft, ...patch }, round, today)).toEqual(
      refused(message, field)
    )
  })

  it('refuses the same social worker twice in the team', () => {
    const team = [
      { socialWorkerId: 'sw-1', role: '项目负责人' },
      { socialWorkerId: 'sw-1', role: '督导' }
    ]
    expect(checkApplicationDraft({ ...draft, team }, round, today)).toEqual(
      refused('同一名社工不能在团队中重复列出', 'team.1.socialWorkerId')
    )
  })

  it('refuses a contact phone that is neither a mobile nor a landline', () => {
    expect(checkApplicationDraft({ ...draft, contactPhone: '12345' }, round, today)).toEqual(
      refused('电话号码格式不正确（手机 11 位，座机带区号）', 'contactPhone')
    )
  })

  it('returns the budget rules as warnings with budget.ts messages, and keeps the draft', () => {
    // ¥70,000 asked of a ¥115,900 budget: ¥460 over 60 %, and ¥460 more than the total.
    const result = checkApplicationDraft({ ...draft, requestedFen: 7_000_000 }, round, today)
    expect(result.ok).toBe(true)
    expect(issues(result)).toEqual([
      warning(
        'requestedFen',
        '申请金额 70,000.00 元 超过预算总额 115,900.00 元 的 60%（最多 69,540.00 元），超出 460.00 元'
      ),
      warning(
        'matchingFen',
        '申请金额与配套资金合计 116,360.00 元，多于预算总额 115,900.00 元，相差 460.00 元'
      )
    ])
  })

  it('addresses a category cap to the budget lines', () => {
    const capped = {
      ...round,
      budgetRules: {
        ...round.budgetRules,
        categoryCaps: [{ category: '管理费', maxSharePercent: 4 }]
      }
    } satisfies ApplicationRound
    expect(issues(checkApplicationDraft(draft, capped, today))).toEqual([
      warning(
        'budgetLines.管理费',
        '管理费 5,000.00 元 超过预算总额 115,900.00 元 的 4%（最多 4,636.00 元），超出 364.00 元'
      )
    ])
  })

  it('warns on a draft kept after the deadline that it can no longer be submitted', () => {
    expect(checkApplicationDraft(draft, round, '2026-03-31')).toMatchObject({ warnings: [] })
    expect(checkApplicationDraft(draft, round, '2026-04-01')).toMatchObject({
      ok: true,
      warnings: [warning('', '申报已于 2026-03-31 截止，草稿已不能提交')]
    })
  })

  it('trims text and stores an empty contact as null, dropping repeated ids', () => {
    const result = checkApplicationDraft(
      {
        ...draft,
        title: '  银龄守望  ',
        contactName: '',
        contactPhone: '  ',
        communityIds: ['community-1', 'community-1']
      },
      round,
      today
    )
    expect(value(result)).toMatchObject({
      title: '银龄守望',
      contactName: null,
      contactPhone: null,
      communityIds: ['community-1']
    })
  })
})

describe('submissionIssues', () => {
  it('finds nothing in a complete application inside the call window', () => {
    expect(submissionIssues(content, round, today)).toEqual([])
  })

  it.each(['2026-03-01', '2026-03-31'])('allows submitting on %s (window inclusive)', (day) => {
    expect(submissionIssues(content, round, day)).toEqual([])
  })

  it('refuses the day before the call opens, with the dates', () => {
    expect(submissionIssues(content, round, '2026-02-28')).toEqual([
      error('', '申报尚未开始：本批次征集期为 2026-03-01 至 2026-03-31')
    ])
  })

  it('refuses the day after the deadline, with the dates', () => {
    expect(submissionIssues(content, round, '2026-04-01')).toEqual([
      error('', '申报已于 2026-03-31 截止（征集期 2026-03-01 至 2026-03-31）')
    ])
  })

  it('lists everything an empty draft still lacks', () => {
    const empty = {
      ...content,
      title: '',
      beneficiaries: [],
      problem: '',
      objectives: '',
      activities: [],
      contactName: null,
      contactPhone: null,
      budgetLines: [],
      requestedFen: 0,
      matchingFen: 0
    }
    expect(submissionIssues(empty, round, today)).toEqual([
      error('title', '请填写项目名称'),
      error('problem', '请填写问题分析'),
      error('objectives', '请填写项目目标'),
      error('beneficiaries', '至少填写一类服务对象'),
      error('activities', '至少填写一项活动计划'),
      error('contactName', '请填写联系人'),
      error('contactPhone', '请填写联系电话'),
      error('budgetLines', '预算至少要有一项支出'),
      error('requestedFen', '申请金额须大于 0')
    ])
  })

  it('returns the budget rules as errors with budget.ts messages', () => {
    // ¥600,000 asked, matched with ¥0: over the 50 万元 cap and over 60 % of ¥115,900.
    expect(
      submissionIssues({ ...content, requestedFen: 60_000_000, matchingFen: 0 }, round, today)
    ).toEqual([
      error(
        'requestedFen',
        '申请金额 600,000.00 元 超过单个项目上限 500,000.00 元，超出 100,000.00 元'
      ),
      error(
        'requestedFen',
        '申请金额 600,000.00 元 超过预算总额 115,900.00 元 的 60%（最多 69,540.00 元），超出 530,460.00 元'
      ),
      error(
        'matchingFen',
        '申请金额与配套资金合计 600,000.00 元，多于预算总额 115,900.00 元，相差 484,100.00 元'
      )
    ])
  })

  it('repeats the draft rules as errors: track, months, phone format', () => {
    expect(
      submissionIssues(
        {
          ...content,
          track: 'sports',
          activities: [{ month: '2028-01', content: '结项' }],
          contactPhone: '12345'
        },
        round,
        today
      )
    ).toEqual([
      error('track', `申报类别“sports”不是本批次的类别，可选类别：${TRACK_NAMES}`),
      error(
        'activities.0.month',
        '活动月份 2028-01 须在 2026-01 至 2027-12 之间（本批次为 2026 年度）'
      ),
      error('contactPhone', '电话号码格式不正确（手机 11 位，座机带区号）')
    ])
  })

  it('counts a title of spaces as empty', () => {
    expect(submissionIssues({ ...content, title: '   ' }, round, today)).toEqual([
      error('title', '请填写项目名称')
    ])
  })
})

describe('the application workflow table', () => {
  it.each(PAIRS.filter((pair) => pair.to !== null))(
    'allows $action from $status, leading to $to, recording operator and time',
    ({ status, action, to }) => {
      const application = applicationIn(status)
      const next = value(
        performApplicationAction(application, action, VALID_INPUT[action], contextFor(action))
      )
      expect(next.status).toBe(to)
      expect(next.events).toEqual([
        { action, from: status, to, at, operator, note: EVENT_NOTE[action] }
      ])
    }
  )

  it.each(PAIRS.filter((pair) => pair.to === null))(
    'refuses $action from $status, naming the status',
    ({ status, action }) => {
      expect(
        performApplicationAction(
          applicationIn(status),
          action,
          VALID_INPUT[action],
          contextFor(action)
        )
      ).toEqual(refused(`申报书当前为“${status}”，不能${LABELS[action]}`))
    }
  )

  it('covers all 120 pairs of status and action', () => {
    expect(PAIRS).toHaveLength(120)
    expect(PAIRS.filter((pair) => pair.to !== null)).toHaveLength(14)
  })

  it.each(APPLICATION_STATUSES)('offers from %s the same actions it allows', (status) => {
    const application = applicationIn(status)
    expect(
      actionsFrom(APPLICATION_WORKFLOW, status, applicationGuardContext(application, context()))
    ).toEqual(
      Object.keys(ALLOWED[status]).map((action) => ({
        action,
        label: LABELS[action as ApplicationAction],
        refusal: null
      }))
    )
  })

  it('refuses a step from the wrong status before looking at the input', () => {
    expect(performApplicationAction(applicationIn('已立项'), 'withdraw', {}, context())).toEqual(
      refused('申报书当前为“已立项”，不能撤回')
    )
  })

  it('refuses an action the table does not have', () => {
    expect(
      performApplicationAction(applicationIn('草稿'), 'publish' as ApplicationAction, {}, context())
    ).toEqual(refused('没有名为“publish”的操作'))
  })

  it('refuses input the action does not take', () => {
    expect(
      performApplicationAction(applicationIn('初审通过'), 'startReview', { note: 'x' }, context())
    ).toEqual(refused('不认识的字段：note'))
  })

  it('declares every action once, an input for each, and starts at 草稿', () => {
    expect(APPLICATION_WORKFLOW.transitions.map((transition) => transition.action)).toEqual([
      ...APPLICATION_ACTIONS
    ])
    expect(Object.keys(APPLICATION_ACTION_INPUTS).sort()).toEqual([...APPLICATION_ACTIONS].sort())
    expect(APPLICATION_WORKFLOW.initial).toBe('草稿')
    expect(APPLICATION_WORKFLOW.final).toEqual(['初审未通过', '未获资助', '已立项', '已撤回'])
    for (const status of APPLICATION_WORKFLOW.final) expect(ALLOWED[status]).toEqual({})
  })

  it('keeps earlier events and appends the new one', () => {
    const submitted = value(
      performApplicationAction(applicationIn('草稿'), 'submit', {}, context())
    )
    const passed = value(
      performApplicationAction(
        submitted,
        'screenPass',
        { note: null },
        context({ at: '2026-04-10T01:00:00.000Z', operator: '王强' })
      )
    )
    expect(passed.events).toEqual([
      { action: 'submit', from: '草稿', to: '已提交', at, operator, note: null },
      {
        action: 'screenPass',
        from: '已提交',
        to: '初审通过',
        at: '2026-04-10T01:00:00.000Z',
        operator: '王强',
        note: null
      }
    ])
  })

  it('carries an application from 草稿 to 已立项', () => {
    let application = applicationIn('草稿')
    const steps: ApplicationAction[] = [
      'submit',
      'screenPass',
      'startReview',
      'completeReview',
      'fund',
      'approve'
    ]
    for (const action of steps) {
      application = value(
        performApplicationAction(application, action, VALID_INPUT[action], contextFor(action))
      )
    }
    expect(application.status).toBe('已立项')
    expect(application.award).toEqual(FUNDED)
    expect(application.events.map((event) => event.to)).toEqual([
      '已提交',
      '初审通过',
      '评审中',
      '已评审',
      '拟资助',
      '已立项'
    ])
    expect(checkStoredApplication(storedFields(application)).ok).toBe(true)
  })
})

describe('提交', () => {
  it('stamps the submission time and freezes the content', () => {
    const next = value(performApplicationAction(applicationIn('草稿'), 'submit', {}, context()))
    expect(next).toEqual({
      ...applicationIn('草稿'),
      status: '已提交',
      submittedAt: at,
      events: [{ action: 'submit', from: '草稿', to: '已提交', at, operator, note: null }]
    })
    expect(editableFields(next.status)).toEqual([])
  })

  it('refuses with each submission issue at its field, budget problems as errors', () => {
    const application = applicationIn('草稿', { requestedFen: 7_000_000, contactPhone: null })
    expect(performApplicationAction(application, 'submit', {}, context())).toEqual({
      ok: false,
      issues: [
        error('contactPhone', '请填写联系电话'),
        error(
          'requestedFen',
          '申请金额 70,000.00 元 超过预算总额 115,900.00 元 的 60%（最多 69,540.00 元），超出 460.00 元'
        ),
        error(
          'matchingFen',
          '申请金额与配套资金合计 116,360.00 元，多于预算总额 115,900.00 元，相差 460.00 元'
        )
      ]
    })
  })

  it('shows the same problems as the refusal of the offered action', () => {
    const application = applicationIn('草稿', { title: '', contactName: null })
    const offered = actionsFrom(
      APPLICATION_WORKFLOW,
      '草稿',
      applicationGuardContext(application, context())
    )
    expect(offered[0]).toEqual({
      action: 'submit',
      label: '提交',
      refusal: '还有 2 处需要修改才能提交：请填写项目名称；请填写联系人'
    })
  })

  it.each([
    ['2026-02-28', '申报尚未开始：本批次征集期为 2026-03-01 至 2026-03-31'],
    ['2026-04-01', '申报已于 2026-03-31 截止（征集期 2026-03-01 至 2026-03-31）']
  ])('refuses on %s, outside the call window', (day, message) => {
    expect(
      performApplicationAction(applicationIn('草稿'), 'submit', {}, context({ today: day }))
    ).toEqual(refused(message))
  })

  it.each(['2026-03-01', '2026-03-31'])('accepts on %s, the edge of the window', (day) => {
    const result = performApplicationAction(
      applicationIn('草稿'),
      'submit',
      {},
      context({ today: day })
    )
    expect(value(result).status).toBe('已提交')
  })
})

describe('退回修改', () => {
  const input = VALID_INPUT.reopen

  it('returns a submitted application to 草稿 on the deadline day, editable again', () => {
    const next = value(
      performApplicationAction(
        applicationIn('已提交'),
        'reopen',
        input,
        context({ today: '2026-03-31' })
      )
    )
    expect(next.status).toBe('草稿')
    expect(next.submittedAt).toBeNull()
    expect(editableFields(next.status)).toEqual(APPLICATION_CONTENT_FIELDS)
  })

  it('refuses after the deadline: the application could not come back', () => {
    expect(
      performApplicationAction(
        applicationIn('已提交'),
        'reopen',
        input,
        context({ today: '2026-04-01' })
      )
    ).toEqual(refused('申报已于 2026-03-31 截止，不能再退回修改'))
  })

  it.each([{}, { reason: '' }, { reason: '   ' }])('requires a reason: %o', (bad) => {
    const result = performApplicationAction(applicationIn('已提交'), 'reopen', bad, context())
    expect(result).toEqual(
      refused('reason' in bad ? '请填写退回修改的原因' : '退回修改的原因须为文字', 'reason')
    )
  })
})

describe('撤回', () => {
  it.each(['草稿', '已提交', '初审通过'] as const)(
    'records the reason when withdrawn from %s',
    (status) => {
      const next = value(
        performApplicationAction(
          applicationIn(status),
          'withdraw',
          { reason: ' 负责人离职 ' },
          context()
        )
      )
      expect(next.status).toBe('已撤回')
      expect(next.withdrawnReason).toBe('负责人离职')
      expect(next.events.at(-1)).toEqual({
        action: 'withdraw',
        from: status,
        to: '已撤回',
        at,
        operator,
        note: '负责人离职'
      })
    }
  )

  it.each<[string, Record<string, unknown>, string]>([
    ['no reason', {}, '撤回原因须为文字'],
    ['an empty reason', { reason: '' }, '请填写撤回原因'],
    ['a reason of spaces', { reason: '  ' }, '请填写撤回原因'],
    ['a null reason', { reason: null }, '撤回原因须为文字'],
    ['a reason over 500 characters', { reason: '因'.repeat(501) }, '撤回原因不能超过 500 个字']
  ])('refuses %s', (_case, bad, message) => {
    expect(performApplicationAction(applicationIn('已提交'), 'withdraw', bad, context())).toEqual(
      refused(message, 'reason')
    )
  })
})

describe('初审', () => {
  const submitted = applicationIn('已提交')

  it('passes an eligible application without a note, recording the checks and who decided', () => {
    const next = value(performApplicationAction(submitted, 'screenPass', { note: null }, context()))
    expect(next.status).toBe('初审通过')
    expect(next.screening).toEqual({
      eligible: true,
      checks: ELIGIBLE.checks,
      decision: '通过',
      note: null,
      decidedAt: at,
      decidedBy: operator
    })
  })

  it.each([{ note: null }, { note: '' }, { note: '   ' }])(
    'refuses to pass an ineligible application without an explanation: %o',
    (input) => {
      expect(
        performApplicationAction(
          submitted,
          'screenPass',
          input,
          context({ eligibility: INELIGIBLE })
        )
      ).toEqual(refused('资格审查有未通过的项目（年检与评估记录），初审通过须在初审意见中说明理由'))
    }
  )

  it('passes an ineligible application when the note explains the override', () => {
    const note = '2024 年度年检不合格已于 2025 年整改复核通过'
    const next = value(
      performApplicationAction(
        submitted,
        'screenPass',
        { note },
        context({ eligibility: INELIGIBLE })
      )
    )
    expect(next.status).toBe('初审通过')
    expect(next.screening).toEqual({
      eligible: false,
      checks: INELIGIBLE.checks,
      decision: '通过',
      note,
      decidedAt: at,
      decidedBy: operator
    })
    expect(next.events.at(-1)?.note).toBe(note)
  })

  it('shows the override rule next to the offered action when nothing passed it yet', () => {
    const offered = actionsFrom(
      APPLICATION_WORKFLOW,
      '已提交',
      applicationGuardContext(submitted, context({ eligibility: INELIGIBLE }))
    )
    expect(offered.find((offer) => offer.action === 'screenPass')?.refusal).toBe(
      '资格审查有未通过的项目（年检与评估记录），初审通过须在初审意见中说明理由'
    )
  })

  it.each(['screenPass', 'screenFail'] as const)(
    'refuses %s before the eligibility check has been run',
    (action) => {
      expect(
        performApplicationAction(
          submitted,
          action,
          VALID_INPUT[action],
          context({ eligibility: null })
        )
      ).toEqual(refused('请先完成资格审查，再作初审结论'))
    }
  )

  it('fails an application with a reason, recording it as the screening note', () => {
    const next = value(
      performApplicationAction(
        submitted,
        'screenFail',
        { reason: '不在本批次资助范围' },
        context({ eligibility: INELIGIBLE })
      )
    )
    expect(next.status).toBe('初审未通过')
    expect(next.screening).toMatchObject({
      eligible: false,
      decision: '不通过',
      note: '不在本批次资助范围',
      decidedBy: operator
    })
  })

  it('requires a reason to fail an application', () => {
    expect(performApplicationAction(submitted, 'screenFail', { reason: '' }, context())).toEqual(
      refused('请填写初审不通过的理由', 'reason')
    )
  })
})

describe('评审 and 资助', () => {
  it('refuses to complete the review while score sheets are missing', () => {
    expect(
      performApplicationAction(
        applicationIn('评审中'),
        'completeReview',
        {},
        context({ reviewsComplete: false })
      )
    ).toEqual(refused('还有评审专家没有提交评分，评审尚未完成'))
  })

  it('leaves the content and screening untouched by later steps, recording only the result', () => {
    const reviewed = applicationIn('已评审')
    const next = value(
      performApplicationAction(reviewed, 'decline', { note: null }, context({ award: UNFUNDED }))
    )
    expect(next).toEqual({
      ...reviewed,
      status: '未获资助',
      award: UNFUNDED,
      events: [{ action: 'decline', from: '已评审', to: '未获资助', at, operator, note: null }]
    })
  })

  it.each([
    ['fund', FUNDED, '拟资助'],
    ['decline', UNFUNDED, '未获资助']
  ] as const)('%s records a copy of the published result', (action, award, status) => {
    const next = value(
      performApplicationAction(
        applicationIn('已评审'),
        action,
        VALID_INPUT[action],
        context({ award })
      )
    )
    expect(next.status).toBe(status)
    expect(next.award).toEqual(award)
    expect(next.award).not.toBe(award)
  })

  it('keeps the reason of a manual adjustment with the result', () => {
    const adjusted: Award = { ...FUNDED, grantFen: 10_000_000, adjustmentReason: '答辩后核减' }
    const next = value(
      performApplicationAction(
        applicationIn('已评审'),
        'fund',
        { note: null },
        context({ award: adjusted })
      )
    )
    expect(next.award).toEqual({
      score: 86.5,
      rank: 1,
      trackRank: 1,
      grantFen: 10_000_000,
      reason: '第 1 名，资助 120,000.00 元',
      adjustmentReason: '答辩后核减'
    })
  })

  it.each(['fund', 'decline'] as const)('refuses %s without a published result', (action) => {
    expect(
      performApplicationAction(applicationIn('已评审'), action, VALID_INPUT[action], context())
    ).toEqual(refused('缺少评审结果，不能作出资助决定'))
  })

  it.each<[ApplicationAction, Award, string]>([
    ['fund', UNFUNDED, '资助金额为 0，不能拟资助'],
    ['decline', FUNDED, '有资助金额，不能不予资助'],
    ['decline', { ...UNFUNDED, grantFen: 1 }, '有资助金额，不能不予资助']
  ])('refuses %s when the result says otherwise (grant %o)', (action, award, message) => {
    expect(
      performApplicationAction(
        applicationIn('已评审'),
        action,
        VALID_INPUT[action],
        context({ award })
      )
    ).toEqual(refused(message))
  })

  it('funds a grant of a single 分', () => {
    const award = { ...FUNDED, grantFen: 1 }
    const next = value(
      performApplicationAction(applicationIn('已评审'), 'fund', { note: null }, context({ award }))
    )
    expect(next.award?.grantFen).toBe(1)
  })

  it('refuses 拟资助 from the wrong status before asking for the result', () => {
    expect(
      performApplicationAction(applicationIn('评审中'), 'fund', { note: null }, context())
    ).toEqual(refused('申报书当前为“评审中”，不能拟资助'))
  })

  it('keeps the award through 立项', () => {
    const next = value(
      performApplicationAction(applicationIn('拟资助'), 'approve', { note: null }, context())
    )
    expect(next.status).toBe('已立项')
    expect(next.award).toEqual(FUNDED)
  })
})

describe('撤销资助', () => {
  const proposed = applicationIn('拟资助')

  it('ends a 拟资助 application as 未获资助 with no grant, keeping the rest of the result', () => {
    const next = value(
      performApplicationAction(proposed, 'revoke', { reason: ' 公示期异议经核实成立 ' }, context())
    )
    expect(next).toEqual({
      ...proposed,
      status: '未获资助',
      award: {
        score: 86.5,
        rank: 1,
        trackRank: 1,
        grantFen: 0,
        reason: '第 1 名，资助 120,000.00 元',
        adjustmentReason: null
      },
      events: [
        {
          action: 'revoke',
          from: '拟资助',
          to: '未获资助',
          at,
          operator,
          note: '公示期异议经核实成立'
        }
      ]
    })
    expect(proposed.award?.grantFen).toBe(12_000_000)
    expect(checkStoredApplication(storedFields(next)).ok).toBe(true)
  })

  it('leaves a missing award missing', () => {
    const next = value(
      performApplicationAction(
        applicationIn('拟资助', { award: null }),
        'revoke',
        VALID_INPUT.revoke,
        context()
      )
    )
    expect(next.status).toBe('未获资助')
    expect(next.award).toBeNull()
  })

  it.each<[string, Record<string, unknown>, string, string]>([
    ['no reason', {}, 'reason', '撤销资助的理由须为文字'],
    ['an empty reason', { reason: '' }, 'reason', '请填写撤销资助的理由'],
    ['a reason of spaces', { reason: '   ' }, 'reason', '请填写撤销资助的理由'],
    ['a null reason', { reason: null }, 'reason', '撤销资助的理由须为文字'],
    [
      'a reason over 500 characters',
      { reason: '异'.repeat(501) },
      'reason',
      '撤销资助的理由不能超过 500 个字'
    ],
    ['a note besides the reason', { reason: '异议成立', note: null }, '', '不认识的字段：note']
  ])('refuses %s', (_case, bad, field, message) => {
    expect(performApplicationAction(proposed, 'revoke', bad, context())).toEqual(
      refused(message, field)
    )
  })

  it.each(['已评审', '已立项', '未获资助'] as const)('cannot revoke from %s', (status) => {
    expect(
      performApplicationAction(applicationIn(status), 'revoke', VALID_INPUT.revoke, context())
    ).toEqual(refused(`申报书当前为“${status}”，不能撤销资助`))
  })

  it('carries an application from 已评审 through 拟资助 to 未获资助', () => {
    let application = applicationIn('已评审')
    for (const action of ['fund', 'revoke'] as const) {
      application = value(
        performApplicationAction(application, action, VALID_INPUT[action], contextFor(action))
      )
    }
    expect(application.events.map((event) => `${event.from}→${event.to}`)).toEqual([
      '已评审→拟资助',
      '拟资助→未获资助'
    ])
    expect(application.award).toEqual({ ...FUNDED, grantFen: 0 })
    expect(checkStoredApplication(storedFields(application)).ok).toBe(true)
  })
})

describe('editableFields', () => {
  it('opens the content, and only the content, in 草稿', () => {
    expect(editableFields('草稿')).toEqual([
      'title',
      'track',
      'communityIds',
      'needIds',
      'beneficiaries',
      'problem',
      'objectives',
      'activities',
      'team',
      'budgetLines',
      'requestedFen',
      'matchingFen',
      'contactName',
      'contactPhone'
    ])
  })

  it.each(APPLICATION_STATUSES.filter((status) => status !== '草稿'))(
    'freezes everything in %s',
    (status) => {
      expect(editableFields(status)).toEqual([])
    }
  )
})

describe('openApplication', () => {
  it('opens a 草稿 with nothing submitted, screened or recorded', () => {
    expect(openApplication(value(checkApplicationDraft(draft, round, today)))).toEqual({
      ...draft,
      status: '草稿',
      submittedAt: null,
      screening: null,
      withdrawnReason: null,
      award: null,
      events: []
    })
  })
})

/** The stored fields of an application, without the bookkeeping ones. */
function storedFields(application: Application): Record<string, unknown> {
  return Object.fromEntries(
    APPLICATION_FIELDS.map((field) => [field, application[field as keyof Application]])
  )
}

describe('checkStoredApplication', () => {
  it.each(APPLICATION_STATUSES)('accepts a complete application in status %s', (status) => {
    expect(checkStoredApplication(storedFields(applicationIn(status)))).toMatchObject({
      ok: true,
      warnings: []
    })
  })

  it('accepts a draft withdrawn before it was ever submitted', () => {
    const stored = storedFields(applicationIn('已撤回', { submittedAt: null }))
    expect(checkStoredApplication(stored).ok).toBe(true)
  })

  it('lists every stored field except the bookkeeping ones', () => {
    const bookkeeping = ['id', 'createdAt', 'updatedAt', 'archivedAt']
    expect([...APPLICATION_FIELDS].sort()).toEqual(
      Object.keys(applicationIn('草稿'))
        .filter((field) => !bookkeeping.includes(field))
        .sort()
    )
  })

  it.each(
    (
      [
        ['已提交', { submittedAt: null }, 'submittedAt', '状态为“已提交”的申报书缺少提交时间'],
        ['已立项', { submittedAt: null }, 'submittedAt', '状态为“已立项”的申报书缺少提交时间'],
        ['草稿', { submittedAt: at }, 'submittedAt', '状态为“草稿”的申报书不应有提交时间'],
        [
          '初审通过',
          { screening: null },
          'screening',
          '状态为“初审通过”的申报书缺少“通过”的初审结论'
        ],
        ['评审中', { screening: null }, 'screening', '状态为“评审中”的申报书缺少“通过”的初审结论'],
        [
          '初审未通过',
          {
            screening: {
              ...ELIGIBLE,
              decision: '通过',
              note: null,
              decidedAt: at,
              decidedBy: operator
            }
          },
          'screening',
          '状态为“初审未通过”的申报书缺少“不通过”的初审结论'
        ],
        [
          '拟资助',
          {
            screening: { ...ELIGIBLE, decision: null, note: null, decidedAt: null, decidedBy: null }
          },
          'screening',
          '状态为“拟资助”的申报书缺少“通过”的初审结论'
        ],
        [
          '已撤回',
          { withdrawnReason: null },
          'withdrawnReason',
          '状态为“已撤回”的申报书缺少撤回原因'
        ],
        ['拟资助', { award: null }, 'award', '状态为“拟资助”的申报书缺少资助金额'],
        [
          '已立项',
          { award: { ...FUNDED, grantFen: 0 } },
          'award',
          '状态为“已立项”的申报书缺少资助金额'
        ],
        [
          '已评审',
          {
            events: [
              { action: 'startReview', from: '初审通过', to: '评审中', at, operator, note: null }
            ]
          },
          'events',
          '状态为“已评审”的申报书最后一条操作记录停在“评审中”，与状态不符'
        ]
      ] satisfies [ApplicationStatus, Partial<Application>, string, string][]
    ).map(([status, patch, field, message]) => ({ status, patch, field, message }))
  )(
    'refuses a $status application whose $field does not fit',
    ({ status, patch, field, message }) => {
      expect(
        checkStoredApplication(storedFields(applicationIn(status as ApplicationStatus, patch)))
      ).toEqual(refused(message, field))
    }
  )

  it.each<[string, Record<string, unknown>, string, string]>([
    ['an unknown status', { status: '已公示' }, 'status', '申报书状态不是本程序使用的状态'],
    ['no round', { roundId: '' }, 'roundId', '缺少公益创投批次'],
    ['a title over 60 characters', { title: '银'.repeat(61) }, 'title', '项目名称不能超过 60 个字'],
    [
      'a broken budget line',
      { budgetLines: [{ ...budgetLines[0], quantity: 0 }] },
      'budgetLines.0.quantity',
      '数量须大于 0'
    ],
    [
      'a negative grant',
      { award: { ...UNFUNDED, grantFen: -1 } },
      'award.grantFen',
      '资助金额有误'
    ],
    ['an unknown field', { score: 90 }, '', '不认识的字段：score']
  ])('refuses a row with %s', (_case, patch, field, message) => {
    expect(checkStoredApplication({ ...storedFields(applicationIn('已提交')), ...patch })).toEqual(
      refused(message, field)
    )
  })
})

describe('newApplicationRefusal', () => {
  it.each([
    ['筹备', null],
    ['征集中', null],
    ['初审中', '批次目前为“初审中”：只有筹备和征集中的批次可以新建申报书'],
    ['已立项', '批次目前为“已立项”：只有筹备和征集中的批次可以新建申报书']
  ] as const)('in %s: %s', (status, refusal) => {
    expect(newApplicationRefusal({ status, archivedAt: null })).toBe(refusal)
  })

  it('refuses an archived round whatever its status', () => {
    expect(newApplicationRefusal({ status: '筹备', archivedAt: at })).toBe(
      '批次已归档，不能新建申报书'
    )
  })
})

describe('stillCompetes', () => {
  it('leaves out only withdrawn applications and those 初审 turned down', () => {
    expect(APPLICATION_STATUSES.filter((status) => !stillCompetes(status))).toEqual([
      '初审未通过',
      '已撤回'
    ])
  })
})
