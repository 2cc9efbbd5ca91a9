import { describe, expect, it } from 'vitest'
import { checkCommunity } from '@shared/domain/communities/community'
import { checkOrganization } from '@shared/domain/organizations/organization'
import { checkSocialWorker } from '@shared/domain/social-workers/social-worker'
import { DEMO_SCALE, generateSampleData } from '@shared/sample-data/generate'
import { pinyinKeys } from '@shared/text/pinyin'

const today = '2026-11-22'
const data = generateSampleData({ today })

function draftOf(record: object) {
  const rest: Record<string, unknown> = { ...record }
  for (const key of ['id', 'createdAt', 'updatedAt', 'archivedAt', 'pinyin', 'pinyinInitials']) {
    delete rest[key]
  }
  return rest
}

describe('generateSampleData', () => {
  it('makes the demo scale by default', () => {
    expect(data.organizations).toHaveLength(DEMO_SCALE.organizations)
    expect(data.communities).toHaveLength(DEMO_SCALE.communities)
    expect(data.socialWorkers).toHaveLength(DEMO_SCALE.socialWorkers)
  })

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateSampleData({ today })).toEqual(data)
    expect(generateSampleData({ today, seed: 7 }).organizations[0]!.name).not.toBe(
      data.organizations[0]!.name
    )
  })

  it('includes the communities named in the seed articles', () => {
    const names = data.communities.map((c) => c.name)
    expect(names).toEqual(
      expect.arrayContaining(['军门社区', '南街社区', '永宁路社区', '黉门街社区'])
    )
  })

  it('produces only records the app’s own rules accept', () => {
    for (const org of data.organizations) {
      const result = checkOrganization(draftOf(org), today)
      expect(result.ok ? [] : result.issues, org.name).toEqual([])
      expect(result.ok && result.warnings, org.name).toEqual([])
    }
    for (const community of data.communities) {
      expect(checkCommunity(draftOf(community)).ok, community.name).toBe(true)
    }
    for (const worker of data.socialWorkers) {
      const result = checkSocialWorker(draftOf(worker), today)
      expect(result.ok ? [] : result.issues, worker.name).toEqual([])
    }
  })

  it('keeps identifiers unique and references pointing at real records', () => {
    const usccs = data.organizations.flatMap((o) => (o.uscc ? [o.uscc] : []))
    expect(new Set(usccs).size).toBe(usccs.length)
    const names = data.organizations.map((o) => o.name)
    expect(new Set(names).size).toBe(names.length)
    const certNos = data.socialWorkers.flatMap((w) => (w.certNo ? [w.certNo] : []))
    expect(new Set(certNos).size).toBe(certNos.length)
    const ids = new Set([...data.communities, ...data.organizations].map((r) => r.id))
    for (const org of data.organizations)
      for (const id of org.communityIds) expect(ids.has(id)).toBe(true)
    for (const worker of data.socialWorkers) {
      if (worker.employerId) expect(ids.has(worker.employerId)).toBe(true)
      for (const id of worker.communityIds) expect(ids.has(id)).toBe(true)
    }
  })

  it('stores the pinyin keys of every name', () => {
    for (const org of data.organizations.slice(0, 20)) {
      expect({ pinyin: org.pinyin, pinyinInitials: org.pinyinInitials }).toEqual(
        pinyinKeys(org.name)
      )
    }
  })

  it('covers every registration status and legal form, with some ratings and expiries', () => {
    expect(new Set(data.organizations.map((o) => o.registrationStatus))).toEqual(
      new Set(['筹备', '备案', '已登记', '注销'])
    )
    expect(data.organizations.some((o) => o.rating)).toBe(true)
    expect(
      data.socialWorkers.some((w) => w.registrationValidUntil && w.registrationValidUntil < today)
    ).toBe(true)
  })
})
