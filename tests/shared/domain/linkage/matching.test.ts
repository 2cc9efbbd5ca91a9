import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NEED_CATEGORIES } from '@shared/domain/linkage/need'
import {
  DEFAULT_SUGGESTION_LIMIT,
  gradeRecords,
  needCommunity,
  SPECIALTY_CATEGORIES,
  suggestOrganizations,
  suggestResources,
  suggestSocialWorkers,
  type GradeRecord
} from '@shared/domain/linkage/matching'
import type { Organization } from '@shared/domain/organizations/organization'
import { REGISTRATION_STATUSES } from '@shared/domain/organizations/organization'
import { SOCIAL_WORK_SPECIALTIES } from '@shared/domain/social-workers/social-worker'
import { pinyinKeys } from '@shared/text/pinyin'

const today = '2026-11-22'
const archived = '2026-05-01T02:00:00.000Z'
const need = { communityId: 'c1', category: '为老服务' } as const

/** 东门 and 南门 share 东街街道 of 鼓楼区; 西门 is in a 东街街道 of another district. */
const communities = [
  { id: 'c1', district: '鼓楼区', subdistrict: '东街街道', archivedAt: null },
  { id: 'c2', district: '鼓楼区', subdistrict: '东街街道', archivedAt: null },
  { id: 'c3', district: '台江区', subdistrict: '东街街道', archivedAt: null },
  { id: 'c4', district: '鼓楼区', subdistrict: '东街街道', archivedAt: archived },
  { id: 'c5', district: '鼓楼区', subdistrict: '南街街道', archivedAt: null }
]
const place = needCommunity(communities[0]!, communities)

describe('needCommunity', () => {
  it('finds the other communities in use of the same district and subdistrict', () => {
    expect(place).toEqual({ id: 'c1', neighbourIds: new Set(['c2']) })
  })
})

type Org = Parameters<typeof suggestOrganizations>[2][number]

function org(id: string, name: string, patch: Partial<Org> = {}): Org {
  return {
    id,
    name,
    ...pinyinKeys(name),
    archivedAt: null,
    registrationStatus: '已登记',
    category: '为老服务',
    communityIds: ['c1'],
    rating: null,
    ...patch
  } as Org
}

const rating = (grade: '3A' | '4A' | '5A', ratedOn: string): Organization['rating'] => ({
  grade,
  score: 850,
  ratedOn
})

describe('suggestOrganizations', () => {
  const organizations = [
    org('a', '颐康长者服务中心', { rating: rating('4A', '2024-01-01') }),
    org('b', '南门邻里互助会', { communityIds: ['c2'] }),
    org('c', '心航心理咨询中心', { category: '心理健康' }),
    org('d', '福寿居家养老服务社', { communityIds: ['c9'] }),
    org('e', '台江文体协会', { category: '文体教育', communityIds: ['c3'] }),
    org('f', '已归档为老协会', { archivedAt: archived }),
    org('g', '已注销为老协会', { registrationStatus: '注销' }),
    org('h', '夕阳红养老服务中心', { rating: rating('5A', '2021-06-01') })
  ]
  const grades: GradeRecord[] = [
    { organizationId: 'a', grade: '优秀', on: '2025-12-10' },
    { organizationId: 'a', grade: '合格', on: '2024-03-01' },
    { organizationId: 'c', grade: '不合格', on: '2024-06-30' },
    { organizationId: 'c', grade: '良好', on: '2025-06-30' },
    { organizationId: 'h', grade: '优秀', on: '2021-12-01' }
  ]
  const history = { grades, activeProjects: new Map([['d', 3]]) }

  it('ranks by points with the reasons for each', () => {
    expect(suggestOrganizations(need, place, organizations, history, today)).toEqual([
      {
        id: 'a',
        score: 11,
        reasons: ['服务领域一致：为老服务', '服务本社区', '近年评估：优秀', '等级评估 4A']
      },
      { id: 'h', score: 7, reasons: ['服务领域一致：为老服务', '服务本社区'] },
      { id: 'b', score: 5, reasons: ['服务领域一致：为老服务', '服务同街道社区'] },
      { id: 'd', score: 3, reasons: ['服务领域一致：为老服务', '在办项目 3 个'] },
      { id: 'c', score: 1, reasons: ['服务本社区', '近年评估：良好', '近三年有不合格评估'] }
    ])
  })

  it('shows only as many as asked', () => {
    const top = suggestOrganizations(need, place, organizations, history, today, 2)
    expect(top.map((suggestion) => suggestion.id)).toEqual(['a', 'h'])
  })

  it('reads grades of exactly the last three years', () => {
    const edge = (on: string) =>
      suggestOrganizations(
        need,
        place,
        [org('x', '边界协会')],
        { grades: [{ organizationId: 'x', grade: '不合格', on }], activeProjects: new Map() },
        today
      )[0]!.reasons
    expect(edge('2023-11-22')).toContain('近三年有不合格评估')
    expect(edge('2023-11-21')).not.toContain('近三年有不合格评估')
  })

  it('gives 3A a point and 2A none', () => {
    const rated = (grade: '2A' | '3A') =>
      suggestOrganizations(
        need,
        place,
        [org('x', '评级协会', { rating: { grade, score: 700, ratedOn: '2025-01-01' } })],
        { grades: [], activeProjects: new Map() },
        today
      )[0]!
    expect(rated('3A')).toMatchObject({
      score: 8,
      reasons: expect.arrayContaining(['等级评估 3A'])
    })
    expect(rated('2A')).toMatchObject({ score: 7 })
  })

  it('breaks ties by name in pinyin order', () => {
    const tied = [org('z', '张家长者会'), org('y', '安康长者会'), org('x', '李家长者会')]
    const ids = suggestOrganizations(
      need,
      place,
      tied,
      { grades: [], activeProjects: new Map() },
      today
    )
    expect(ids.map((suggestion) => suggestion.id)).toEqual(['y', 'x', 'z'])
  })

  it('suggests only organisations in use that share the field or the place', () => {
    const arbitraryOrg = fc.record({
      id: fc.uuid(),
      name: fc.constantFrom('甲', '乙', '丙', '丁'),
      archived: fc.boolean(),
      registrationStatus: fc.constantFrom(...REGISTRATION_STATUSES),
      category: fc.constantFrom(...NEED_CATEGORIES),
      communityIds: fc.subarray(['c1', 'c2', 'c3', 'c5', 'c9']),
      active: fc.nat(5)
    })
    fc.assert(
      fc.property(fc.array(arbitraryOrg, { maxLength: 30 }), (rows) => {
        const candidates = rows.map((row) =>
          org(row.id, row.name, {
            archivedAt: row.archived ? archived : null,
            registrationStatus: row.registrationStatus,
            category: row.category,
            communityIds: row.communityIds
          })
        )
        const activeProjects = new Map(rows.map((row) => [row.id, row.active]))
        const suggestions = suggestOrganizations(
          need,
          place,
          candidates,
          { grades: [], activeProjects },
          today
        )
        expect(suggestions.length).toBeLessThanOrEqual(DEFAULT_SUGGESTION_LIMIT)
        for (let index = 1; index < suggestions.length; index += 1) {
          expect(suggestions[index - 1]!.score).toBeGreaterThanOrEqual(suggestions[index]!.score)
        }
        for (const suggestion of suggestions) {
          const row = rows.find((candidate) => candidate.id === suggestion.id)!
          expect(row.archived || row.registrationStatus === '注销').toBe(false)
          expect(
            suggestion.reasons.some((reason) =>
              ['服务领域一致：为老服务', '服务本社区', '服务同街道社区'].includes(reason)
            )
          ).toBe(true)
        }
      })
    )
  })
})

describe('gradeRecords', () => {
  const base = { organizationId: 'a', evaluatedOn: '2025-06-30', archivedAt: null }
  it('takes final grades in force, leaving out drafts, corrected versions and 自评', () => {
    const records = gradeRecords(
      [
        { ...base, status: '定稿', grade: '良好' },
        { ...base, status: '草稿', grade: null }
      ],
      [
        { ...base, status: '定稿', grade: '优秀', supersededById: null, mode: '第三方评估' },
        { ...base, status: '定稿', grade: '不合格', supersededById: 'v2', mode: '第三方评估' },
        { ...base, status: '定稿', grade: '优秀', supersededById: null, mode: '自评' },
        { ...base, status: '草稿', grade: null, supersededById: null, mode: '购买方评价' }
      ]
    )
    expect(records).toEqual([
      { organizationId: 'a', grade: '良好', on: '2025-06-30' },
      { organizationId: 'a', grade: '优秀', on: '2025-06-30' }
    ])
  })
})

type Worker = Parameters<typeof suggestSocialWorkers>[2][number]

function worker(id: string, name: string, patch: Partial<Worker> = {}): Worker {
  return {
    id,
    name,
    ...pinyinKeys(name),
    archivedAt: null,
    specialties: ['老年社会工作'],
    communityIds: ['c1'],
    certLevel: '助理社会工作师',
    registrationValidUntil: '2028-06-30',
    ...patch
  }
}

describe('suggestSocialWorkers', () => {
  const workers = [
    worker('w1', '王晓燕', { certLevel: '高级社会工作师' }),
    worker('w2', '陈立', {
      specialties: ['老年社会工作', '医务社会工作'],
      communityIds: ['c2'],
      certLevel: '社会工作师'
    }),
    worker('w3', '林芳', {
      specialties: ['心理疏导'],
      registrationValidUntil: '2026-11-21'
    }),
    worker('w4', '黄强', { specialties: ['儿童青少年社会工作'], communityIds: ['c2'] }),
    worker('w5', '郑敏', { archivedAt: archived }),
    worker('w6', '周洁', { certLevel: '未持证', registrationValidUntil: null })
  ]
  const workload = new Map([
    ['w2', 3],
    ['w3', 1],
    ['w6', 2]
  ])

  it('ranks by points with the reasons for each', () => {
    expect(suggestSocialWorkers(need, { id: 'c1' }, workers, workload, today)).toEqual([
      {
        id: 'w1',
        score: 10,
        reasons: [
          '专长对口：老年社会工作',
          '服务本社区',
          '职业水平：高级社会工作师',
          '暂无在办项目'
        ]
      },
      { id: 'w6', score: 7, reasons: ['专长对口：老年社会工作', '服务本社区'] },
      {
        id: 'w2',
        score: 3,
        reasons: ['专长对口：老年社会工作、医务社会工作', '职业水平：社会工作师', '在办项目 3 个']
      },
      { id: 'w3', score: 0, reasons: ['服务本社区', '登记已过期'] }
    ])
  })

  it('matches a specialty through the table, whatever the community', () => {
    const youth = { communityId: 'c9', category: '青少年服务' } as const
    expect(
      suggestSocialWorkers(youth, { id: 'c9' }, workers, workload, today).map(({ id }) => id)
    ).toEqual(['w4'])
  })

  it('has a row for every specialty of the register, each serving some field', () => {
    for (const specialty of SOCIAL_WORK_SPECIALTIES) {
      expect(SPECIALTY_CATEGORIES[specialty].length).toBeGreaterThan(0)
    }
  })
})

type Offer = Parameters<typeof suggestResources>[1][number]

function offer(id: string, name: string, patch: Partial<Offer> = {}): Offer {
  return {
    id,
    name,
    ...pinyinKeys(name),
    archivedAt: null,
    communityIds: ['c1'],
    categories: ['为老服务'],
    availableFrom: null,
    availableUntil: null,
    ...patch
  }
}

describe('suggestResources', () => {
  const resources = [
    offer('r1', '长者食堂场地'),
    offer('r2', '企业志愿者', { communityIds: [], categories: [] }),
    offer('r3', '社区活动室', { categories: [] }),
    offer('r4', '爱心助餐基金', { communityIds: [] }),
    offer('r5', '南门会议室', { communityIds: ['c2'] }),
    offer('r6', '青少年图书角', { categories: ['青少年服务'] }),
    offer('r7', '过期的场地', { availableUntil: '2026-11-21' }),
    offer('r8', '归档的场地', { archivedAt: archived }),
    offer('r9', '明年的场地', { availableFrom: '2026-11-23' })
  ]

  it('offers what is available to the community and the field, aimed ones first', () => {
    expect(suggestResources(need, resources, today)).toEqual([
      { id: 'r1', score: 4, reasons: ['提供给本社区', '适用：为老服务'] },
      { id: 'r4', score: 3, reasons: ['全街道可用', '适用：为老服务'] },
      { id: 'r3', score: 3, reasons: ['提供给本社区', '不限服务领域'] },
      { id: 'r2', score: 2, reasons: ['全街道可用', '不限服务领域'] }
    ])
  })
})
