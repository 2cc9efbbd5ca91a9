import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { actionsFrom, checkTransition } from '@shared/domain/workflow'
import {
  applyPaymentStep,
  draftPayments,
  gateOfEvaluationKind,
  gateState,
  PAYMENT_ACTIONS,
  PAYMENT_STATUSES,
  PAYMENT_STEP_INPUTS,
  PAYMENT_WORKFLOW,
  paymentAfterGate,
  paymentAlerts,
  paymentContext,
  paymentTotals,
  type Approval,
  type ApprovalStep,
  type GateEvaluation,
  type GateFacts,
  type Payment,
  type PaymentAction,
  type PaymentStatus
} from '@shared/domain/payments/payment'

/** 10:00 on 9 October 2026 in China. */
const at = '2026-10-09T02:00:00.000Z'
const earlier = '2026-09-01T02:00:00.000Z'
const clerk = '张三'
const reviewer = '李四'
/** The tranche's project, signed and running: the steps' default case. */
const running = { status: '执行中' as const }

const evaluation = (patch: Partial<GateEvaluation> = {}): GateEvaluation => ({
  kind: '中期',
  status: '定稿',
  passed: true,
  grade: '良好',
  total: 85,
  supersededBy: null,
  ...patch
})

/** Signed, with a passing 中期 evaluation: every gate but 末期 is met. */
const facts = (
  evaluations: GateEvaluation[] = [evaluation()],
  agreementSigned = true
): GateFacts => ({
  agreementSigned,
  evaluations
})
const failedMidterm = facts([evaluation({ passed: false, grade: '不合格', total: 58 })])

const approval = (step: ApprovalStep, by: string, note: string | null = null): Approval => ({
  step,
  by,
  at: earlier,
  note
})

/** The 2nd tranche (30 %, 60,000 元, gated on 中期) of a 200,000 元 grant, in `status`. */
function paymentIn(status: PaymentStatus, patch: Partial<Payment> = {}): Payment {
  const base: Payment = {
    id: 'pay-2',
    createdAt: earlier,
    updatedAt: earlier,
    archivedAt: null,
    projectId: 'project-1',
    no: 2,
    percent: 30,
    amountFen: 6_000_000,
    gate: 'midterm',
    dueOn: '2026-12-15',
    condition: null,
    status,
    approvals: [],
    paidOn: null,
    voucherNo: null,
    holdReason: null,
    recovery: null
  }
  const reviewed = [approval('经办', clerk), approval('审核', reviewer)]
  const byStatus: Record<PaymentStatus, Partial<Payment>> = {
    计划: {},
    可拨付: {},
    已审核: { approvals: reviewed },
    已拨付: {
      approvals: [...reviewed, approval('拨付', clerk)],
      paidOn: '2026-09-20',
      voucherNo: '记-2026-101'
    },
    暂缓: { approvals: [approval('暂缓', clerk, '账户待核实')], holdReason: '账户待核实' },
    追回: {}
  }
  return { ...base, ...byStatus[status], ...patch }
}

const handledBy = (by: string) => paymentIn('可拨付', { approvals: [approval('经办', by)] })

function value(result: ReturnType<typeof applyPaymentStep>): Payment {
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.value
}

function refused(message: string, field = '') {
  return { ok: false, issues: [{ field, level: 'error', message }] }
}

const LABELS: Record<PaymentAction, string> = {
  release: '转为可拨付',
  handle: '经办',
  approve: '审核',
  pay: '拨付',
  hold: '暂缓',
  resume: '恢复',
  recover: '作追回决定'
}

/** The table as the issue states it: from each status, the actions and where they lead. */
const ALLOWED: Record<PaymentStatus, Partial<Record<PaymentAction, PaymentStatus>>> = {
  计划: { release: '可拨付', hold: '暂缓' },
  可拨付: { handle: '可拨付', approve: '已审核', hold: '暂缓' },
  已审核: { pay: '已拨付', hold: '暂缓' },
  已拨付: { recover: '追回' },
  暂缓: { resume: '计划', recover: '追回' },
  追回: {}
}

/** The approval each step writes; moving to 可拨付 writes none. */
const STEP: Record<PaymentAction, ApprovalStep | null> = {
  release: null,
  handle: '经办',
  approve: '审核',
  pay: '拨付',
  hold: '暂缓',
  resume: '恢复',
  recover: '追回'
}

/** Valid input for each step; a held tranche is closed with 0, a paid one gets 20,000 元 back. */
function validInput(action: PaymentAction, status: PaymentStatus): Record<string, unknown> {
  const inputs: Record<PaymentAction, Record<string, unknown>> = {
    release: {},
    handle: { note: null },
    approve: { note: '金额与协议一致' },
    pay: { paidOn: '2026-10-09', voucherNo: '记-2026-118', note: null },
    hold: { reason: '承接组织账户变更，待核实' },
    resume: { reason: '账户已核实' },
    recover: {
      decidedOn: '2026-10-09',
      amountFen: status === '已拨付' ? 2_000_000 : 0,
      reason: '中期评估不合格，服务未按协议开展'
    }
  }
  return inputs[action]
}

const PAIRS = PAYMENT_STATUSES.flatMap((status) =>
  PAYMENT_ACTIONS.map((action) => ({ status, action, to: ALLOWED[status][action] ?? null }))
)

describe('gateState', () => {
  it.each([
    ['signing', facts([], true), { met: true, failed: false, reason: '协议已签订' }],
    ['signing', facts([], false), { met: false, failed: false, reason: '协议尚未签订' }],
    ['midterm', facts([]), { met: false, failed: false, reason: '尚未进行中期评估' }],
    [
      'midterm',
      facts([evaluation({ status: '草稿', passed: null, grade: null, total: null })]),
      { met: false, failed: false, reason: '中期评估尚未定稿' }
    ],
    ['midterm', facts(), { met: true, failed: false, reason: '中期评估良好（85 分）' }],
    ['midterm', failedMidterm, { met: false, failed: true, reason: '中期评估不合格（58 分）' }],
    ['final', facts(), { met: false, failed: false, reason: '尚未进行末期评估' }],
    [
      'final',
      facts([evaluation({ kind: '末期', grade: '优秀', total: 92.5 })]),
      { met: true, failed: false, reason: '末期评估优秀（92.5 分）' }
    ]
  ] as const)('%s with %j is %j', (gate, given, state) => {
    expect(gateState(gate, given)).toEqual(state)
  })

  it('is decided by the corrected version, not the one it superseded', () => {
    const corrected = facts([
      evaluation({ passed: false, grade: '不合格', total: 58, supersededBy: 'eval-2' }),
      evaluation({ grade: '合格', total: 66 })
    ])
    expect(gateState('midterm', corrected)).toEqual({
      met: true,
      failed: false,
      reason: '中期评估合格（66 分）'
    })
  })

  it('waits while a correction of a failed evaluation is still a draft', () => {
    const correcting = facts([
      evaluation({ passed: false, grade: '不合格', total: 58, supersededBy: 'eval-2' }),
      evaluation({ status: '草稿', passed: null, grade: null, total: null })
    ])
    expect(gateState('midterm', correcting)).toEqual({
      met: false,
      failed: false,
      reason: '中期评估尚未定稿'
    })
  })

  it('looks only at evaluations of its own kind', () => {
    const annual = facts([
      evaluation({ kind: '年度' }),
      evaluation({ kind: '末期', passed: false })
    ])
    expect(gateState('midterm', annual).reason).toBe('尚未进行中期评估')
  })

  it('refuses to choose between two current 定稿 evaluations of one kind', () => {
    const twice = facts([evaluation(), evaluation({ passed: false, grade: '不合格', total: 50 })])
    expect(gateState('midterm', twice)).toEqual({
      met: false,
      failed: false,
      reason: '有 2 份中期评估同时有效，须先标明哪份已被更正'
    })
  })

  it('neither meets nor fails on a 定稿 evaluation without a conclusion', () => {
    expect(gateState('midterm', facts([evaluation({ passed: null })]))).toEqual({
      met: false,
      failed: false,
      reason: '中期评估已定稿，但没有合格与否的结论'
    })
  })

  it('words a failure without a stored total', () => {
    const noTotal = facts([evaluation({ passed: false, grade: '不合格', total: null })])
    expect(gateState('midterm', noTotal).reason).toBe('中期评估不合格')
  })
})

describe('the payment workflow table', () => {
  const prepared = (status: PaymentStatus, action: PaymentAction) =>
    status === '可拨付' && action === 'approve' ? handledBy(clerk) : paymentIn(status)

  it.each(PAIRS.filter((pair) => pair.to !== null))(
    'allows $action from $status, leading to $to',
    ({ status, action, to }) => {
      const payment = prepared(status, action)
      const next = value(
        applyPaymentStep(
          payment,
          action,
          validInput(action, status),
          facts(),
          reviewer,
          at,
          running
        )
      )
      expect(next.status).toBe(to)
      const step = STEP[action]
      expect(next.approvals).toEqual(
        step === null
          ? payment.approvals
          : [...payment.approvals, expect.objectContaining({ step, by: reviewer, at })]
      )
    }
  )

  it.each(PAIRS.filter((pair) => pair.to === null))(
    'refuses $action from $status, naming the status',
    ({ status, action }) => {
      expect(
        applyPaymentStep(
          paymentIn(status),
          action,
          validInput(action, status),
          facts(),
          reviewer,
          at,
          running
        )
      ).toEqual(refused(`该期拨付当前为“${status}”，不能${LABELS[action]}`))
    }
  )

  it('covers all 42 pairs of status and action', () => {
    expect(PAIRS).toHaveLength(42)
  })

  it.each(PAYMENT_STATUSES)('offers from %s the same actions it allows', (status) => {
    // 审核 is listed with its refusal until someone has done the 经办.
    const refusal = (action: string) =>
      action === 'approve' ? '第 2 期尚未经办，须先经办再审核' : null
    const context = paymentContext(paymentIn(status), facts(), reviewer, running)
    expect(actionsFrom(PAYMENT_WORKFLOW, status, context)).toEqual(
      Object.keys(ALLOWED[status]).map((action) => ({
        action,
        label: LABELS[action as PaymentAction],
        refusal: refusal(action)
      }))
    )
  })

  it('declares every action once with an input each, from 计划 to the final 追回', () => {
    expect(PAYMENT_WORKFLOW.transitions.map((transition) => transition.action)).toEqual([
      ...PAYMENT_ACTIONS
    ])
    expect(Object.keys(PAYMENT_STEP_INPUTS).sort()).toEqual([...PAYMENT_ACTIONS].sort())
    expect(PAYMENT_WORKFLOW.initial).toBe('计划')
    expect(PAYMENT_WORKFLOW.final).toEqual(['追回'])
  })

  it('refuses an action the table does not have', () => {
    expect(
      applyPaymentStep(
        paymentIn('计划'),
        'cancel' as PaymentAction,
        {},
        facts(),
        clerk,
        at,
        running
      )
    ).toEqual(refused('没有名为“cancel”的操作'))
  })
})

describe('gating: no money on an ungated or failed tranche', () => {
  it.each([
    [facts([]), '第 2 期须中期评估合格后才能拨付：尚未进行中期评估'],
    [
      facts([evaluation({ status: '草稿', passed: null, grade: null, total: null })]),
      '第 2 期须中期评估合格后才能拨付：中期评估尚未定稿'
    ],
    [failedMidterm, '第 2 期不能拨付：中期评估不合格（58 分）']
  ])('refuses 转为可拨付 with %j', (given, message) => {
    expect(applyPaymentStep(paymentIn('计划'), 'release', {}, given, clerk, at, running)).toEqual(
      refused(message)
    )
  })

  it('refuses a 签约 tranche before the agreement is signed', () => {
    const first = paymentIn('计划', { no: 1, gate: 'signing' })
    expect(applyPaymentStep(first, 'release', {}, facts([], false), clerk, at, running)).toEqual(
      refused('第 1 期须签约后才能拨付：协议尚未签订')
    )
  })

  it('refuses to pay a reviewed tranche whose evaluation was corrected to 不合格', () => {
    const corrected = facts([
      evaluation({ supersededBy: 'eval-2' }),
      evaluation({ passed: false, grade: '不合格', total: 55 })
    ])
    const input = validInput('pay', '已审核')
    expect(
      applyPaymentStep(paymentIn('已审核'), 'pay', input, corrected, clerk, at, running)
    ).toEqual(refused('第 2 期不能拨付：中期评估不合格（55 分）'))
  })

  it('lists 转为可拨付 with what is missing, so the user sees why', () => {
    const context = paymentContext(paymentIn('计划'), facts([]), clerk, running)
    expect(actionsFrom(PAYMENT_WORKFLOW, '计划', context)[0]).toEqual({
      action: 'release',
      label: '转为可拨付',
      refusal: '第 2 期须中期评估合格后才能拨付：尚未进行中期评估'
    })
  })
})

describe('a terminated project', () => {
  const terminated = { status: '已终止' as const }

  it.each([
    ['release', '计划'],
    ['handle', '可拨付'],
    ['approve', '可拨付'],
    ['pay', '已审核'],
    ['resume', '暂缓']
  ] as const)('refuses %s from %s: no more money goes out', (action, status) => {
    const payment = action === 'approve' ? handledBy(clerk) : paymentIn(status)
    const input = validInput(action, status)
    expect(applyPaymentStep(payment, action, input, facts(), reviewer, at, terminated)).toEqual(
      refused(`项目已终止，第 2 期不能${LABELS[action]}：请暂缓或作追回决定`)
    )
  })

  it('still holds a tranche and closes it with a 追回 decision', () => {
    const held = value(
      applyPaymentStep(
        paymentIn('可拨付'),
        'hold',
        { reason: '项目终止' },
        facts(),
        clerk,
        at,
        terminated
      )
    )
    const input = { decidedOn: '2026-10-09', amountFen: 0, reason: '项目终止，停止拨付' }
    expect(
      value(applyPaymentStep(held, 'recover', input, facts(), clerk, at, terminated)).status
    ).toBe('追回')
  })

  it('lists the paying steps with the refusal, before any other', () => {
    const context = paymentContext(paymentIn('计划'), facts([]), clerk, terminated)
    expect(actionsFrom(PAYMENT_WORKFLOW, '计划', context)).toEqual([
      {
        action: 'release',
        label: '转为可拨付',
        refusal: '项目已终止，第 2 期不能转为可拨付：请暂缓或作追回决定'
      },
      { action: 'hold', label: '暂缓', refusal: null }
    ])
  })

  it('pays on a running project as before', () => {
    expect(
      value(applyPaymentStep(paymentIn('计划'), 'release', {}, facts(), clerk, at, running)).status
    ).toBe('可拨付')
  })
})

describe('经办 → 审核: two people', () => {
  it('records the 经办 and then no longer offers it', () => {
    const handled = value(
      applyPaymentStep(
        paymentIn('可拨付'),
        'handle',
        { note: '材料齐全' },
        facts(),
        clerk,
        at,
        running
      )
    )
    expect(handled).toMatchObject({
      status: '可拨付',
      approvals: [{ step: '经办', by: clerk, at, note: '材料齐全' }]
    })
    const offered = actionsFrom(
      PAYMENT_WORKFLOW,
      '可拨付',
      paymentContext(handled, facts(), clerk, running)
    )
    expect(offered.map((offer) => offer.action)).toEqual(['approve', 'hold'])
    expect(
      applyPaymentStep(handled, 'handle', { note: null }, facts(), reviewer, at, running)
    ).toEqual(refused('第 2 期已由张三经办'))
  })

  it('refuses 审核 before 经办', () => {
    expect(
      applyPaymentStep(
        paymentIn('可拨付'),
        'approve',
        { note: null },
        facts(),
        reviewer,
        at,
        running
      )
    ).toEqual(refused('第 2 期尚未经办，须先经办再审核'))
  })

  it('refuses 审核 by the person who did the 经办', () => {
    expect(
      applyPaymentStep(handledBy(clerk), 'approve', { note: null }, facts(), clerk, at, running)
    ).toEqual(refused('审核人须与经办人不同：第 2 期由张三经办'))
  })

  it('asks for a new 经办 and 审核 after a hold is lifted', () => {
    const steps: [PaymentAction, Record<string, unknown>, string][] = [
      ['hold', { reason: '账户待核实' }, clerk],
      ['resume', { reason: '账户已核实' }, clerk],
      ['release', {}, clerk]
    ]
    let payment = handledBy(clerk)
    for (const [action, input, by] of steps) {
      payment = value(applyPaymentStep(payment, action, input, facts(), by, at, running))
    }
    expect(payment.status).toBe('可拨付')
    expect(
      applyPaymentStep(payment, 'approve', { note: null }, facts(), reviewer, at, running)
    ).toEqual(refused('第 2 期尚未经办，须先经办再审核'))
    const offered = actionsFrom(
      PAYMENT_WORKFLOW,
      '可拨付',
      paymentContext(payment, facts(), clerk, running)
    )
    expect(offered.map((offer) => offer.action)).toContain('handle')
  })
})

describe('step inputs', () => {
  it('records the payment date, voucher and note', () => {
    const paid = value(
      applyPaymentStep(
        paymentIn('已审核'),
        'pay',
        { paidOn: '2026-10-08', voucherNo: ' 记-2026-118 ', note: '转账' },
        facts(),
        clerk,
        at,
        running
      )
    )
    expect(paid).toMatchObject({ status: '已拨付', paidOn: '2026-10-08', voucherNo: '记-2026-118' })
    expect(paid.approvals.at(-1)).toEqual({ step: '拨付', by: clerk, at, note: '转账' })
  })

  it.each([
    ['pay', { paidOn: '2026-10-09', voucherNo: '', note: null }, 'voucherNo', '请填写凭证号'],
    [
      'pay',
      { paidOn: '2026-10-10', voucherNo: '记-1', note: null },
      'paidOn',
      '拨付日期 2026-10-10 不能晚于今天 2026-10-09'
    ],
    [
      'pay',
      { paidOn: '20261009', voucherNo: '记-1', note: null },
      'paidOn',
      '拨付日期不是有效日期（YYYY-MM-DD）'
    ],
    ['hold', { reason: ' ' }, 'reason', '请填写暂缓原因'],
    ['handle', { note: null, amountFen: 1 }, '', '不认识的字段：amountFen']
  ] as const)('refuses %s with %j', (action, input, field, message) => {
    const status = action === 'pay' ? '已审核' : '可拨付'
    expect(applyPaymentStep(paymentIn(status), action, input, facts(), clerk, at, running)).toEqual(
      refused(message, field)
    )
  })

  it('keeps the hold reason and clears it on 恢复', () => {
    const held = value(
      applyPaymentStep(
        paymentIn('已审核'),
        'hold',
        { reason: '审计抽查' },
        facts(),
        clerk,
        at,
        running
      )
    )
    expect(held).toMatchObject({ status: '暂缓', holdReason: '审计抽查' })
    const resumed = value(
      applyPaymentStep(held, 'resume', { reason: '抽查无问题' }, facts(), reviewer, at, running)
    )
    expect(resumed).toMatchObject({ status: '计划', holdReason: null })
    expect(resumed.approvals.slice(-2).map((entry) => [entry.step, entry.note])).toEqual([
      ['暂缓', '审计抽查'],
      ['恢复', '抽查无问题']
    ])
  })

  it('refuses 恢复 while the failed evaluation still decides, and allows it after a correction', () => {
    const held = paymentIn('暂缓')
    expect(
      applyPaymentStep(held, 'resume', { reason: '已整改' }, failedMidterm, clerk, at, running)
    ).toEqual(
      refused('中期评估不合格（58 分）仍是有效结论，第 2 期不能恢复：请作追回决定，或先更正评估')
    )
    const corrected = facts([
      evaluation({ passed: false, grade: '不合格', total: 58, supersededBy: 'eval-2' }),
      evaluation({ grade: '合格', total: 62 })
    ])
    expect(
      value(applyPaymentStep(held, 'resume', { reason: '复评合格' }, corrected, clerk, at, running))
        .status
    ).toBe('计划')
  })
})

describe('追回 decisions', () => {
  const decide = (payment: Payment, amountFen: number, decidedOn = '2026-10-09') =>
    applyPaymentStep(
      payment,
      'recover',
      { decidedOn, amountFen, reason: '服务未按协议开展' },
      failedMidterm,
      reviewer,
      at,
      running
    )

  it('records the amount to get back from a paid tranche, and who decided', () => {
    expect(value(decide(paymentIn('已拨付'), 6_000_000))).toMatchObject({
      status: '追回',
      recovery: {
        decidedOn: '2026-10-09',
        amountFen: 6_000_000,
        reason: '服务未按协议开展',
        decidedBy: reviewer
      }
    })
  })

  it('closes a held tranche with 0: 停止拨付', () => {
    expect(value(decide(paymentIn('暂缓'), 0))).toMatchObject({
      status: '追回',
      recovery: { amountFen: 0 },
      paidOn: null
    })
  })

  it.each([
    [
      '已拨付',
      6_000_001,
      'amountFen',
      '追回金额 60,000.01 元 超过第 2 期已拨付的 60,000.00 元，超出 0.01 元'
    ],
    [
      '已拨付',
      0,
      'amountFen',
      '第 2 期已拨付，追回金额须大于 0；决定不追回则无需登记，保持“已拨付”即可'
    ],
    ['暂缓', 100, 'amountFen', '第 2 期尚未拨付，没有可追回的款项：追回金额应为 0（本期停止拨付）'],
    ['已拨付', -1, 'amountFen', '追回金额须为不小于 0 的整数（以分计）'],
    ['已拨付', 0.5, 'amountFen', '追回金额须为不小于 0 的整数（以分计）']
  ] as const)('refuses from %s an amount of %i 分', (status, amountFen, field, message) => {
    expect(decide(paymentIn(status), amountFen)).toEqual(refused(message, field))
  })

  it('refuses a decision dated before the payment or after today', () => {
    expect(decide(paymentIn('已拨付'), 100, '2026-09-19')).toEqual(
      refused('决定日期 2026-09-19 不能早于拨付日期 2026-09-20', 'decidedOn')
    )
    expect(decide(paymentIn('已拨付'), 100, '2026-10-10')).toEqual(
      refused('决定日期 2026-10-10 不能晚于今天 2026-10-09', 'decidedOn')
    )
  })

  it('ends the lifecycle: nothing leaves 追回', () => {
    const closed = value(decide(paymentIn('暂缓'), 0))
    for (const action of PAYMENT_ACTIONS) {
      expect(
        checkTransition(
          PAYMENT_WORKFLOW,
          closed.status,
          action,
          paymentContext(closed, facts(), clerk, running)
        ).ok
      ).toBe(false)
    }
  })
})

describe('paymentAfterGate', () => {
  const stamp = { at, operator: reviewer }

  it.each(['计划', '可拨付', '已审核'] as const)(
    'holds a %s tranche whose evaluation failed and asks for a 追回 decision',
    (status) => {
      const payment = paymentIn(status)
      expect(paymentAfterGate(payment, failedMidterm, stamp)).toEqual({
        payment: {
          ...payment,
          status: '暂缓',
          holdReason: '中期评估不合格（58 分），待作追回决定',
          approvals: [
            ...payment.approvals,
            { step: '暂缓', by: reviewer, at, note: '中期评估不合格（58 分），待作追回决定' }
          ]
        },
        changed: true,
        releasable: false,
        needsRecoveryDecision: true
      })
    }
  )

  it('leaves a 计划 tranche whose gate is met in 计划, releasable', () => {
    const payment = paymentIn('计划')
    expect(paymentAfterGate(payment, facts(), stamp)).toEqual({
      payment,
      changed: false,
      releasable: true,
      needsRecoveryDecision: false
    })
  })

  it.each([
    ['计划', facts([]), false, false],
    ['可拨付', facts(), false, false],
    ['已拨付', failedMidterm, false, false],
    ['暂缓', failedMidterm, false, true],
    ['追回', failedMidterm, false, false]
  ] as const)(
    'leaves %s alone with %j (releasable %s, needs a decision %s)',
    (status, given, releasable, needsRecoveryDecision) => {
      const payment = paymentIn(status)
      expect(paymentAfterGate(payment, given, stamp)).toEqual({
        payment,
        changed: false,
        releasable,
        needsRecoveryDecision
      })
    }
  )
})

describe('paymentAlerts', () => {
  it('lists the tranches that wait for the office, in tranche order', () => {
    const payments = [
      paymentIn('计划', { id: 'pay-3', no: 3, percent: 20, amountFen: 4_000_000, gate: 'final' }),
      paymentIn('暂缓'),
      paymentIn('计划', {
        id: 'pay-1',
        no: 1,
        percent: 50,
        amountFen: 10_000_000,
        gate: 'signing'
      }),
      paymentIn('计划', { id: 'old', no: 1, gate: 'signing', archivedAt: earlier })
    ]
    expect(paymentAlerts(payments, failedMidterm)).toEqual([
      {
        paymentId: 'pay-1',
        no: 1,
        kind: 'releasable',
        message: '第 1 期（100,000.00 元）可转为可拨付：协议已签订'
      },
      {
        paymentId: 'pay-2',
        no: 2,
        kind: 'needsRecoveryDecision',
        message: '第 2 期（60,000.00 元）中期评估不合格（58 分），待作追回决定'
      }
    ])
  })

  it('flags a tranche the failure has not yet moved to 暂缓', () => {
    expect(paymentAlerts([paymentIn('可拨付')], failedMidterm).map((alert) => alert.kind)).toEqual([
      'needsRecoveryDecision'
    ])
  })
})

describe('paymentTotals', () => {
  it('adds up planned, paid, recovered, withheld and outstanding money', () => {
    const payments = [
      paymentIn('已拨付', { no: 1, amountFen: 10_000_000 }),
      paymentIn('追回', {
        paidOn: null,
        recovery: { decidedOn: '2026-10-09', amountFen: 0, reason: '停止拨付', decidedBy: reviewer }
      }),
      paymentIn('计划', { no: 3, amountFen: 4_000_000 }),
      paymentIn('计划', { no: 3, amountFen: 9_999, archivedAt: earlier })
    ]
    expect(paymentTotals(payments)).toEqual({
      plannedFen: 20_000_000,
      releasedFen: 10_000_000,
      recoveredFen: 0,
      withheldFen: 6_000_000,
      outstandingFen: 4_000_000
    })
  })

  it('counts a recovered tranche as paid out and its recovery as recovered', () => {
    const recovered = paymentIn('追回', {
      paidOn: '2026-09-20',
      recovery: {
        decidedOn: '2026-10-09',
        amountFen: 1_500_000,
        reason: '挪用',
        decidedBy: reviewer
      }
    })
    expect(paymentTotals([recovered])).toMatchObject({
      releasedFen: 6_000_000,
      recoveredFen: 1_500_000,
      withheldFen: 0,
      outstandingFen: 0
    })
  })

  it('always splits what is planned into paid, withheld and outstanding', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom(...PAYMENT_STATUSES),
            amountFen: fc.integer({ min: 0, max: 10_000_000 }),
            paid: fc.boolean()
          })
        ),
        (rows) => {
          const payments = rows.map(({ status, amountFen, paid }) =>
            paymentIn(status, {
              amountFen,
              paidOn: status === '已拨付' || (status === '追回' && paid) ? '2026-09-20' : null
            })
          )
          const totals = paymentTotals(payments)
          expect(totals.releasedFen + totals.withheldFen + totals.outstandingFen).toBe(
            totals.plannedFen
          )
        }
      )
    )
  })
})

describe('draftPayments', () => {
  it('creates the tranches in 计划 with amounts adding up to the contract', () => {
    const drafts = draftPayments('project-1', 20_000_001, [
      { percent: 50, gate: 'signing', dueOn: '2026-06-15', condition: null },
      { percent: 50, gate: 'final', dueOn: null, condition: '提交结项报告后' }
    ])
    expect(drafts).toEqual([
      {
        projectId: 'project-1',
        no: 1,
        percent: 50,
        amountFen: 10_000_000,
        gate: 'signing',
        dueOn: '2026-06-15',
        condition: null,
        status: '计划',
        approvals: [],
        paidOn: null,
        voucherNo: null,
        holdReason: null,
        recovery: null
      },
      expect.objectContaining({ no: 2, amountFen: 10_000_001, condition: '提交结项报告后' })
    ])
  })
})

describe('gateOfEvaluationKind', () => {
  it.each([
    ['中期', 'midterm'],
    ['末期', 'final'],
    ['年度', null]
  ])('a %s evaluation decides the %s gate', (kind, gate) => {
    expect(gateOfEvaluationKind(kind)).toBe(gate)
  })
})
