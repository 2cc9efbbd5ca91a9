import { describe, expect, it } from 'vitest'
import {
  nextActiveIndex,
  rowsPerPage,
  scrollTopToReveal
} from '@renderer/components/data-grid/navigation'

describe('nextActiveIndex', () => {
  it.each([
    ['ArrowDown', -1, 0],
    ['ArrowDown', 3, 4],
    ['ArrowDown', 99, 99],
    ['ArrowUp', -1, 0],
    ['ArrowUp', 3, 2],
    ['ArrowUp', 0, 0],
    ['PageDown', 3, 13],
    ['PageDown', 95, 99],
    ['PageUp', 5, 0],
    ['PageUp', 50, 40],
    ['Home', 50, 0],
    ['End', 5, 99]
  ])('%s from %d goes to %d of 100 rows (page 10)', (key, from, to) => {
    expect(nextActiveIndex(key, from, 100, 10)).toBe(to)
  })

  it('ignores other keys and empty grids', () => {
    expect(nextActiveIndex('Enter', 3, 100, 10)).toBeNull()
    expect(nextActiveIndex('a', 3, 100, 10)).toBeNull()
    expect(nextActiveIndex('ArrowDown', -1, 0, 10)).toBeNull()
  })
})

describe('scrollTopToReveal', () => {
  // 36 px rows under a 40 px sticky header in a 400 px viewport.
  const g = { rowHeight: 36, headerHeight: 40, viewportHeight: 400 }

  it.each([
    [0, 0, 0],
    [5, 0, 0],
    // Row 10 spans 400..436: scroll just enough to show its bottom edge.
    [10, 0, 36],
    // Above the viewport: bring its top just under the header.
    [2, 500, 72],
    [999, 0, 40 + 1000 * 36 - 400]
  ])('row %d with scrollTop %d → %d', (index, scrollTop, expected) => {
    expect(scrollTopToReveal({ ...g, index, scrollTop })).toBe(expected)
  })

  it('leaves a fully visible row alone', () => {
    expect(scrollTopToReveal({ ...g, index: 20, scrollTop: 600 })).toBe(600)
  })
})

describe('rowsPerPage', () => {
  it('is a screenful less one row, and at least one', () => {
    expect(rowsPerPage(400, 40, 36)).toBe(9)
    expect(rowsPerPage(50, 40, 36)).toBe(1)
  })
})
