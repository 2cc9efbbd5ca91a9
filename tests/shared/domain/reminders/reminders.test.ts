import { describe, expect, it } from 'vitest'
import type { Incubation, IncubationStatus } from '@shared/domain/incubation/incubation'
import type { Resource } from '@shared/domain/linkage/resource'
import type { GateFacts, Payment, PaymentStatus } from '@shared/domain/payments/payment'
import {
  collectReminders,
  groupReminders,
  reminderUrgency,
  REMINDER_URGENCIES,
  sortReminders,
  urgentReminderCount,
  type ProjectReminderSource,
  type Reminder,
  type ReminderInput,
  type RoundReminderSource
} from '@shared/domain/reminders/reminders'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import type { TrancheGate } from '@shared/domain/venture/round'

const TODAY = '2026-11-22'
const STAMP = {
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  archivedAt: null
}

// ---- Records, each valid and as small as the rule it feeds needs ----

type OrgRow = ReminderInput['organizations'][number]
const org = (id: string, name: string, patch: Partial<OrgRow> = {}): OrgRow => ({
  id,
  name,
  registrationStatus: '已登记',
  rating: null,
  archivedAt: null,
  ...patch
})

function stay(id: string, status: IncubationStatus, patch: Partial<Incubation> = {}): Incubation {
  return {
    id,
    ...STAMP,
    organizationId: 'org-1',
    baseName: '鼓楼区社会组织孵化基地',
    status,
    appliedOn: '2026-11-16',
    preferredMode: '实体',
    reviewDueOn: '2026-11-23',
    reviewedOn: status === '待初核' ? null : '2026-11-20',
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
    events: [],
    ...patch
  }
}

const resident = (id: string, plannedEndOn: string, patch: Partial<Incubation> = {}) =>
  stay(id, '孵化中', {
    admittedOn: '2025-12-01',
    agreementNo: 'FH-2025-01',
    mode: '实体',
    plannedEndOn,
    ...patch
  })

function payment(
  no: number,
  status: PaymentStatus,
  gate: TrancheGate,
  patch: Partial<Payment> = {}
): Payment {
  return {
    id: `pay-${no}`,
    ...STAMP,
    projectId: 'p-1',
    no,
    percent: 50,
    amountFen: 2_700_000,
    gate,
    dueOn: '2026-11-25',
    condition: null,
    status,
    approvals: [],
    paidOn: null,
    voucherNo: null,
    holdReason: null,
    recovery: null,
    ...patch
  }
}

const SIGNED: GateFacts = { agreementSigned: true, evaluations: [] }

/** 阳光助老 running 2026-06-01 – 2027-05-31: 中期 due 2026-11-30, 末期 2027-04-30. */
function project(patch: Partial<ProjectReminderSource> = {}): ProjectReminderSource {
  return {
    project: {
      id: 'p-1',
      title: '阳光助老',
      status: '执行中',
      approvedOn: '2026-05-10',
      startOn: '2026-06-01',
      endOn: '2027-05-31',
      archivedAt: null
    },
    agreement: { number: 'GL-2026-01', startOn: '2026-06-01', endOn: '2027-05-31' },
    evaluations: [],
    payments: [],
    gate: SIGNED,
    ...patch
  }
}

const worker = (
  id: string,
  registrationValidUntil: string | null,
  patch: Partial<ReminderInput['socialWorkers'][number]> = {}
) => ({ id, name: '林晓', registrationValidUntil, archivedAt: null, ...patch })

const resource = (
  availableUntil: string | null,
  patch: Partial<ReminderInput['resources'][number]> = {}
): Pick<Resource, 'id' | 'name' | 'providerName' | 'availableUntil' | 'archivedAt'> => ({
  id: 'res-1',
  name: '社区活动室',
  providerName: '军门社区居委会',
  availableUntil,
  archivedAt: null,
  ...patch
})

const round = (
  status: RoundReminderSource['round']['status'],
  patch: Partial<RoundReminderSource> = {}
): RoundReminderSource => ({
  round: { id: 'r-1', name: '2026 年度公益创投', status, publicity: null, archivedAt: null },
  next: null,
  ...patch
})

const EMPTY: ReminderInput = {
  organizations: [org('org-1', '阳光助老服务中心')],
  incubations: [],
  rounds: [],
  projects: [],
  socialWorkers: [],
  resources: []
}

function collect(patch: Partial<ReminderInput>, endingSoonDays = 30): Reminder[] {
  return collectReminders({ ...EMPTY, ...patch }, TODAY, { endingSoonDays })
}

const rows = (reminders: readonly Reminder[]) =>
  reminders.map((r) => [r.kind, r.title, r.detail, r.dueOn, r.daysLeft, r.urgency, r.route])

describe('reminderUrgency', () => {
  it.each<[number, string | null]>([
    [-30, '已逾期'],
    [-1, '已逾期'],
    [0, '今天到期'],
    [1, '7天内'],
    [7, '7天内'],
    [8, '30天内'],
    [30, '30天内'],
    [31, null]
  ])('%i days left → %s', (daysLeft, urgency) => {
    expect(reminderUrgency(daysLeft)).toBe(urgency)
  })
})

describe('collectReminders, 孵化基地', () => {
  it.each<[string, Incubation, unknown[] | null]>([
    [
      '初核 due tomorrow',
      stay('s-1', '待初核'),
      [
        '初核',
        '阳光助老服务中心：入驻申请初核',
        '申请于 2026-11-16',
        '2026-11-23',
        1,
        '7天内',
        '/incubation/s-1'
      ]
    ],
    [
      '初核 past its date',
      stay('s-1', '待初核', { reviewDueOn: '2026-11-20' }),
      [
        '初核',
        '阳光助老服务中心：入驻申请初核',
        '申请于 2026-11-16',
        '2026-11-20',
        -2,
        '已逾期',
        '/incubation/s-1'
      ]
    ],
    ['初核 done', stay('s-1', '待入驻'), null],
    [
      'space due back today',
      stay('s-1', '退驻', {
        endedOn: '2026-11-01',
        handoverDueOn: '2026-11-22'
      }),
      [
        '场地交还',
        '阳光助老服务中心：交还孵化场地',
        '退驻于 2026-11-01',
        '2026-11-22',
        0,
        '今天到期',
        '/incubation/s-1'
      ]
    ],
    [
      'space handed back',
      stay('s-1', '出壳', {
        endedOn: '2026-11-01',
        handoverDueOn: '2026-11-22',
        handedOverOn: '2026-11-10'
      }),
      null
    ],
    [
      'stay ending in 30 days',
      resident('s-1', '2026-12-22'),
      [
        '孵化期满',
        '阳光助老服务中心：孵化期满',
        '孵化中，须办理续驻、出壳或退驻',
        '2026-12-22',
        30,
        '30天内',
        '/incubation/s-1'
      ]
    ],
    ['stay ending in 31 days', resident('s-1', '2026-12-23'), null],
    [
      'stay past its end and not dealt with',
      resident('s-1', '2026-11-02', { status: '续驻' }),
      [
        '孵化期满',
        '阳光助老服务中心：孵化期满',
        '续驻，须办理续驻、出壳或退驻',
        '2026-11-02',
        -20,
        '已逾期',
        '/incubation/s-1'
      ]
    ],
    ['archived stay', stay('s-1', '待初核', { archivedAt: '2026-11-20T01:00:00.000Z' }), null]
  ])('%s', (_case, record, expected) => {
    expect(rows(collect({ incubations: [record] }))).toEqual(expected ? [expected] : [])
  })

  it('lists a stay’s end only within the base’s 到期提醒天数, and never beyond 30 days', () => {
    const stays = [resident('s-1', '2026-11-27'), resident('s-2', '2026-12-10')]
    const listed = (days: number) => collect({ incubations: stays }, days).map((r) => r.key)
    expect(listed(5)).toEqual(['孵化期满:s-1'])
    expect(listed(30)).toEqual(['孵化期满:s-1', '孵化期满:s-2'])
    expect(listed(90)).toEqual(['孵化期满:s-1', '孵化期满:s-2'])
    expect(collect({ incubations: [resident('s-3', '2027-01-10')] }, 90)).toEqual([])
  })

  it('names a stay whose organisation is missing', () => {
    const orphan = stay('s-1', '待初核', { organizationId: 'gone' })
    expect(collect({ incubations: [orphan] })[0]!.title).toBe('（组织记录缺失）：入驻申请初核')
  })
})

describe('collectReminders, 公益创投', () => {
  it.each<[string, RoundReminderSource, unknown[] | null]>([
    [
      'the review date of a round in 评审中',
      round('评审中', { next: { label: '评审 / 答辩', on: '2026-11-25' } }),
      [
        '创投批次',
        '2026 年度公益创投：评审 / 答辩',
        '批次目前为“评审中”',
        '2026-11-25',
        3,
        '7天内',
        '/venture/r-1?tab=review'
      ]
    ],
    [
      'the 初审 date passed',
      round('初审中', { next: { label: '初审', on: '2026-11-12' } }),
      [
        '创投批次',
        '2026 年度公益创投：初审',
        '批次目前为“初审中”',
        '2026-11-12',
        -10,
        '已逾期',
        '/venture/r-1?tab=screening'
      ]
    ],
    [
      'the call opening of a round in 筹备',
      round('筹备', { next: { label: '开始征集', on: '2026-12-01' } }),
      [
        '创投批次',
        '2026 年度公益创投：开始征集',
        '批次目前为“筹备”',
        '2026-12-01',
        9,
        '30天内',
        '/venture/r-1'
      ]
    ],
    ['nothing ahead', round('已立项'), null],
    [
      'the 公示 over with an objection open',
      round('公示中', {
        round: {
          ...round('公示中').round,
          publicity: {
            startsOn: '2026-11-14',
            endsOn: '2026-11-21',
            objections: [
              {
                id: 'o-1',
                receivedOn: '2026-11-18',
                applicationId: null,
                from: '居民',
                content: '评分有误',
                response: null,
                outcome: null,
                answeredOn: null
              }
            ]
          }
        },
        next: { label: '立项', on: '2026-11-30' }
      }),
      [
        '公示期满',
        '2026 年度公益创投：评审结果公示期满',
        '还有 1 条公示异议没有处理',
        '2026-11-21',
        -1,
        '已逾期',
        '/venture/r-1?tab=results'
      ]
    ],
    [
      'the 公示 ending, nothing open',
      round('公示中', {
        round: {
          ...round('公示中').round,
          publicity: { startsOn: '2026-11-20', endsOn: '2026-11-26', objections: [] }
        }
      }),
      [
        '公示期满',
        '2026 年度公益创投：评审结果公示期满',
        '公示期至 2026-11-26 结束，期满后才能立项',
        '2026-11-26',
        4,
        '7天内',
        '/venture/r-1?tab=results'
      ]
    ],
    [
      'an archived round',
      round('评审中', {
        round: { ...round('评审中').round, archivedAt: '2026-11-01T00:00:00.000Z' },
        next: { label: '评审 / 答辩', on: '2026-11-25' }
      }),
      null
    ]
  ])('%s', (_case, source, expected) => {
    expect(rows(collect({ rounds: [source] }))).toEqual(expected ? [expected] : [])
  })
})

describe('collectReminders, 项目', () => {
  it('lists an evaluation due with the tranche it decides', () => {
    const source = project({ payments: [payment(2, '计划', 'midterm', { dueOn: '2026-12-30' })] })
    expect(rows(collect({ projects: [source] }))).toEqual([
      [
        '评估',
        '阳光助老：中期评估',
        '第 2 期拨付以此评估合格为条件',
        '2026-11-30',
        8,
        '30天内',
        '/projects/p-1?tab=evaluations'
      ]
    ])
  })

  it('drops an evaluation once the deciding one is final', () => {
    const source = project({ evaluations: [{ kind: '中期', status: '定稿' }] })
    expect(collect({ projects: [source] })).toEqual([])
  })

  it.each<[string, Payment, GateFacts, string | null]>([
    ['planned, its gate met', payment(1, '计划', 'signing'), SIGNED, '可转为可拨付：协议已签订'],
    [
      'planned, waiting for its evaluation',
      payment(2, '计划', 'midterm'),
      SIGNED,
      '中期评估合格后方可拨付：尚未进行中期评估'
    ],
    ['payable', payment(1, '可拨付', 'signing'), SIGNED, '可拨付，待经办、审核'],
    ['reviewed', payment(1, '已审核', 'signing'), SIGNED, '已审核，待拨付'],
    [
      'held after a failed evaluation',
      payment(2, '暂缓', 'midterm', { holdReason: '中期评估不合格（58 分），待作追回决定' }),
      {
        agreementSigned: true,
        evaluations: [
          {
            kind: '中期',
            status: '定稿',
            passed: false,
            grade: '不合格',
            total: 58,
            supersededBy: null
          }
        ]
      },
      '中期评估不合格（58 分），待作追回决定'
    ],
    [
      'held for another reason',
      payment(1, '暂缓', 'signing', { holdReason: '承接方账户变更' }),
      SIGNED,
      '暂缓：承接方账户变更'
    ],
    ['paid', payment(1, '已拨付', 'signing', { paidOn: '2026-11-20' }), SIGNED, null],
    ['without a planned date', payment(1, '计划', 'signing', { dueOn: null }), SIGNED, null]
  ])('tells a tranche %s', (_case, tranche, gate, detail) => {
    const source = project({
      payments: [tranche],
      gate,
      evaluations: [{ kind: '中期', status: '定稿' }]
    })
    const listed = collect({ projects: [source] })
    expect(rows(listed)).toEqual(
      detail === null
        ? []
        : [
            [
              '拨付',
              `阳光助老：第 ${tranche.no} 期拨付 27,000.00 元`,
              detail,
              '2026-11-25',
              3,
              '7天内',
              '/projects/p-1?tab=payments'
            ]
          ]
    )
  })

  it('asks a 待签约 project for its signature a month after 立项', () => {
    const source = project({
      project: { ...project().project, status: '待签约', approvedOn: '2026-10-01' },
      agreement: null
    })
    expect(rows(collect({ projects: [source] }))).toEqual([
      [
        '签约',
        '阳光助老：签约（立项已 52 天，协议尚未签订）',
        null,
        '2026-10-31',
        -22,
        '已逾期',
        '/projects/p-1?tab=agreement'
      ]
    ])
  })

  it('lists the end of a contract within 30 days', () => {
    const source = project({
      project: { ...project().project, startOn: '2025-12-20', endOn: '2026-12-19' },
      agreement: { number: 'GL-2025-07', startOn: '2025-12-20', endOn: '2026-12-19' },
      evaluations: [
        { kind: '中期', status: '定稿' },
        { kind: '末期', status: '定稿' }
      ]
    })
    expect(rows(collect({ projects: [source] }))).toEqual([
      [
        '合同到期',
        '阳光助老：合同 GL-2025-07 到期',
        null,
        '2026-12-19',
        27,
        '30天内',
        '/projects/p-1'
      ]
    ])
  })

  it.each<[string, Partial<ProjectReminderSource['project']>]>([
    ['closed', { status: '已结项' }],
    ['terminated', { status: '已终止' }],
    ['archived', { archivedAt: '2026-11-01T00:00:00.000Z' }]
  ])('lists nothing of a %s project', (_case, patch) => {
    const source = project({
      project: { ...project().project, ...patch },
      payments: [payment(1, '可拨付', 'signing')]
    })
    expect(collect({ projects: [source] })).toEqual([])
  })

  it('leaves archived tranches out', () => {
    const archived = payment(1, '可拨付', 'signing', { archivedAt: '2026-11-01T00:00:00.000Z' })
    const source = project({
      payments: [archived],
      evaluations: [{ kind: '中期', status: '定稿' }]
    })
    expect(collect({ projects: [source] })).toEqual([])
  })
})

describe('collectReminders, expiries', () => {
  const rated = (ratedOn: string, patch: Partial<OrgRow> = {}) =>
    org('org-2', '和美社工服务社', { rating: { grade: '3A', score: 720, ratedOn }, ...patch })

  it.each<[string, OrgRow, unknown[] | null]>([
    [
      'a rating running out in 10 days',
      rated('2021-12-02'),
      [
        '等级评估',
        '和美社工服务社：3A 等级有效期将满',
        '评定于 2021-12-02，有效期至 2026-12-02',
        '2026-12-02',
        10,
        '30天内',
        '/organizations/org-2'
      ]
    ],
    [
      'a rating that ran out 30 days ago',
      rated('2021-10-23'),
      [
        '等级评估',
        '和美社工服务社：3A 等级有效期已满',
        '评定于 2021-10-23，有效期至 2026-10-23',
        '2026-10-23',
        -30,
        '已逾期',
        '/organizations/org-2'
      ]
    ],
    ['a rating that ran out 31 days ago', rated('2021-10-22'), null],
    ['a rating valid for 31 more days', rated('2021-12-23'), null],
    ['a rating of a 注销 organisation', rated('2021-12-02', { registrationStatus: '注销' }), null],
    ['an archived organisation', rated('2021-12-02', { archivedAt: '2026-01-01T00:00:00Z' }), null],
    ['no rating', org('org-2', '和美社工服务社'), null]
  ])('%s', (_case, record, expected) => {
    const listed = collect({ organizations: [record] })
    expect(rows(listed)).toEqual(expected ? [expected] : [])
  })

  it.each<[string, Pick<SocialWorker, 'registrationValidUntil'>, unknown[] | null]>([
    [
      'a registration running out in 3 days',
      { registrationValidUntil: '2026-11-25' },
      [
        '社工登记',
        '林晓：社工登记即将到期',
        '登记有效期至 2026-11-25，须办理再登记',
        '2026-11-25',
        3,
        '7天内',
        '/social-workers?open=w-1'
      ]
    ],
    [
      'a registration run out 5 days ago',
      { registrationValidUntil: '2026-11-17' },
      [
        '社工登记',
        '林晓：社工登记已过期',
        '登记有效期至 2026-11-17，须办理再登记',
        '2026-11-17',
        -5,
        '已逾期',
        '/social-workers?open=w-1'
      ]
    ],
    ['a registration run out 31 days ago', { registrationValidUntil: '2026-10-22' }, null],
    ['a registration valid for 40 more days', { registrationValidUntil: '2027-01-01' }, null],
    ['no registration (未持证)', { registrationValidUntil: null }, null]
  ])('%s', (_case, { registrationValidUntil }, expected) => {
    const listed = collect({ socialWorkers: [worker('w-1', registrationValidUntil)] })
    expect(rows(listed)).toEqual(expected ? [expected] : [])
  })

  it('leaves archived social workers out', () => {
    const archived = worker('w-1', '2026-11-25', { archivedAt: '2026-11-01T00:00:00.000Z' })
    expect(collect({ socialWorkers: [archived] })).toEqual([])
  })

  it.each<[string, ReturnType<typeof resource>, unknown[] | null]>([
    [
      'a resource available until today',
      resource('2026-11-22'),
      [
        '资源到期',
        '社区活动室（军门社区居委会）：资源即将到期',
        '可用至 2026-11-22',
        '2026-11-22',
        0,
        '今天到期',
        '/linkage?tab=resources&open=res-1'
      ]
    ],
    [
      'a resource expired yesterday',
      resource('2026-11-21'),
      [
        '资源到期',
        '社区活动室（军门社区居委会）：资源已过期',
        '可用至 2026-11-21',
        '2026-11-21',
        -1,
        '已逾期',
        '/linkage?tab=resources&open=res-1'
      ]
    ],
    ['a resource with no end', resource(null), null],
    ['an archived resource', resource('2026-11-22', { archivedAt: '2026-11-01T00:00:00Z' }), null]
  ])('%s', (_case, record, expected) => {
    expect(rows(collect({ resources: [record] }))).toEqual(expected ? [expected] : [])
  })
})

describe('order and groups', () => {
  const all = () =>
    collect({
      incubations: [
        stay('s-1', '待初核', { reviewDueOn: '2026-11-25' }),
        resident('s-2', '2026-11-25'),
        stay('s-3', '退驻', { endedOn: '2026-10-20', handoverDueOn: '2026-11-10' })
      ],
      socialWorkers: [worker('w-1', '2026-11-22'), worker('w-2', '2026-12-10')],
      resources: [resource('2026-11-25')]
    })

  it('sorts by urgency, then date, then kind, then title', () => {
    expect(all().map((r) => [r.urgency, r.dueOn, r.kind])).toEqual([
      ['已逾期', '2026-11-10', '场地交还'],
      ['今天到期', '2026-11-22', '社工登记'],
      ['7天内', '2026-11-25', '初核'],
      ['7天内', '2026-11-25', '孵化期满'],
      ['7天内', '2026-11-25', '资源到期'],
      ['30天内', '2026-12-10', '社工登记']
    ])
  })

  it('sorts titles of the same day and kind by pinyin', () => {
    const listed = collect({
      socialWorkers: [
        worker('w-1', '2026-11-25', { name: '张伟' }),
        worker('w-2', '2026-11-25', { name: '陈静' }),
        worker('w-3', '2026-11-25', { name: '李娜' })
      ]
    })
    expect(listed.map((r) => r.title.slice(0, 2))).toEqual(['陈静', '李娜', '张伟'])
  })

  it('groups into the four urgencies in order, empty groups kept', () => {
    const groups = groupReminders(
      collect({ socialWorkers: [worker('w-1', '2026-11-22'), worker('w-2', '2026-12-10')] })
    )
    expect(groups.map((group) => [group.urgency, group.reminders.length])).toEqual([
      ['已逾期', 0],
      ['今天到期', 1],
      ['7天内', 0],
      ['30天内', 1]
    ])
    expect(groups.map((group) => group.urgency)).toEqual([...REMINDER_URGENCIES])
  })

  it('groups unsorted input in the list’s order', () => {
    const sorted = all()
    const shuffled = [...sorted].reverse()
    expect(groupReminders(shuffled).flatMap((group) => group.reminders)).toEqual(sorted)
    expect(sortReminders(shuffled)).toEqual(sorted)
  })

  it('counts 已逾期 and 今天到期 for the badge', () => {
    expect(urgentReminderCount(all())).toBe(2)
    expect(urgentReminderCount([])).toBe(0)
  })

  it('gives every reminder its own key', () => {
    const keys = all().map((r) => r.key)
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('the whole list', () => {
  it('gathers every module at once', () => {
    const listed = collect({
      organizations: [
        ...EMPTY.organizations,
        org('org-2', '和美社工服务社', {
          rating: { grade: '4A', score: 820, ratedOn: '2021-11-20' }
        })
      ],
      incubations: [stay('s-1', '待初核')],
      rounds: [round('评审中', { next: { label: '评审 / 答辩', on: '2026-11-25' } })],
      projects: [project({ payments: [payment(1, '可拨付', 'signing')] })],
      socialWorkers: [worker('w-1', '2026-11-30')],
      resources: [resource('2026-12-01')]
    })
    expect(listed.map((r) => r.kind)).toEqual([
      '等级评估',
      '初核',
      '创投批次',
      '拨付',
      '评估',
      '社工登记',
      '资源到期'
    ])
  })
})
