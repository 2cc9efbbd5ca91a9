import { describe, expect, it } from 'vitest'
import {
  SIMILAR_NAME_THRESHOLD,
  findSimilarNames,
  nameSimilarity,
  normalizeOrganizationName
} from '@shared/domain/organizations/duplicates'

describe('normalizeOrganizationName', () => {
  it.each([
    ['鼓楼区（阳光）助老服务中心', '鼓楼区阳光助老服务中心'],
    ['鼓楼区(阳光)助老服务中心', '鼓楼区阳光助老服务中心'],
    [' 鼓楼区 阳光　助老服务中心 ', '鼓楼区阳光助老服务中心'],
    ['【温江区】柳城街道·南街社区志愿者协会', '温江区柳城街道南街社区志愿者协会'],
    ['《黉门街》“邻里”互助会、读书会', '黉门街邻里互助会读书会'],
    ['ＡＢＣ公益—服务社', 'abc公益服务社'],
    ['Sunshine Social-Work Center', 'sunshinesocialworkcenter']
  ])('%s → %s', (name, normalized) => {
    expect(normalizeOrganizationName(name)).toBe(normalized)
  })
})

describe('nameSimilarity', () => {
  it.each([
    ['鼓楼区阳光助老服务中心', '鼓楼区阳光助老服务中心'],
    ['鼓楼区阳光助老服务中心', '鼓楼区（阳光）助老服务中心'],
    ['鼓楼区阳光助老服务中心', ' 鼓楼区 阳光 助老服务中心'],
    ['ABC公益服务社', 'ａｂｃ公益服务社']
  ])('is 1 for %s and %s, the same name once normalised', (a, b) => {
    expect(nameSimilarity(a, b)).toBe(1)
  })

  it.each([
    // One character added: 10 of 11 bigrams shared → 20/21.
    ['鼓楼区阳光助老服务中心站', 20 / 21],
    // The city in front: 10 of 13 bigrams shared → 20/23.
    ['福州市鼓楼区阳光助老服务中心', 20 / 23],
    // 中心 → 社: 8 of 10 and 9 bigrams shared → 16/19.
    ['鼓楼区阳光助老服务社', 16 / 19],
    // One character changed in the middle: 8 of 10 bigrams shared, exactly the threshold.
    ['鼓楼区阳光为老服务中心', 0.8]
  ])('flags %s as near (%f)', (other, similarity) => {
    const value = nameSimilarity('鼓楼区阳光助老服务中心', other)
    expect(value).toBeCloseTo(similarity, 10)
    expect(value).toBeGreaterThanOrEqual(SIMILAR_NAME_THRESHOLD)
  })

  it.each([['鼓楼区夕阳红助老服务中心'], ['鼓楼区阳光'], ['温江区柳城街道南街社区志愿者协会']])(
    'does not flag %s',
    (other) => {
      expect(nameSimilarity('鼓楼区阳光助老服务中心', other)).toBeLessThan(SIMILAR_NAME_THRESHOLD)
    }
  )

  it('is 0 for names with nothing in common or nothing left after normalising', () => {
    expect(nameSimilarity('鼓楼区阳光助老服务中心', '温江区柳城街道南街社区志愿者协会')).toBe(0)
    expect(nameSimilarity('鼓楼区阳光助老服务中心', '（）')).toBe(0)
  })

  it('is symmetric', () => {
    const a = '鼓楼区阳光助老服务中心'
    const b = '福州市鼓楼区阳光助老服务中心'
    expect(nameSimilarity(a, b)).toBe(nameSimilarity(b, a))
  })

  it('treats a one-character name as a unit', () => {
    expect(nameSimilarity('阳', '阳')).toBe(1)
    expect(nameSimilarity('阳', '光')).toBe(0)
  })
})

describe('findSimilarNames', () => {
  const organizations = [
    { id: 'a', name: '鼓楼区阳光助老服务中心', archivedAt: null },
    { id: 'b', name: '鼓楼区阳光为老服务中心', archivedAt: null },
    { id: 'c', name: '福州市鼓楼区阳光助老服务中心', archivedAt: '2026-01-05T02:00:00.000Z' },
    { id: 'd', name: '温江区柳城街道南街社区志愿者协会', archivedAt: null },
    { id: 'e', name: '鼓楼区（阳光）助老服务中心', archivedAt: null },
    { id: 'f', name: '鼓楼区夕阳红助老服务中心', archivedAt: null }
  ]

  it('lists same and near names, most similar first, marking archived ones', () => {
    expect(findSimilarNames('鼓楼区阳光助老服务中心', organizations)).toEqual([
      { id: 'a', name: '鼓楼区阳光助老服务中心', archived: false, similarity: 1 },
      { id: 'e', name: '鼓楼区（阳光）助老服务中心', archived: false, similarity: 1 },
      { id: 'c', name: '福州市鼓楼区阳光助老服务中心', archived: true, similarity: 20 / 23 },
      { id: 'b', name: '鼓楼区阳光为老服务中心', archived: false, similarity: 0.8 }
    ])
  })

  it('never lists the record being edited as its own duplicate', () => {
    const found = findSimilarNames('鼓楼区阳光助老服务中心', organizations, 'a')
    expect(found.map((candidate) => candidate.id)).toEqual(['e', 'c', 'b'])
  })

  it('uses a stricter threshold when asked', () => {
    const found = findSimilarNames('鼓楼区阳光助老服务中心', organizations, null, 0.9)
    expect(found.map((candidate) => candidate.id)).toEqual(['a', 'e'])
  })

  it.each(['', '  ', '（）'])('finds nothing for an empty name %j', (name) => {
    expect(
      findSimilarNames(name, [...organizations, { id: 'z', name: '()', archivedAt: null }])
    ).toEqual([])
  })

  it('finds nothing among unrelated names', () => {
    expect(findSimilarNames('武侯区黉门街社区邻里互助会', organizations)).toEqual([])
  })
})
