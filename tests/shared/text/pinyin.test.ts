import { describe, expect, it } from 'vitest'
import { matchesPinyinQuery, normalizeQuery, pinyinKeys } from '@shared/text/pinyin'

describe('pinyinKeys', () => {
  it.each([
    ['鼓楼区', 'gu lou qu', 'glq'],
    ['军门社区', 'jun men she qu', 'jmsq'],
    ['黉门街社区', 'hong men jie she qu', 'hmjsq'],
    ['长安', 'chang an', 'ca'],
    ['重庆', 'chong qing', 'cq'],
    ['吕梁', 'lv liang', 'll']
  ])('%s → %s / %s', (text, full, initials) => {
    expect(pinyinKeys(text)).toEqual({ pinyin: full, pinyinInitials: initials })
  })

  it('keeps Latin and digit runs whole', () => {
    expect(pinyinKeys('第10街道ABC')).toEqual({
      pinyin: 'di 10 jie dao abc',
      pinyinInitials: 'd10jdabc'
    })
  })
})

describe('matchesPinyinQuery', () => {
  const text = '鼓楼区军门社区服务中心'
  const keys = pinyinKeys(text)

  it.each(['鼓楼', 'gulou', 'gl', 'jmsq', 'junmen', ''])('matches %j', (query) => {
    expect(matchesPinyinQuery(normalizeQuery(query), text, keys)).toBe(true)
  })

  it.each(['台江', 'taijiang', 'tj', 'xyz'])('does not match %j', (query) => {
    expect(matchesPinyinQuery(normalizeQuery(query), text, keys)).toBe(false)
  })

  it('anchors full pinyin at syllable starts, so letters straddling syllables do not match', () => {
    const road = '永宁路社区'
    const roadKeys = pinyinKeys(road)
    expect(matchesPinyinQuery('gl', road, roadKeys)).toBe(false)
    expect(matchesPinyinQuery('ning', road, roadKeys)).toBe(true)
    expect(matchesPinyinQuery('ninglu', road, roadKeys)).toBe(true)
    expect(matchesPinyinQuery('lushe', road, roadKeys)).toBe(true)
    expect(matchesPinyinQuery('ynl', road, roadKeys)).toBe(true)
    expect(matchesPinyinQuery('ingl', road, roadKeys)).toBe(false)
  })

  it('normalises case and spaces in the query', () => {
    expect(normalizeQuery('  Gu Lou ')).toBe('gulou')
  })
})
