import { beforeEach, describe, expect, it } from 'vitest'
import type { Repositories } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import type { ResourceDraft } from '@shared/domain/linkage/resource-rules'
import { expectRefused } from '../helpers'
import { linkageDatabase, NEED, organization } from '../../helpers/linkage-seed'

const DRAFT: ResourceDraft = {
  name: '阳光助老志愿服务',
  providerKind: '社会组织',
  organizationId: 'org-1',
  providerName: '阳光社工',
  type: '志愿者',
  capacity: '每月 2 次，每次 8 人',
  amountFen: null,
  communityIds: ['community-1', 'community-2'],
  categories: ['为老服务'],
  availableFrom: '2026-01-01',
  availableUntil: '2027-12-31',
  availability: '每周六上午',
  contactName: '陈静',
  contactPhone: '13800138000'
}

describe('resources repository', () => {
  let db: ShelianDatabase
  let repos: Repositories

  beforeEach(async () => {
    ;({ db, repos } = await linkageDatabase())
  })

  it('records a resource with its pinyin keys, audited', async () => {
    const { record, warnings } = await repos.resources.create(DRAFT)
    expect(warnings).toEqual([])
    expect(record).toMatchObject({ ...DRAFT, archivedAt: null, pinyinInitials: 'ygzlzyfw' })
    expect(await db.resources.get(record.id)).toEqual(record)
    expect(await repos.resources.history(record.id)).toEqual([
      expect.objectContaining({ action: 'create', operator: '张晓梅', recordId: record.id })
    ])
  })

  it('refuses what checkResource refuses: money without an amount, an amount on a venue', async () => {
    await expectRefused(
      db,
      () => repos.resources.create({ ...DRAFT, type: '资金' }),
      '资金类资源须填写资金金额',
      'amountFen'
    )
    await expectRefused(
      db,
      () => repos.resources.create({ ...DRAFT, type: '场地', amountFen: 500_000 }),
      '场地类资源不填写金额（填写了 5,000.00 元），数量写在“资源数量或规模”中',
      'amountFen'
    )
  })

  it('refuses a missing or archived organisation and a missing community', async () => {
    await expectRefused(
      db,
      () => repos.resources.create({ ...DRAFT, organizationId: 'org-9' }),
      '所选社会组织不存在，请重新选择',
      'organizationId'
    )
    await db.organizations.add(
      organization('org-2', '鼓楼区夕阳红服务中心', { archivedAt: '2026-10-01T00:00:00.000Z' })
    )
    await expectRefused(
      db,
      () => repos.resources.create({ ...DRAFT, organizationId: 'org-2' }),
      '社会组织“鼓楼区夕阳红服务中心”已归档，不能作为资源提供方',
      'organizationId'
    )
    await expectRefused(
      db,
      () => repos.resources.create({ ...DRAFT, communityIds: ['community-1', 'community-9'] }),
      '面向社区中有 1 个社区不存在，请重新选择',
      'communityIds'
    )
  })

  it('keeps a resource editable when its organisation was archived since, with a warning', async () => {
    const { record } = await repos.resources.create(DRAFT)
    await repos.organizations.archive('org-1')
    const { record: updated, warnings } = await repos.resources.update(record.id, {
      capacity: '每月 4 次'
    })
    expect(updated.capacity).toBe('每月 4 次')
    expect(warnings).toEqual([
      {
        field: 'organizationId',
        level: 'warning',
        message: `提供资源的社会组织“${(await db.organizations.get('org-1'))!.name}”已归档`
      }
    ])
  })

  it('warns on archiving a resource that active matches still name, not withdrawn ones', async () => {
    const { record } = await repos.resources.create(DRAFT)
    const { record: need } = await repos.needs.create(NEED)
    const { record: match } = await repos.needMatches.matchToProject(need.id, {
      target: 'project',
      projectId: 'project-1',
      applicationId: null,
      organizationId: 'org-1',
      socialWorkerIds: [],
      resourceIds: [record.id],
      note: null
    })
    const { warnings } = await repos.resources.archive(record.id)
    expect(warnings).toEqual([
      {
        field: '',
        level: 'warning',
        message:
          '仍有 1 条有效对接使用了该资源（需求“独居老人助餐”）。这些对接不受影响，新的对接不能再选用该资源'
      }
    ])
    await repos.resources.restore(record.id)
    await repos.needMatches.withdraw(match.id, '服务队人手不足')
    expect((await repos.resources.archive(record.id)).warnings).toEqual([])
  })
})
