import { beforeEach, describe, expect, it } from 'vitest'
import { sumFen } from '@shared/domain/money'
import type { Project } from '@shared/domain/projects/project'
import type { Repositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import {
  agreementDraft,
  DRAFT_FEN,
  projectDatabase,
  purchaseDraft,
  WORKERS
} from '../../helpers/project-seed'
import { fieldError, refusedUnchanged, snapshot, tickingClock } from '../helpers'

const LOCKED = '协议 LC-GM-2026-007 已于 2026-11-20 签订，不能再修改；如需更改请办理变更'

describe('agreements repository', () => {
  let db: ShelianDatabase
  let repos: Repositories
  let project: Project

  beforeEach(async () => {
    ;({ db, repos } = await projectDatabase(tickingClock()))
    project = (await repos.projects.createPurchase(purchaseDraft())).record
  })

  const draftAgreement = async (overrides: Record<string, unknown> = {}) =>
    (await repos.agreements.create(project.id, agreementDraft(overrides))).record

  async function signedAgreement() {
    const agreement = await draftAgreement()
    return (await repos.agreements.sign(agreement.id, { signedOn: '2026-11-20' })).record
  }

  const paymentsOf = async (projectId = project.id) =>
    (await db.payments.where('projectId').equals(projectId).toArray()).sort((a, b) => a.no - b.no)

  /** Marks tranche `no` paid, as the payments repository would have. */
  async function pay(no: number) {
    await db.payments
      .where('projectId')
      .equals(project.id)
      .filter((payment) => payment.no === no)
      .modify({ status: '已拨付', paidOn: '2026-11-21', voucherNo: `PZ-${no}` })
  }

  describe('drafting', () => {
    it('drafts a 草拟 agreement for a 待签约 project and audits it', async () => {
      const { record, warnings } = await repos.agreements.create(project.id, agreementDraft())
      expect(warnings).toEqual([])
      expect(record).toMatchObject({
        projectId: project.id,
        number: 'LC-GM-2026-007',
        amountFen: DRAFT_FEN,
        status: '草拟',
        signedOn: null,
        signedBy: null,
        archivedAt: null
      })
      await expect(repos.agreements.forProject(project.id)).resolves.toEqual({
        agreement: record,
        amendments: []
      })
      await expect(repos.agreements.history(record.id)).resolves.toEqual([
        expect.objectContaining({
          action: 'create',
          operator: '张晓梅',
          summary: '起草协议 LC-GM-2026-007'
        })
      ])
    })

    it('refuses an amount or a period other than the project’s, and writes nothing', async () => {
      await refusedUnchanged(
        db,
        () =>
          repos.agreements.create(
            project.id,
            agreementDraft({ amountFen: 30_000_000, startOn: '2026-12-02' })
          ),
        [
          fieldError('amountFen', '合同金额 300,000.00 元 与项目金额 300,000.01 元 不符'),
          fieldError('startOn', '服务开始日期 2026-12-02 与项目的 2026-12-01 不符')
        ]
      )
    })

    it('keeps one live agreement per project and a number to one live agreement', async () => {
      const first = await draftAgreement()
      await refusedUnchanged(db, () => repos.agreements.create(project.id, agreementDraft()), [
        fieldError('', '该项目已有协议 LC-GM-2026-007（草拟），一个项目只有一份协议')
      ])
      const { record: other } = await repos.projects.createPurchase(
        purchaseDraft({ title: '柳城街道第二个项目' })
      )
      await refusedUnchanged(db, () => repos.agreements.create(other.id, agreementDraft()), [
        fieldError(
          'number',
          '合同编号 LC-GM-2026-007 已用于“柳城街道社区心理疏导服务”的协议，编号不能重复'
        )
      ])

      // A draft entered by mistake is archived; then the number and the project are free again.
      await repos.agreements.archive(first.id)
      const { record: second } = await repos.agreements.create(other.id, agreementDraft())
      await refusedUnchanged(db, () => repos.agreements.restore(first.id), [
        fieldError(
          'number',
          '合同编号 LC-GM-2026-007 已用于“柳城街道第二个项目”的协议，编号不能重复'
        )
      ])
      expect(second.number).toBe('LC-GM-2026-007')
    })

    it('edits a draft, checking it again', async () => {
      const agreement = await draftAgreement()
      const { record } = await repos.agreements.update(agreement.id, { partyB: '柳城心理服务社' })
      expect(record.partyB).toBe('柳城心理服务社')
      await refusedUnchanged(db, () => repos.agreements.update(agreement.id, { amountFen: 1 }), [
        fieldError('amountFen', '合同金额 0.01 元 与项目金额 300,000.01 元 不符')
      ])
      const [, update] = await repos.agreements.history(agreement.id)
      expect(update).toMatchObject({
        action: 'update',
        changes: { partyB: ['柳城心理服务中心', '柳城心理服务社'] }
      })
    })
  })

  describe('signing', () => {
    it('signs: the project starts with the period, its tranches become payments summing to the amount, all audited', async () => {
      const draft = await draftAgreement()
      const { record, warnings } = await repos.agreements.sign(draft.id, { signedOn: '2026-11-20' })
      expect(warnings).toEqual([])
      expect(record).toMatchObject({ status: '已签订', signedOn: '2026-11-20', signedBy: '张晓梅' })

      const started = (await repos.projects.get(project.id))!
      expect(started).toMatchObject({
        status: '执行中',
        startOn: '2026-12-01',
        endOn: '2027-11-30'
      })

      const payments = await paymentsOf()
      expect(
        payments.map(({ no, percent, gate, amountFen, status }) => ({
          no,
          percent,
          gate,
          amountFen,
          status
        }))
      ).toEqual([
        { no: 1, percent: 40, gate: 'signing', amountFen: 12_000_000, status: '计划' },
        { no: 2, percent: 40, gate: 'midterm', amountFen: 12_000_000, status: '计划' },
        { no: 3, percent: 20, gate: 'final', amountFen: 6_000_001, status: '计划' }
      ])
      expect(sumFen(payments.map((payment) => payment.amountFen))).toBe(DRAFT_FEN)

      expect((await repos.agreements.history(draft.id)).at(-1)).toMatchObject({
        action: 'transition',
        summary: '签订（草拟 → 已签订）',
        changes: {
          status: ['草拟', '已签订'],
          signedOn: [null, '2026-11-20'],
          signedBy: [null, '张晓梅']
        }
      })
      expect((await repos.projects.history(project.id)).at(-1)).toMatchObject({
        action: 'transition',
        operator: '张晓梅',
        summary: '签约（待签约 → 执行中）：协议 LC-GM-2026-007',
        changes: {
          status: ['待签约', '执行中']
        }
      })
      for (const payment of payments) {
        const entries = await db.auditLog
          .where('[table+recordId]')
          .equals(['payments', payment.id])
          .toArray()
        expect(entries).toEqual([
          expect.objectContaining({
            action: 'create',
            summary: `签约生成第 ${payment.no} 期拨付计划`
          })
        ])
      }
    })

    it('warns about the contract headings of 102号令 art. 23 the terms leave out', async () => {
      const draft = await draftAgreement({ terms: '一、服务内容：个案心理疏导' })
      const { warnings } = await repos.agreements.sign(draft.id, { signedOn: '2026-11-20' })
      expect(warnings.map((warning) => warning.message)).toContain(
        '合同条款缺少“违约责任”（财政部令第102号第二十三条要求写明）'
      )
    })

    it('is one transaction: a failure on the last payment leaves nothing written', async () => {
      const draft = await draftAgreement()
      db.payments.hook('creating', (_key, payment) => {
        if (payment.no === 3) throw new Error('磁盘已满')
      })
      const before = await snapshot(db)
      await expect(repos.agreements.sign(draft.id, { signedOn: '2026-11-20' })).rejects.toThrow(
        '磁盘已满'
      )
      expect(await snapshot(db)).toEqual(before)
    })

    it('refuses a date after today, a second signature, and a project changed since the draft', async () => {
      const draft = await draftAgreement()
      await refusedUnchanged(
        db,
        () => repos.agreements.sign(draft.id, { signedOn: '2026-11-23' }),
        [fieldError('signedOn', '签订日期 2026-11-23 晚于今天')]
      )

      await repos.projects.updatePurchase(project.id, { amountFen: 20_000_000 })
      await refusedUnchanged(
        db,
        () => repos.agreements.sign(draft.id, { signedOn: '2026-11-20' }),
        [fieldError('amountFen', '合同金额 300,000.01 元 与项目金额 200,000.00 元 不符')]
      )
      await repos.projects.updatePurchase(project.id, { amountFen: DRAFT_FEN })

      await repos.agreements.sign(draft.id, { signedOn: '2026-11-20' })
      await refusedUnchanged(
        db,
        () => repos.agreements.sign(draft.id, { signedOn: '2026-11-21' }),
        [fieldError('', LOCKED)]
      )
    })

    it('gives a 公益创投 project the agreement’s period when it is signed', async () => {
      const venture: Project = {
        ...project,
        id: 'venture-1',
        channel: '公益创投',
        origin: { kind: 'venture', roundId: 'round-1', applicationId: 'application-1' },
        amountFen: 9_000_000,
        matchingFen: 3_000_000,
        tranches: [
          { no: 1, percent: 50, gate: 'signing', amountFen: 4_500_000 },
          { no: 2, percent: 30, gate: 'midterm', amountFen: 2_700_000 },
          { no: 3, percent: 20, gate: 'final', amountFen: 1_800_000 }
        ],
        startOn: null,
        endOn: null,
        purchase: null
      }
      await db.projects.add(venture)
      const { record } = await repos.agreements.create(
        venture.id,
        agreementDraft({
          number: 'GY-2027-001',
          amountFen: 9_000_000,
          startOn: '2027-01-01',
          endOn: '2027-12-31'
        })
      )
      await repos.agreements.sign(record.id, { signedOn: '2026-11-22' })
      await expect(repos.projects.get(venture.id)).resolves.toMatchObject({
        status: '执行中',
        startOn: '2027-01-01',
        endOn: '2027-12-31'
      })
      expect((await paymentsOf(venture.id)).map((payment) => payment.amountFen)).toEqual([
        4_500_000, 2_700_000, 1_800_000
      ])
    })

    it('locks the signed agreement: no edit, no archive', async () => {
      const agreement = await signedAgreement()
      await refusedUnchanged(
        db,
        () => repos.agreements.update(agreement.id, { terms: '改动后的条款' }),
        [fieldError('', LOCKED)]
      )
      await refusedUnchanged(db, () => repos.agreements.archive(agreement.id), [
        fieldError('', '协议 LC-GM-2026-007 已签订，不能归档；如需更改请办理变更')
      ])
    })
  })

  describe('amendments', () => {
    const request = (changes: Record<string, unknown>, reason = '服务对象增加') => ({
      requestedOn: '2026-11-21',
      reason,
      changes
    })

    it('are for signed agreements only', async () => {
      const agreement = await draftAgreement()
      await refusedUnchanged(
        db,
        () => repos.agreements.requestAmendment(agreement.id, request({ amountFen: 36_000_000 })),
        [fieldError('', '协议 LC-GM-2026-007 尚未签订，直接修改协议即可，无需变更')]
      )
    })

    it('approving a new amount re-plans the unpaid tranches and the project, in one go', async () => {
      const agreement = await signedAgreement()
      await pay(1)
      const { record: requested } = await repos.agreements.requestAmendment(
        agreement.id,
        request({ amountFen: 36_000_000 })
      )
      expect(requested).toMatchObject({ no: 1, status: '待审批', projectId: project.id })
      expect(await repos.agreements.history(requested.id)).toEqual([
        expect.objectContaining({ action: 'create', summary: '申请第 1 次变更' })
      ])

      const { record } = await repos.agreements.decideAmendment(requested.id, 'approve', {
        decidedOn: '2026-11-22',
        note: null
      })
      expect(record).toMatchObject({
        status: '已批准',
        decidedOn: '2026-11-22',
        decidedBy: '张晓梅'
      })
      // The paid ¥120,000 stays; the ¥240,000 left goes to tranches 2 and 3 by 40 : 20.
      const payments = await paymentsOf()
      expect(payments.map((payment) => payment.amountFen)).toEqual([
        12_000_000, 16_000_000, 8_000_000
      ])
      const amended = (await repos.projects.get(project.id))!
      expect(amended.amountFen).toBe(36_000_000)
      expect(amended.tranches.map((tranche) => tranche.amountFen)).toEqual([
        12_000_000, 16_000_000, 8_000_000
      ])
      expect((await repos.projects.history(project.id)).at(-1)).toMatchObject({
        summary: '批准第 1 次变更（协议 LC-GM-2026-007）',
        changes: { amountFen: [DRAFT_FEN, 36_000_000] }
      })
      const tranche2 = await db.auditLog
        .where('[table+recordId]')
        .equals(['payments', payments[1]!.id])
        .sortBy('at')
      expect(tranche2.at(-1)).toMatchObject({
        summary: '第 1 次变更调整拨付金额',
        changes: { amountFen: [12_000_000, 16_000_000] }
      })
      // The agreement as signed stays as it was; the terms in force add the amendment.
      await expect(repos.agreements.get(agreement.id)).resolves.toEqual(agreement)
      await expect(repos.agreements.forProject(project.id)).resolves.toEqual({
        agreement,
        amendments: [record]
      })
    })

    it('approving a new end date and team changes the project', async () => {
      const agreement = await signedAgreement()
      const [first, second, third] = WORKERS
      const { record: requested } = await repos.agreements.requestAmendment(
        agreement.id,
        request(
          { endOn: '2027-10-31', socialWorkerIds: [second.id, third.id, first.id] },
          '服务提前一个月完成'
        )
      )
      await repos.agreements.decideAmendment(requested.id, 'approve', {
        decidedOn: '2026-11-22',
        note: '同意'
      })
      await expect(repos.projects.get(project.id)).resolves.toMatchObject({
        endOn: '2027-10-31',
        socialWorkerIds: [second.id, third.id, first.id],
        amountFen: DRAFT_FEN
      })
    })

    it('refuses a team short of the staffing requirement at the request', async () => {
      const agreement = await signedAgreement()
      await refusedUnchanged(
        db,
        () =>
          repos.agreements.requestAmendment(
            agreement.id,
            request({ socialWorkerIds: [WORKERS[2].id] })
          ),
        [fieldError('changes.socialWorkerIds', '人员配备不足：社会工作师及以上须 2 名，还差 2 名')]
      )
    })

    it('checks the change again at approval: a payment since the request can stand in its way', async () => {
      const agreement = await signedAgreement()
      const { record: requested } = await repos.agreements.requestAmendment(
        agreement.id,
        request({ amountFen: 10_000_000 }, '服务内容压缩')
      )
      await pay(1)
      await refusedUnchanged(
        db,
        () =>
          repos.agreements.decideAmendment(requested.id, 'approve', {
            decidedOn: '2026-11-22',
            note: null
          }),
        [fieldError('', '变更后的合同金额 100,000.00 元 低于已拨付的 120,000.00 元')]
      )
    })

    it('a rejection needs a reason and changes nothing else; a decided amendment is final', async () => {
      const agreement = await signedAgreement()
      const { record: requested } = await repos.agreements.requestAmendment(
        agreement.id,
        request({ amountFen: 36_000_000 })
      )
      await refusedUnchanged(
        db,
        () =>
          repos.agreements.decideAmendment(requested.id, 'reject', {
            decidedOn: '2026-11-22',
            note: ' '
          }),
        [fieldError('note', '驳回变更须写明理由')]
      )
      const before = await snapshot(db)
      const { record } = await repos.agreements.decideAmendment(requested.id, 'reject', {
        decidedOn: '2026-11-22',
        note: '预算不足'
      })
      expect(record).toMatchObject({ status: '已驳回', decisionNote: '预算不足' })
      const after = await snapshot(db)
      expect(after.projects).toEqual(before.projects)
      expect(after.payments).toEqual(before.payments)
      expect((await repos.agreements.history(requested.id)).at(-1)).toMatchObject({
        action: 'transition',
        summary: '驳回第 1 次变更（待审批 → 已驳回）'
      })

      await refusedUnchanged(
        db,
        () =>
          repos.agreements.decideAmendment(requested.id, 'approve', {
            decidedOn: '2026-11-22',
            note: null
          }),
        [fieldError('', '变更当前为“已驳回”，不能批准')]
      )
    })

    it('approval is one transaction: a failure writing the project leaves nothing written', async () => {
      const agreement = await signedAgreement()
      const { record: requested } = await repos.agreements.requestAmendment(
        agreement.id,
        request({ amountFen: 36_000_000 })
      )
      db.projects.hook('updating', () => {
        throw new Error('磁盘已满')
      })
      const before = await snapshot(db)
      await expect(
        repos.agreements.decideAmendment(requested.id, 'approve', {
          decidedOn: '2026-11-22',
          note: null
        })
      ).rejects.toThrow('磁盘已满')
      expect(await snapshot(db)).toEqual(before)
    })
  })
})
