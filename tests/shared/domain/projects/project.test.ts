import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FieldIssue } from '@shared/domain/check'
import { sumFen } from '@shared/domain/money'
import type { IndicatorNode } from '@shared/domain/performance/indicator'
import { emptyProcurement } from '@shared/domain/procurement/procurement'
import {
  checkPurchaseProject,
  checkStoredProject,
  contractAmountInWords,
  editableProjectRefusal,
  indicatorsLockedReason,
  newPurchaseProject,
  PROJECT_WORK,
  PROJECT_WORKFLOW,
  projectAllows,
  projectContext,
  projectWorkRefusal,
  type ProjectAction,
  type ProjectFacts,
  type ProjectStatus,
  type ProjectWork,
  type PurchaseProjectFacts
} from '@shared/domain/projects/project'
import { planTranches } from '@shared/domain/venture/results'
import { DEFAULT_TRANCHES, TRANCHE_GATES } from '@shared/domain/venture/round'
import { actionsFrom, checkTransition } from '@shared/domain/workflow'

/** A ¥90,000 grant paid 50 / 30 / 20: ¥45,000, ¥27,000 and ¥18,000. */
const valid = {
  channel: '公益创投',
  origin: { kind: 'venture', roundId: 'round-2026', applicationId: 'application-1' },
  organizationId: 'org-1',
  title: '银龄守望：社区独居老人关爱计划',
  category: '为老服务',
  communityIds: ['community-1', 'community-2'],
  amountFen: 9_000_000,
  matchingFen: 6_000_000,
  tranches: [
    { no: 1, percent: 50, gate: 'signing', amountFen: 4_500_000 },
    { no: 2, percent: 30, gate: 'midterm', amountFen: 2_700_000 },
    { no: 3, percent: 20, gate: 'final', amountFen: 1_800_000 }
  ],
  approvedOn: '2026-05-20',
  status: '待签约',
  startOn: null,
  endOn: null,
  indicators: [],
  socialWorkerIds: [],
  purchase: null,
  closedOn: null,
  terminatedOn: null,
  terminationReason: null
}

const refused = (field: string, message: string) => ({
  ok: false,
  issues: [{ field, level: 'error', message }]
})

/** 绩效目标表: 产出 60 (场次 40 + 人次 20), 满意度 40. */
const indicators: IndicatorNode[] = [
  node('output', null, 1, '产出指标', 60),
  node('sessions', 'output', 2, '活动场次', 40, { value: 24, unit: '场', comparison: '≥' }),
  node('people', 'output', 2, '服务人次', 20, { value: 600, unit: '人次', comparison: '≥' }),
  node('satisfaction', null, 1, '服务对象满意度', 40, { value: 90, unit: '%', comparison: '≥' })
]

function node(
  key: string,
  parentKey: string | null,
  level: 1 | 2 | 3,
  name: string,
  weight: number,
  target: IndicatorNode['target'] = null
): IndicatorNode {
  return {
    key,
    parentKey,
    level,
    name,
    weight,
    target,
    metric: null,
    actual: null,
    scoringRule: null
  }
}

/** A ¥300,000 one-year contract with 阳光社工 after an open tender of three bidders. */
const procurement = {
  ...emptyProcurement('公开招标'),
  fields: { announcementNo: 'WJCG-2026-018', noticeOn: '2026-02-01', openingOn: '2026-02-25' },
  bidders: [
    {
      name: '阳光社工服务中心',
      uscc: null,
      organizationId: 'org-sun',
      quotedFen: 30_000_000,
      score: 91,
      qualified: true
    },
    {
      name: '同心社工事务所',
      uscc: null,
      organizationId: null,
      quotedFen: 29_500_000,
      score: 86,
      qualified: true
    },
    {
      name: '启航社会工作服务社',
      uscc: null,
      organizationId: null,
      quotedFen: 31_000_000,
      score: 80,
      qualified: true
    }
  ],
  awardedIndex: 0,
  awardedOn: '2026-03-02'
}

const purchaseDraft = {
  title: '柳城街道社区矫正与心理疏导服务',
  organizationId: 'org-sun',
  category: '社会管理性服务',
  communityIds: ['community-1'],
  amountFen: 30_000_000,
  approvedOn: '2026-03-05',
  startOn: '2026-04-01',
  endOn: '2027-03-31',
  socialWorkerIds: ['sw-1', 'sw-2', 'sw-3'],
  tranches: [
    { percent: 40, gate: 'signing' },
    { percent: 40, gate: 'midterm' },
    { percent: 20, gate: 'final' }
  ],
  indicators,
  purchase: {
    purchaser: { name: '柳城街道办事处', kind: '街道办事处' },
    catalogueItemIds: ['item-correction', 'item-counselling'],
    budgetSource: '一般公共预算',
    procurement,
    multiYearJustification: null,
    staffing: [
      { level: '社会工作师', count: 1 },
      { level: '助理社会工作师', count: 2 }
    ]
  }
}

const worker = (
  id: string,
  name: string,
  certLevel: '社会工作师' | '助理社会工作师' | '未持证'
) => ({
  id,
  name,
  certLevel,
  registrationValidUntil: certLevel === '未持证' ? null : '2028-06-30',
  archivedAt: null
})

const facts: PurchaseProjectFacts = {
  items: [
    { id: 'item-correction', name: '社区矫正', negativeListKey: null, archivedAt: null },
    { id: 'item-counselling', name: '心理疏导', negativeListKey: null, archivedAt: null }
  ],
  provider: {
    name: '阳光社工服务中心',
    legalForm: '社会服务机构',
    registrationStatus: '已登记',
    archivedAt: null
  },
  team: [
    worker('sw-1', '王敏', '社会工作师'),
    worker('sw-2', '李静', '助理社会工作师'),
    worker('sw-3', '陈晨', '助理社会工作师')
  ],
  today: '2026-03-10'
}

function purchaseProject() {
  const checked = checkPurchaseProject(purchaseDraft, facts)
  if (!checked.ok) throw new Error(checked.issues.map((issue) => issue.message).join('；'))
  return newPurchaseProject(checked.value)
}

describe('checkStoredProject', () => {
  it('accepts a project created at 立项', () => {
    expect(checkStoredProject(valid)).toEqual({ ok: true, value: valid, warnings: [] })
  })

  it('accepts the tranches planTranches makes of an odd amount', () => {
    // 12,345 分: 6,172 + 3,703 + 2,470.
    const tranches = planTranches(12_345, DEFAULT_TRANCHES)
    expect(checkStoredProject({ ...valid, amountFen: 12_345, tranches }).ok).toBe(true)
  })

  it('accepts a project without matching funds or communities', () => {
    expect(checkStoredProject({ ...valid, matchingFen: 0, communityIds: [] }).ok).toBe(true)
  })

  it('accepts a 政府购买服务 project made from a checked draft', () => {
    expect(checkStoredProject(purchaseProject())).toMatchObject({ ok: true, warnings: [] })
  })

  it('accepts a project at every later stage with the dates that go with it', () => {
    const running = { ...valid, status: '执行中', startOn: '2026-06-01', endOn: '2027-05-31' }
    expect(checkStoredProject(running).ok).toBe(true)
    expect(checkStoredProject({ ...running, status: '已结项', closedOn: '2027-06-20' }).ok).toBe(
      true
    )
    const terminated = {
      ...running,
      status: '已终止',
      terminatedOn: '2026-09-01',
      terminationReason: '承接组织注销'
    }
    expect(checkStoredProject(terminated).ok).toBe(true)
  })

  it.each<[string, Record<string, unknown>[]]>([
    ['one 分 short', [{ ...valid.tranches[0], amountFen: 4_499_999 }, ...valid.tranches.slice(1)]],
    [
      'one 分 over',
      [...valid.tranches.slice(0, 2), { ...valid.tranches[2], amountFen: 1_800_001 }]
    ],
    ['a tranche missing', valid.tranches.slice(0, 2)],
    ['no tranches at all', []]
  ])('refuses tranches that do not add up to the grant: %s', (_case, tranches) => {
    expect(checkStoredProject({ ...valid, tranches })).toEqual(
      refused('tranches', '各期拨付金额合计与资助金额不符')
    )
  })

  it.each<[string, Record<string, unknown>, string, string]>([
    ['no grant', { amountFen: 0 }, 'amountFen', '资助金额有误'],
    ['a grant in 元 with decimals', { amountFen: 90_000.5 }, 'amountFen', '资助金额有误'],
    ['negative matching funds', { matchingFen: -1 }, 'matchingFen', '配套资金有误'],
    [
      'a negative tranche',
      {
        tranches: [
          { ...valid.tranches[0], amountFen: 10_000_000 },
          { ...valid.tranches[1], amountFen: -1_000_000 }
        ]
      },
      'tranches.1.amountFen',
      '拨付金额有误'
    ],
    ['an unknown channel', { channel: '社区基金' }, 'channel', '项目来源渠道有误'],
    ['an unknown status', { status: '已完成' }, 'status', '项目状态不是本程序使用的状态'],
    ['no organisation', { organizationId: '' }, 'organizationId', '缺少承接组织'],
    ['no title', { title: '' }, 'title', '缺少项目名称'],
    [
      'an impossible date',
      { approvedOn: '2026-02-30' },
      'approvedOn',
      '立项日期不是有效日期（YYYY-MM-DD）'
    ],
    ['an unknown field', { budgetFen: 1 }, '', '不认识的字段：budgetFen'],
    ['an origin of an unknown kind', { origin: { kind: 'grant' } }, 'origin.kind', '项目来源有误'],
    [
      'a 公益创投 project with a purchase origin',
      { origin: { kind: 'purchase' } },
      'origin',
      '公益创投项目的来源有误'
    ],
    [
      'a 公益创投 project with purchase details',
      { purchase: purchaseDraft.purchase },
      'purchase',
      '公益创投项目不应有采购信息'
    ],
    [
      'a period without its end',
      { startOn: '2026-06-01' },
      'endOn',
      '服务期限须同时填写开始和结束日期'
    ],
    [
      'a period ending before it starts',
      { startOn: '2026-06-01', endOn: '2026-05-31' },
      'endOn',
      '服务结束日期 2026-05-31 须晚于开始日期 2026-06-01'
    ],
    [
      'a running project without a period',
      { status: '执行中' },
      'startOn',
      '执行中的项目须有服务期限'
    ],
    [
      'a closing date on a project still waiting to sign',
      { closedOn: '2027-06-20' },
      'closedOn',
      '未结项的项目不应有结项日期'
    ],
    [
      'a termination reason on a project not terminated',
      { terminationReason: '承接组织注销' },
      'terminationReason',
      '未终止的项目不应有终止理由'
    ],
    [
      'a 绩效目标表 whose weights do not add up',
      { indicators: indicators.slice(0, 3) },
      'indicators',
      '一级指标权重合计 60，应为 100'
    ]
  ])('refuses a row with %s', (_case, patch, field, message) => {
    expect(checkStoredProject({ ...valid, ...patch })).toEqual(refused(field, message))
  })

  it('refuses a 已结项 project without its closing date', () => {
    const row = { ...valid, status: '已结项', startOn: '2026-06-01', endOn: '2027-05-31' }
    expect(checkStoredProject(row)).toEqual(refused('closedOn', '已结项的项目缺少结项日期'))
  })

  it('refuses a 已终止 project without its date and reason, naming both', () => {
    const row = { ...valid, status: '已终止' }
    expect(checkStoredProject(row)).toEqual({
      ok: false,
      issues: [
        { field: 'terminatedOn', level: 'error', message: '已终止的项目缺少终止日期' },
        { field: 'terminationReason', level: 'error', message: '已终止的项目缺少终止理由' }
      ]
    })
  })

  it('refuses a 政府购买服务 project without its purchase details', () => {
    expect(checkStoredProject({ ...purchaseProject(), purchase: null })).toEqual(
      refused('purchase', '政府购买服务项目缺少采购信息')
    )
  })

  it.each<[string, Record<string, unknown>, string]>([
    [
      'a venture origin without its application',
      { origin: { ...valid.origin, applicationId: '' } },
      'origin.applicationId'
    ],
    [
      'a gate the rounds do not have',
      { tranches: [{ ...valid.tranches[0], gate: 'audit' }] },
      'tranches.0.gate'
    ],
    [
      'a tranche over 100 %',
      { tranches: [{ ...valid.tranches[0], percent: 101 }] },
      'tranches.0.percent'
    ],
    ['a tranche numbered 0', { tranches: [{ ...valid.tranches[0], no: 0 }] }, 'tranches.0.no']
  ])('refuses a row with %s', (_case, patch, field) => {
    const result = checkStoredProject({ ...valid, ...patch })
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.issues.map((issue) => issue.field)).toEqual([field])
  })
})

const purchaseIssues = (
  draft: unknown,
  factsPatch: Partial<PurchaseProjectFacts> = {}
): FieldIssue[] => {
  const result = checkPurchaseProject(draft, { ...facts, ...factsPatch })
  return result.ok ? result.warnings : result.issues
}

const withPurchase = (patch: Record<string, unknown>) => ({
  ...purchaseDraft,
  purchase: { ...purchaseDraft.purchase, ...patch }
})

describe('checkPurchaseProject', () => {
  it('accepts a one-year contract bought by open tender, with a team that meets the requirement', () => {
    expect(checkPurchaseProject(purchaseDraft, facts)).toMatchObject({ ok: true, warnings: [] })
  })

  it.each<[string, unknown, Partial<PurchaseProjectFacts>, FieldIssue]>([
    [
      'an item on the 102号令 negative list',
      purchaseDraft,
      {
        items: [
          facts.items[0]!,
          {
            id: 'item-counselling',
            name: '社区公益性岗位',
            negativeListKey: 'ownStaffing',
            archivedAt: null
          }
        ]
      },
      {
        field: 'purchase.catalogueItemIds.1',
        level: 'error',
        message:
          '“社区公益性岗位”属于 102号令第十条负面清单（购买主体的人员招、聘用，以劳务派遣方式用工，以及设置公益性岗位等事项），不得作为政府购买服务内容'
      }
    ],
    [
      'an item missing from the catalogue',
      purchaseDraft,
      { items: [facts.items[1]!] },
      {
        field: 'purchase.catalogueItemIds.0',
        level: 'error',
        message: '购买服务目录中没有这一事项'
      }
    ],
    [
      'a provider that does not exist',
      purchaseDraft,
      { provider: undefined },
      { field: 'organizationId', level: 'error', message: '承接组织不存在' }
    ],
    [
      'a provider not yet registered',
      purchaseDraft,
      { provider: { ...facts.provider!, registrationStatus: '筹备', legalForm: '未登记' } },
      {
        field: 'organizationId',
        level: 'error',
        message: '“阳光社工服务中心”尚未依法登记，不能承接政府购买服务（102号令第六条）'
      }
    ],
    [
      'a provider other than the winning bidder',
      { ...purchaseDraft, organizationId: 'org-other' },
      {},
      {
        field: 'organizationId',
        level: 'error',
        message: '承接组织与中标（成交）供应商“阳光社工服务中心”不是同一组织'
      }
    ],
    [
      'a two-year contract without a justification',
      { ...purchaseDraft, endOn: '2028-03-31' },
      {},
      {
        field: 'purchase.multiYearJustification',
        level: 'error',
        message:
          '合同期 24 个月，超过 1 年，须说明理由（102号令第二十四条：预算有保障，且服务内容相对固定、连续性强、价格稳定）'
      }
    ],
    [
      'a contract longer than three years, even with a justification',
      { ...withPurchase({ multiYearJustification: '服务连续性强' }), endOn: '2029-04-30' },
      {},
      {
        field: 'endOn',
        level: 'error',
        message: '合同期 37 个月，超过 102号令第二十四条允许的最长 3 年（36 个月）'
      }
    ],
    [
      'a procurement without its announcement number',
      withPurchase({
        procurement: { ...procurement, fields: { ...procurement.fields, announcementNo: null } }
      }),
      {},
      {
        field: 'purchase.procurement.fields.announcementNo',
        level: 'error',
        message: '公开招标须填写采购公告编号'
      }
    ],
    [
      'a team short of a 社会工作师',
      { ...purchaseDraft, socialWorkerIds: ['sw-2', 'sw-3'] },
      {},
      {
        field: 'socialWorkerIds',
        level: 'error',
        message: '人员配备不足：社会工作师及以上须 1 名，还差 1 名'
      }
    ],
    [
      'a social worker who does not exist',
      { ...purchaseDraft, socialWorkerIds: ['sw-1', 'sw-2', 'sw-3', 'sw-9'] },
      {},
      { field: 'socialWorkerIds.3', level: 'error', message: '该社工不存在' }
    ],
    [
      'a payment plan of 90 %',
      {
        ...purchaseDraft,
        tranches: purchaseDraft.tranches.slice(0, 2).concat({ percent: 10, gate: 'final' })
      },
      {},
      { field: 'tranches', level: 'error', message: '各期拨付比例合计须为 100%，现为 90%' }
    ],
    [
      'a payment plan gated 末期 before 中期',
      {
        ...purchaseDraft,
        tranches: [
          { percent: 40, gate: 'signing' },
          { percent: 40, gate: 'final' },
          { percent: 20, gate: 'midterm' }
        ]
      },
      {},
      {
        field: 'tranches',
        level: 'error',
        message: '拨付条件须按 签约 → 中期评估 → 末期评估 的顺序排列'
      }
    ],
    [
      'a 绩效目标表 whose weights do not add up',
      { ...purchaseDraft, indicators: indicators.slice(0, 3) },
      {},
      { field: 'indicators', level: 'error', message: '一级指标权重合计 60，应为 100' }
    ],
    [
      'a 立项 date in the future',
      { ...purchaseDraft, approvedOn: '2026-03-11' },
      {},
      { field: 'approvedOn', level: 'error', message: '立项日期不能晚于今天' }
    ],
    [
      'no contract amount',
      { ...purchaseDraft, amountFen: 0 },
      {},
      { field: 'amountFen', level: 'error', message: '合同金额须大于 0（以分计的整数）' }
    ],
    [
      'no catalogue item',
      withPurchase({ catalogueItemIds: [] }),
      {},
      {
        field: 'purchase.catalogueItemIds',
        level: 'error',
        message: '请至少选择一个购买服务目录事项'
      }
    ]
  ])('refuses %s', (_case, draft, factsPatch, issue) => {
    expect(checkPurchaseProject(draft, { ...facts, ...factsPatch }).ok).toBe(false)
    expect(purchaseIssues(draft, factsPatch)).toEqual([issue])
  })

  it('accepts three years with a justification', () => {
    const draft = {
      ...withPurchase({ multiYearJustification: '预算有保障，服务连续性强' }),
      endOn: '2029-03-31'
    }
    expect(checkPurchaseProject(draft, facts)).toMatchObject({ ok: true, warnings: [] })
  })

  it('warns about a 备案 provider and a winning quote that differs from the amount, and accepts', () => {
    const draft = { ...purchaseDraft, amountFen: 29_000_000 }
    const provider = {
      ...facts.provider!,
      registrationStatus: '备案' as const,
      legalForm: '社区社会组织' as const
    }
    const result = checkPurchaseProject(draft, { ...facts, provider })
    expect(result.ok).toBe(true)
    expect(purchaseIssues(draft, { provider }).map((issue) => issue.field)).toEqual([
      'organizationId',
      'purchase.procurement.awardedIndex'
    ])
  })

  it('counts only the assigned workers towards the staffing requirement', () => {
    const draft = { ...purchaseDraft, socialWorkerIds: ['sw-1', 'sw-2'] }
    expect(purchaseIssues(draft)).toEqual([
      {
        field: 'socialWorkerIds',
        level: 'error',
        message: '人员配备不足：助理社会工作师及以上须 2 名，还差 1 名'
      }
    ])
  })
})

describe('contractAmountInWords', () => {
  it.each<[unknown, string | null]>([
    [30_000_000, '人民币叁拾万元整'],
    [10_700_053, '人民币壹拾万柒仟元零伍角叁分'],
    [0, null],
    [-100, null],
    [12.5, null],
    ['300000', null]
  ])('%s → %s', (amount, words) => {
    expect(contractAmountInWords(amount)).toBe(words)
  })
})

describe('newPurchaseProject', () => {
  it('starts 待签约 as a purchase, with the payment plan turned into amounts', () => {
    expect(purchaseProject()).toMatchObject({
      channel: '政府购买服务',
      origin: { kind: 'purchase' },
      matchingFen: 0,
      status: '待签约',
      startOn: '2026-04-01',
      endOn: '2027-03-31',
      tranches: [
        { no: 1, percent: 40, gate: 'signing', amountFen: 12_000_000 },
        { no: 2, percent: 40, gate: 'midterm', amountFen: 12_000_000 },
        { no: 3, percent: 20, gate: 'final', amountFen: 6_000_000 }
      ],
      closedOn: null,
      terminatedOn: null,
      terminationReason: null
    })
  })

  it('makes a stored project whose tranches add up to any amount and plan', () => {
    const plan = fc
      .array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 4 })
      .filter((parts) => parts.reduce((sum, part) => sum + part, 0) < 100)
      .map((parts) => [...parts, 100 - parts.reduce((sum, part) => sum + part, 0)])
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), plan, (amountFen, percents) => {
        const tranches = percents.map((percent, index) => ({
          percent,
          gate: TRANCHE_GATES[Math.min(index, 2)]!
        }))
        const draft = { ...purchaseDraft, amountFen, tranches }
        const checked = checkPurchaseProject(draft, facts)
        if (!checked.ok) return false
        const project = newPurchaseProject(checked.value)
        return (
          sumFen(project.tranches.map((tranche) => tranche.amountFen)) === amountFen &&
          checkStoredProject(project).ok
        )
      })
    )
  })
})

const context = (patch: Partial<ProjectFacts> = {}) =>
  projectContext({
    agreement: { number: 'LC-2026-018', status: '已签订' },
    evaluations: [{ kind: '末期', status: '定稿', mode: '购买方评价' }],
    payments: [
      { no: 1, status: '已拨付' },
      { no: 2, status: '追回' },
      { no: 3, status: '已拨付' }
    ],
    terminationReason: null,
    ...patch
  })

describe('projectContext', () => {
  it('reads the agreement, the 定稿 末期 evaluations by others than the provider, and open tranches', () => {
    expect(
      context({
        agreement: { number: 'LC-2026-018', status: '草拟' },
        evaluations: [
          { kind: '末期', status: '定稿', mode: '自评' },
          { kind: '末期', status: '草稿', mode: '第三方评估' },
          { kind: '中期', status: '定稿', mode: '购买方评价' },
          { kind: '末期', status: '定稿', mode: '第三方评估' }
        ],
        payments: [
          { no: 3, status: '暂缓' },
          { no: 1, status: '已拨付' },
          { no: 2, status: '已审核' }
        ],
        terminationReason: '  '
      })
    ).toEqual({
      agreement: { number: 'LC-2026-018', signed: false },
      finalEvaluations: 1,
      openTranches: [2, 3],
      terminationReason: null
    })
  })
})

describe('PROJECT_WORKFLOW', () => {
  it.each<[ProjectStatus, ProjectAction, Partial<ProjectFacts>, ProjectStatus | string]>([
    ['待签约', 'sign', {}, '执行中'],
    ['待签约', 'sign', { agreement: null }, '还没有协议，请先起草并签订协议'],
    [
      '待签约',
      'sign',
      { agreement: { number: 'LC-2026-018', status: '草拟' } },
      '协议 LC-2026-018 尚未签订'
    ],
    ['执行中', 'sign', {}, '项目当前为“执行中”，不能签约'],
    ['执行中', 'close', {}, '已结项'],
    ['执行中', 'close', { evaluations: [] }, '还没有定稿的末期评估'],
    [
      '执行中',
      'close',
      {
        evaluations: [],
        payments: [
          { no: 1, status: '已拨付' },
          { no: 2, status: '暂缓' },
          { no: 3, status: '计划' }
        ]
      },
      '还没有定稿的末期评估；第 2、3 期拨付尚未办结（须已拨付或追回）'
    ],
    ['待签约', 'close', {}, '项目当前为“待签约”，不能结项'],
    ['待签约', 'terminate', { terminationReason: '承接组织放弃签约' }, '已终止'],
    ['执行中', 'terminate', { terminationReason: '承接组织注销' }, '已终止'],
    ['执行中', 'terminate', {}, '终止项目须写明理由'],
    ['已结项', 'terminate', { terminationReason: '误操作' }, '项目当前为“已结项”，不能终止'],
    ['已终止', 'sign', {}, '项目当前为“已终止”，不能签约']
  ])('%s + %s', (state, action, patch, expected) => {
    const result = checkTransition(PROJECT_WORKFLOW, state, action, context(patch))
    expect(result).toEqual(
      PROJECT_WORKFLOW.states.includes(expected as ProjectStatus)
        ? { ok: true, to: expected }
        : { ok: false, message: expected }
    )
  })

  it('offers nothing on a closed or terminated project', () => {
    for (const state of PROJECT_WORKFLOW.final) {
      expect(actionsFrom(PROJECT_WORKFLOW, state, context())).toEqual([])
    }
  })
})

describe('PROJECT_WORK and projectWorkRefusal', () => {
  const project = (status: ProjectStatus, archivedAt: string | null = null) => ({
    status,
    archivedAt
  })

  // Per kind of work, the refusal in each stage (null: allowed).
  it.each<[ProjectWork, Record<ProjectStatus, string | null>]>([
    [
      'edit',
      {
        待签约: null,
        执行中: null,
        已结项: '项目已结项，不能再修改',
        已终止: '项目已终止，不能再修改'
      }
    ],
    [
      'recordActivities',
      {
        待签约: null,
        执行中: null,
        已结项: '项目已结项，不能再登记或修改服务记录',
        已终止: '项目已终止，不能再登记或修改服务记录'
      }
    ],
    [
      'evaluate',
      {
        待签约: '项目尚未签约，不能开始评估',
        执行中: null,
        已结项: '项目已结项，不能再新建评估',
        已终止: null
      }
    ],
    [
      'mutualEvaluate',
      { 待签约: '项目尚未签约，不能进行双向评估', 执行中: null, 已结项: null, 已终止: null }
    ],
    [
      'followUp',
      {
        待签约: null,
        执行中: null,
        已结项: '项目已结项，已不在进行中',
        已终止: '项目已终止，已不在进行中'
      }
    ]
  ])('%s', (work, byStatus) => {
    for (const status of PROJECT_WORKFLOW.states) {
      expect(projectWorkRefusal(project(status), work), status).toBe(byStatus[status])
      expect(projectAllows(project(status), work), status).toBe(byStatus[status] === null)
    }
  })

  it('allows no work on an archived project', () => {
    for (const work of Object.keys(PROJECT_WORK) as ProjectWork[]) {
      expect(projectWorkRefusal(project('执行中', '2026-06-01T00:00:00.000Z'), work)).toBe(
        '该项目已归档'
      )
    }
  })
})

describe('editableProjectRefusal', () => {
  const project = (status: ProjectStatus, archivedAt: string | null = null) => ({
    status,
    archivedAt
  })

  it.each<[ProjectStatus, (keyof typeof valid)[], string | null]>([
    ['待签约', ['amountFen', 'endOn', 'tranches'], null],
    ['执行中', ['title', 'communityIds', 'indicators'], null],
    ['执行中', ['amountFen'], '协议已签订，金额须通过变更（补充协议）修改'],
    [
      '执行中',
      ['title', 'endOn', 'socialWorkerIds', 'purchase'],
      '协议已签订，服务结束日期、服务团队、采购信息须通过变更（补充协议）修改'
    ],
    ['已结项', ['title'], '项目已结项，不能再修改'],
    ['已终止', ['communityIds'], '项目已终止，不能再修改']
  ])('%s, changing %j', (status, changed, refusal) => {
    expect(editableProjectRefusal(project(status), changed)).toBe(refusal)
  })

  it('refuses any edit of an archived project', () => {
    expect(editableProjectRefusal(project('待签约', '2026-06-01T00:00:00.000Z'), ['title'])).toBe(
      '该项目已归档'
    )
  })
})

describe('indicatorsLockedReason', () => {
  const running = { status: '执行中' as const, archivedAt: null }
  const evaluation = (kind: string, status: string, archivedAt: string | null = null) => ({
    kind,
    status,
    archivedAt
  })

  it('leaves the 绩效目标表 open while no evaluation is 定稿', () => {
    expect(indicatorsLockedReason(running, [evaluation('中期', '草稿')])).toBeNull()
    expect(
      indicatorsLockedReason(running, [evaluation('中期', '定稿', '2026-10-01T00:00:00.000Z')])
    ).toBeNull()
  })

  it('locks it once an evaluation is 定稿, naming each kind once', () => {
    expect(
      indicatorsLockedReason(running, [
        evaluation('中期', '定稿'),
        evaluation('中期', '定稿'),
        evaluation('末期', '定稿')
      ])
    ).toBe('已有定稿的中期评估、末期评估，绩效目标表不能再修改（评估按定稿时的绩效目标表打分）')
  })

  it('locks it on a project that has ended', () => {
    expect(indicatorsLockedReason({ status: '已终止', archivedAt: null }, [])).toBe(
      '项目已终止，不能再修改'
    )
  })
})
