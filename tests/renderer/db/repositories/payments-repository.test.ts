import { beforeEach, describe, expect, it } from 'vitest'
import { paymentAlerts } from '@shared/domain/payments/payment'
import { createPaymentsRepository } from '@renderer/db/repositories/payments-repository'
import { readGateFacts, refreshPaymentGates } from '@renderer/db/repositories/payment-gates'
import { createProjectEvaluationsRepository } from '@renderer/db/repositories/project-evaluations-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import {
  AGREEMENT_ID,
  deliveryDatabase,
  FAILING,
  PASSING,
  setOperator,
  tranches
} from '../../helpers/project-seed'
import { expectRefused, sequentialIds, snapshot, tickingClock } from '../helpers'

const MIDTERM = {
  projectId: 'project-1',
  kind: '中期' as const,
  mode: '第三方评估' as const,
  year: null,
  evaluatedOn: '2026-09-01',
  evaluators: '鼓楼区社会工作协会'
}

describe('payments repository', () => {
  let db: ShelianDatabase
  let payments: ReturnType<typeof createPaymentsRepository>
  let evaluations: ReturnType<typeof createProjectEvaluationsRepository>

  beforeEach(async () => {
    ;({ db } = await deliveryDatabase())
    await db.payments.bulkAdd(tranches())
    const deps = { now: tickingClock(), newId: sequentialIds() }
    payments = createPaymentsRepository(db, deps)
    evaluations = createProjectEvaluationsRepository(db, deps)
  })

  /** A 中期 evaluation by a third party, scored and 定稿. */
  async function midterm(scores = PASSING, mode: '第三方评估' | '自评' = '第三方评估') {
    const { record } = await evaluations.create({ ...MIDTERM, mode })
    await evaluations.update(record.id, { scores })
    return evaluations.finalize(record.id)
  }

  /** The steps offered on one tranche, from the project's read. */
  async function actionsOf(paymentId: string) {
    return (await payments.actionsForProject('project-1')).get(paymentId)
  }

  /** What the 拨付 tab lists as waiting for the office, from the repository's reads. */
  async function alerts(projectId: string) {
    return paymentAlerts(
      await payments.listForProject(projectId),
      await payments.gateFacts(projectId)
    )
  }

  it('lists the tranches in order and reads the gate facts from the stored rows', async () => {
    const rows = await payments.listForProject('project-1')
    expect(rows.map((row) => [row.no, row.amountFen, row.gate, row.status])).toEqual([
      [1, 15_000_000, 'signing', '计划'],
      [2, 9_000_000, 'midterm', '计划'],
      [3, 6_000_000, 'final', '计划']
    ])
    expect(await payments.gateFacts('project-1')).toEqual({
      agreementSigned: true,
      evaluations: []
    })
  })

  it('releases a tranche gated on signing once the agreement is signed, with an audit entry', async () => {
    const { record } = await payments.step('payment-1', 'release', {})
    expect(record.status).toBe('可拨付')
    expect(record.approvals).toEqual([])
    expect(await db.payments.get('payment-1')).toEqual(record)
    const [entry] = await payments.history('payment-1')
    expect(entry).toMatchObject({
      action: 'transition',
      operator: '张晓梅',
      summary: '第 1 期转为可拨付（计划 → 可拨付）',
      changes: { status: ['计划', '可拨付'] }
    })
  })

  it('refuses to release a 中期-gated tranche before the 中期 evaluation is 定稿, naming what is missing', async () => {
    await expectRefused(
      db,
      () => payments.step('payment-2', 'release', {}),
      '第 2 期须中期评估合格后才能拨付：尚未进行中期评估'
    )
    await evaluations.create(MIDTERM)
    await expectRefused(
      db,
      () => payments.step('payment-2', 'release', {}),
      '第 2 期须中期评估合格后才能拨付：中期评估尚未定稿'
    )
    expect(await payments.history('payment-2')).toEqual([])
  })

  it('makes the tranche releasable when a passing 中期 evaluation is finalised', async () => {
    const { warnings } = await midterm(PASSING)
    expect(warnings).toContainEqual({
      field: 'payments',
      level: 'warning',
      message: '第 2 期（90,000.00 元）现可转为可拨付'
    })
    // Nothing moves by itself: release is the office's step.
    expect((await db.payments.get('payment-2'))!.status).toBe('计划')
    expect(await alerts('project-1')).toContainEqual({
      paymentId: 'payment-2',
      no: 2,
      kind: 'releasable',
      message: '第 2 期（90,000.00 元）可转为可拨付：中期评估优秀（100 分）'
    })
    const { record } = await payments.step('payment-2', 'release', {})
    expect(record.status).toBe('可拨付')
  })

  it('does not let a 自评 decide a gate', async () => {
    await midterm(PASSING, '自评')
    expect((await payments.gateFacts('project-1')).evaluations).toEqual([])
    await expectRefused(
      db,
      () => payments.step('payment-2', 'release', {}),
      '第 2 期须中期评估合格后才能拨付：尚未进行中期评估'
    )
  })

  it('refuses 审核 by the operator who took the 经办, and accepts another', async () => {
    await payments.step('payment-1', 'release', {})
    const handled = await payments.step('payment-1', 'handle', { note: '材料齐全' })
    expect(handled.record.status).toBe('可拨付')
    expect(handled.record.approvals).toEqual([
      { step: '经办', by: '张晓梅', at: expect.any(String), note: '材料齐全' }
    ])
    const [, handling] = await payments.history('payment-1')
    expect(handling).toMatchObject({ action: 'transition', summary: '第 1 期经办' })

    await expectRefused(
      db,
      () => payments.step('payment-1', 'approve', { note: null }),
      '审核人须与经办人不同：第 1 期由张晓梅经办'
    )

    await setOperator(db, '陈建国')
    const { record } = await payments.step('payment-1', 'approve', { note: '同意' })
    expect(record.status).toBe('已审核')
    expect(record.approvals.map((approval) => [approval.step, approval.by])).toEqual([
      ['经办', '张晓梅'],
      ['审核', '陈建国']
    ])
    expect((await payments.history('payment-1')).at(-1)).toMatchObject({
      operator: '陈建国',
      summary: '第 1 期审核（可拨付 → 已审核）'
    })
  })

  it('needs the payment date and voucher number to pay', async () => {
    await payments.step('payment-1', 'release', {})
    await payments.step('payment-1', 'handle', { note: null })
    await setOperator(db, '陈建国')
    await payments.step('payment-1', 'approve', { note: null })

    await expectRefused(
      db,
      () =>
        payments.step('payment-1', 'pay', { paidOn: '2026-11-20', voucherNo: '  ', note: null }),
      '请填写凭证号'
    )
    await expectRefused(
      db,
      () => payments.step('payment-1', 'pay', { paidOn: '', voucherNo: 'PZ-001', note: null }),
      '拨付日期不是有效日期（YYYY-MM-DD）'
    )
    await expectRefused(
      db,
      () =>
        payments.step('payment-1', 'pay', {
          paidOn: '2026-12-01',
          voucherNo: 'PZ-001',
          note: null
        }),
      '拨付日期 2026-12-01 不能晚于今天 2026-11-22'
    )

    const { record } = await payments.step('payment-1', 'pay', {
      paidOn: '2026-11-20',
      voucherNo: 'PZ-001',
      note: null
    })
    expect(record).toMatchObject({ status: '已拨付', paidOn: '2026-11-20', voucherNo: 'PZ-001' })
  })

  it('holds the tranche behind a 不合格 中期 and asks for a 追回 decision', async () => {
    const { record: evaluation, warnings } = await midterm(FAILING)
    expect(evaluation).toMatchObject({ status: '定稿', total: 48, grade: '不合格', passed: false })
    expect(warnings).toContainEqual({
      field: 'payments',
      level: 'warning',
      message: '第 2 期（90,000.00 元）已暂缓：中期评估不合格（48 分），待作追回决定'
    })

    const held = (await db.payments.get('payment-2'))!
    expect(held).toMatchObject({
      status: '暂缓',
      holdReason: '中期评估不合格（48 分），待作追回决定'
    })
    expect(held.approvals).toEqual([
      {
        step: '暂缓',
        by: '张晓梅',
        at: evaluation.finalizedAt,
        note: '中期评估不合格（48 分），待作追回决定'
      }
    ])
    // The other tranches' gates did not fail.
    expect((await db.payments.get('payment-1'))!.status).toBe('计划')
    expect((await db.payments.get('payment-3'))!.status).toBe('计划')

    expect(await payments.history('payment-2')).toEqual([
      expect.objectContaining({
        action: 'transition',
        operator: '张晓梅',
        at: evaluation.finalizedAt,
        summary: '暂缓（计划 → 暂缓）：中期评估不合格（48 分），待作追回决定'
      })
    ])
    expect(await alerts('project-1')).toContainEqual({
      paymentId: 'payment-2',
      no: 2,
      kind: 'needsRecoveryDecision',
      message: '第 2 期（90,000.00 元）中期评估不合格（48 分），待作追回决定'
    })

    await expectRefused(
      db,
      () => payments.step('payment-2', 'resume', { reason: '整改完成' }),
      '中期评估不合格（48 分）仍是有效结论，第 2 期不能恢复'
    )
    const { record } = await payments.step('payment-2', 'recover', {
      decidedOn: '2026-11-21',
      amountFen: 0,
      reason: '中期评估不合格，停止拨付'
    })
    expect(record).toMatchObject({
      status: '追回',
      recovery: {
        decidedOn: '2026-11-21',
        amountFen: 0,
        reason: '中期评估不合格，停止拨付',
        decidedBy: '张晓梅'
      }
    })
  })

  it('lifts the hold once a correction replaces the failed 中期', async () => {
    const { record: failed } = await midterm(FAILING)
    const { record: correction } = await evaluations.startCorrection(
      failed.id,
      '服务人次统计漏算了十月的台账'
    )
    await evaluations.update(correction.id, { scores: PASSING })
    await evaluations.finalize(correction.id)
    const { record } = await payments.step('payment-2', 'resume', { reason: '评估已更正' })
    expect(record).toMatchObject({ status: '计划', holdReason: null })
    expect((await payments.step('payment-2', 'release', {})).record.status).toBe('可拨付')
  })

  it('offers the steps of a tranche with their refusals for the operator in 设置', async () => {
    await payments.step('payment-1', 'release', {})
    await payments.step('payment-1', 'handle', { note: null })
    const offered = await actionsOf('payment-1')
    expect(offered).toEqual([
      {
        action: 'approve',
        label: '审核',
        refusal: '审核人须与经办人不同：第 1 期由张晓梅经办'
      },
      { action: 'hold', label: '暂缓', refusal: null }
    ])
  })

  it('offers the steps of every live tranche of a project from one read', async () => {
    await payments.step('payment-1', 'release', {})
    await db.payments.update('payment-3', { archivedAt: '2026-11-01T00:00:00.000Z' })
    const offers = await payments.actionsForProject('project-1')
    expect([...offers.keys()].sort()).toEqual(['payment-1', 'payment-2'])
    expect(offers.get('payment-1')).toEqual([
      { action: 'handle', label: '经办', refusal: null },
      { action: 'approve', label: '审核', refusal: '第 1 期尚未经办，须先经办再审核' },
      { action: 'hold', label: '暂缓', refusal: null }
    ])
    expect(offers.get('payment-2')).toEqual([
      {
        action: 'release',
        label: '转为可拨付',
        refusal: '第 2 期须中期评估合格后才能拨付：尚未进行中期评估'
      },
      { action: 'hold', label: '暂缓', refusal: null }
    ])
    expect(await payments.actionsForProject('project-9')).toEqual(new Map())
  })

  it('takes no paying step on a terminated project, but still holds and closes tranches', async () => {
    await db.projects.update('project-1', {
      status: '已终止',
      terminatedOn: '2026-11-01',
      terminationReason: '承接组织注销'
    })
    await expectRefused(
      db,
      () => payments.step('payment-1', 'release', {}),
      '项目已终止，第 1 期不能转为可拨付：请暂缓或作追回决定'
    )
    // The buttons say the same as the step.
    expect(await actionsOf('payment-1')).toEqual([
      {
        action: 'release',
        label: '转为可拨付',
        refusal: '项目已终止，第 1 期不能转为可拨付：请暂缓或作追回决定'
      },
      { action: 'hold', label: '暂缓', refusal: null }
    ])
    await payments.step('payment-1', 'hold', { reason: '项目终止' })
    const { record } = await payments.step('payment-1', 'recover', {
      decidedOn: '2026-11-20',
      amountFen: 0,
      reason: '项目终止，停止拨付'
    })
    expect(record.status).toBe('追回')
  })

  it('refuses a step on an archived tranche and on a missing one', async () => {
    await db.payments.update('payment-1', { archivedAt: '2026-11-01T00:00:00.000Z' })
    await expectRefused(db, () => payments.step('payment-1', 'release', {}), '这条拨付记录已归档')
    await expect(payments.step('payment-9', 'release', {})).rejects.toThrow(
      '找不到这条拨付记录（payment-9）'
    )
  })

  describe('payment gates', () => {
    it('maps the stored evaluation for the gates (supersededById → supersededBy)', async () => {
      const { record } = await midterm(PASSING)
      expect(await readGateFacts(db, 'project-1')).toEqual({
        agreementSigned: true,
        evaluations: [
          {
            kind: '中期',
            status: '定稿',
            passed: true,
            grade: '优秀',
            total: 100,
            supersededBy: null
          }
        ]
      })
      expect(record.supersededById).toBeNull()
    })

    it('sees an unsigned or archived agreement as not signed', async () => {
      await db.agreements.update(AGREEMENT_ID, { status: '草拟', signedOn: null })
      expect((await readGateFacts(db, 'project-1')).agreementSigned).toBe(false)
      await expectRefused(
        db,
        () => payments.step('payment-1', 'release', {}),
        '第 1 期须签约后才能拨付：协议尚未签订'
      )
    })

    it('refreshes inside the caller’s transaction, writing only what changed', async () => {
      await midterm(PASSING)
      const before = await snapshot(db)
      const reviews = await db.transaction(
        'rw',
        [db.payments, db.projectEvaluations, db.agreements, db.auditLog],
        () =>
          refreshPaymentGates(db, 'project-1', {
            at: '2026-11-22T01:30:00.000Z',
            operator: '张晓梅'
          })
      )
      expect(
        reviews.map((review) => [review.payment.no, review.changed, review.releasable])
      ).toEqual([
        [1, false, true],
        [2, false, true],
        [3, false, false]
      ])
      expect(await snapshot(db)).toEqual(before)
    })
  })
})
