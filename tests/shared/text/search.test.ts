import { describe, expect, it } from 'vitest'
import { matchesPinyinQuery, normalizeQuery, pinyinKeys } from '@shared/text/pinyin'
import {
  codeField,
  matchCandidate,
  matchField,
  nameField,
  parseSearchQuery,
  rankCandidates,
  type SearchCandidate
} from '@shared/text/search'

const name = (value: string) => nameField('组织名称', value, pinyinKeys(value))
const uscc = codeField('统一社会信用代码', '52350102MJD123456X')
const contract = codeField('合同编号', 'GMFW-2025-001')

function match(query: string, field: ReturnType<typeof nameField>) {
  return matchField(parseSearchQuery(query), field)
}

describe('matchField', () => {
  it.each([
    // Chinese as written
    ['鼓楼区晨光为老服务中心', '鼓楼区晨光为老服务中心', 'exact', 'text'],
    ['鼓楼区晨光为老服务中心', '鼓楼', 'prefix', 'text'],
    ['鼓楼区晨光为老服务中心', '晨光', 'substring', 'text'],
    // full pinyin, from the first syllable or a later one
    ['鼓楼区', 'guLouQu', 'exact', 'pinyin'],
    ['鼓楼区晨光为老服务中心', 'gulou', 'prefix', 'pinyin'],
    ['鼓楼区晨光为老服务中心', 'Gu Lou', 'prefix', 'pinyin'],
    ['鼓楼区晨光为老服务中心', 'chenguang', 'substring', 'pinyin'],
    // initials
    ['鼓楼区', 'glq', 'exact', 'initials'],
    ['鼓楼区晨光为老服务中心', 'glq', 'prefix', 'initials'],
    ['鼓楼区晨光为老服务中心', 'cgwl', 'substring', 'initials'],
    // polyphones read in context, as stored
    ['长沙市社会工作协会', 'changsha', 'prefix', 'pinyin'],
    ['重庆路社区', 'cqlsq', 'exact', 'initials'],
    // full-width letters typed with a Chinese input method
    ['鼓楼区', 'ＧＬＱ', 'exact', 'initials']
  ] as const)('%s ← %j: %s by %s', (value, query, level, by) => {
    expect(match(query, name(value))).toEqual({ level, by })
  })

  it.each([
    ['鼓楼区晨光为老服务中心', '台江'],
    ['鼓楼区晨光为老服务中心', 'taijiang'],
    // letters straddling two syllables are no pinyin match
    ['永宁路社区', 'gl'],
    ['永宁路社区', 'ingl'],
    ['鼓楼区', '']
  ])('%s does not match %j', (value, query) => {
    expect(match(query, name(value))).toBeNull()
  })

  it('matches pinyin exactly when the registry search does', () => {
    const names = ['永宁路社区', '鼓楼区军门社区服务中心', '长安街道', '第10街道', '吕梁爱心协会']
    const queries = [
      'gl',
      'ning',
      'ninglu',
      'ingl',
      'ynl',
      'jm',
      'junmen',
      'menshe',
      'an',
      'changan'
    ]
    for (const value of names) {
      const keys = pinyinKeys(value)
      const field = nameField('名称', value, keys)
      for (const query of [...queries, '10jie', 'lv', 'aixin', 'xie', 'd10jd']) {
        const match = matchField(parseSearchQuery(query), field)
        expect(match !== null, `${value} ← ${query}`).toBe(
          matchesPinyinQuery(normalizeQuery(query), value, keys)
        )
      }
    }
  })

  it('matches a name without stored keys by its text only', () => {
    const plain = nameField('项目名称', '南街社区长者食堂')
    expect(matchField(parseSearchQuery('长者'), plain)).toEqual({ level: 'substring', by: 'text' })
    expect(matchField(parseSearchQuery('zzst'), plain)).toBeNull()
  })

  it.each([
    ['52350102MJD123456X', 'exact'],
    ['52350102mjd123456x', 'exact'],
    ['５２３５０１０２', 'prefix'],
    ['52', 'prefix'],
    ['mjd123', 'substring'],
    ['456x', 'substring']
  ] as const)('USCC ← %j: %s', (query, level) => {
    expect(matchField(parseSearchQuery(query), uscc)).toEqual({ level, by: 'code' })
  })

  it('needs three characters to match inside a code', () => {
    expect(matchField(parseSearchQuery('6X'), uscc)).toBeNull()
    expect(matchField(parseSearchQuery('56X'), uscc)).toEqual({ level: 'substring', by: 'code' })
  })

  it.each([
    ['GMFW-2025-001', 'exact'],
    ['gmfw2025001', 'exact'],
    ['gmfw 2025', 'prefix'],
    ['2025-001', 'substring'],
    ['2025/001', 'substring']
  ] as const)('contract number ← %j: %s', (query, level) => {
    expect(matchField(parseSearchQuery(query), contract)).toEqual({ level, by: 'code' })
  })

  it('ignores separators only in codes, never in Chinese codes’ characters', () => {
    const filing = codeField('备案编号', '鼓民备〔2024〕12号')
    expect(matchField(parseSearchQuery('〔2024〕12'), filing)).toEqual({
      level: 'substring',
      by: 'code'
    })
    expect(matchField(parseSearchQuery('gmb'), filing)).toBeNull()
  })
})

describe('matchCandidate', () => {
  it('reports the field that matched best, the earlier field on a tie', () => {
    const organization: SearchCandidate<string> = {
      item: 'org-1',
      name: '鼓楼区晨光为老服务中心',
      fields: [
        name('鼓楼区晨光为老服务中心'),
        nameField('法定代表人', '林晨光', pinyinKeys('林晨光')),
        uscc
      ]
    }
    const byName = matchCandidate(parseSearchQuery('晨光'), organization)
    expect(byName?.field.label).toBe('组织名称')
    expect(byName?.level).toBe('substring')
    const byPerson = matchCandidate(parseSearchQuery('林晨光'), organization)
    expect(byPerson?.field.label).toBe('法定代表人')
    expect(byPerson?.level).toBe('exact')
    expect(matchCandidate(parseSearchQuery('52350102'), organization)?.field.label).toBe(
      '统一社会信用代码'
    )
  })
})

describe('rankCandidates', () => {
  const candidate = (value: string, archived = false): SearchCandidate<string> => ({
    item: value,
    name: value,
    keys: pinyinKeys(value),
    fields: [name(value)],
    archived
  })
  const names = (query: string, values: SearchCandidate<string>[], limit?: number) =>
    rankCandidates(parseSearchQuery(query), values, limit).hits.map((hit) => hit.candidate.item)

  it('puts exact before prefix before substring, then pinyin order', () => {
    const values = [
      candidate('台江区鼓楼社区'),
      candidate('鼓楼区阳光社工'),
      candidate('鼓楼'),
      candidate('鼓楼区爱心协会'),
      candidate('仓山区晨光服务中心')
    ]
    expect(names('鼓楼', values)).toEqual([
      '鼓楼',
      '鼓楼区爱心协会',
      '鼓楼区阳光社工',
      '台江区鼓楼社区'
    ])
  })

  it('ranks by how well the pinyin matches, too', () => {
    const values = [candidate('长乐社区'), candidate('南街社区'), candidate('长安')]
    expect(names('ca', values)).toEqual(['长安'])
    expect(names('chang', values)).toEqual(['长安', '长乐社区'])
    expect(names('sq', values)).toEqual(['长乐社区', '南街社区'])
  })

  it('orders ties by the stored pinyin, so polyphones sort by their reading', () => {
    // The collator alone reads 长 as zhang and would put 长沙 after 上海.
    const values = [candidate('上海路社区'), candidate('长沙路社区'), candidate('北京路社区')]
    expect(names('lu', values)).toEqual(['北京路社区', '长沙路社区', '上海路社区'])
  })

  it('lists archived records after live ones matching as well', () => {
    const values = [candidate('鼓楼区爱心协会', true), candidate('鼓楼区阳光社工')]
    expect(names('鼓楼', values)).toEqual(['鼓楼区阳光社工', '鼓楼区爱心协会'])
    expect(names('鼓楼区爱心协会', values)).toEqual(['鼓楼区爱心协会'])
  })

  it('keeps the best few and counts them all', () => {
    const values = ['鼓楼区甲', '鼓楼区乙', '鼓楼区丙', '鼓楼区丁', '鼓楼'].map((v) => candidate(v))
    const ranked = rankCandidates(parseSearchQuery('gl'), values, 2)
    expect(ranked.total).toBe(5)
    expect(ranked.hits.map((hit) => hit.candidate.item)).toEqual(['鼓楼', '鼓楼区丙'])
    expect(names('gl', values, 2)).toEqual(names('gl', values).slice(0, 2))
  })

  it('finds nothing for an empty query', () => {
    expect(rankCandidates(parseSearchQuery('  '), [candidate('鼓楼')])).toEqual({
      hits: [],
      total: 0
    })
  })
})
