import { describe, expect, it } from 'vitest'
import {
  applyPaymentStep,
  checkStoredPayment,
  draftPayments,
  PAYMENT_FIELDS,
  paymentAfterGate,
  type Approval,
  type ApprovalStep,
  type GateFacts,
  type Payment
} from '@shared/domain/payments/payment'

/** 10:00 on 9 October 2026 in China. */
const at = '2026-10-09T02:00:00.000Z'
const clerk = '张三'
const reviewer = '李四'
/** The tranche's project, signed and running: the steps' default case. */
const running = { status: '执行中' as const }

const approval = (step: ApprovalStep, by = clerk, note: string | null = null): Approval => ({
  step,
  by,
  at,
  note
})

const signed: GateFacts = {
  agreementSigned: true,
  evaluations: [
    { kind: '中期', status: '定稿', passed: true, grade: '良好', total: 85, supersededBy: null }
  ]
}

/** The stored fields of a tranche (no id or bookkeeping), as a restore reads them. */
function fields(payment: Payment): Record<string, unknown> {
  return Object.fromEntries(PAYMENT_FIELDS.map((field) => [field, payment[field as keyof Payment]]))
}

function tranche(patch: Partial<Payment> = {}): Payment {
  const [draft] = draftPayments('project-1', 20_000_000, [
    { percent: 100, gate: 'midterm', dueOn: '2026-12-15', condition: '提交中期报告后' }
  ])
  return {
    id: 'pay-1',
    createdAt: at,
    updatedAt: at,
    archivedAt: null,
    ...draft!,
    ...patch
  }
}

/** Takes the steps in order, as the payments repository would. */
function stepped(
  payment: Payment,
  steps: [Parameters<typeof applyPaymentStep>[1], unknown, string][]
) {
  let current = payment
  for (const [action, input, by] of steps) {
    const result = applyPaymentStep(current, action, input, signed, by, at, running)
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    current = result.value
  }
  return current
}

const paid = () =>
  stepped(tranche(), [
    ['release', {}, clerk],
    ['handle', { note: null }, clerk],
    ['approve', { note: null }, reviewer],
    ['pay', { paidOn: '2026-10-09', voucherNo: '记-202610-0001', note: null }, clerk]
  ])

function errors(patch: Partial<Payment>, base = tranche()): string[] {
  const result = checkStoredPayment(fields({ ...base, ...patch }))
  return result.ok ? [] : result.issues.map((issue) => issue.message)
}

describe('checkStoredPayment', () => {
  it('accepts every state the payment steps leave a tranche in, unchanged', () => {
    const held = paymentAfterGate(
      tranche(),
      {
        agreementSigned: true,
        evaluations: [
          {
            kind: '中期',
            status: '定稿',
            passed: false,
            grade: '不合格',
            total: 52,
            supersededBy: null
          }
        ]
      },
      { at, operator: reviewer }
    ).payment
    const states = [
      tranche(),
      stepped(tranche(), [['release', {}, clerk]]),
      stepped(tranche(), [
        ['release', {}, clerk],
        ['handle', { note: null }, clerk],
        ['approve', { note: '同意' }, reviewer]
      ]),
      paid(),
      held,
      stepped(paid(), [
        ['recover', { decidedOn: '2026-10-09', amountFen: 500_000, reason: '服务未完成' }, reviewer]
      ]),
      stepped(tranche(), [
        ['hold', { reason: '合同解除' }, reviewer],
        ['recover', { decidedOn: '2026-10-09', amountFen: 0, reason: '停止拨付' }, reviewer]
      ])
    ]
    expect(states.map((payment) => payment.status)).toEqual([
      '计划',
      '可拨付',
      '已审核',
      '已拨付',
      '暂缓',
      '追回',
      '追回'
    ])
    for (const payment of states) {
      expect(checkStoredPayment(fields(payment)), payment.status).toEqual({
        ok: true,
        value: fields(payment),
        warnings: []
      })
    }
  })

  it('refuses a shape the app never writes', () => {
    expect(errors({ status: '已付款' as Payment['status'] })).toEqual([
      '拨付状态不是本程序使用的状态'
    ])
    expect(errors({ amountFen: 10.5 })).toEqual(['拨付金额须为不小于 0 的整数（以分计）'])
    expect(errors({ no: 0 })).toEqual(['期次须为正整数'])
    expect(errors({ approvals: [{ ...approval('经办'), by: '' }] })).toEqual(['缺少经手人'])
    const result = checkStoredPayment({ ...fields(tranche()), extra: 1 })
    expect(result.ok).toBe(false)
  })

  it('ties the payment date, voucher and approvals to the status', () => {
    expect(errors({ status: '已拨付' })).toEqual(['第 1 期已拨付，缺少拨付日期和凭证号'])
    expect(errors({ paidOn: '2026-10-09' })).toEqual([
      '第 1 期的拨付日期和凭证号须同时填写',
      '第 1 期为“计划”，尚未拨付，不应有拨付日期',
      '第 1 期已拨付，审批记录中缺少审核或拨付'
    ])
    expect(errors({ approvals: [approval('经办')] }, paid())).toEqual([
      '第 1 期已拨付，审批记录中缺少审核或拨付'
    ])
    expect(errors({ status: '已审核', approvals: [approval('经办')] })).toEqual([
      '第 1 期已审核，审批记录中缺少经办或审核'
    ])
    expect(errors({ status: '暂缓' })).toEqual(['第 1 期暂缓拨付，缺少暂缓原因'])
  })

  it('keeps a 追回 decision to 追回 tranches, within what was paid and after it', () => {
    const decision = {
      decidedOn: '2026-10-10',
      amountFen: 100,
      reason: '追回',
      decidedBy: reviewer
    }
    expect(errors({ recovery: decision }, paid())).toEqual(['第 1 期未作追回决定'])
    expect(errors({ status: '追回' }, paid())).toEqual(['第 1 期已作追回决定，缺少决定内容'])
    const recovered = { ...paid(), status: '追回' as const }
    expect(errors({ recovery: { ...decision, amountFen: 0 } }, recovered)).toEqual([
      '第 1 期已拨付，追回金额须大于 0'
    ])
    expect(errors({ recovery: { ...decision, amountFen: 30_000_000 } }, recovered)).toEqual([
      '追回金额 300,000.00 元 超过第 1 期的 200,000.00 元'
    ])
    expect(errors({ recovery: { ...decision, decidedOn: '2026-10-01' } }, recovered)).toEqual([
      '追回决定日期 2026-10-01 早于拨付日期 2026-10-09'
    ])
    expect(
      errors({ status: '追回', holdReason: '停', recovery: { ...decision, amountFen: 100 } })
    ).toEqual(['第 1 期未拨付，停止拨付的追回金额应为 0'])
  })
})
