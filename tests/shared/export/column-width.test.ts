import { describe, expect, it } from 'vitest'
import {
  estimateColumnWidth,
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
  textWidth
} from '@shared/export/column-width'

describe('textWidth', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['鼓楼区', 6],
    ['（1）', 5],
    ['１２', 4],
    ['𠀀', 2],
    ['138****8000', 11]
  ])('%j is %i units wide', (text, width) => expect(textWidth(text)).toBe(width))
})

describe('estimateColumnWidth', () => {
  it('fits the widest value with a margin', () => {
    expect(estimateColumnWidth('名称', ['鼓楼区', '黉门街社区社会工作站'])).toBe(22)
  })

  it('fits the header with room for the filter button', () => {
    expect(estimateColumnWidth('统一社会信用代码', ['1'])).toBe(20)
  })

  it('measures the longest line of a value', () => {
    expect(estimateColumnWidth('备注', ['短\n长一些的一行'])).toBe(14)
  })

  it('stays within bounds', () => {
    expect(estimateColumnWidth('', ['1'])).toBe(MIN_COLUMN_WIDTH)
    expect(estimateColumnWidth('地址', ['很长的地址'.repeat(20)])).toBe(MAX_COLUMN_WIDTH)
  })
})
