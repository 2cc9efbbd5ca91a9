import { describe, expect, it } from 'vitest'
import { matchesPinyinQuery, normalizeQuery, pinyinKeys } from '@shared/text/pinyin'

describe('pinyinKeys', () => {
  it.each([
    ['鼓楼区', 'gulouqu', 'glq'],
    ['军门社区', 'junmenshequ', 'jmsq'],
    ['黉门街社区', 'hongmenjieshequ', 'hmjsq'],
    ['长安', 'changan', 'ca'],
    ['重庆', 'chongqing', 'cq'],
    ['吕梁', 'lvliang', 'll']
  ])('%s → %s / %s', (text, full, initials) => {
    expect(pinyinKeys(text)).toEqual({ pinyin: full, pinyinInitials: initials })
  })

  it('keeps Latin and digit runs whole', () => {
    expect(pinyinKeys('第10街道ABC')).toEqual({
      pinyin: 'di10jiedaoabc',
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

  it('normalises case and spaces in the query', () => {
    expect(normalizeQuery('  Gu Lou ')).toBe('gulou')
  })
})
