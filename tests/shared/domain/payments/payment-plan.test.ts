import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkRecord } from '@shared/domain/check'
import type { PaymentStatus } from '@shared/domain/payments/payment'
import {
  planIssues,
  planPayments,
  replanAfterAmendment,
  replanTranches,
  trancheSpecSchema,
  type TrancheSpec
} from '@shared/domain/payments/payment-plan'
import type { PlannedTranche } from '@shared/domain/venture/results'
import type { TrancheGate } from '@shared/domain/venture/round'

const spec = (percent: number, gate: TrancheGate, dueOn: string | null = null): TrancheSpec => ({
  percent,
  gate,
  dueOn,
  condition: null
})

/** 50 / 30 / 20 on signing, 中期 and 末期, due through the year. */
const PLAN = [
  spec(50, 'signing', '2026-06-15'),
  spec(30, 'midterm', '2026-12-15'),
  spec(20, 'final', '2027-06-15')
]

describe('trancheSpecSchema', () => {
  const parse = (input: unknown) =>
    checkRecord(trancheSpecSchema, input, (value) => ({ value, issues: [] }))

  it('stores an empty extra condition as null and keeps a written one', () => {
    expect(parse({ percent: 30, gate: 'midterm', dueOn: null, condition: '  ' })).toEqual({
      ok: true,
      value: { percent: 30, gate: 'midterm', dueOn: null, condition: null },
      warnings: []
    })
    const written = parse({
      percent: 30,
      gate: 'midterm',
      dueOn: '2026-12-15',
      condition: '提交中期财务报告后'
    })
    expect(written).toMatchObject({ ok: true, value: { condition: '提交中期财务报告后' } })
  })

  it.each([
    [{ percent: 12.5 }, 'percent', '拨付比例须为整数'],
    [{ percent: 0 }, 'percent', '拨付比例至少为 1%'],
    [{ percent: 120 }, 'percent', '拨付比例不能超过 100%'],
    [{ gate: 'halfway' }, 'gate', '请选择拨付条件'],
    [{ dueOn: '2026-02-30' }, 'dueOn', '计划拨付日期不是有效日期（YYYY-MM-DD）'],
    [{ condition: '条'.repeat(201) }, 'condition', '附加条件不能超过 200 个字']
  ])('refuses %j', (patch, field, message) => {
    const input = { percent: 30, gate: 'midterm', dueOn: null, condition: null, ...patch }
    expect(parse(input)).toEqual({ ok: false, issues: [{ field, level: 'error', message }] })
  })
})

describe('planIssues', () => {
  it('accepts 50 / 30 / 20 in gate and date order', () => {
    expect(planIssues(PLAN)).toEqual([])
  })

  it('accepts two tranches on one gate and tranches without dates between dated ones', () => {
    expect(
      planIssues([
        spec(40, 'signing', '2026-06-15'),
        spec(30, 'midterm'),
        spec(30, 'midterm', '2026-12-15')
      ])
    ).toEqual([])
  })

  it('refuses a plan without tranches', () => {
    expect(planIssues([])).toEqual([
      { field: 'tranches', level: 'error', message: '至少要有一期拨付' }
    ])
  })

  it.each([
    [[50, 30], 80],
    [[60, 30, 20], 110]
  ])('refuses percentages %j, saying what they add up to', (percents, total) => {
    const gates: TrancheGate[] = ['signing', 'midterm', 'final']
    expect(planIssues(percents.map((percent, i) => spec(percent, gates[i]!)))).toEqual([
      { field: 'tranches', level: 'error', message: `各期拨付比例合计须为 100%，现为 ${total}%` }
    ])
  })

  it('refuses a 末期 tranche before a 中期 one, naming both', () => {
    expect(planIssues([spec(50, 'signing'), spec(20, 'final'), spec(30, 'midterm')])).toEqual([
      {
        field: 'tranches.2.gate',
        level: 'error',
        message:
          '第 3 期“中期评估合格后”不能排在第 2 期“末期评估合格后”之后，' +
          '拨付条件须按 签约 → 中期评估 → 末期评估 的顺序排列'
      }
    ])
  })

  it('refuses a due date earlier than the last dated tranche before it', () => {
    expect(
      planIssues([
        spec(50, 'signing', '2026-09-01'),
        spec(30, 'midterm'),
        spec(20, 'final', '2026-08-31')
      ])
    ).toEqual([
      {
        field: 'tranches.2.dueOn',
        level: 'error',
        message: '第 3 期计划拨付日期 2026-08-31 早于第 1 期的 2026-09-01'
      }
    ])
  })

  it('reports every problem at once', () => {
    const issues = planIssues([
      spec(50, 'midterm', '2026-12-01'),
      spec(40, 'signing', '2026-06-01')
    ])
    expect(issues.map((issue) => issue.field)).toEqual([
      'tranches',
      'tranches.1.gate',
      'tranches.1.dueOn'
    ])
  })
})

describe('planPayments', () => {
  it('splits 200,000.01 元 by 50 / 30 / 20, the last tranche taking the odd 分', () => {
    expect(planPayments(20_000_001, PLAN)).toEqual([
      { ...PLAN[0], no: 1, amountFen: 10_000_000 },
      { ...PLAN[1], no: 2, amountFen: 6_000_000 },
      { ...PLAN[2], no: 3, amountFen: 4_000_001 }
    ])
  })

  it('refuses to split a plan whose percentages do not add up to 100', () => {
    expect(() => planPayments(100_000, [spec(50, 'signing'), spec(30, 'midterm')])).toThrow(
      '各期拨付比例合计须为 100%，现为 80%'
    )
  })

  it.each([-1, 10.5])('refuses an amount of %s 分', (amountFen) => {
    expect(() => planPayments(amountFen, PLAN)).toThrow(RangeError)
  })

  it('always adds up to the contract, each tranche but the last within 1 分 of its share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        // Up to five tranches of at most 19 %, and a last one with the rest of 100 %.
        fc.array(fc.integer({ min: 1, max: 19 }), { maxLength: 5 }),
        (amountFen, firstShares) => {
          const shares = [...firstShares, 100 - firstShares.reduce((sum, share) => sum + share, 0)]
          const planned = planPayments(
            amountFen,
            shares.map((percent) => spec(percent, 'signing'))
          )
          expect(planned.reduce((sum, tranche) => sum + tranche.amountFen, 0)).toBe(amountFen)
          for (const tranche of planned) {
            expect(Number.isInteger(tranche.amountFen)).toBe(true)
            expect(tranche.amountFen).toBeGreaterThanOrEqual(0)
          }
          for (const tranche of planned.slice(0, -1)) {
            expect(Math.abs(tranche.amountFen - (amountFen * tranche.percent) / 100)).toBeLessThan(
              1
            )
          }
        }
      )
    )
  })
})

describe('replanAfterAmendment', () => {
  type Row = { id: string; no: number; percent: number; amountFen: number; status: PaymentStatus }
  /** 100,000 元 by 50 / 30 / 20, the first tranche paid. */
  const rows = (statuses: PaymentStatus[] = ['已拨付', '计划', '计划']): Row[] =>
    [50, 30, 20].map((percent, i) => ({
      id: `p${i + 1}`,
      no: i + 1,
      percent,
      amountFen: 10_000_000 * (percent / 100),
      status: statuses[i]!
    }))

  it('keeps the paid tranche and re-splits the rest 30 : 20 over what remains', () => {
    // 120,000 元 − 50,000 paid = 70,000, split 42,000 / 28,000.
    expect(replanAfterAmendment(rows(), 12_000_000)).toEqual({
      ok: true,
      value: [
        rows()[0],
        { ...rows()[1], amountFen: 4_200_000 },
        { ...rows()[2], amountFen: 2_800_000 }
      ],
      warnings: []
    })
  })

  it('lets the last open tranche absorb the rounding of a decrease', () => {
    // 80,000.01 元 − 50,000 = 30,000.01: 3/5 is 18,000.006 → 18,000.00, the last 12,000.01.
    const result = replanAfterAmendment(rows(), 8_000_001)
    expect(result.ok && result.value.map((row) => row.amountFen)).toEqual([
      5_000_000, 1_800_000, 1_200_001
    ])
  })

  it('keeps a tranche closed by a 追回 decision and returns the rows in the order given', () => {
    const given = rows(['已拨付', '追回', '暂缓']).reverse()
    const result = replanAfterAmendment(given, 9_000_000)
    expect(result.ok && result.value.map((row) => [row.id, row.amountFen])).toEqual([
      ['p3', 1_000_000],
      ['p2', 3_000_000],
      ['p1', 5_000_000]
    ])
  })

  it('refuses a new amount below what was paid, naming the tranches and the excess', () => {
    expect(replanAfterAmendment(rows(['已拨付', '已拨付', '计划']), 7_000_000)).toEqual({
      ok: false,
      issues: [
        {
          field: 'amountFen',
          level: 'error',
          message:
            '第 1、2 期已拨付或已结案，合计 80,000.00 元，超过变更后的合同金额 70,000.00 元，超出 10,000.00 元'
        }
      ]
    })
  })

  it('refuses an increase when every tranche is paid, and accepts the same amount', () => {
    const paid = rows(['已拨付', '已拨付', '已拨付'])
    expect(replanAfterAmendment(paid, 11_000_000)).toEqual({
      ok: false,
      issues: [
        {
          field: 'amountFen',
          level: 'error',
          message: '各期均已拨付或已结案，变更后多出的 10,000.00 元 没有尚未拨付的一期可以承接'
        }
      ]
    })
    expect(replanAfterAmendment(paid, 10_000_000)).toEqual({ ok: true, value: paid, warnings: [] })
  })

  it('refuses to change the amount of an 已审核 tranche under its reviewer', () => {
    expect(replanAfterAmendment(rows(['已拨付', '已审核', '计划']), 11_000_000)).toEqual({
      ok: false,
      issues: [
        {
          field: 'amountFen',
          level: 'error',
          message:
            '第 2 期已审核，金额将由 30,000.00 元 变为 36,000.00 元：请先暂缓该期，变更后重新经办、审核'
        }
      ]
    })
  })

  it('refuses a new amount that is not a whole number of 分', () => {
    expect(replanAfterAmendment(rows(), 100.5)).toEqual({
      ok: false,
      issues: [
        {
          field: 'amountFen',
          level: 'error',
          message: '变更后的合同金额须为不小于 0 的整数（以分计）'
        }
      ]
    })
  })

  it('always adds up to the new amount, never touching settled tranches', () => {
    const statuses: PaymentStatus[] = ['计划', '可拨付', '已拨付', '暂缓', '追回']
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            percent: fc.integer({ min: 1, max: 60 }),
            status: fc.constantFrom(...statuses),
            amountFen: fc.integer({ min: 0, max: 5_000_000 })
          }),
          { minLength: 1, maxLength: 6 }
        ),
        fc.integer({ min: 0, max: 30_000_000 }),
        (tranches, newAmountFen) => {
          const given = tranches.map((tranche, i) => ({ ...tranche, no: i + 1 }))
          const settled = given.filter((row) => row.status === '已拨付' || row.status === '追回')
          const settledFen = settled.reduce((sum, row) => sum + row.amountFen, 0)
          const hasOpen = settled.length < given.length
          const result = replanAfterAmendment(given, newAmountFen)
          expect(result.ok).toBe(
            settledFen <= newAmountFen && (hasOpen || settledFen === newAmountFen)
          )
          if (!result.ok) return
          expect(result.value.reduce((sum, row) => sum + row.amountFen, 0)).toBe(newAmountFen)
          result.value.forEach((row, i) => {
            expect(row.amountFen).toBeGreaterThanOrEqual(0)
            if (settled.includes(given[i]!)) expect(row).toBe(given[i])
          })
        }
      )
    )
  })
})

describe('replanTranches', () => {
  type Row = { id: string; no: number; percent: number; amountFen: number; status: PaymentStatus }
  /** The project's plan: 100,000 元 by 50 / 30 / 20 on signing, 中期 and 末期. */
  const plan: PlannedTranche[] = [
    { no: 1, percent: 50, gate: 'signing', amountFen: 5_000_000 },
    { no: 2, percent: 30, gate: 'midterm', amountFen: 3_000_000 },
    { no: 3, percent: 20, gate: 'final', amountFen: 2_000_000 }
  ]
  /** The payment rows of `plan` in `statuses`. */
  const rows = (...statuses: PaymentStatus[]): Row[] =>
    plan.map(({ no, percent, amountFen }, i) => ({
      id: `p${no}`,
      no,
      percent,
      amountFen,
      status: statuses[i]!
    }))
  const amounts = (tranches: readonly { amountFen: number }[]) =>
    tranches.map((tranche) => tranche.amountFen)

  it.each([
    {
      case: 'before signing: no rows, the plan split again',
      given: [] as Row[],
      newFen: 12_000_000,
      changed: [],
      planned: [6_000_000, 3_600_000, 2_400_000]
    },
    {
      case: 'the open rows re-split, the paid one kept',
      given: rows('已拨付', '计划', '暂缓'),
      newFen: 12_000_000,
      changed: [
        ['p2', 3_000_000, 4_200_000],
        ['p3', 2_000_000, 2_800_000]
      ],
      planned: [5_000_000, 4_200_000, 2_800_000]
    },
    {
      case: 'only the rows whose amount moves: the last absorbs the rounding',
      given: rows('已拨付', '已拨付', '可拨付'),
      newFen: 10_000_001,
      changed: [['p3', 2_000_000, 2_000_001]],
      planned: [5_000_000, 3_000_000, 2_000_001]
    },
    {
      case: 'the same amount changes nothing',
      given: rows('已拨付', '计划', '计划'),
      newFen: 10_000_000,
      changed: [],
      planned: [5_000_000, 3_000_000, 2_000_000]
    },
    {
      case: 'rows that do not cover the plan: the plan split again',
      given: rows('已拨付', '计划', '计划').slice(0, 2),
      newFen: 9_000_000,
      changed: [['p2', 3_000_000, 4_000_000]],
      planned: [4_500_000, 2_700_000, 1_800_000]
    }
  ])('$case', ({ given, newFen, changed, planned }) => {
    const result = replanTranches(plan, given, newFen)
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(
      result.value.changed.map(({ stored, replanned }) => [
        stored.id,
        stored.amountFen,
        replanned.amountFen
      ])
    ).toEqual(changed)
    result.value.changed.forEach(({ stored, replanned }) =>
      expect(replanned).toEqual({ ...stored, amountFen: replanned.amountFen })
    )
    expect(amounts(result.value.tranches)).toEqual(planned)
    expect(result.value.tranches.map(({ no, percent, gate }) => ({ no, percent, gate }))).toEqual(
      plan.map(({ no, percent, gate }) => ({ no, percent, gate }))
    )
  })

  it('passes on the refusals of the re-plan', () => {
    expect(replanTranches(plan, rows('已拨付', '已审核', '计划'), 11_000_000)).toEqual(
      replanAfterAmendment(rows('已拨付', '已审核', '计划'), 11_000_000)
    )
    expect(replanTranches(plan, rows('已拨付', '已拨付', '计划'), 7_000_000).ok).toBe(false)
  })
})
