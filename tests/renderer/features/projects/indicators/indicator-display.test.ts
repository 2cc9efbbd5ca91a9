import { describe, expect, it } from 'vitest'
import { indicatorRows } from '@renderer/features/projects/indicators/indicator-display'
import { activity, INDICATORS } from '../../../helpers/project-seed'

describe('indicatorRows', () => {
  // INDICATORS stored a level at a time: output, effect, satisfaction, then output's children.
  const byLevel = [0, 3, 4, 1, 2].map((index) => INDICATORS[index]!)

  it('lists each indicator before its subtree, keeping the stored index the issues name', () => {
    const rows = indicatorRows(byLevel, [])
    expect(rows.map((row) => [row.node.key, row.index])).toEqual([
      ['output', 0],
      ['sessions', 3],
      ['people', 4],
      ['effect', 1],
      ['satisfaction', 2]
    ])
  })

  it('counts what is below each indicator, for the question before removing it', () => {
    const rows = indicatorRows(byLevel, [])
    expect(rows.map((row) => row.descendants)).toEqual([2, 0, 0, 0, 0])
  })

  it('fills leaves from the 服务记录 and reads how far they got; parents have no achievement', () => {
    const rows = indicatorRows(byLevel, [activity('a-1'), activity('a-2')])
    expect(rows.map(({ isLeaf, actual, rate, met }) => ({ isLeaf, actual, rate, met }))).toEqual([
      { isLeaf: false, actual: null, rate: null, met: null },
      { isLeaf: true, actual: 2, rate: 8.3, met: false },
      { isLeaf: true, actual: 80, rate: 13.3, met: false },
      { isLeaf: true, actual: 3, rate: null, met: null },
      { isLeaf: true, actual: null, rate: null, met: null }
    ])
  })
})
