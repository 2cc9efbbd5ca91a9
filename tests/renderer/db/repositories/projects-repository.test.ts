import { beforeEach, describe, expect, it } from 'vitest'
import type { OrganizationDraft } from '@shared/domain/organizations/organization'
import type { ProjectEvaluation } from '@shared/domain/evaluations/project-evaluation'
import type { Project, PurchaseProjectDraft } from '@shared/domain/projects/project'
import type { Repositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import {
  agreementDraft,
  CATALOGUE,
  DRAFT_FEN,
  finalized,
  INDICATORS,
  ITEM,
  projectDatabase,
  PROVIDER,
  purchaseDraft,
  WORKERS
} from '../../helpers/project-seed'
import { draftOf, fieldError, refusedUnchanged, SAMPLE, tickingClock } from '../helpers'

describe('projects repository', () => {
  let db: ShelianDatabase
  let repos: Repositories

  beforeEach(async () => {
    ;({ db, repos } = await projectDatabase(tickingClock()))
  })

  const create = async (patch: Partial<PurchaseProjectDraft> = {}) =>
    (await repos.projects.createPurchase(purchaseDraft(patch))).record

  /**
   * A purchase project with its agreement signed on 2026-11-20: 执行中, tranches in 计划. `period`
   * moves the service period (both project and agreement).
   */
  async function signed(
    period: { startOn: string; endOn: string } | null = null
  ): Promise<Project> {
    const project = await create(period ?? {})
    const { record } = await repos.agreements.create(project.id, agreementDraft(period ?? {}))
    await repos.agreements.sign(record.id, { signedOn: '2026-11-20' })
    return (await repos.projects.get(project.id))!
  }

  /** Marks every tranche of `projectId` paid, as the payments repository would have. */
  async function payAll(projectId: string) {
    await db.payments
      .where('projectId')
      .equals(projectId)
      .modify({ status: '已拨付', paidOn: '2026-11-21', voucherNo: 'PZ-1' })
  }

  /** A 定稿 末期 evaluation of `project` by its purchaser, 88 points (良好), as `patch` changes it. */
  const evaluationRow = (id: string, project: Project, patch: Partial<ProjectEvaluation> = {}) => {
    const result = { total: 88, grade: '良好', passed: true } as const
    return finalized(id, [], result, { projectId: project.id, kind: '末期', ...patch })
  }

  describe('createPurchase', () => {
    it('stores a 待签约 project whose tranches add up to the contract amount, and audits it', async () => {
      const { record, warnings } = await repos.projects.createPurchase(purchaseDraft())
      expect(warnings).toEqual([])
      expect(record).toMatchObject({
        channel: '政府购买服务',
        origin: { kind: 'purchase' },
        status: '待签约',
        amountFen: DRAFT_FEN,
        matchingFen: 0,
        startOn: '2026-12-01',
        endOn: '2027-11-30',
        closedOn: null,
        archivedAt: null
      })
      // 40 / 40 / 20 of ¥300,000.01: the last tranche takes the odd 分.
      expect(record.tranches).toEqual([
        { no: 1, percent: 40, gate: 'signing', amountFen: 12_000_000 },
        { no: 2, percent: 40, gate: 'midterm', amountFen: 12_000_000 },
        { no: 3, percent: 20, gate: 'final', amountFen: 6_000_001 }
      ])
      await expect(repos.projects.get(record.id)).resolves.toEqual(record)
      const history = await repos.projects.history(record.id)
      expect(history).toEqual([
        expect.objectContaining({
          action: 'create',
          operator: '张晓梅',
          summary: '新建政府购买服务项目'
        })
      ])
    })

    it('refuses a catalogue item on the 102号令 negative list with its message, and writes nothing', async () => {
      const purchase = {
        ...purchaseDraft().purchase,
        catalogueItemIds: [CATALOGUE.item.id, CATALOGUE.negativeItem.id]
      }
      await refusedUnchanged(db, () => repos.projects.createPurchase(purchaseDraft({ purchase })), [
        fieldError(
          'purchase.catalogueItemIds.1',
          '“街道编外人员劳务派遣”属于 102号令第十条负面清单（购买主体的人员招、聘用，以劳务派遣方式用工，以及设置公益性岗位等事项），不得作为政府购买服务内容'
        )
      ])
    })

    it('refuses an archived (停用) catalogue item and one that does not exist', async () => {
      await repos.catalogueItems.archive(CATALOGUE.item.id)
      const purchase = {
        ...purchaseDraft().purchase,
        catalogueItemIds: [CATALOGUE.item.id, 'missing']
      }
      await refusedUnchanged(db, () => repos.projects.createPurchase(purchaseDraft({ purchase })), [
        fieldError('purchase.catalogueItemIds.0', '“心理疏导”已停用，不能再选用'),
        fieldError('purchase.catalogueItemIds.1', '购买服务目录中没有这一事项')
      ])
    })

    it('refuses a provider the rules exclude (not lawfully registered)', async () => {
      const unregistered = SAMPLE.organizations.find((o) => o.registrationStatus === '筹备')!
      const { record: org } = await repos.organizations.create({
        ...(draftOf(unregistered) as OrganizationDraft),
        communityIds: []
      })
      await refusedUnchanged(
        db,
        () => repos.projects.createPurchase(purchaseDraft({ organizationId: org.id })),
        [
          fieldError(
            'organizationId',
            `“${org.name}”尚未依法登记，不能承接政府购买服务（102号令第六条）`
          )
        ]
      )
    })

    it('refuses a contract longer than 12 months without a justification, and takes one with it', async () => {
      const longer = purchaseDraft({ endOn: '2028-05-31' })
      await refusedUnchanged(db, () => repos.projects.createPurchase(longer), [
        fieldError(
          'purchase.multiYearJustification',
          '合同期 18 个月，超过 1 年，须说明理由（102号令第二十四条：预算有保障，且服务内容相对固定、连续性强、价格稳定）'
        )
      ])
      const justified = {
        ...longer,
        purchase: {
          ...longer.purchase,
          multiYearJustification: '服务对象固定、需持续跟进，预算已列入三年规划'
        }
      }
      const { record } = await repos.projects.createPurchase(justified)
      expect(record.endOn).toBe('2028-05-31')
    })

    it('refuses a team short of the staffing requirement', async () => {
      const [first, , assistant] = WORKERS
      await refusedUnchanged(
        db,
        () =>
          repos.projects.createPurchase(
            purchaseDraft({ socialWorkerIds: [first.id, assistant.id] })
          ),
        [fieldError('socialWorkerIds', '人员配备不足：社会工作师及以上须 2 名，还差 1 名')]
      )
    })

    it('refuses a payment plan that is not 100 %, a community that does not exist, unknown fields', async () => {
      await refusedUnchanged(
        db,
        () =>
          repos.projects.createPurchase(
            purchaseDraft({
              communityIds: ['nowhere'],
              tranches: [
                { percent: 50, gate: 'signing' },
                { percent: 40, gate: 'final' }
              ]
            })
          ),
        [fieldError('tranches', '各期拨付比例合计须为 100%，现为 90%')]
      )
      await refusedUnchanged(
        db,
        () => repos.projects.createPurchase(purchaseDraft({ communityIds: ['nowhere'] })),
        [fieldError('communityIds', '服务社区中有 1 个社区不存在，请重新选择')]
      )
      await refusedUnchanged(
        db,
        () =>
          repos.projects.createPurchase({
            ...purchaseDraft(),
            status: '执行中'
          } as PurchaseProjectDraft),
        [fieldError('', '不认识的字段：status')]
      )
    })
  })

  describe('updatePurchase', () => {
    it('before signing changes the contract and re-plans the tranches, warning about a drafted agreement', async () => {
      const project = await create()
      await repos.agreements.create(project.id, agreementDraft())
      const { record, warnings } = await repos.projects.updatePurchase(project.id, {
        amountFen: 20_000_000,
        purchase: {
          ...purchaseDraft().purchase,
          procurement: {
            ...purchaseDraft().purchase.procurement,
            bidders: [
              { ...purchaseDraft().purchase.procurement.bidders[0]!, quotedFen: 20_000_000 }
            ]
          }
        }
      })
      expect(record.tranches.map((tranche) => tranche.amountFen)).toEqual([
        8_000_000, 8_000_000, 4_000_000
      ])
      expect(warnings).toEqual([
        {
          field: '',
          level: 'warning',
          message: '协议 LC-GM-2026-007 的金额或服务期限与项目不再一致，签约前请修改协议'
        }
      ])
      const [, update] = await repos.projects.history(project.id)
      expect(update).toMatchObject({ action: 'update' })
      expect(Object.keys(update!.changes!).sort()).toEqual(['amountFen', 'purchase', 'tranches'])
    })

    it('after signing refuses contract fields with the reason, and still takes the title', async () => {
      const project = await signed()
      await refusedUnchanged(
        db,
        () => repos.projects.updatePurchase(project.id, { amountFen: 1 }),
        [fieldError('amountFen', '协议已签订，金额须通过变更（补充协议）修改')]
      )
      await refusedUnchanged(
        db,
        () =>
          repos.projects.updatePurchase(project.id, {
            title: '新名称',
            endOn: '2027-12-31',
            socialWorkerIds: [WORKERS[0].id]
          }),
        [fieldError('', '协议已签订，服务结束日期、服务团队须通过变更（补充协议）修改')]
      )

      const { record } = await repos.projects.updatePurchase(project.id, {
        title: '  柳城街道心理疏导与危机干预服务 '
      })
      expect(record).toMatchObject({
        title: '柳城街道心理疏导与危机干预服务',
        status: '执行中',
        amountFen: DRAFT_FEN
      })
      const last = (await repos.projects.history(project.id)).at(-1)!
      expect(last).toMatchObject({
        action: 'update',
        changes: { title: ['柳城街道社区心理疏导服务', '柳城街道心理疏导与危机干预服务'] }
      })
    })

    it('keeps an item the project already names after it is archived, but refuses adding one', async () => {
      const project = await create()
      const { record: other } = await repos.catalogueItems.create({
        ...ITEM,
        name: '法律援助',
        code: 'ML-04'
      })
      await repos.catalogueItems.archive(CATALOGUE.item.id)
      await repos.catalogueItems.archive(other.id)
      const { record } = await repos.projects.updatePurchase(project.id, { title: '改个名字' })
      expect(record.title).toBe('改个名字')
      const purchase = {
        ...purchaseDraft().purchase,
        catalogueItemIds: [CATALOGUE.item.id, other.id]
      }
      await refusedUnchanged(db, () => repos.projects.updatePurchase(project.id, { purchase }), [
        fieldError('purchase.catalogueItemIds.1', '“法律援助”已停用，不能再选用')
      ])
    })

    it('refuses a 公益创投 project and a closed one', async () => {
      const venture = { ...(await create()), id: 'venture-1' }
      await db.projects.add({
        ...venture,
        channel: '公益创投',
        origin: { kind: 'venture', roundId: 'round-1', applicationId: 'application-1' },
        purchase: null
      })
      await refusedUnchanged(db, () => repos.projects.updatePurchase('venture-1', { title: 'x' }), [
        fieldError('', `“${venture.title}”是公益创投项目，没有采购信息可以修改`)
      ])
      const project = await signed({ startOn: '2026-11-01', endOn: '2027-10-31' })
      await db.projectEvaluations.add(evaluationRow('final-1', project))
      await payAll(project.id)
      await repos.projects.close(project.id, { closedOn: '2026-11-22' })
      await refusedUnchanged(db, () => repos.projects.updatePurchase(project.id, { title: 'x' }), [
        fieldError('title', '项目已结项，不能再修改')
      ])
    })
  })

  describe('setIndicators', () => {
    const reweighted = INDICATORS.map((node) =>
      node.key === 'effect' ? { ...node, weight: 20 } : node
    )

    it('stores a 绩效目标表 whose weights add up, and refuses one whose weights do not', async () => {
      const project = await create({ indicators: [] })
      await refusedUnchanged(db, () => repos.projects.setIndicators(project.id, reweighted), [
        fieldError('indicators', '一级指标权重合计 90，应为 100')
      ])
      const { record } = await repos.projects.setIndicators(project.id, INDICATORS)
      expect(record.indicators).toEqual(INDICATORS)
      expect((await repos.projects.history(project.id)).at(-1)).toMatchObject({
        action: 'update',
        summary: '设置绩效目标表'
      })
    })

    it('still changes after signing, but not once an evaluation is 定稿', async () => {
      const project = await signed()
      const trimmed = INDICATORS.map((node) =>
        node.key === 'people' ? { ...node, target: { ...node.target!, value: 500 } } : node
      )
      await repos.projects.setIndicators(project.id, trimmed)
      await db.projectEvaluations.add(evaluationRow('draft-1', project, { status: '草稿' }))
      await repos.projects.setIndicators(project.id, INDICATORS)

      await db.projectEvaluations.add(evaluationRow('midterm-1', project, { kind: '中期' }))
      await refusedUnchanged(db, () => repos.projects.setIndicators(project.id, trimmed), [
        fieldError(
          'indicators',
          '已有定稿的中期评估，绩效目标表不能再修改（评估按定稿时的绩效目标表打分）'
        )
      ])
      await refusedUnchanged(
        db,
        () => repos.projects.updatePurchase(project.id, { indicators: trimmed }),
        [
          fieldError(
            'indicators',
            '已有定稿的中期评估，绩效目标表不能再修改（评估按定稿时的绩效目标表打分）'
          )
        ]
      )
    })
  })

  describe('setTeam', () => {
    it('checks the staffing requirement before signing', async () => {
      const project = await create()
      const [first, second, assistant] = WORKERS
      await refusedUnchanged(
        db,
        () => repos.projects.setTeam(project.id, [second.id, assistant.id]),
        [fieldError('socialWorkerIds', '人员配备不足：社会工作师及以上须 2 名，还差 1 名')]
      )
      await refusedUnchanged(db, () => repos.projects.setTeam(project.id, [first.id, 'ghost']), [
        fieldError('socialWorkerIds.1', '该社工不存在')
      ])
      const { record } = await repos.projects.setTeam(project.id, [
        first.id,
        second.id,
        assistant.id
      ])
      expect(record.socialWorkerIds).toEqual([first.id, second.id, assistant.id])
      expect((await repos.projects.history(project.id)).at(-1)).toMatchObject({
        summary: '调整服务团队'
      })
    })

    it('is refused after signing: the team then changes through an amendment', async () => {
      const project = await signed()
      await refusedUnchanged(db, () => repos.projects.setTeam(project.id, [WORKERS[1].id]), [
        fieldError('socialWorkerIds', '协议已签订，服务团队须通过变更（补充协议）修改')
      ])
    })

    it('sets a 公益创投 team with no staffing requirement, refusing an archived worker', async () => {
      const base = await create()
      await db.projects.add({
        ...base,
        id: 'venture-1',
        channel: '公益创投',
        origin: { kind: 'venture', roundId: 'round-1', applicationId: 'application-1' },
        socialWorkerIds: [],
        startOn: null,
        endOn: null,
        purchase: null
      })
      const [, , assistant] = WORKERS
      const { record } = await repos.projects.setTeam('venture-1', [assistant.id])
      expect(record.socialWorkerIds).toEqual([assistant.id])
      await repos.socialWorkers.archive(WORKERS[0].id)
      await refusedUnchanged(db, () => repos.projects.setTeam('venture-1', [WORKERS[0].id]), [
        fieldError('socialWorkerIds', '李娜已归档，不能安排到项目团队')
      ])
    })
  })

  describe('close and terminate', () => {
    /** A period already under way on 2026-11-22. */
    const STARTED = { startOn: '2026-11-01', endOn: '2027-10-31' }

    it('refuses to close without a 定稿 末期 evaluation (a 自评 does not count) or with tranches open', async () => {
      const project = await signed()
      await refusedUnchanged(
        db,
        () => repos.projects.close(project.id, { closedOn: '2026-11-22' }),
        [fieldError('', '还没有定稿的末期评估；第 1、2、3 期拨付尚未办结（须已拨付或追回）')]
      )
      await db.projectEvaluations.add(evaluationRow('self-1', project, { mode: '自评' }))
      await payAll(project.id)
      await refusedUnchanged(
        db,
        () => repos.projects.close(project.id, { closedOn: '2026-11-22' }),
        [fieldError('', '还没有定稿的末期评估')]
      )
    })

    it('closes once the 末期 evaluation is 定稿 and every tranche is settled', async () => {
      const project = await signed(STARTED)
      await db.projectEvaluations.add(evaluationRow('final-1', project))
      await payAll(project.id)
      await refusedUnchanged(
        db,
        () => repos.projects.close(project.id, { closedOn: '2026-11-23' }),
        [fieldError('closedOn', '结项日期 2026-11-23 不能晚于今天 2026-11-22')]
      )
      await expect(repos.projects.context(project.id)).resolves.toEqual({
        agreement: { number: 'LC-GM-2026-007', signed: true },
        finalEvaluations: 1,
        openTranches: [],
        terminationReason: null
      })
      const { record } = await repos.projects.close(project.id, { closedOn: '2026-11-22' })
      expect(record).toMatchObject({ status: '已结项', closedOn: '2026-11-22' })
      expect((await repos.projects.history(project.id)).at(-1)).toMatchObject({
        action: 'transition',
        summary: '结项（执行中 → 已结项）',
        changes: { status: ['执行中', '已结项'], closedOn: [null, '2026-11-22'] }
      })
      await refusedUnchanged(db, () => repos.projects.setIndicators(project.id, INDICATORS), [
        fieldError('indicators', '项目已结项，不能再修改')
      ])
    })

    it('terminates only with a reason, before or after signing', async () => {
      const project = await create()
      await refusedUnchanged(
        db,
        () => repos.projects.terminate(project.id, { terminatedOn: '2026-11-22', reason: '  ' }),
        [fieldError('reason', '终止项目须写明理由')]
      )
      await refusedUnchanged(
        db,
        () => repos.projects.terminate(project.id, { terminatedOn: '2026-11-01', reason: '退出' }),
        [fieldError('terminatedOn', '终止日期 2026-11-01 不能早于立项日期 2026-11-02')]
      )
      const { record } = await repos.projects.terminate(project.id, {
        terminatedOn: '2026-11-22',
        reason: '承接组织主动退出'
      })
      expect(record).toMatchObject({
        status: '已终止',
        terminatedOn: '2026-11-22',
        terminationReason: '承接组织主动退出'
      })
      expect((await repos.projects.history(project.id)).at(-1)).toMatchObject({
        summary: '终止（待签约 → 已终止）'
      })
      await refusedUnchanged(
        db,
        () => repos.projects.terminate(project.id, { terminatedOn: '2026-11-22', reason: '再次' }),
        [fieldError('', '项目当前为“已终止”，不能终止')]
      )
    })
  })

  describe('reads', () => {
    it('gives the workflow context as the project moves on', async () => {
      const project = await create()
      await expect(repos.projects.context(project.id)).resolves.toEqual({
        agreement: null,
        finalEvaluations: 0,
        openTranches: [],
        terminationReason: null
      })
      const { record } = await repos.agreements.create(project.id, agreementDraft())
      await expect(repos.projects.context(project.id)).resolves.toMatchObject({
        agreement: { number: 'LC-GM-2026-007', signed: false }
      })
      await repos.agreements.sign(record.id, { signedOn: '2026-11-20' })
      await expect(repos.projects.context(project.id)).resolves.toMatchObject({
        agreement: { signed: true },
        openTranches: [1, 2, 3]
      })
    })

    it('lists a 中期 evaluation due at the midpoint of a signed project until one is 定稿', async () => {
      const project = await signed()
      // 2026-12-01 – 2027-11-30: 364 days, so the midpoint is 182 days in.
      const midterm = {
        projectId: project.id,
        kind: '中期评估',
        title: '中期评估',
        dueOn: '2027-06-01',
        daysLeft: 7,
        urgency: '7天内'
      }
      const due = await repos.projects.dueItems('2027-05-25')
      // Signing planned each tranche: the first 15 days after signing (still unpaid here), the
      // gated ones 30 days after their evaluation is due.
      expect(due.map((item) => [item.kind, item.dueOn])).toEqual([
        ['拨付', '2026-12-05'],
        ['中期评估', '2027-06-01'],
        ['拨付', '2027-07-01'],
        ['末期评估', '2027-10-30'],
        ['拨付', '2027-11-29']
      ])
      const evaluationsDue = async () =>
        (await repos.projects.dueItems('2027-05-25')).filter((item) => item.kind !== '拨付')
      expect((await evaluationsDue())[0]).toEqual(midterm)
      await expect(repos.projects.dueItemsFor(project.id, '2027-05-25')).resolves.toEqual(due)

      // The provider's own 自评 does not settle it; the purchaser's 定稿 one does.
      await db.projectEvaluations.add(
        evaluationRow('self-1', project, { kind: '中期', mode: '自评' })
      )
      expect((await evaluationsDue())[0]).toEqual(midterm)
      await db.projectEvaluations.add(evaluationRow('mid-1', project, { kind: '中期' }))
      expect((await evaluationsDue()).map((item) => item.kind)).toEqual(['末期评估'])
    })

    it('lists the signature of a project still unsigned a month after 立项, and nothing for a closed one', async () => {
      const waiting = await create()
      await expect(repos.projects.dueItems('2026-12-10')).resolves.toEqual([
        {
          projectId: waiting.id,
          kind: '签约',
          title: '签约（立项已 38 天，协议尚未签订）',
          dueOn: '2026-12-02',
          daysLeft: -8,
          urgency: '已逾期'
        }
      ])
      await repos.projects.terminate(waiting.id, { terminatedOn: '2026-11-22', reason: '撤销' })
      await expect(repos.projects.dueItems('2026-12-10')).resolves.toEqual([])
    })

    it('lists an organisation’s projects', async () => {
      const project = await create()
      await expect(repos.projects.listForOrganization(PROVIDER.id)).resolves.toEqual([project])
      await expect(repos.projects.listForOrganization('someone-else')).resolves.toEqual([])
      await expect(repos.projects.listAll()).resolves.toHaveLength(1)
    })
  })
})
