import { beforeEach, describe, expect, it } from 'vitest'
import { DEMO_SCALE } from '@shared/sample-data/generate'
import { BulkLoadError, createRepositories, type Repositories } from '@renderer/db/repositories'
import { loadSampleData } from '@renderer/db/sample-data'
import type { ShelianDatabase } from '@renderer/db/schema'
import { freshDb, NOW, SAMPLE, sequentialIds, snapshot, tickingClock } from '../helpers'

describe('bulkLoad and the sample data', () => {
  let db: ShelianDatabase
  let repos: Repositories

  beforeEach(() => {
    db = freshDb()
    repos = createRepositories(db, { now: tickingClock(), newId: sequentialIds('audit') })
  })

  it('loads the demo set exactly as generated, with one import entry per record', async () => {
    const counts = await repos.bulkLoad(SAMPLE)
    expect(counts).toEqual(DEMO_SCALE)
    expect(await db.organizations.orderBy('id').toArray()).toEqual(
      [...SAMPLE.organizations].sort((a, b) => a.id.localeCompare(b.id))
    )
    await expect(repos.countTables()).resolves.toEqual({
      settings: 0,
      ...DEMO_SCALE,
      auditLog: DEMO_SCALE.organizations + DEMO_SCALE.communities + DEMO_SCALE.socialWorkers
    })
    const org = SAMPLE.organizations[0]!
    await expect(repos.organizations.history(org.id)).resolves.toEqual([
      {
        id: expect.stringMatching(/^audit-/),
        at: expect.stringMatching(/^2026-11-22T01:30:0\d\.000Z$/),
        operator: '未设置操作人',
        table: 'organizations',
        recordId: org.id,
        action: 'import'
      }
    ])
  })

  it('loads through loadSampleData with today’s date', async () => {
    await expect(loadSampleData(db, { now: () => NOW })).resolves.toEqual(DEMO_SCALE)
    await expect(repos.countRecords()).resolves.toEqual(DEMO_SCALE)
  })

  it('loads only into an empty registry, and then changes nothing', async () => {
    const community = SAMPLE.communities[0]!
    await db.communities.add(community)
    const before = await snapshot(db)
    await expect(repos.bulkLoad(SAMPLE)).rejects.toThrow(
      '已经有社会组织、社区或社工数据，只能载入到空的数据库中'
    )
    expect(await snapshot(db)).toEqual(before)
  })

  it('refuses the whole set when one row breaks a rule, and writes nothing', async () => {
    const index = SAMPLE.organizations.findIndex((org) => org.uscc)
    const broken = {
      ...SAMPLE,
      organizations: SAMPLE.organizations.map((org, i) => {
        if (i !== index) return org
        const last = org.uscc!.slice(-1) === '0' ? '1' : '0'
        return { ...org, uscc: `${org.uscc!.slice(0, 17)}${last}` }
      })
    }
    const failure = repos.bulkLoad(broken)
    await expect(failure).rejects.toBeInstanceOf(BulkLoadError)
    await expect(failure).rejects.toThrow(
      new RegExp(`第 ${index + 1} 条社会组织（.+）：统一社会信用代码：第 18 位校验码应为`)
    )
    expect(await snapshot(db)).toEqual({
      settings: [],
      communities: [],
      organizations: [],
      socialWorkers: [],
      auditLog: []
    })
  })

  it('refuses references to records that are not in the set', async () => {
    const failure = repos.bulkLoad({ ...SAMPLE, communities: SAMPLE.communities.slice(1) })
    await expect(failure).rejects.toThrow('服务社区中有 1 个社区在这批数据中找不到')
    await expect(db.organizations.count()).resolves.toBe(0)
  })
})
