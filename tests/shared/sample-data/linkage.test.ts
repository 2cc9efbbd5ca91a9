import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { CheckResult } from '@shared/domain/check'
import type { IsoDate } from '@shared/domain/dates'
import { coverageGaps } from '@shared/domain/linkage/coverage'
import {
  checkStoredNeed,
  HIGH_DEMAND_MIN_RAISED_BY,
  isOpenNeed,
  NEED_SOURCES,
  NEED_STATUSES,
  type Need
} from '@shared/domain/linkage/need'
import { activeMatches, checkStoredMatch, projectIdsOf } from '@shared/domain/linkage/need-match'
import { RESOURCE_PROVIDER_KINDS, RESOURCE_TYPES } from '@shared/domain/linkage/resource'
import {
  checkResource,
  FIVE_SOCIETY_TYPES,
  fiveSocietyLeg
} from '@shared/domain/linkage/resource-rules'
import { PROJECT_WORKFLOW } from '@shared/domain/projects/project'
import { DEMO_SCALE, generateSampleData, type SampleData } from '@shared/sample-data/generate'
import { pinyinKeys } from '@shared/text/pinyin'

const today = '2026-11-22'
const data = generateSampleData({ today })

const BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'archivedAt', 'pinyin', 'pinyinInitials']

function draftOf(record: object): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...record }
  for (const key of BOOKKEEPING) delete rest[key]
  return rest
}

const day = (instant: string) => instant.slice(0, 10)

/** Every 三社联动 row through its rule and against the rest of the set; the problems found. */
function linkageProblems(sample: SampleData, asOf: IsoDate): string[] {
  const problems: string[] = []
  const report = (what: string, result: CheckResult<unknown>, record: object) => {
    if (!result.ok) problems.push(`${what}: ${result.issues.map((i) => i.message).join('；')}`)
    // What the rule returns is what is stored: nothing for a restore to normalise.
    else if (!isDeepStrictEqual(result.value, draftOf(record))) problems.push(`${what}: normalised`)
    const { createdAt, updatedAt } = record as { createdAt: string; updatedAt: string }
    if (updatedAt < createdAt) problems.push(`${what}: updated before created`)
    if (day(updatedAt) > asOf) problems.push(`${what}: future`)
  }
  const named = (what: string, record: Need | SampleData['resources'][number]) => {
    const { pinyin, pinyinInitials } = record
    if (!isDeepStrictEqual({ pinyin, pinyinInitials }, pinyinKeys(record.name))) {
      problems.push(`${what}: pinyin`)
    }
  }
  const communities = new Set(sample.communities.map((community) => community.id))
  const organizations = new Set(sample.organizations.map((org) => org.id))
  const workers = new Set(sample.socialWorkers.map((worker) => worker.id))
  const projects = new Map(sample.projects.map((project) => [project.id, project]))
  const applications = new Map(sample.applications.map((row) => [row.id, row]))
  const resources = new Map(sample.resources.map((resource) => [resource.id, resource]))
  const needs = new Map(sample.needs.map((need) => [need.id, need]))
  const projectOfApplication = new Map(
    sample.projects.flatMap((project) =>
      project.origin.kind === 'venture' ? [[project.origin.applicationId, project.id] as const] : []
    )
  )

  for (const resource of sample.resources) {
    const what = `资源 ${resource.name}`
    // Checked as entered: on the day it was recorded.
    report(what, checkResource(draftOf(resource), day(resource.createdAt)), resource)
    named(what, resource)
    if (resource.organizationId !== null && !organizations.has(resource.organizationId)) {
      problems.push(`${what}: organisation`)
    }
    if (resource.communityIds.some((id) => !communities.has(id))) {
      problems.push(`${what}: communities`)
    }
  }

  for (const need of sample.needs) {
    const what = `需求 ${need.name}`
    report(what, checkStoredNeed(draftOf(need), asOf), need)
    named(what, need)
    if (!communities.has(need.communityId)) problems.push(`${what}: community`)
    if (need.raisedOn > day(need.createdAt)) problems.push(`${what}: raised after entered`)
    const own = sample.needMatches.filter((match) => match.needId === need.id)
    if (need.mergedIntoId !== null) {
      const target = needs.get(need.mergedIntoId)
      if (!target || target.communityId !== need.communityId) problems.push(`${what}: target`)
      if (need.archivedAt === null) problems.push(`${what}: merged, not archived`)
      if (own.length > 0) problems.push(`${what}: merged, with matches`)
      continue
    }
    if (need.archivedAt !== null) problems.push(`${what}: archived`)
    // Status and projects follow from the matches.
    const active = activeMatches(own).length
    if ((need.status === '待对接') !== (active === 0)) {
      problems.push(`${what}: ${need.status} with ${active} active matches`)
    }
    if (!isDeepStrictEqual(need.projectIds, projectIdsOf(own, projectOfApplication))) {
      problems.push(`${what}: projects`)
    }
    if (
      need.status === '服务中' &&
      !need.projectIds.some((id) => projects.get(id)?.status === '执行中')
    ) {
      problems.push(`${what}: 服务中 without a running project`)
    }
    for (const match of own) {
      if (match.matchedAt < need.createdAt) problems.push(`${what}: matched before entered`)
      if (match.updatedAt > need.updatedAt) problems.push(`${what}: updated before its match`)
    }
  }

  for (const match of sample.needMatches) {
    const what = `对接 ${match.id}`
    report(what, checkStoredMatch(draftOf(match)), match)
    if (!needs.has(match.needId)) problems.push(`${what}: need`)
    if (match.createdAt !== match.matchedAt) problems.push(`${what}: created`)
    if (match.updatedAt !== (match.withdrawnAt ?? match.matchedAt))
      problems.push(`${what}: updated`)
    if (match.withdrawnAt !== null && match.withdrawnAt <= match.matchedAt) {
      problems.push(`${what}: withdrawn before matched`)
    }
    if (match.target === 'project') {
      const project = projects.get(match.projectId!)
      if (!project) problems.push(`${what}: project`)
      else {
        if (project.archivedAt !== null || PROJECT_WORKFLOW.final.includes(project.status)) {
          problems.push(`${what}: project ended`)
        }
        if (day(match.matchedAt) <= day(project.createdAt)) problems.push(`${what}: before 立项`)
      }
    } else {
      const application = applications.get(match.applicationId!)
      if (!application || !['草稿', '已提交'].includes(application.status)) {
        problems.push(`${what}: application`)
      } else if (day(match.matchedAt) <= day(application.createdAt)) {
        problems.push(`${what}: before the application`)
      }
    }
    if (match.organizationId !== null && !organizations.has(match.organizationId)) {
      problems.push(`${what}: organisation`)
    }
    if (match.socialWorkerIds.some((id) => !workers.has(id))) problems.push(`${what}: workers`)
    for (const id of match.resourceIds) {
      const resource = resources.get(id)
      const on = day(match.matchedAt)
      if (!resource) problems.push(`${what}: resource`)
      else if (
        (resource.availableFrom !== null && resource.availableFrom > on) ||
        (resource.availableUntil !== null && resource.availableUntil < on) ||
        day(resource.createdAt) > on
      ) {
        problems.push(`${what}: resource not available`)
      }
    }
  }
  return problems
}

const byStatus = (status: string) => data.needs.filter((need) => need.status === status)
const live = data.needs.filter((need) => need.mergedIntoId === null)

describe('generateSampleData: 三社联动', () => {
  it('produces only rows the app’s own rules accept, unchanged, pointing at the same set', () => {
    expect(linkageProblems(data, today)).toEqual([])
  })

  it('stays valid around new year, the spring festival and national day', () => {
    for (const asOf of ['2027-01-02', '2026-02-20', '2025-10-05']) {
      const sample = generateSampleData({ today: asOf, seed: 11 })
      expect(linkageProblems(sample, asOf), asOf).toEqual([])
      expect(sample.needs, asOf).toHaveLength(DEMO_SCALE.needs)
    }
  })

  it('has about five needs in each of a dozen communities, under names of their own', () => {
    expect(data.needs).toHaveLength(DEMO_SCALE.needs)
    const perCommunity = new Map<string, string[]>()
    for (const need of data.needs) {
      perCommunity.set(need.communityId, [...(perCommunity.get(need.communityId) ?? []), need.name])
    }
    expect(perCommunity.size).toBe(12)
    for (const names of perCommunity.values()) {
      expect(names.length).toBeGreaterThanOrEqual(3)
      expect(names.length).toBeLessThanOrEqual(8)
      expect(new Set(names).size).toBe(names.length)
    }
    expect(data.needs.map((need) => need.name)).toEqual(
      expect.arrayContaining([
        '独居老人助餐',
        '“一老一小”托管',
        '楼道堆物治理',
        '青少年课后服务',
        '残障人士康复训练'
      ])
    )
  })

  it('has needs from every channel at every stage, 待对接 the most', () => {
    expect(new Set(data.needs.map((need) => need.source))).toEqual(new Set(NEED_SOURCES))
    const counts = NEED_STATUSES.map((status) => byStatus(status).length)
    for (const [index, count] of counts.entries()) {
      expect(count, NEED_STATUSES[index]).toBeGreaterThan(0)
    }
    expect(Math.max(...counts)).toBe(byStatus('待对接').length)
    for (const need of live.filter((n) => !data.needs.some((m) => m.mergedIntoId === n.id))) {
      expect(need.raisedBy, need.name).toBeGreaterThanOrEqual(3)
      expect(need.raisedBy, need.name).toBeLessThanOrEqual(80)
    }
    for (const need of byStatus('已解决')) expect(need.resolution, need.name).not.toBeNull()
  })

  it('merges two or three duplicates into the need first recorded, adding their counts', () => {
    const merged = data.needs.filter((need) => need.mergedIntoId !== null)
    expect(merged.length).toBeGreaterThanOrEqual(2)
    expect(merged.length).toBeLessThanOrEqual(3)
    const targets = new Map<string, Need[]>()
    for (const need of merged) {
      expect(need.archivedAt, need.name).not.toBeNull()
      expect(need.updatedAt).toBe(need.archivedAt)
      targets.set(need.mergedIntoId!, [...(targets.get(need.mergedIntoId!) ?? []), need])
    }
    for (const [id, duplicates] of targets) {
      const target = data.needs.find((need) => need.id === id)!
      expect(isOpenNeed(target), target.name).toBe(true)
      const theirs = duplicates.reduce((sum, need) => sum + need.raisedBy, 0)
      expect(target.raisedBy - theirs, target.name).toBeGreaterThanOrEqual(3)
      for (const duplicate of duplicates) {
        expect(target.raisedOn <= duplicate.raisedOn, duplicate.name).toBe(true)
        expect(duplicate.category).toBe(target.category)
        expect(duplicate.name).not.toBe(target.name)
        expect(duplicate.source).not.toBe(target.source)
        expect(target.updatedAt >= duplicate.archivedAt!, target.name).toBe(true)
      }
    }
    // One need heard through three channels.
    expect([...targets.values()].some((duplicates) => duplicates.length === 2)).toBe(true)
  })

  it('matches needs to running projects, keeping a withdrawn match with its reason', () => {
    const projects = new Map(data.projects.map((project) => [project.id, project]))
    const toProjects = data.needMatches.filter((match) => match.target === 'project')
    expect(activeMatches(toProjects).length).toBeGreaterThan(10)
    expect(
      activeMatches(toProjects).some((m) => projects.get(m.projectId!)!.status === '执行中')
    ).toBe(true)
    const withdrawn = data.needMatches.filter((match) => match.withdrawnAt !== null)
    expect(withdrawn.length).toBeGreaterThan(0)
    for (const match of withdrawn) {
      expect(match.withdrawReason, match.id).toMatch(/\S/)
      expect(match.withdrawnBy, match.id).toMatch(/\S/)
    }
    // Most matches name the project's team and organisation; some bring a resource along.
    expect(toProjects.every((match) => match.organizationId !== null)).toBe(true)
    expect(data.needMatches.some((match) => match.resourceIds.length > 0)).toBe(true)
  })

  it('matches one need to a 草稿 application of the round open for applications', () => {
    const drafted = data.needMatches.filter((match) => match.target === 'application')
    const applications = drafted.map((match) =>
      data.applications.find((row) => row.id === match.applicationId)!
    )
    expect(applications.some((application) => application.status === '草稿')).toBe(true)
    for (const match of drafted) {
      const need = data.needs.find((row) => row.id === match.needId)!
      expect(need.status).toBe('已对接')
    }
  })

  it('offers resources of every type from every kind of provider, 五社联动 included', () => {
    expect(data.resources).toHaveLength(DEMO_SCALE.resources)
    expect(new Set(data.resources.map((r) => r.type))).toEqual(new Set(RESOURCE_TYPES))
    expect(new Set(data.resources.map((r) => r.providerKind))).toEqual(
      new Set(RESOURCE_PROVIDER_KINDS)
    )
    expect(new Set(data.resources.map(fiveSocietyLeg))).toEqual(
      new Set([...FIVE_SOCIETY_TYPES, null])
    )
    expect(data.resources.filter((r) => r.communityIds.length === 0).length).toBeGreaterThan(1)
    expect(
      data.resources.filter((r) => r.availableUntil !== null && r.availableUntil < today)
    ).toHaveLength(1)
    for (const resource of data.resources) {
      if (resource.providerKind === '社会组织') expect(resource.organizationId).not.toBeNull()
      const organization = data.organizations.find((org) => org.id === resource.organizationId)
      if (organization) expect(resource.providerName).toBe(organization.name)
    }
  })

  it('leaves a community with loud open needs and no project, and one no social worker serves', () => {
    const { unmetDemand, unreached } = coverageGaps(data)
    const needCommunities = new Set(data.needs.map((need) => need.communityId))
    expect(unmetDemand.length).toBeGreaterThan(0)
    const untouched = unmetDemand.filter((gap) =>
      data.needs
        .filter((need) => need.communityId === gap.communityId)
        .every((need) => need.status === '待对接')
    )
    expect(untouched.length).toBeGreaterThan(0)
    for (const gap of unmetDemand) {
      expect(gap.needs[0]!.raisedBy).toBeGreaterThanOrEqual(HIGH_DEMAND_MIN_RAISED_BY)
    }
    expect(
      unreached.some((gap) => gap.noSocialWorker && needCommunities.has(gap.communityId))
    ).toBe(true)
  })

  it('makes needs, resources and matches in proportion for a larger scale', () => {
    const scale = {
      organizations: 400,
      communities: 120,
      socialWorkers: 240,
      ventureApplications: 16,
      purchaseProjects: 12,
      needs: 600,
      resources: 100
    }
    const sample = generateSampleData({ today, scale })
    expect(linkageProblems(sample, today)).toEqual([])
    expect(sample.needs).toHaveLength(600)
    expect(sample.resources).toHaveLength(100)
    expect(new Set(sample.needs.map((need) => need.communityId)).size).toBe(120)
    expect(sample.needs.filter((need) => need.mergedIntoId !== null)).toHaveLength(30)
    expect(sample.needMatches.length).toBeGreaterThan(100)
  })

  it('makes none when the scale leaves them out', () => {
    const sample = generateSampleData({
      today,
      scale: { organizations: 30, communities: 10, socialWorkers: 10 }
    })
    expect([sample.resources, sample.needs, sample.needMatches]).toEqual([[], [], []])
  })
})
