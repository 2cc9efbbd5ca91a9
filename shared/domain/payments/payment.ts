/**
 * 拨付: one tranche of a project's grant or contract and its way to the bank (DESIGN.md §3
 * `payments`, §4; issue #6 item 6):
 *
 *   计划 ──转为可拨付 (gate met)──▶ 可拨付 ──审核──▶ 已审核 ──拨付──▶ 已拨付
 *                                   └─ 经办 first (recorded; stays 可拨付)
 *   计划 / 可拨付 / 已审核 ──暂缓──▶ 暂缓 ──恢复──▶ 计划
 *   已拨付 / 暂缓 ──作追回决定──▶ 追回
 *
 * A tranche gated on an evaluation becomes payable only when that evaluation is 定稿 and
 * passing; a 不合格 one puts the tranche in 暂缓 and asks for a 追回 decision (DESIGN.md §4;
 * 宁波海曙: "fail → stop payment or terminate", 中山: "clawback for serious deviation"). Paying
 * takes two people, 经办 then 审核 (separation of duties; the staff → finance chain of
 * Salesforce disbursements and GLA-OPS, anchors-grants.md), and every step is kept in
 * `approvals`.
 *
 * 追回 decisions: a paid tranche records the amount to get back (1 分 up to what was paid); a
 * held tranche that will not be paid is closed the same way with 0 — 停止拨付, nothing went
 * out so nothing comes back. Deciding not to claw back paid money needs no record: the tranche
 * simply stays 已拨付. A hold is lifted (恢复) only once the failure no longer decides, i.e. a
 * corrected evaluation has replaced it; a 定稿 evaluation is never overridden by a payment step.
 * Once the project is terminated no money goes out: its tranches are only held and closed.
 */
import { z } from 'zod'
import { checkRecord, zodIssues, type CheckResult, type FieldIssue } from '../check'
import { todayInChina, type IsoDate } from '../dates'
import { fenField, isoDateField, optionalTextField, textField } from '../fields'
import { sumFen, yuanText, type Fen } from '../money'
import type { Project } from '../projects/project'
import type { ArchivableRecord, DraftOf } from '../records'
import { TRANCHE_GATE_LABELS, type TrancheGate } from '../venture/round'
import { checkTransition, type Transition, type Workflow } from '../workflow'
import { isSettled, planPayments, trancheSpecSchema, type TrancheSpec } from './payment-plan'

export const PAYMENT_STATUSES = ['计划', '可拨付', '已审核', '已拨付', '暂缓', '追回'] as const
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number]

export const PAYMENT_ACTIONS = [
  'release',
  'handle',
  'approve',
  'pay',
  'hold',
  'resume',
  'recover'
] as const
export type PaymentAction = (typeof PAYMENT_ACTIONS)[number]

export const APPROVAL_STEPS = ['经办', '审核', '拨付', '暂缓', '恢复', '追回'] as const
export type ApprovalStep = (typeof APPROVAL_STEPS)[number]

/** One step on a tranche, who took it and when. */
export interface Approval {
  step: ApprovalStep
  by: string
  /** ISO instant. */
  at: string
  note: string | null
}

/** The 追回 decision that closed a tranche. */
export interface Recovery {
  decidedOn: IsoDate
  /** 分 to get back; 0 for a held tranche closed without paying. */
  amountFen: Fen
  reason: string
  decidedBy: string
}

export interface Payment extends ArchivableRecord {
  projectId: string
  /** 1-based tranche number. */
  no: number
  percent: number
  amountFen: Fen
  gate: TrancheGate
  dueOn: IsoDate | null
  condition: string | null
  status: PaymentStatus
  /** Every step taken, oldest first. Moving to 可拨付 records none: the gate decided it. */
  approvals: Approval[]
  paidOn: IsoDate | null
  voucherNo: string | null
  /** Why the tranche is (or was last) held. */
  holdReason: string | null
  recovery: Recovery | null
}

/** New tranches in 计划 for a project's plan, amounts split so they add up to `amountFen`. */
export function draftPayments(
  projectId: string,
  amountFen: Fen,
  specs: readonly TrancheSpec[]
): DraftOf<Payment>[] {
  return planPayments(amountFen, specs).map((planned) => ({
    projectId,
    ...planned,
    status: PAYMENT_WORKFLOW.initial,
    approvals: [],
    paidOn: null,
    voucherNo: null,
    holdReason: null,
    recovery: null
  }))
}

// Gates

/** What a project evaluation tells the gates. */
export interface GateEvaluation {
  kind: '中期' | '末期' | '年度'
  status: '草稿' | '定稿'
  passed: boolean | null
  grade: string | null
  /** The total score, for the messages (“中期评估不合格（58 分）”). */
  total: number | null
  /** Id of the corrected version that replaced this one; null while it is current. */
  supersededBy: string | null
}

/** What the gates of a project's tranches look at, built by the repository from stored rows. */
export interface GateFacts {
  agreementSigned: boolean
  evaluations: readonly GateEvaluation[]
}

export interface GateState {
  met: boolean
  /** The deciding evaluation is 定稿 and 不合格. */
  failed: boolean
  /** The deciding fact, in Chinese. */
  reason: string
}

/** The evaluation each gated tranche waits for. */
export const GATE_EVALUATION_KIND = { midterm: '中期', final: '末期' } as const

/** The tranche gate an evaluation of `kind` decides, or null (a 年度 evaluation gates none). */
export function gateOfEvaluationKind(kind: string): Exclude<TrancheGate, 'signing'> | null {
  const gates = Object.keys(GATE_EVALUATION_KIND) as (keyof typeof GATE_EVALUATION_KIND)[]
  return gates.find((gate) => GATE_EVALUATION_KIND[gate] === kind) ?? null
}

/**
 * Whether `gate` is met: the signed agreement, or the current (not superseded) 中期 / 末期
 * evaluation, 定稿 and passing. Two current 定稿 evaluations of one kind would make either
 * decision arbitrary, so the gate waits until one of them is marked as corrected.
 */
export function gateState(gate: TrancheGate, facts: GateFacts): GateState {
  if (gate === 'signing') {
    return facts.agreementSigned
      ? { met: true, failed: false, reason: '协议已签订' }
      : { met: false, failed: false, reason: '协议尚未签订' }
  }
  const kind = GATE_EVALUATION_KIND[gate]
  const current = facts.evaluations.filter(
    (evaluation) => evaluation.kind === kind && evaluation.supersededBy === null
  )
  const finals = current.filter((evaluation) => evaluation.status === '定稿')
  const waiting = (reason: string): GateState => ({ met: false, failed: false, reason })
  if (finals.length > 1) {
    return waiting(`有 ${finals.length} 份${kind}评估同时有效，须先标明哪份已被更正`)
  }
  const deciding = finals[0]
  if (!deciding) {
    return waiting(current.length > 0 ? `${kind}评估尚未定稿` : `尚未进行${kind}评估`)
  }
  const score = deciding.total === null ? '' : `（${deciding.total} 分）`
  if (deciding.passed === true) {
    return { met: true, failed: false, reason: `${kind}评估${deciding.grade ?? '合格'}${score}` }
  }
  if (deciding.passed === false) {
    return { met: false, failed: true, reason: `${kind}评估不合格${score}` }
  }
  return waiting(`${kind}评估已定稿，但没有合格与否的结论`)
}

// Workflow

/** What the payment steps look at. */
export interface PaymentContext {
  payment: Payment
  /** The state of the tranche's gate now. */
  gate: GateState
  /** Who is about to take the step (separation of duties). */
  operator: string
  /** The project is 已终止: no more money goes out, its tranches are only held and closed. */
  projectTerminated: boolean
}

/**
 * The context of `payment`'s steps for `operator` on the tranche's `project` as stored: what the
 * UI lists and the steps check.
 */
export function paymentContext(
  payment: Payment,
  facts: GateFacts,
  operator: string,
  project: Pick<Project, 'status'>
): PaymentContext {
  return {
    payment,
    gate: gateState(payment.gate, facts),
    operator,
    projectTerminated: project.status === '已终止'
  }
}

/**
 * The 经办 of the current round of approvals: a hold voids the chain, so after 恢复 the tranche
 * is handled and reviewed again.
 */
function currentHandling(payment: Payment): Approval | null {
  for (let index = payment.approvals.length - 1; index >= 0; index -= 1) {
    const approval = payment.approvals[index]!
    if (approval.step === '恢复') return null
    if (approval.step === '经办') return approval
  }
  return null
}

/** Why money cannot go out on this tranche now: its gate is not met, or failed. */
function gateRefusal({ payment, gate }: PaymentContext): string | null {
  if (gate.met) return null
  if (gate.failed) return `第 ${payment.no} 期不能拨付：${gate.reason}`
  return `第 ${payment.no} 期须${TRANCHE_GATE_LABELS[payment.gate]}才能拨付：${gate.reason}`
}

type PaymentTransition = Transition<PaymentStatus, PaymentAction, PaymentContext>

/**
 * A step that moves a tranche towards the bank: refused first of all on a terminated project,
 * where a tranche can only be held (暂缓) and closed by a 追回 decision.
 */
function paying(transition: PaymentTransition): PaymentTransition {
  const { label, guard } = transition
  return {
    ...transition,
    guard: (context) =>
      context.projectTerminated
        ? `项目已终止，第 ${context.payment.no} 期不能${label}：请暂缓或作追回决定`
        : (guard?.(context) ?? null)
  }
}

export const PAYMENT_WORKFLOW: Workflow<PaymentStatus, PaymentAction, PaymentContext> = {
  subject: '该期拨付',
  states: PAYMENT_STATUSES,
  initial: '计划',
  final: ['追回'],
  transitions: [
    paying({
      action: 'release',
      label: '转为可拨付',
      from: ['计划'],
      to: '可拨付',
      guard: gateRefusal
    }),
    paying({
      action: 'handle',
      label: '经办',
      from: ['可拨付'],
      to: '可拨付',
      hiddenWhenRefused: true,
      guard: ({ payment }) => {
        const handled = currentHandling(payment)
        return handled ? `第 ${payment.no} 期已由${handled.by}经办` : null
      }
    }),
    paying({
      action: 'approve',
      label: '审核',
      from: ['可拨付'],
      to: '已审核',
      guard: ({ payment, operator }) => {
        const handled = currentHandling(payment)
        if (!handled) return `第 ${payment.no} 期尚未经办，须先经办再审核`
        return handled.by === operator
          ? `审核人须与经办人不同：第 ${payment.no} 期由${operator}经办`
          : null
      }
    }),
    paying({ action: 'pay', label: '拨付', from: ['已审核'], to: '已拨付', guard: gateRefusal }),
    { action: 'hold', label: '暂缓', from: ['计划', '可拨付', '已审核'], to: '暂缓' },
    paying({
      action: 'resume',
      label: '恢复',
      from: ['暂缓'],
      to: '计划',
      guard: ({ payment, gate }) =>
        gate.failed
          ? `${gate.reason}仍是有效结论，第 ${payment.no} 期不能恢复：请作追回决定，或先更正评估`
          : null
    }),
    { action: 'recover', label: '作追回决定', from: ['已拨付', '暂缓'], to: '追回' }
  ]
}

// Step inputs

export const approvalStepSchema = z.strictObject({ note: optionalTextField('意见', 500) })

export const payStepSchema = z.strictObject({
  paidOn: isoDateField('拨付日期'),
  voucherNo: textField('凭证号', 40, true),
  note: optionalTextField('备注', 500)
})

export const holdStepSchema = z.strictObject({ reason: textField('暂缓原因', 500, true) })

export const resumeStepSchema = z.strictObject({ reason: textField('恢复理由', 500, true) })

export const recoveryStepSchema = z.strictObject({
  decidedOn: isoDateField('决定日期'),
  amountFen: fenField('追回金额'),
  reason: textField('追回决定理由', 500, true)
})

/** The input each step takes: what its dialog asks for. */
export const PAYMENT_STEP_INPUTS = {
  release: z.strictObject({}),
  handle: approvalStepSchema,
  approve: approvalStepSchema,
  pay: payStepSchema,
  hold: holdStepSchema,
  resume: resumeStepSchema,
  recover: recoveryStepSchema
} as const satisfies Record<PaymentAction, z.ZodType>

export type PaymentStepInput<A extends PaymentAction> = z.input<(typeof PAYMENT_STEP_INPUTS)[A]>

function withApproval(
  payment: Payment,
  step: ApprovalStep,
  by: string,
  at: string,
  note: string | null
): Payment {
  return { ...payment, approvals: [...payment.approvals, { step, by, at, note }] }
}

/**
 * Takes `action` on `payment`: asks the workflow table (a terminated `project`, the gate,
 * separation of duties), checks the input, and returns the tranche as it should be stored, with
 * the step in `approvals`. Dates cannot be later than the China date of `at`. Nothing here writes.
 */
export function applyPaymentStep(
  payment: Payment,
  action: PaymentAction,
  input: unknown,
  facts: GateFacts,
  operator: string,
  at: string,
  project: Pick<Project, 'status'>
): CheckResult<Payment> {
  const transition = checkTransition(
    PAYMENT_WORKFLOW,
    payment.status,
    action,
    paymentContext(payment, facts, operator, project)
  )
  if (!transition.ok) {
    return { ok: false, issues: [{ field: '', level: 'error', message: transition.message }] }
  }
  const parsed = (PAYMENT_STEP_INPUTS[action] as z.ZodType).safeParse(input)
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) }

  const today = todayInChina(new Date(at))
  const issues: FieldIssue[] = []
  const notAfterToday = (field: string, label: string, date: IsoDate) => {
    if (date > today) {
      issues.push({ field, level: 'error', message: `${label} ${date} 不能晚于今天 ${today}` })
    }
  }
  const step = (next: Payment, approval: ApprovalStep, note: string | null) =>
    withApproval(next, approval, operator, at, note)

  let next: Payment
  switch (action) {
    case 'release':
      next = payment
      break
    case 'handle':
    case 'approve': {
      const { note } = parsed.data as z.output<typeof approvalStepSchema>
      next = step(payment, action === 'handle' ? '经办' : '审核', note)
      break
    }
    case 'pay': {
      const values = parsed.data as z.output<typeof payStepSchema>
      notAfterToday('paidOn', '拨付日期', values.paidOn)
      next = step(
        { ...payment, paidOn: values.paidOn, voucherNo: values.voucherNo },
        '拨付',
        values.note
      )
      break
    }
    case 'hold': {
      const { reason } = parsed.data as z.output<typeof holdStepSchema>
      next = step({ ...payment, holdReason: reason }, '暂缓', reason)
      break
    }
    case 'resume': {
      const { reason } = parsed.data as z.output<typeof resumeStepSchema>
      next = step({ ...payment, holdReason: null }, '恢复', reason)
      break
    }
    case 'recover': {
      const values = parsed.data as z.output<typeof recoveryStepSchema>
      notAfterToday('decidedOn', '决定日期', values.decidedOn)
      issues.push(...recoveryIssues(payment, values))
      const recovery = { ...values, decidedBy: operator }
      next = step({ ...payment, recovery }, '追回', values.reason)
      break
    }
  }
  if (issues.length > 0) return { ok: false, issues }
  return { ok: true, value: { ...next, status: transition.to }, warnings: [] }
}

/** A paid tranche gets back between 1 分 and what it paid; a held one is closed with 0. */
function recoveryIssues(
  payment: Payment,
  { decidedOn, amountFen }: { decidedOn: IsoDate; amountFen: Fen }
): FieldIssue[] {
  const issues: FieldIssue[] = []
  const error = (field: string, message: string) => issues.push({ field, level: 'error', message })
  if (payment.status === '暂缓') {
    if (amountFen !== 0) {
      error(
        'amountFen',
        `第 ${payment.no} 期尚未拨付，没有可追回的款项：追回金额应为 0（本期停止拨付）`
      )
    }
    return issues
  }
  if (amountFen === 0) {
    error(
      'amountFen',
      `第 ${payment.no} 期已拨付，追回金额须大于 0；决定不追回则无需登记，保持“已拨付”即可`
    )
  } else if (amountFen > payment.amountFen) {
    error(
      'amountFen',
      `追回金额 ${yuanText(amountFen)} 超过第 ${payment.no} 期已拨付的 ${yuanText(payment.amountFen)}，` +
        `超出 ${yuanText(amountFen - payment.amountFen)}`
    )
  }
  if (payment.paidOn !== null && decidedOn < payment.paidOn) {
    error('decidedOn', `决定日期 ${decidedOn} 不能早于拨付日期 ${payment.paidOn}`)
  }
  return issues
}

// When the facts change

const UNPAID_OPEN: readonly PaymentStatus[] = ['计划', '可拨付', '已审核']

/** What a tranche needs from the office, given its gate. */
function gateFlags(payment: Payment, gate: GateState) {
  return {
    releasable: payment.status === '计划' && gate.met,
    needsRecoveryDecision: gate.failed && !isSettled(payment.status)
  }
}

export interface GateReview {
  /** The tranche as it should be stored now. */
  payment: Payment
  /** True when `payment` differs from the stored one and must be written. */
  changed: boolean
  /** In 计划 with its gate met: the office can move it to 可拨付 (a user step, never automatic). */
  releasable: boolean
  /** Its gate failed: the office must decide on 追回 (close it, or correct the evaluation). */
  needsRecoveryDecision: boolean
}

/**
 * What a stored tranche becomes when the facts change (an evaluation finalised or corrected, the
 * agreement signed). A failed gate holds every unpaid tranche behind it — 计划, 可拨付 and also
 * 已审核, whose money has not gone out — with the failure as the reason and the hold in
 * `approvals` under `stamp`. Nothing else moves by itself.
 */
export function paymentAfterGate(
  payment: Payment,
  facts: GateFacts,
  stamp: { at: string; operator: string }
): GateReview {
  const gate = gateState(payment.gate, facts)
  const flags = gateFlags(payment, gate)
  if (!(gate.failed && UNPAID_OPEN.includes(payment.status))) {
    return { payment, changed: false, ...flags }
  }
  const holdReason = `${gate.reason}，待作追回决定`
  const held = withApproval(
    { ...payment, status: '暂缓', holdReason },
    '暂缓',
    stamp.operator,
    stamp.at,
    holdReason
  )
  return { payment: held, changed: true, ...flags }
}

export interface PaymentAlert {
  paymentId: string
  no: number
  kind: 'needsRecoveryDecision' | 'releasable'
  message: string
}

/** The tranches of one project that wait for the office: a 追回 decision, or release. */
export function paymentAlerts(payments: readonly Payment[], facts: GateFacts): PaymentAlert[] {
  const alerts: PaymentAlert[] = []
  for (const payment of [...payments].sort((a, b) => a.no - b.no)) {
    if (payment.archivedAt !== null) continue
    const gate = gateState(payment.gate, facts)
    const flags = gateFlags(payment, gate)
    const tranche = `第 ${payment.no} 期（${yuanText(payment.amountFen)}）`
    const alert = (kind: PaymentAlert['kind'], message: string) =>
      alerts.push({ paymentId: payment.id, no: payment.no, kind, message })
    if (flags.needsRecoveryDecision)
      alert('needsRecoveryDecision', `${tranche}${gate.reason}，待作追回决定`)
    if (flags.releasable) alert('releasable', `${tranche}可转为可拨付：${gate.reason}`)
  }
  return alerts
}

export interface PaymentTotals {
  /** Every tranche: the contract amount. */
  plannedFen: Fen
  /** Paid out (已拨付, and 追回 tranches that had been paid). */
  releasedFen: Fen
  /** Decided to get back. */
  recoveredFen: Fen
  /** Closed by a 追回 decision without being paid (停止拨付). */
  withheldFen: Fen
  /** Still to pay: 计划, 可拨付, 已审核 and 暂缓. */
  outstandingFen: Fen
}

/** The money of a project's tranches; archived tranches are left out. */
export function paymentTotals(payments: readonly Payment[]): PaymentTotals {
  const live = payments.filter((payment) => payment.archivedAt === null)
  const amountOf = (rows: readonly Payment[]) => sumFen(rows.map((row) => row.amountFen))
  const closed = live.filter((payment) => payment.status === '追回')
  return {
    plannedFen: amountOf(live),
    releasedFen: amountOf(live.filter((payment) => payment.paidOn !== null)),
    recoveredFen: sumFen(closed.map((payment) => payment.recovery?.amountFen ?? 0)),
    withheldFen: amountOf(closed.filter((payment) => payment.paidOn === null)),
    outstandingFen: amountOf(live.filter((payment) => !isSettled(payment.status)))
  }
}

// Stored rows

/** Stored shape, for checking rows from a backup or sample data. */
export const storedPaymentSchema = z.strictObject({
  projectId: z.string({ error: '缺少所属项目' }).min(1, '缺少所属项目'),
  no: z.number({ error: '期次须为数字' }).int('期次须为正整数').positive('期次须为正整数'),
  percent: trancheSpecSchema.shape.percent,
  amountFen: fenField('拨付金额'),
  gate: trancheSpecSchema.shape.gate,
  dueOn: trancheSpecSchema.shape.dueOn,
  condition: trancheSpecSchema.shape.condition,
  status: z.enum(PAYMENT_STATUSES, { error: '拨付状态不是本程序使用的状态' }),
  approvals: z.array(
    z.strictObject({
      step: z.enum(APPROVAL_STEPS, { error: '审批环节有误' }),
      by: z.string({ error: '缺少经手人' }).min(1, '缺少经手人'),
      at: z.string({ error: '缺少经手时间' }).min(1, '缺少经手时间'),
      note: z.string({ error: '意见须为文字' }).nullable()
    })
  ),
  paidOn: isoDateField('拨付日期').nullable(),
  voucherNo: z.string({ error: '凭证号须为文字' }).min(1, '凭证号不能为空').nullable(),
  holdReason: z.string({ error: '暂缓原因须为文字' }).min(1, '暂缓原因不能为空').nullable(),
  recovery: z
    .strictObject({
      decidedOn: isoDateField('追回决定日期'),
      amountFen: fenField('追回金额'),
      reason: z.string({ error: '缺少追回决定理由' }).min(1, '缺少追回决定理由'),
      decidedBy: z.string({ error: '缺少追回决定人' }).min(1, '缺少追回决定人')
    })
    .nullable()
})

export type StoredPayment = z.output<typeof storedPaymentSchema>

export const PAYMENT_FIELDS = Object.keys(storedPaymentSchema.shape)

/**
 * A stored tranche: shape, and the facts its status stands for, as {@link applyPaymentStep}
 * leaves them — a paid tranche carries its date, voucher and the 审核 and 拨付 steps, an unpaid
 * one none of that; a 暂缓 one says why; a 追回 one, and only that, carries its decision, for
 * no more than was paid (0 when nothing was), dated on or after the payment.
 */
export function checkStoredPayment(input: unknown): CheckResult<StoredPayment> {
  return checkRecord(storedPaymentSchema, input, (payment) => {
    const issues: FieldIssue[] = []
    const error = (field: string, message: string) =>
      issues.push({ field, level: 'error', message })
    const tranche = `第 ${payment.no} 期`
    const steps = new Set(payment.approvals.map((approval) => approval.step))

    if ((payment.paidOn === null) !== (payment.voucherNo === null)) {
      error('paidOn', `${tranche}的拨付日期和凭证号须同时填写`)
    }
    if (payment.status === '已拨付' && payment.paidOn === null) {
      error('paidOn', `${tranche}已拨付，缺少拨付日期和凭证号`)
    }
    if (!isSettled(payment.status) && payment.paidOn !== null) {
      error('paidOn', `${tranche}为“${payment.status}”，尚未拨付，不应有拨付日期`)
    }
    if (payment.paidOn !== null && !(steps.has('审核') && steps.has('拨付'))) {
      error('approvals', `${tranche}已拨付，审批记录中缺少审核或拨付`)
    }
    if (payment.status === '已审核' && !(steps.has('经办') && steps.has('审核'))) {
      error('approvals', `${tranche}已审核，审批记录中缺少经办或审核`)
    }
    if (payment.status === '暂缓' && payment.holdReason === null) {
      error('holdReason', `${tranche}暂缓拨付，缺少暂缓原因`)
    }

    const { recovery } = payment
    if ((payment.status === '追回') !== (recovery !== null)) {
      error(
        'recovery',
        recovery === null ? `${tranche}已作追回决定，缺少决定内容` : `${tranche}未作追回决定`
      )
    } else if (recovery !== null) {
      if (payment.paidOn === null && recovery.amountFen !== 0) {
        error('recovery.amountFen', `${tranche}未拨付，停止拨付的追回金额应为 0`)
      }
      if (payment.paidOn !== null && recovery.amountFen === 0) {
        error('recovery.amountFen', `${tranche}已拨付，追回金额须大于 0`)
      }
      if (recovery.amountFen > payment.amountFen) {
        error(
          'recovery.amountFen',
          `追回金额 ${yuanText(recovery.amountFen)} 超过${tranche}的 ${yuanText(payment.amountFen)}`
        )
      }
      if (payment.paidOn !== null && recovery.decidedOn < payment.paidOn) {
        error(
          'recovery.decidedOn',
          `追回决定日期 ${recovery.decidedOn} 早于拨付日期 ${payment.paidOn}`
        )
      }
    }
    return { value: payment, issues }
  })
}
