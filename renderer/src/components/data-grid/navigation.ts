/** Keyboard movement and scroll-into-view arithmetic for fixed-height rows. */

/** The row the key moves to, or null when the key is not a movement key. */
export function nextActiveIndex(
  key: string,
  current: number,
  count: number,
  pageSize: number
): number | null {
  if (count === 0) return null
  const from = current < 0 ? -1 : current
  let next: number
  switch (key) {
    case 'ArrowDown':
      next = from + 1
      break
    case 'ArrowUp':
      next = from < 0 ? 0 : from - 1
      break
    case 'PageDown':
      next = from + pageSize
      break
    case 'PageUp':
      next = from - pageSize
      break
    case 'Home':
      next = 0
      break
    case 'End':
      next = count - 1
      break
    default:
      return null
  }
  return Math.min(Math.max(next, 0), count - 1)
}

export interface RevealGeometry {
  index: number
  rowHeight: number
  /** The sticky header covers this much of the top of the viewport. */
  headerHeight: number
  viewportHeight: number
  scrollTop: number
}

/** The scrollTop that shows row `index` whole below the header, moving as little as possible. */
export function scrollTopToReveal(g: RevealGeometry): number {
  const top = g.headerHeight + g.index * g.rowHeight
  const bottom = top + g.rowHeight
  if (top < g.scrollTop + g.headerHeight) return top - g.headerHeight
  if (bottom > g.scrollTop + g.viewportHeight) return Math.max(0, bottom - g.viewportHeight)
  return g.scrollTop
}

/** Rows a PageUp/PageDown moves: one screenful less one row of overlap. */
export function rowsPerPage(viewportHeight: number, headerHeight: number, rowHeight: number) {
  return Math.max(1, Math.floor((viewportHeight - headerHeight) / rowHeight) - 1)
}
