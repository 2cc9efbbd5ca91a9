import { describe, expect, it } from 'vitest'
import { compareZh } from '@shared/text/collator'

describe('compareZh', () => {
  it('sorts Chinese by pinyin and numbers by value', () => {
    const names = ['上海', '第10街道', '北京', '广州', '第2街道', '阿拉善']
    expect(names.toSorted(compareZh)).toEqual([
      '阿拉善',
      '北京',
      '第2街道',
      '第10街道',
      '广州',
      '上海'
    ])
  })

  it('ignores case for Latin text', () => {
    expect(compareZh('apple', 'Apple')).toBe(0)
  })
})
