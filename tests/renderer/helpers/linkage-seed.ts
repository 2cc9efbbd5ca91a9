/**
 * Seeding of the 三社联动 repository tests, on the delivery database (project-seed.ts): 鼓楼街道's
 * 华侨路社区 (community-1) and 宁海路社区 (community-2), the provider org-1 serving community-1,
 * workers 1–3 serving it, and the running project-1 (执行中, community-1, worker-1). Builders for
 * rows written straight into Dexie; one repository set sharing a ticking clock and ids.
 */
import { Dexie } from 'dexie'
import { createRepositories } from '@renderer/db/repositories'
import { RecordValidationError } from '@shared/domain/check'
import type { Community } from '@shared/domain/communities/community'
import type { Evaluation } from '@shared/domain/evaluations/evaluation'
import type { EvaluationGrade } from '@shared/domain/evaluations/grade-bands'
import type { Need, NeedDraft } from '@shared/domain/linkage/need'
import type { NeedMatch } from '@shared/domain/linkage/need-match'
import type { Resource } from '@shared/domain/linkage/resource'
import type { Organization } from '@shared/domain/organizations/organization'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { pinyinKeys } from '@shared/text/pinyin'
import { deliveryDatabase, PROVIDER, STAMP, WORKERS } from './project-seed'
import { SAMPLE, sequentialIds, tickingClock } from '../db/helpers'

/** The delivery database with every repository on one ticking clock and one id source. */
export async function linkageDatabase() {
  const { db } = await deliveryDatabase()
  const repos = createRepositories(db, { now: tickingClock(), newId: sequentialIds() })
  return { db, repos }
}

/** A need of 华侨路社区 raised by 24 residents. */
export const NEED: NeedDraft = {
  name: '独居老人助餐',
  communityId: 'community-1',
  category: '为老服务',
  source: '走访',
  raisedBy: 24,
  raisedOn: '2026-09-15',
  description: '辖区独居老人多，午餐无人照料'
}

export function community(id: string, name: string, patch: Partial<Community> = {}): Community {
  return {
    id,
    name,
    subdistrict: '鼓楼街道',
    district: '鼓楼区',
    divisionCode: null,
    households: 3000,
    population: 8000,
    grids: 10,
    ...pinyinKeys(name),
    ...STAMP,
    ...patch
  }
}

export function organization(
  id: string,
  name: string,
  patch: Partial<Organization> = {}
): Organization {
  return {
    ...PROVIDER,
    id,
    name,
    uscc: null,
    rating: null,
    ...pinyinKeys(name),
    ...STAMP,
    ...patch
  }
}

export function worker(id: string, name: string, patch: Partial<SocialWorker> = {}): SocialWorker {
  return {
    ...WORKERS[0],
    id,
    name,
    certNo: null,
    ...pinyinKeys(name),
    ...STAMP,
    ...patch
  }
}

export function resource(id: string, name: string, patch: Partial<Resource> = {}): Resource {
  return {
    id,
    name,
    providerKind: '驻区单位',
    organizationId: null,
    providerName: '鼓楼区图书馆',
    type: '场地',
    capacity: '可容纳 40 人',
    amountFen: null,
    communityIds: ['community-1'],
    categories: [],
    availableFrom: null,
    availableUntil: null,
    availability: '每周六上午',
    contactName: null,
    contactPhone: null,
    ...pinyinKeys(name),
    ...STAMP,
    ...patch
  }
}

export function needRow(id: string, name: string, patch: Partial<Need> = {}): Need {
  return {
    ...NEED,
    id,
    name,
    description: null,
    status: '待对接',
    projectIds: [],
    mergedIntoId: null,
    resolution: null,
    ...pinyinKeys(name),
    ...STAMP,
    ...patch
  } as Need
}

/** An active match of `needId` to `projectId`, as stored. */
export function matchRow(id: string, needId: string, patch: Partial<NeedMatch> = {}): NeedMatch {
  return {
    id,
    needId,
    target: 'project',
    projectId: 'project-1',
    applicationId: null,
    organizationId: null,
    socialWorkerIds: [],
    resourceIds: [],
    note: null,
    matchedAt: STAMP.createdAt,
    matchedBy: '张晓梅',
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null,
    ...STAMP,
    ...patch
  }
}

/** A 定稿 incubation assessment of `organizationId` with `grade`, as stored. */
export function gradedEvaluation(
  id: string,
  organizationId: string,
  grade: EvaluationGrade,
  evaluatedOn: string
): Evaluation {
  return {
    ...SAMPLE.evaluations[0]!,
    id,
    organizationId,
    evaluatedOn,
    status: '定稿',
    grade,
    passed: grade !== '不合格',
    ...STAMP
  }
}

/**
 * A stand-in for a table's `put` that fails: spied onto `db.table(name)` (the instance the
 * repositories write through), it makes a write fail half-way through a transaction.
 */
export const failingWrite = () =>
  Dexie.Promise.reject(
    new RecordValidationError([{ field: '', level: 'error', message: '模拟写入失败' }])
  )
