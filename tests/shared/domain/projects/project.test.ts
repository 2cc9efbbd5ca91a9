import { describe, expect, it } from 'vitest'
import { checkStoredProject } from '@shared/domain/projects/project'
import { planTranches } from '@shared/domain/venture/results'
import { DEFAULT_TRANCHES } from '@shared/domain/venture/round'

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
  status: '待签约'
}

const refused = (field: string, message: string) => ({
  ok: false,
  issues: [{ field, level: 'error', message }]
})

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
    ['an unknown status', { status: '执行中' }, 'status', '项目状态不是本程序使用的状态'],
    ['no organisation', { organizationId: '' }, 'organizationId', '缺少承接组织'],
    ['no title', { title: '' }, 'title', '缺少项目名称'],
    [
      'an impossible date',
      { approvedOn: '2026-02-30' },
      'approvedOn',
      '立项日期不是有效日期（YYYY-MM-DD）'
    ],
    ['an unknown field', { budgetFen: 1 }, '', '不认识的字段：budgetFen']
  ])('refuses a row with %s', (_case, patch, field, message) => {
    expect(checkStoredProject({ ...valid, ...patch })).toEqual(refused(field, message))
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['an origin of another kind', { origin: { ...valid.origin, kind: 'purchase' } }, 'origin.kind'],
    [
      'an origin without its application',
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
