import { beforeEach, describe, expect, it } from 'vitest'
import { RecordValidationError } from '@shared/domain/check'
import type { Organization, OrganizationDraft } from '@shared/domain/organizations/organization'
import { pinyinKeys } from '@shared/text/pinyin'
import {
  createRepositories,
  RecordNotFoundError,
  type CommunityDraft,
  type Repositories,
  type SocialWorkerDraft
} from '@renderer/db/repositories'
import { NO_OPERATOR } from '@renderer/db/repositories/audit-log'
import { RecordBatchError } from '@renderer/db/repositories/record-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import {
  draftOf,
  freshDb,
  NOW,
  SAMPLE,
  sequentialIds,
  snapshot,
  tickingClock,
  TODAY
} from '../helpers'

const communityDraft = (index = 0) => draftOf(SAMPLE.communities[index]!) as CommunityDraft

/** A registered organisation (it has a USCC) serving `communityIds`. */
function organizationDraft(communityIds: string[], index = 0): OrganizationDraft {
  const org = SAMPLE.organizations.filter((o) => o.registrationStatus === '已登记')[index]!
  return { ...(draftOf(org) as OrganizationDraft), communityIds }
}

/** A certified social worker, registration still valid, with no employer yet. */
function socialWorkerDraft(communityIds: string[], index = 0): SocialWorkerDraft {
  const worker = SAMPLE.socialWorkers.filter((w) => w.certNo && w.registrationValidUntil! >= TODAY)[
    index
  ]!
  return { ...(draftOf(worker) as SocialWorkerDraft), employerId: null, communityIds }
}

describe('record repositories', () => {
  let db: ShelianDatabase
  let repos: Repositories

  beforeEach(() => {
    db = freshDb()
    repos = createRepositories(db, { now: tickingClock(), newId: sequentialIds() })
  })

  describe('create', () => {
    it('stores the checked record with id, stamps and pinyin keys, and audits it', async () => {
      const draft = communityDraft()
      const { record, warnings } = await repos.communities.create(draft)
      expect(warnings).toEqual([])
      expect(record).toEqual({
        ...draft,
        ...pinyinKeys(draft.name),
        id: 'id-1',
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
        archivedAt: null
      })
      await expect(repos.communities.get('id-1')).resolves.toEqual(record)
      await expect(repos.communities.history('id-1')).resolves.toEqual([
        {
          id: 'id-2',
          at: NOW.toISOString(),
          operator: NO_OPERATOR,
          table: 'communities',
          recordId: 'id-1',
          action: 'create'
        }
      ])
    })

    it('puts the operator from 设置 on the audit entry', async () => {
      await repos.settings.saveGeneral({ operatorName: '张晓梅', officeName: '', backupKeep: 10 })
      const { record } = await repos.communities.create(communityDraft())
      const [entry] = await repos.communities.history(record.id)
      expect(entry!.operator).toBe('张晓梅')
    })

    it('trims text on the way in, as the shared rule says', async () => {
      const { record } = await repos.communities.create({
        ...communityDraft(),
        name: '  军门社区 '
      })
      expect(record.name).toBe('军门社区')
      expect(record).toMatchObject(pinyinKeys('军门社区'))
      expect(record.pinyinInitials).toBe('jmsq')
    })

    it('returns the rule’s warnings and still writes', async () => {
      const { record, warnings } = await repos.communities.create({
        ...communityDraft(),
        households: 900,
        population: 500
      })
      expect(warnings).toEqual([
        { field: 'households', level: 'warning', message: '户数多于人口，请核对' }
      ])
      await expect(repos.communities.get(record.id)).resolves.toBeDefined()
    })

    it('refuses invalid input with field messages and writes nothing', async () => {
      const failure = repos.communities.create({ ...communityDraft(), name: '', grids: -1 })
      await expect(failure).rejects.toBeInstanceOf(RecordValidationError)
      await expect(failure).rejects.toMatchObject({
        issues: expect.arrayContaining([
          { field: 'name', level: 'error', message: '请填写社区名称' },
          { field: 'grids', level: 'error', message: '网格数不能为负数' }
        ])
      })
      expect(await snapshot(db)).toMatchObject({ communities: [], auditLog: [] })
    })

    it('refuses fields the rule does not know, and bookkeeping fields, in Chinese', async () => {
      await expect(
        repos.communities.create({
          ...communityDraft(),
          id: 'mine',
          colour: 'red'
        } as CommunityDraft)
      ).rejects.toMatchObject({
        issues: [
          { field: 'id', level: 'error', message: '字段“id”由系统维护，不能直接填写' },
          { field: 'colour', level: 'error', message: '没有名为“colour”的字段' }
        ]
      })
      await expect(db.communities.count()).resolves.toBe(0)
    })

    it('writes neither the record nor anything else when the audit entry cannot be written', async () => {
      // A middleware that makes every write to the audit log fail, as a full disk would.
      db.use({
        stack: 'dbcore',
        name: 'failing-audit-log',
        create: (down) => ({
          ...down,
          table: (name) => {
            const table = down.table(name)
            if (name !== 'auditLog') return table
            return { ...table, mutate: () => Promise.reject(new Error('磁盘已满')) }
          }
        })
      })
      await expect(repos.communities.create(communityDraft())).rejects.toThrow('磁盘已满')
      await expect(db.communities.count()).resolves.toBe(0)
      await expect(db.auditLog.count()).resolves.toBe(0)
    })
  })

  describe('update', () => {
    it('changes the given fields, keeps the rest, and audits the changes', async () => {
      const { record: created } = await repos.communities.create(communityDraft())
      const { record } = await repos.communities.update(created.id, {
        name: '长安社区',
        grids: created.grids + 1
      })
      expect(record).toEqual({
        ...created,
        name: '长安社区',
        grids: created.grids + 1,
        ...pinyinKeys('长安社区'),
        updatedAt: new Date(NOW.getTime() + 1000).toISOString()
      })
      await expect(repos.communities.get(created.id)).resolves.toEqual(record)
      const history = await repos.communities.history(created.id)
      expect(history.map((entry) => entry.action)).toEqual(['create', 'update'])
      expect(history[1]!.changes).toEqual({
        name: [created.name, '长安社区'],
        grids: [created.grids, created.grids + 1]
      })
    })

    it('writes nothing when nothing changes', async () => {
      const { record: created } = await repos.communities.create(communityDraft())
      const { record } = await repos.communities.update(created.id, { name: created.name })
      expect(record).toEqual(created)
      await expect(repos.communities.history(created.id)).resolves.toHaveLength(1)
    })

    it('refuses an invalid change and keeps the stored record', async () => {
      const { record: created } = await repos.communities.create(communityDraft())
      const before = await snapshot(db)
      await expect(
        repos.communities.update(created.id, { divisionCode: '12345' })
      ).rejects.toBeInstanceOf(RecordValidationError)
      expect(await snapshot(db)).toEqual(before)
    })

    it('refuses to change bookkeeping fields', async () => {
      const { record: created } = await repos.communities.create(communityDraft())
      await expect(
        repos.communities.update(created.id, { createdAt: 'x' } as Partial<CommunityDraft>)
      ).rejects.toMatchObject({ issues: [{ field: 'createdAt', level: 'error' }] })
    })

    it('refuses to change an archived record until it is restored', async () => {
      const { record: created } = await repos.communities.create(communityDraft())
      await repos.communities.archive(created.id)
      await expect(repos.communities.update(created.id, { grids: 1 })).rejects.toMatchObject({
        message: '这条社区已归档，请先恢复再修改'
      })
      await repos.communities.restore(created.id)
      await expect(repos.communities.update(created.id, { grids: 1 })).resolves.toMatchObject({
        record: { grids: 1 }
      })
    })

    it('says so in Chinese when the record does not exist', async () => {
      const failure = repos.organizations.update('no-such-id', { name: '某组织' })
      await expect(failure).rejects.toBeInstanceOf(RecordNotFoundError)
      await expect(failure).rejects.toThrow('找不到这条社会组织记录（no-such-id）')
    })
  })

  describe('archive and restore', () => {
    it('archives instead of deleting, lists archived records, and restores them', async () => {
      const { record: created } = await repos.communities.create(communityDraft())
      const { record: archived } = await repos.communities.archive(created.id)
      expect(archived.archivedAt).toBe(new Date(NOW.getTime() + 1000).toISOString())
      expect(await repos.communities.listAll()).toEqual([archived])

      const { record: restored } = await repos.communities.restore(created.id)
      expect(restored.archivedAt).toBeNull()
      const history = await repos.communities.history(created.id)
      expect(history.map((entry) => [entry.action, entry.changes])).toEqual([
        ['create', undefined],
        ['archive', { archivedAt: [null, archived.archivedAt] }],
        ['restore', { archivedAt: [archived.archivedAt, null] }]
      ])
    })

    it('does nothing when archiving twice', async () => {
      const { record: created } = await repos.communities.create(communityDraft())
      await repos.communities.archive(created.id)
      await repos.communities.archive(created.id)
      await expect(repos.communities.history(created.id)).resolves.toHaveLength(2)
    })

    it('keeps references working and says who still points at an archived record', async () => {
      const { record: community } = await repos.communities.create(communityDraft())
      const { record: org } = await repos.organizations.create(organizationDraft([community.id]))
      const { record: worker } = await repos.socialWorkers.create({
        ...socialWorkerDraft([community.id]),
        employerId: org.id
      })

      const { warnings: communityWarnings } = await repos.communities.archive(community.id)
      expect(communityWarnings).toEqual([
        {
          field: '',
          level: 'warning',
          message: '仍有 1 个社会组织和 1 名社工服务该社区，他们的记录会继续显示这个已归档的社区'
        }
      ])
      const { warnings: orgWarnings } = await repos.organizations.archive(org.id)
      expect(orgWarnings[0]!.message).toContain('仍有 1 名社工的工作单位是该组织')

      // The worker still points at both, and can still be edited; the archived employer is mentioned.
      const { record, warnings } = await repos.socialWorkers.update(worker.id, { phone: null })
      expect(record).toMatchObject({ employerId: org.id, communityIds: [community.id] })
      expect(warnings.map((w) => w.message)).toEqual([
        `工作单位“${org.name}”已归档`,
        `服务社区“${community.name}”已归档`
      ])
    })
  })

  describe('organisations', () => {
    it('refuses a second organisation with the same USCC, naming the first', async () => {
      const { record: community } = await repos.communities.create(communityDraft())
      const draft = organizationDraft([community.id])
      const { record: first } = await repos.organizations.create(draft)
      const before = await snapshot(db)
      const failure = repos.organizations.create({ ...draft, name: '另一个名字的组织' })
      await expect(failure).rejects.toBeInstanceOf(RecordValidationError)
      await expect(failure).rejects.toMatchObject({
        issues: [
          {
            field: 'uscc',
            level: 'error',
            message: `统一社会信用代码 ${first.uscc} 已被“${first.name}”使用，同一组织不能重复录入`
          }
        ]
      })
      expect(await snapshot(db)).toEqual(before)
    })

    it('finds the duplicate whatever the case it was typed in, and among archived records', async () => {
      const { record: community } = await repos.communities.create(communityDraft())
      const draft = organizationDraft([community.id])
      const { record: first } = await repos.organizations.create(draft)
      await repos.organizations.archive(first.id)
      await expect(
        repos.organizations.create({ ...draft, uscc: draft.uscc!.toLowerCase() })
      ).rejects.toThrow(`已被“${first.name}”（已归档，可在归档中恢复）使用`)
    })

    it('lets an organisation keep its own USCC when it is edited', async () => {
      const { record: community } = await repos.communities.create(communityDraft())
      const { record } = await repos.organizations.create(organizationDraft([community.id]))
      await expect(
        repos.organizations.update(record.id, { staffCount: record.staffCount + 1 })
      ).resolves.toMatchObject({ record: { uscc: record.uscc } })
    })

    it('refuses communities that do not exist', async () => {
      await expect(
        repos.organizations.create(organizationDraft(['no-such-community']))
      ).rejects.toMatchObject({
        issues: [
          {
            field: 'communityIds',
            level: 'error',
            message: '服务社区中有 1 个社区不存在，请重新选择'
          }
        ]
      })
      await expect(db.organizations.count()).resolves.toBe(0)
    })

    it('runs the shared rule: a registered organisation needs a USCC', async () => {
      await expect(
        repos.organizations.create({ ...organizationDraft([]), uscc: null })
      ).rejects.toMatchObject({
        issues: [{ field: 'uscc', level: 'error', message: '已登记的组织须填写统一社会信用代码' }]
      })
    })
  })

  describe('social workers', () => {
    it('refuses a second social worker with the same certificate number', async () => {
      const { record: community } = await repos.communities.create(communityDraft())
      const draft = socialWorkerDraft([community.id])
      const { record: first } = await repos.socialWorkers.create(draft)
      const before = await snapshot(db)
      await expect(
        repos.socialWorkers.create({
          ...socialWorkerDraft([community.id], 1),
          certNo: first.certNo
        })
      ).rejects.toMatchObject({
        issues: [
          {
            field: 'certNo',
            level: 'error',
            message: `证书编号 ${first.certNo} 已登记给“${first.name}”，同一证书不能重复录入`
          }
        ]
      })
      expect(await snapshot(db)).toEqual(before)
    })

    it('refuses an employer that does not exist', async () => {
      await expect(
        repos.socialWorkers.create({ ...socialWorkerDraft([]), employerId: 'no-such-org' })
      ).rejects.toMatchObject({
        issues: [{ field: 'employerId', level: 'error', message: '所选工作单位不存在，请重新选择' }]
      })
    })

    it('lets two people without certificates both have none', async () => {
      const uncertified = SAMPLE.socialWorkers.filter((w) => w.certLevel === '未持证').slice(0, 2)
      for (const worker of uncertified) {
        await repos.socialWorkers.create({
          ...(draftOf(worker) as SocialWorkerDraft),
          employerId: null,
          communityIds: []
        })
      }
      await expect(db.socialWorkers.count()).resolves.toBe(2)
    })
  })

  it('lists every record of a table for the grids', async () => {
    await repos.communities.create(communityDraft(0))
    await repos.communities.create(communityDraft(1))
    const all = await repos.communities.listAll()
    expect(all.map((c) => c.name).sort()).toEqual(
      [SAMPLE.communities[0]!.name, SAMPLE.communities[1]!.name].sort()
    )
  })
})

describe('createMany', () => {
  let db: ShelianDatabase
  let repos: Repositories
  const withoutIds = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: Organization) => rest

  beforeEach(async () => {
    db = freshDb()
    repos = createRepositories(db, { now: tickingClock(), newId: sequentialIds() })
    await repos.settings.saveGeneral({ operatorName: '张晓梅', officeName: '', backupKeep: 10 })
  })

  it('stores each record as create would, with one create entry each by the operator', async () => {
    const community = (await repos.communities.create(communityDraft())).record
    const drafts = [0, 1, 2].map((index) => organizationDraft([community.id], index))
    const results = await repos.organizations.createMany(drafts)

    const alone = createRepositories(freshDb(), { now: tickingClock(), newId: sequentialIds() })
    await alone.communities.create(communityDraft())
    const one = await alone.organizations.create({ ...drafts[0]!, communityIds: [] })
    expect(withoutIds({ ...results[0]!.record, communityIds: [] })).toEqual(withoutIds(one.record))

    const stored = await db.organizations.toArray()
    expect(stored.map((row) => row.name).sort()).toEqual(drafts.map((draft) => draft.name).sort())
    for (const { record } of results) {
      await expect(repos.organizations.history(record.id)).resolves.toEqual([
        expect.objectContaining({ action: 'create', operator: '张晓梅', table: 'organizations' })
      ])
    }
  })

  it('refuses the whole batch when one USCC is already stored, naming that input', async () => {
    const taken = (await repos.organizations.create(organizationDraft([], 1))).record
    const before = await snapshot(db)
    const failure = repos.organizations.createMany([
      organizationDraft([], 0),
      { ...organizationDraft([], 2), uscc: taken.uscc }
    ])
    await expect(failure).rejects.toBeInstanceOf(RecordBatchError)
    await expect(failure).rejects.toMatchObject({ index: 1 })
    await expect(failure).rejects.toThrow(`已被“${taken.name}”使用`)
    expect(await snapshot(db)).toEqual(before)
  })

  it('refuses a USCC that appears twice in the batch, at its second place', async () => {
    const first = organizationDraft([], 0)
    const before = await snapshot(db)
    const failure = repos.organizations.createMany([
      first,
      organizationDraft([], 1),
      { ...organizationDraft([], 2), uscc: first.uscc }
    ])
    await expect(failure).rejects.toMatchObject({ index: 2 })
    await expect(failure).rejects.toThrow(`与同批的“${first.name}”重复`)
    expect(await snapshot(db)).toEqual(before)
  })

  it('refuses an input the rule refuses, at its place, writing nothing', async () => {
    const failure = repos.communities.createMany([
      communityDraft(0),
      communityDraft(1),
      { ...communityDraft(2), name: '' }
    ])
    await expect(failure).rejects.toMatchObject({ index: 2, message: '请填写社区名称' })
    await expect(db.communities.count()).resolves.toBe(0)
  })

  it('checks each record against those before it in the batch, where the rules read one by one', async () => {
    const results = await repos.communities.createMany([communityDraft(0), communityDraft(0)])
    expect(results[0]!.warnings).toEqual([])
    expect(results[1]!.warnings).toEqual([
      expect.objectContaining({ field: 'name', level: 'warning' })
    ])
  })
})
