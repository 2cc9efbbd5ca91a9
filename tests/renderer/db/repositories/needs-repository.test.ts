import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Repositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import type { MatchDraft } from '@shared/domain/linkage/need-match'
import { pendingPurchase } from '../../helpers/project-seed'
import { expectRefused, fieldError, refusedUnchanged } from '../helpers'
import {
  community,
  failingWrite,
  linkageDatabase,
  matchRow,
  NEED,
  needRow
} from '../../helpers/linkage-seed'

const TO_RUNNING: Omit<MatchDraft, 'needId'> = {
  target: 'project',
  projectId: 'project-1',
  applicationId: null,
  organizationId: 'org-1',
  socialWorkerIds: ['worker-1'],
  resourceIds: [],
  note: null
}

describe('needs repository', () => {
  let db: ShelianDatabase
  let repos: Repositories

  beforeEach(async () => {
    ;({ db, repos } = await linkageDatabase())
  })

  describe('create and update', () => {
    it('records a need in 待对接 with no projects, audited', async () => {
      const { record, warnings } = await repos.needs.create(NEED)
      expect(warnings).toEqual([])
      expect(record).toMatchObject({
        ...NEED,
        status: '待对接',
        projectIds: [],
        mergedIntoId: null,
        resolution: null,
        archivedAt: null,
        pinyinInitials: 'djlrzc'
      })
      expect(await db.needs.get(record.id)).toEqual(record)
      expect(await repos.needs.history(record.id)).toEqual([
        expect.objectContaining({
          action: 'create',
          operator: '张晓梅',
          summary: '登记需求：独居老人助餐'
        })
      ])
      expect((await repos.needs.listForCommunity('community-1')).map((n) => n.id)).toEqual([
        record.id
      ])
      expect(await repos.needs.listForCommunity('community-2')).toEqual([])
    })

    it('warns when more residents raised it than live in the community', async () => {
      const { warnings } = await repos.needs.create({ ...NEED, raisedBy: 9000 })
      expect(warnings).toEqual([
        {
          field: 'raisedBy',
          level: 'warning',
          message: '提出人数 9000 超过“华侨路社区”的人口 8000，请核对'
        }
      ])
    })

    it('refuses a future date, a missing or archived community, and fields it keeps itself', async () => {
      await refusedUnchanged(db, () => repos.needs.create({ ...NEED, raisedOn: '2026-11-23' }), [
        fieldError('raisedOn', '提出日期不能晚于今天')
      ])
      await expectRefused(
        db,
        () => repos.needs.create({ ...NEED, communityId: 'community-9' }),
        '所选社区不存在，请重新选择',
        'communityId'
      )
      await db.communities.add(
        community('community-3', '已撤并社区', { archivedAt: '2026-01-01T00:00:00.000Z' })
      )
      await expectRefused(
        db,
        () => repos.needs.create({ ...NEED, communityId: 'community-3' }),
        '社区“已撤并社区”已归档，不能登记需求',
        'communityId'
      )
      await expectRefused(
        db,
        () => repos.needs.create({ ...NEED, status: '已解决' } as typeof NEED),
        '字段“status”由系统维护，不能直接填写',
        'status'
      )
      await expectRefused(
        db,
        () => repos.needs.create({ ...NEED, raisedBy: 0 }),
        '提出人数至少为 1',
        'raisedBy'
      )
    })

    it('updates the fields in the patch, audited, and writes nothing when nothing changed', async () => {
      const { record } = await repos.needs.create(NEED)
      const { record: updated } = await repos.needs.update(record.id, { raisedBy: 31 })
      expect(updated.raisedBy).toBe(31)
      expect((await repos.needs.history(record.id)).at(-1)).toMatchObject({
        action: 'update',
        changes: { raisedBy: [24, 31] }
      })
      const entries = (await repos.needs.history(record.id)).length
      await repos.needs.update(record.id, { raisedBy: 31 })
      expect(await repos.needs.history(record.id)).toHaveLength(entries)
    })

    it('refuses a move to another community while the need has active matches', async () => {
      const { record } = await repos.needs.create(NEED)
      await repos.needMatches.matchToProject(record.id, TO_RUNNING)
      await expectRefused(
        db,
        () => repos.needs.update(record.id, { communityId: 'community-2' }),
        '需求“独居老人助餐”还有 1 条有效对接，不能改到其他社区；请先撤销对接',
        'communityId'
      )
      // Other fields stay editable.
      expect((await repos.needs.update(record.id, { raisedBy: 30 })).record.raisedBy).toBe(30)
    })

    it('refuses changes to a merged or archived need', async () => {
      await db.needs.bulkAdd([
        needRow('need-a', '老人助餐'),
        needRow('need-b', '助餐点', {
          mergedIntoId: 'need-a',
          archivedAt: '2026-10-01T00:00:00.000Z'
        }),
        needRow('need-c', '路灯维修', { archivedAt: '2026-10-01T00:00:00.000Z' })
      ])
      await expectRefused(
        db,
        () => repos.needs.update('need-b', { raisedBy: 3 }),
        '需求“助餐点”已合并到其他需求，请在合并后的需求上操作'
      )
      await expectRefused(
        db,
        () => repos.needs.update('need-c', { raisedBy: 3 }),
        '需求“路灯维修”已归档'
      )
    })
  })

  describe('merge', () => {
    beforeEach(async () => {
      await db.projects.add(pendingPurchase({ communityIds: ['community-1'] }))
      await db.needs.bulkAdd([
        needRow('need-a', '老人助餐', { raisedBy: 20, raisedOn: '2026-09-20' }),
        needRow('need-b', '独居老人吃饭难', {
          source: '议事会',
          raisedBy: 7,
          raisedOn: '2026-08-02',
          status: '已对接',
          projectIds: ['project-1', 'project-purchase']
        }),
        needRow('need-c', '助餐点', { source: '12345', raisedBy: 3, raisedOn: '2026-10-11' })
      ])
      await db.needMatches.bulkAdd([
        matchRow('match-a1', 'need-a'),
        matchRow('match-b1', 'need-b'),
        matchRow('match-b2', 'need-b', { projectId: 'project-purchase' }),
        matchRow('match-b3', 'need-b', {
          projectId: 'project-purchase',
          withdrawnAt: '2026-09-01T00:00:00.000Z',
          withdrawnBy: '张晓梅',
          withdrawReason: '项目调整'
        })
      ])
      await db.needs.update('need-a', { status: '已对接', projectIds: ['project-1'] })
    })

    it('adds the counts up, keeps the earliest date and archives the duplicates pointing at the target', async () => {
      const { record } = await repos.needs.merge('need-a', ['need-b', 'need-c'])
      expect(record).toMatchObject({
        id: 'need-a',
        name: '老人助餐',
        raisedBy: 30,
        raisedOn: '2026-08-02',
        status: '已对接',
        projectIds: ['project-1', 'project-purchase'],
        archivedAt: null
      })
      expect(await db.needs.get('need-a')).toEqual(record)
      for (const id of ['need-b', 'need-c']) {
        expect(await db.needs.get(id)).toMatchObject({
          mergedIntoId: 'need-a',
          archivedAt: expect.any(String)
        })
        expect((await repos.needs.history(id)).at(-1)).toMatchObject({
          action: 'archive',
          summary: '作为重复需求并入“老人助餐”'
        })
      }
      expect((await repos.needs.history('need-a')).at(-1)).toMatchObject({
        action: 'update',
        operator: '张晓梅',
        summary: '合并重复需求：“独居老人吃饭难”、“助餐点”并入“老人助餐”',
        changes: { raisedBy: [20, 30], raisedOn: ['2026-09-20', '2026-08-02'] }
      })
    })

    it('moves the duplicates’ matches to the target, withdrawing one the target already holds', async () => {
      await repos.needs.merge('need-a', ['need-b', 'need-c'])
      const matches = await repos.needMatches.listForNeed('need-a')
      expect(matches.map((match) => match.id).sort()).toEqual([
        'match-a1',
        'match-b1',
        'match-b2',
        'match-b3'
      ])
      expect(await db.needMatches.get('match-b1')).toMatchObject({
        needId: 'need-a',
        withdrawnBy: '张晓梅',
        withdrawReason: '需求“独居老人吃饭难”并入“老人助餐”，与“老人助餐”已有的对接重复'
      })
      expect(await db.needMatches.get('match-b2')).toMatchObject({
        needId: 'need-a',
        withdrawnAt: null
      })
      // A withdrawn match moves as it was, so the target's history is whole.
      expect(await db.needMatches.get('match-b3')).toMatchObject({
        needId: 'need-a',
        withdrawReason: '项目调整'
      })
      expect((await repos.needMatches.history('match-b1')).at(-1)).toMatchObject({
        summary:
          '随需求合并转到“老人助餐”并撤销：需求“独居老人吃饭难”并入“老人助餐”，与“老人助餐”已有的对接重复'
      })
    })

    it('refuses what mergeNeeds refuses, writing nothing', async () => {
      await db.needs.add(needRow('need-d', '宁海路助餐', { communityId: 'community-2' }))
      await expectRefused(
        db,
        () => repos.needs.merge('need-a', ['need-b', 'need-d']),
        '不同社区的需求不能合并：“宁海路助餐”与“老人助餐”不在同一社区'
      )
      await expectRefused(
        db,
        () => repos.needs.merge('need-a', []),
        '请至少选择一条要合并的重复需求'
      )
      await expectRefused(
        db,
        () => repos.needs.merge('need-a', ['need-b', 'need-9']),
        '要合并的需求中有记录不存在，请重新选择'
      )
    })

    it('writes nothing when a write fails half-way through (matches after needs)', async () => {
      vi.spyOn(db.table('needMatches'), 'put').mockImplementationOnce(failingWrite)
      await expectRefused(
        db,
        () => repos.needs.merge('need-a', ['need-b', 'need-c']),
        '模拟写入失败'
      )
    })
  })

  describe('steps', () => {
    it('starts service only once a linked project is 执行中', async () => {
      await db.projects.add(pendingPurchase({ communityIds: ['community-1'] }))
      const { record: need } = await repos.needs.create(NEED)
      await repos.needMatches.matchToProject(need.id, {
        ...TO_RUNNING,
        projectId: 'project-purchase'
      })
      await expectRefused(
        db,
        () => repos.needs.step(need.id, 'start', {}),
        '需求“独居老人助餐”对接的项目（“柳城社区居家养老服务”待签约）都不在执行中，开始服务须有执行中的对接项目'
      )
      expect(await repos.needs.actions(need.id)).toEqual([
        { action: 'match', label: '对接', refusal: null },
        {
          action: 'start',
          label: '开始服务',
          refusal:
            '需求“独居老人助餐”对接的项目（“柳城社区居家养老服务”待签约）都不在执行中，开始服务须有执行中的对接项目'
        },
        { action: 'resolve', label: '标记已解决', refusal: null }
      ])

      await repos.needMatches.matchToProject(need.id, TO_RUNNING)
      const { record } = await repos.needs.step(need.id, 'start', {})
      expect(record.status).toBe('服务中')
      expect((await repos.needs.history(need.id)).at(-1)).toMatchObject({
        action: 'transition',
        summary: '开始服务（已对接 → 服务中）'
      })
    })

    it('resolves with a resolution and reopens to 已对接 while matches remain', async () => {
      const { record: need } = await repos.needs.create(NEED)
      await repos.needMatches.matchToProject(need.id, TO_RUNNING)
      await refusedUnchanged(db, () => repos.needs.step(need.id, 'resolve', { resolution: ' ' }), [
        fieldError('resolution', '请填写解决情况')
      ])
      const { record: resolved } = await repos.needs.step(need.id, 'resolve', {
        resolution: '助餐点已开办，每日供餐 60 份'
      })
      expect(resolved).toMatchObject({
        status: '已解决',
        resolution: '助餐点已开办，每日供餐 60 份'
      })

      // One 重新打开 is offered: the one the active match calls for.
      expect(await repos.needs.actions(need.id)).toEqual([
        { action: 'reopenMatched', label: '重新打开', refusal: null }
      ])
      await expectRefused(
        db,
        () => repos.needs.step(need.id, 'reopen', {}),
        '需求“独居老人助餐”还有 1 条有效对接，重新打开后为“已对接”'
      )
      const { record: reopened } = await repos.needs.step(need.id, 'reopenMatched', {})
      expect(reopened).toMatchObject({ status: '已对接', resolution: null })
    })

    it('refuses 对接 as a step, a step the status does not allow, and steps on a merged need', async () => {
      const { record: need } = await repos.needs.create(NEED)
      await expectRefused(
        db,
        () => repos.needs.step(need.id, 'match', {}),
        '对接请在需求的“对接”中选择项目或申报书'
      )
      await expectRefused(
        db,
        () => repos.needs.step(need.id, 'resolve', { resolution: '已解决' }),
        '需求“独居老人助餐”当前为“待对接”，不能标记已解决'
      )
      await db.needs.add(
        needRow('need-m', '助餐', { mergedIntoId: need.id, archivedAt: '2026-10-01T00:00:00.000Z' })
      )
      await expectRefused(
        db,
        () => repos.needs.step('need-m', 'start', {}),
        '需求“助餐”已合并到其他需求，请在合并后的需求上操作'
      )
      expect(await repos.needs.actions('need-m')).toEqual([])
    })
  })

  describe('archive and restore', () => {
    it('refuses to archive a need with active matches, and archives it once they are withdrawn', async () => {
      const { record: need } = await repos.needs.create(NEED)
      const { record: match } = await repos.needMatches.matchToProject(need.id, TO_RUNNING)
      await expectRefused(
        db,
        () => repos.needs.archive(need.id),
        '需求“独居老人助餐”还有 1 条有效对接，请先撤销对接再归档'
      )
      await repos.needMatches.withdraw(match.id, '录入错误')
      expect((await repos.needs.archive(need.id)).record.archivedAt).not.toBeNull()
      expect((await repos.needs.restore(need.id)).record.archivedAt).toBeNull()
    })

    it('refuses to restore a merged duplicate on its own', async () => {
      await db.needs.bulkAdd([
        needRow('need-a', '老人助餐'),
        needRow('need-b', '助餐点', {
          mergedIntoId: 'need-a',
          archivedAt: '2026-10-01T00:00:00.000Z'
        })
      ])
      await expectRefused(
        db,
        () => repos.needs.restore('need-b'),
        '需求“助餐点”已合并到“老人助餐”，不能单独恢复；请在合并后的需求上操作'
      )
    })
  })
})
