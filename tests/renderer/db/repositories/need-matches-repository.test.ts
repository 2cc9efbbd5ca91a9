import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Repositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import type { Need } from '@shared/domain/linkage/need'
import type { MatchDraft } from '@shared/domain/linkage/need-match'
import { yuan } from '@shared/domain/money'
import { newRoundDraft } from '@shared/domain/venture/round'
import { pendingPurchase, runningProject } from '../../helpers/project-seed'
import { expectRefused, fieldError, refusedUnchanged } from '../helpers'
import {
  community,
  failingWrite,
  gradedEvaluation,
  linkageDatabase,
  NEED,
  needRow,
  organization,
  resource,
  worker
} from '../../helpers/linkage-seed'

const TO_RUNNING: Omit<MatchDraft, 'needId'> = {
  target: 'project',
  projectId: 'project-1',
  applicationId: null,
  organizationId: 'org-1',
  socialWorkerIds: ['worker-1'],
  resourceIds: [],
  note: '街道推荐'
}

describe('need matches repository', () => {
  let db: ShelianDatabase
  let repos: Repositories
  let need: Need

  beforeEach(async () => {
    ;({ db, repos } = await linkageDatabase())
    ;({ record: need } = await repos.needs.create(NEED))
  })

  describe('matching to a project', () => {
    it('records the match and moves the need to 已对接 with the project, one audited step each', async () => {
      const { record: match, warnings } = await repos.needMatches.matchToProject(
        need.id,
        TO_RUNNING
      )
      expect(warnings).toEqual([])
      expect(match).toMatchObject({
        ...TO_RUNNING,
        needId: need.id,
        matchedBy: '张晓梅',
        withdrawnAt: null,
        archivedAt: null
      })
      expect(await db.needMatches.get(match.id)).toEqual(match)
      expect(await db.needs.get(need.id)).toMatchObject({
        status: '已对接',
        projectIds: ['project-1']
      })
      expect(await repos.needMatches.history(match.id)).toEqual([
        expect.objectContaining({
          action: 'create',
          summary: '需求“独居老人助餐”对接项目“银龄互助探访”'
        })
      ])
      expect((await repos.needs.history(need.id)).at(-1)).toMatchObject({
        action: 'transition',
        summary: '对接项目“银龄互助探访”（待对接 → 已对接）',
        changes: { status: ['待对接', '已对接'], projectIds: [[], ['project-1']] }
      })
      expect((await repos.needMatches.listForProject('project-1')).map((m) => m.id)).toEqual([
        match.id
      ])
    })

    it('keeps a need being served 服务中 when it takes a second project', async () => {
      await repos.needMatches.matchToProject(need.id, TO_RUNNING)
      await repos.needs.step(need.id, 'start', {})
      await db.projects.add(pendingPurchase({ communityIds: ['community-1'] }))
      await repos.needMatches.matchToProject(need.id, {
        ...TO_RUNNING,
        projectId: 'project-purchase'
      })
      expect(await db.needs.get(need.id)).toMatchObject({
        status: '服务中',
        projectIds: ['project-1', 'project-purchase']
      })
      expect((await repos.needs.history(need.id)).at(-1)).toMatchObject({
        action: 'update',
        summary: '对接项目“柳城社区居家养老服务”'
      })
    })

    it('lists a need’s matches newest first, withdrawn ones included', async () => {
      await db.projects.add(pendingPurchase({ communityIds: ['community-1'] }))
      const { record: first } = await repos.needMatches.matchToProject(need.id, TO_RUNNING)
      const { record: second } = await repos.needMatches.matchToProject(need.id, {
        ...TO_RUNNING,
        projectId: 'project-purchase'
      })
      await repos.needMatches.withdraw(first.id, '项目调整')
      expect((await repos.needMatches.listForNeed(need.id)).map((m) => m.id)).toEqual([
        second.id,
        first.id
      ])
    })

    it('warns about a project and an organisation that do not serve the need’s community', async () => {
      await db.projects.add(pendingPurchase({ communityIds: ['community-2'] }))
      await db.organizations.add(
        organization('org-2', '宁海路邻里中心', { communityIds: ['community-2'] })
      )
      const { warnings } = await repos.needMatches.matchToProject(need.id, {
        ...TO_RUNNING,
        projectId: 'project-purchase',
        organizationId: 'org-2'
      })
      expect(warnings).toEqual([
        {
          field: 'projectId',
          level: 'warning',
          message: '项目“柳城社区居家养老服务”的服务社区不包括该需求所在的社区'
        },
        {
          field: 'organizationId',
          level: 'warning',
          message: '社会组织“宁海路邻里中心”的服务社区不包括该需求所在的社区'
        }
      ])
    })

    it('refuses an archived project, writing nothing (issue #7 bad input)', async () => {
      await db.projects.update('project-1', { archivedAt: '2026-10-01T00:00:00.000Z' })
      await refusedUnchanged(db, () => repos.needMatches.matchToProject(need.id, TO_RUNNING), [
        fieldError('projectId', '项目“银龄互助探访”已归档，不能对接')
      ])
    })

    it('refuses a 已结项 or 已终止 project', async () => {
      await db.projects.update('project-1', { status: '已结项', closedOn: '2026-11-01' })
      await expectRefused(
        db,
        () => repos.needMatches.matchToProject(need.id, TO_RUNNING),
        '项目“银龄互助探访”已结项，不能对接',
        'projectId'
      )
    })

    it('refuses a merged, resolved or missing need', async () => {
      await db.needs.add(
        needRow('need-m', '助餐点', {
          mergedIntoId: need.id,
          archivedAt: '2026-10-01T00:00:00.000Z'
        })
      )
      await expectRefused(
        db,
        () => repos.needMatches.matchToProject('need-m', TO_RUNNING),
        '需求“助餐点”已合并到其他需求，请在合并后的需求上操作',
        'needId'
      )
      await db.needs.add(needRow('need-r', '路灯维修', { status: '已解决', resolution: '已修复' }))
      await expectRefused(
        db,
        () => repos.needMatches.matchToProject('need-r', TO_RUNNING),
        '需求“路灯维修”当前为“已解决”，不能对接'
      )
      await expectRefused(
        db,
        () => repos.needMatches.matchToProject('need-9', TO_RUNNING),
        '需求不存在',
        'needId'
      )
    })

    it('refuses a second active match to the same project, but allows one after a withdrawal', async () => {
      const { record: match } = await repos.needMatches.matchToProject(need.id, TO_RUNNING)
      await expectRefused(
        db,
        () => repos.needMatches.matchToProject(need.id, TO_RUNNING),
        '需求“独居老人助餐”已对接项目“银龄互助探访”，不能重复对接',
        'projectId'
      )
      await repos.needMatches.withdraw(match.id, '录入错误')
      await repos.needMatches.matchToProject(need.id, TO_RUNNING)
      expect(await db.needs.get(need.id)).toMatchObject({ status: '已对接' })
    })

    it('refuses archived workers and expired resources', async () => {
      await db.socialWorkers.add(
        worker('worker-9', '孙丽', { archivedAt: '2026-10-01T00:00:00.000Z' })
      )
      await db.resources.add(resource('resource-1', '社区活动室', { availableUntil: '2026-06-30' }))
      await refusedUnchanged(
        db,
        () =>
          repos.needMatches.matchToProject(need.id, {
            ...TO_RUNNING,
            socialWorkerIds: ['worker-1', 'worker-9'],
            resourceIds: ['resource-1']
          }),
        [
          fieldError('socialWorkerIds.1', '社工“孙丽”已归档，不能对接'),
          fieldError('resourceIds.0', '资源“社区活动室”已于 2026-06-30 到期，不能对接')
        ]
      )
    })

    it('writes nothing when the need cannot be stored after the match', async () => {
      vi.spyOn(db.table('needs'), 'put').mockImplementationOnce(failingWrite)
      await expectRefused(
        db,
        () => repos.needMatches.matchToProject(need.id, TO_RUNNING),
        '模拟写入失败'
      )
    })
  })

  describe('matching to a new application', () => {
    let roundId: string

    beforeEach(async () => {
      ;({
        record: { id: roundId }
      } = await repos.ventureRounds.create({
        ...newRoundDraft(2027, yuan(1_000_000)),
        name: '2027 年度鼓楼街道公益创投'
      }))
    })

    const input = () => ({
      roundId,
      organizationId: 'org-1',
      socialWorkerIds: ['worker-1'],
      resourceIds: [],
      note: null
    })

    it('creates a 草稿 prefilled from the need and the match to it, in one go', async () => {
      const { record: match } = await repos.needMatches.matchToNewApplication(need.id, input())
      expect(match).toMatchObject({
        needId: need.id,
        target: 'application',
        projectId: null,
        organizationId: 'org-1',
        socialWorkerIds: ['worker-1']
      })
      const application = (await db.applications.get(match.applicationId!))!
      expect(application).toMatchObject({
        roundId,
        organizationId: 'org-1',
        status: '草稿',
        title: '华侨路社区独居老人助餐项目',
        track: 'elderly',
        communityIds: ['community-1'],
        needIds: [need.id],
        beneficiaries: [{ type: '老年人', count: 24 }]
      })
      expect(await repos.applications.history(application.id)).toEqual([
        expect.objectContaining({ action: 'create', summary: '新建申报书' })
      ])
      // No project yet: the need is matched, but nothing serves it until 立项.
      expect(await db.needs.get(need.id)).toMatchObject({ status: '已对接', projectIds: [] })
      expect((await repos.needMatches.history(match.id))[0]).toMatchObject({
        summary: '需求“独居老人助餐”对接申报书“华侨路社区独居老人助餐项目”'
      })
    })

    it('counts the project 立项 from the application among the need’s projects', async () => {
      const { record: match } = await repos.needMatches.matchToNewApplication(need.id, input())
      await db.projects.add(
        runningProject({
          id: 'project-venture',
          title: '华侨路社区独居老人助餐项目',
          origin: { kind: 'venture', roundId, applicationId: match.applicationId! }
        })
      )
      const { record } = await repos.needs.step(need.id, 'start', {})
      expect(record).toMatchObject({ status: '服务中', projectIds: ['project-venture'] })
      expect((await repos.needMatches.listForProject('project-venture')).map((m) => m.id)).toEqual([
        match.id
      ])
    })

    it('leaves no application behind when the match is refused after it was drafted', async () => {
      await db.socialWorkers.add(
        worker('worker-9', '孙丽', { archivedAt: '2026-10-01T00:00:00.000Z' })
      )
      await expectRefused(
        db,
        () =>
          repos.needMatches.matchToNewApplication(need.id, {
            ...input(),
            socialWorkerIds: ['worker-9']
          }),
        '社工“孙丽”已归档，不能对接',
        'socialWorkerIds.0'
      )
    })

    it('refuses a round that no longer takes applications, a closed need, and a missing round', async () => {
      await db.ventureRounds.update(roundId, { status: '评审中' })
      await expectRefused(
        db,
        () => repos.needMatches.matchToNewApplication(need.id, input()),
        '批次目前为“评审中”：只有筹备和征集中的批次可以新建申报书',
        'roundId'
      )
      await expectRefused(
        db,
        () => repos.needMatches.matchToNewApplication(need.id, { ...input(), roundId: 'round-9' }),
        '找不到这个公益创投批次',
        'roundId'
      )
      await db.needs.update(need.id, { status: '已解决', resolution: '已解决' })
      await expectRefused(
        db,
        () => repos.needMatches.matchToNewApplication(need.id, input()),
        '需求“独居老人助餐”当前为“已解决”，不能对接',
        'needId'
      )
    })
  })

  describe('withdrawing', () => {
    it('keeps the match with who, when and why, and steps the need back to 待对接', async () => {
      const { record: match } = await repos.needMatches.matchToProject(need.id, TO_RUNNING)
      const { record } = await repos.needMatches.withdraw(match.id, '组织无力承接')
      expect(record).toMatchObject({
        withdrawnAt: expect.any(String),
        withdrawnBy: '张晓梅',
        withdrawReason: '组织无力承接'
      })
      expect(await db.needs.get(need.id)).toMatchObject({ status: '待对接', projectIds: [] })
      expect((await repos.needs.history(need.id)).at(-1)).toMatchObject({
        action: 'transition',
        summary: '撤销对接（已对接 → 待对接）'
      })
      expect((await repos.needMatches.history(match.id)).at(-1)).toMatchObject({
        action: 'transition',
        summary: '撤销对接：组织无力承接'
      })
    })

    it('leaves the need 已对接 while another match remains', async () => {
      await db.projects.add(pendingPurchase({ communityIds: ['community-1'] }))
      const { record: match } = await repos.needMatches.matchToProject(need.id, TO_RUNNING)
      await repos.needMatches.matchToProject(need.id, {
        ...TO_RUNNING,
        projectId: 'project-purchase'
      })
      await repos.needMatches.withdraw(match.id, '项目调整')
      expect(await db.needs.get(need.id)).toMatchObject({
        status: '已对接',
        projectIds: ['project-purchase']
      })
    })

    it('refuses a withdrawal without a reason, and a second one', async () => {
      const { record: match } = await repos.needMatches.matchToProject(need.id, TO_RUNNING)
      await expectRefused(
        db,
        () => repos.needMatches.withdraw(match.id, ' '),
        '请填写撤销原因',
        'reason'
      )
      await repos.needMatches.withdraw(match.id, '项目调整')
      await expectRefused(
        db,
        () => repos.needMatches.withdraw(match.id, '再次撤销'),
        '该对接已于 2026-11-22 撤销（项目调整），不能再次撤销'
      )
    })

    it('writes nothing when the need cannot be stored after the withdrawal', async () => {
      const { record: match } = await repos.needMatches.matchToProject(need.id, TO_RUNNING)
      vi.spyOn(db.table('needs'), 'put').mockImplementationOnce(failingWrite)
      await expectRefused(
        db,
        () => repos.needMatches.withdraw(match.id, '项目调整'),
        '模拟写入失败'
      )
    })
  })

  describe('suggestions', () => {
    /**
     * 华侨路社区 (community-1) and 宁海路社区 (community-2) are in 鼓楼街道; 安泰社区 (community-3)
     * is in 安泰街道. The need: 为老服务 in community-1.
     */
    beforeEach(async () => {
      await db.communities.add(community('community-3', '安泰社区', { subdistrict: '安泰街道' }))
      await db.organizations.update('org-1', { category: '社区治理', rating: null })
      await db.organizations.bulkAdd([
        organization('org-a', '夕阳红为老服务中心', {
          category: '为老服务',
          communityIds: ['community-1'],
          rating: { grade: '5A', score: 920, ratedOn: '2024-01-10' }
        }),
        organization('org-b', '宁海青少年服务社', {
          category: '青少年服务',
          communityIds: ['community-2']
        }),
        organization('org-c', '安泰为老服务站', {
          category: '为老服务',
          communityIds: ['community-3']
        }),
        organization('org-d', '华侨路老年协会', {
          category: '为老服务',
          communityIds: ['community-1'],
          registrationStatus: '注销'
        }),
        organization('org-e', '华侨路养老驿站', {
          category: '为老服务',
          communityIds: ['community-1'],
          archivedAt: '2026-01-01T00:00:00.000Z'
        }),
        organization('org-f', '安泰青少年之家', {
          category: '青少年服务',
          communityIds: ['community-3']
        })
      ])
      await db.evaluations.bulkAdd([
        gradedEvaluation('evaluation-a', 'org-a', '优秀', '2025-06-01'),
        gradedEvaluation('evaluation-c', 'org-c', '不合格', '2025-03-01'),
        // Older than three years: does not speak for org-c any more.
        gradedEvaluation('evaluation-c-old', 'org-c', '优秀', '2022-03-01')
      ])
      // org-1 and worker-1 deliver three 执行中 projects (project-1 and two more).
      await db.projects.bulkAdd([
        runningProject({ id: 'project-2', socialWorkerIds: ['worker-1'] }),
        runningProject({ id: 'project-3', socialWorkerIds: ['worker-1'] })
      ])
      await db.socialWorkers.update('worker-1', { specialties: ['老年社会工作'] })
      await db.socialWorkers.update('worker-3', { registrationValidUntil: '2026-01-31' })
      await db.socialWorkers.bulkAdd([
        worker('worker-4', '周慧', {
          certLevel: '高级社会工作师',
          certNo: 'HSW-2020-0004',
          specialties: ['医务社会工作'],
          communityIds: ['community-3']
        }),
        worker('worker-5', '吴强', { certNo: 'SW-2023-0005', communityIds: ['community-2'] })
      ])
      await db.resources.bulkAdd([
        resource('resource-1', '社区活动室', { communityIds: ['community-1'], categories: [] }),
        resource('resource-2', '助老志愿服务队', {
          providerKind: '志愿服务队',
          type: '志愿者',
          communityIds: [],
          categories: ['为老服务']
        }),
        resource('resource-3', '过期的场地', { availableUntil: '2026-06-30' }),
        resource('resource-4', '宁海路会议室', { communityIds: ['community-2'] }),
        resource('resource-5', '青少年活动角', { categories: ['青少年服务'] })
      ])
    })

    it('suggests organisations by field, place, grades and load, with the reasons', async () => {
      const { organizations } = await repos.needMatches.suggest(need.id)
      expect(organizations).toEqual([
        {
          id: 'org-a',
          score: 12,
          reasons: ['服务领域一致：为老服务', '服务本社区', '近年评估：优秀', '等级评估 5A']
        },
        { id: 'org-1', score: 2, reasons: ['服务本社区', '在办项目 3 个'] },
        { id: 'org-c', score: 1, reasons: ['服务领域一致：为老服务', '近三年有不合格评估'] },
        { id: 'org-b', score: 1, reasons: ['服务同街道社区'] }
      ])
    })

    it('suggests social workers by specialty, place, level and load', async () => {
      const { socialWorkers } = await repos.needMatches.suggest(need.id)
      expect(socialWorkers).toEqual([
        {
          id: 'worker-4',
          score: 7,
          reasons: ['专长对口：医务社会工作', '职业水平：高级社会工作师', '暂无在办项目']
        },
        {
          id: 'worker-1',
          score: 6,
          reasons: ['专长对口：老年社会工作', '服务本社区', '职业水平：社会工作师', '在办项目 3 个']
        },
        {
          id: 'worker-2',
          score: 5,
          reasons: ['服务本社区', '职业水平：社会工作师', '暂无在办项目']
        },
        { id: 'worker-3', score: 1, reasons: ['服务本社区', '暂无在办项目', '登记已过期'] }
      ])
    })

    it('suggests resources available today for the community or all, and the field or any', async () => {
      const { resources } = await repos.needMatches.suggest(need.id)
      expect(resources).toEqual([
        { id: 'resource-1', score: 3, reasons: ['提供给本社区', '不限服务领域'] },
        { id: 'resource-2', score: 3, reasons: ['全街道可用', '适用：为老服务'] }
      ])
    })

    it('suggests nothing for a missing need', async () => {
      expect(await repos.needMatches.suggest('need-9')).toEqual({
        organizations: [],
        socialWorkers: [],
        resources: []
      })
    })
  })
})
