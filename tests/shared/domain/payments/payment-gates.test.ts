import { describe, expect, it } from 'vitest'
import { DEFAULT_EVALUATION_BANDS } from '@shared/domain/evaluations/grade-bands'
import type { ProjectEvaluation } from '@shared/domain/evaluations/project-evaluation'
import type { Payment, PaymentStatus } from '@shared/domain/payments/payment'
import {
  decidesGate,
  finalizingOutcome,
  gateFactsOf,
  tranchesGatedBy,
  wouldDecideGate
} from '@shared/domain/payments/payment-gates'
import type { PlannedTranche } from '@shared/domain/venture/results'

const at = '2026-10-09T02:00:00.000Z'
const signed = { status: '已签订', archivedAt: null }

/** A 中期 evaluation by a third party, 定稿 and passing unless patched. */
function evaluation(patch: Partial<ProjectEvaluation> = {}): ProjectEvaluation {
  return {
    id: 'pe-1',
    createdAt: at,
    updatedAt: at,
    archivedAt: null,
    projectId: 'project-1',
    organizationId: 'org-1',
    kind: '中期',
    mode: '第三方评估',
    year: null,
    version: 1,
    supersedesId: null,
    correctionReason: null,
    supersededById: null,
    evaluatedOn: '2026-09-20',
    evaluators: '鼓楼区社会工作协会',
    indicators: [],
    scores: [],
    survey: null,
    findings: null,
    recommendations: null,
    status: '定稿',
    total: 85,
    grade: '良好',
    passed: true,
    finalizedAt: at,
    finalizedBy: '张晓梅',
    ...patch
  }
}

const draft = (patch: Partial<ProjectEvaluation> = {}) =>
  evaluation({
    status: '草稿',
    total: null,
    grade: null,
    passed: null,
    finalizedAt: null,
    finalizedBy: null,
    ...patch
  })

/** Tranche `no` of a 300,000 元 contract split 50 / 30 / 20 on 签约, 中期 and 末期. */
function payment(no: 1 | 2 | 3, status: PaymentStatus = '计划', patch: Partial<Payment> = {}) {
  const plan = PLAN[no - 1]!
  const row: Payment = {
    id: `payment-${no}`,
    createdAt: at,
    updatedAt: at,
    archivedAt: null,
    projectId: 'project-1',
    ...plan,
    dueOn: null,
    condition: null,
    status,
    approvals: [],
    paidOn: null,
    voucherNo: null,
    holdReason: null,
    recovery: null
  }
  return { ...row, ...patch }
}

const PLAN: PlannedTranche[] = [
  { no: 1, percent: 50, amountFen: 15_000_000, gate: 'signing' },
  { no: 2, percent: 30, amountFen: 9_000_000, gate: 'midterm' },
  { no: 3, percent: 20, amountFen: 6_000_000, gate: 'final' }
]

describe('gateFactsOf', () => {
  it('sees a live signed agreement as signed, and nothing else', () => {
    expect(gateFactsOf([signed], []).agreementSigned).toBe(true)
    expect(gateFactsOf([{ status: '草拟', archivedAt: null }], []).agreementSigned).toBe(false)
    expect(gateFactsOf([{ ...signed, archivedAt: at }], []).agreementSigned).toBe(false)
    expect(gateFactsOf([], []).agreementSigned).toBe(false)
  })

  it('passes on the deciding evaluation of each gated kind, in the gate’s words', () => {
    const midterm = evaluation({ supersededById: null })
    const final = evaluation({
      id: 'pe-2',
      kind: '末期',
      passed: false,
      grade: '不合格',
      total: 52
    })
    const annual = evaluation({ id: 'pe-3', kind: '年度', year: 2026 })
    expect(gateFactsOf([signed], [annual, final, midterm])).toEqual({
      agreementSigned: true,
      evaluations: [
        {
          kind: '中期',
          status: '定稿',
          passed: true,
          grade: '良好',
          total: 85,
          supersededBy: null
        },
        {
          kind: '末期',
          status: '定稿',
          passed: false,
          grade: '不合格',
          total: 52,
          supersededBy: null
        }
      ]
    })
  })

  it('leaves out a 自评, an archived evaluation and a superseded version', () => {
    const rows = [
      evaluation({ id: 'self', mode: '自评' }),
      evaluation({ id: 'archived', archivedAt: at }),
      evaluation({ id: 'old', supersededById: 'new' })
    ]
    expect(gateFactsOf([signed], rows).evaluations).toEqual([])
  })

  it('passes on the current drafts while none is 定稿, so the gate says “尚未定稿”', () => {
    const rows = [
      draft({ id: 'third' }),
      draft({ id: 'self', mode: '自评' }),
      draft({ id: 'buyer', mode: '购买方评价' })
    ]
    expect(gateFactsOf([signed], rows).evaluations.map((row) => row.status)).toEqual([
      '草稿',
      '草稿'
    ])
    // Once one is 定稿 it alone decides.
    expect(gateFactsOf([signed], [...rows, evaluation({ id: 'final' })]).evaluations).toEqual([
      expect.objectContaining({ status: '定稿' })
    ])
  })
})

describe('tranchesGatedBy', () => {
  const rows = [payment(1), payment(2), payment(3)]

  it('names the live payment rows on the gate of the evaluation’s kind', () => {
    const gated = tranchesGatedBy('中期', rows, PLAN)
    expect(gated).toEqual({ gate: 'midterm', named: [rows[1]], payments: [rows[1]] })
    const archived = [...rows, payment(2, '计划', { id: 'old-2', archivedAt: at })]
    expect(tranchesGatedBy('中期', archived, PLAN)?.payments).toEqual([rows[1]])
  })

  it('names the plan before signing, when there are no payment rows', () => {
    expect(tranchesGatedBy('末期', [], PLAN)).toEqual({
      gate: 'final',
      named: [PLAN[2]],
      payments: []
    })
  })

  it('gates nothing on a 年度 evaluation, and nothing on a gate the plan does not use', () => {
    expect(tranchesGatedBy('年度', rows, PLAN)).toBeNull()
    expect(tranchesGatedBy('末期', [payment(1), payment(2)], PLAN)?.named).toEqual([])
  })
})

describe('decidesGate and wouldDecideGate', () => {
  const first = evaluation({ id: 'v1', passed: false, grade: '不合格', total: 50 })
  const correction = draft({ id: 'v2', version: 2, supersedesId: 'v1', correctionReason: '漏算' })

  it('tells the deciding evaluation from one a later evaluation or a 自评 stands beside', () => {
    const later = evaluation({ id: 'later', evaluatedOn: '2026-10-01' })
    expect(decidesGate(first, [first])).toBe(true)
    expect(decidesGate(first, [first, later])).toBe(false)
    const self = evaluation({ id: 'self', mode: '自评' })
    expect(decidesGate(self, [self])).toBe(false)
  })

  it('judges a draft on the evaluations as they would stand after its 定稿', () => {
    expect(decidesGate(correction, [first, correction])).toBe(false)
    // The correction replaces the version it corrects.
    expect(wouldDecideGate(correction, [first, correction], at)).toBe(true)
    const self = draft({ id: 'self', mode: '自评' })
    expect(wouldDecideGate(self, [first, self], at)).toBe(false)
    // An earlier-dated draft would not overrule a later 定稿 evaluation.
    const earlier = draft({ id: 'earlier', evaluatedOn: '2026-08-01' })
    expect(wouldDecideGate(earlier, [first, earlier], at)).toBe(false)
  })
})

describe('finalizingOutcome', () => {
  it('releases the waiting tranche on a pass, and leaves what moved on alone', () => {
    const rows = [payment(2), { ...payment(2, '已拨付'), id: 'paid', no: 4 }]
    expect(finalizingOutcome('中期', 85, DEFAULT_EVALUATION_BANDS, rows)).toEqual({
      grade: '良好',
      passed: true,
      tranches: [
        { payment: rows[0], outcome: 'releasable' },
        { payment: rows[1], outcome: 'unchanged' }
      ]
    })
  })

  it('holds an unpaid tranche on a fail, asks for a 追回 decision on a held one, not a paid one', () => {
    const rows = [
      payment(2, '已审核'),
      payment(2, '暂缓', { id: 'held', holdReason: '账户待核实' })
    ]
    expect(finalizingOutcome('中期', 58, DEFAULT_EVALUATION_BANDS, rows)).toEqual({
      grade: '不合格',
      passed: false,
      tranches: [
        { payment: rows[0], outcome: 'held' },
        { payment: rows[1], outcome: 'recovery' }
      ]
    })
    const paid = [payment(2, '已拨付')]
    expect(finalizingOutcome('中期', 58, DEFAULT_EVALUATION_BANDS, paid).tranches).toEqual([
      { payment: paid[0], outcome: 'unchanged' }
    ])
  })

  it('has no tranche to speak of before signing, only the verdict', () => {
    expect(finalizingOutcome('末期', 92, DEFAULT_EVALUATION_BANDS, [])).toEqual({
      grade: '优秀',
      passed: true,
      tranches: []
    })
  })
})
