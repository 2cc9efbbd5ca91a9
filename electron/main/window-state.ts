/**
 * Remembering the main window's size, position and maximised state between runs.
 *
 * The saved bounds are only a wish: monitors get unplugged and resolutions change (a laptop
 * taken from the office docking station), so {@link restoreBounds} checks them against the
 * displays that exist now and falls back to a centred default rather than opening a window
 * nobody can see or reach.
 */
import { z } from 'zod'

/** A rectangle in screen coordinates (DIP), as Electron reports bounds and work areas. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** What is written to `window-state.json`. */
export interface WindowState extends Rect {
  maximized: boolean
}

/** Size of a window opened for the first time (fits a 1366×768 office screen minus taskbar). */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const

/** Smallest size the layout (side menu + data grid) is designed for. */
export const MIN_WINDOW_SIZE = { width: 1024, height: 680 } as const

/**
 * How much of the window's top edge (its title bar) must lie on a display for the saved
 * position to count as reachable: enough to grab with the mouse and drag it back.
 */
const MIN_VISIBLE_WIDTH = 100
const TITLE_BAR_HEIGHT = 32

const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean()
})

/**
 * Parses the contents of `window-state.json`; null for anything unreadable (missing file,
 * truncated write, hand-edited nonsense), so a bad file only costs the remembered size.
 */
export function parseWindowState(text: string | null | undefined): WindowState | null {
  if (!text) return null
  try {
    const result = windowStateSchema.safeParse(JSON.parse(text))
    return result.success ? result.data : null
  } catch {
    return null
  }
}

/** The text written to `window-state.json`. */
export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state, null, 2)}\n`
}

function overlap(aStart: number, aLength: number, bStart: number, bLength: number): number {
  return Math.max(0, Math.min(aStart + aLength, bStart + bLength) - Math.max(aStart, bStart))
}

/** True when the window's title bar is on `area` far enough to be dragged. */
function titleBarOn(bounds: Rect, area: Rect): boolean {
  const inside = bounds.y >= area.y && bounds.y + TITLE_BAR_HEIGHT <= area.y + area.height
  return inside && overlap(bounds.x, bounds.width, area.x, area.width) >= MIN_VISIBLE_WIDTH
}

/** `bounds` shrunk to fit `area` where it is larger, then moved inside it. */
function fitInto(bounds: Rect, area: Rect): Rect {
  const width = Math.min(bounds.width, area.width)
  const height = Math.min(bounds.height, area.height)
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width)
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height)
  return { x, y, width, height }
}

/** The default size, no larger than `area`, centred in it. */
export function centredDefault(
  area: Rect,
  size: { width: number; height: number } = DEFAULT_WINDOW_SIZE
): Rect {
  const width = Math.min(size.width, area.width)
  const height = Math.min(size.height, area.height)
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height
  }
}

/**
 * Where the main window opens.
 *
 * - No saved state, a saved size below {@link MIN_WINDOW_SIZE}, or a title bar on no current
 *   display: the default size centred on the primary display's work area.
 * - Otherwise the saved bounds, shrunk and moved if needed to fit the display that holds most of
 *   the title bar (resolution lowered since last run).
 *
 * @param saved what `window-state.json` held, or null.
 * @param workAreas the work area of every display now attached (taskbar excluded).
 * @param primary the primary display's work area; used for the centred default.
 */
export function restoreBounds(
  saved: Rect | null,
  workAreas: readonly Rect[],
  primary: Rect,
  defaults: { width: number; height: number } = DEFAULT_WINDOW_SIZE
): Rect {
  if (
    saved === null ||
    saved.width < MIN_WINDOW_SIZE.width ||
    saved.height < MIN_WINDOW_SIZE.height
  ) {
    return centredDefault(primary, defaults)
  }
  const candidates = workAreas.filter((area) => titleBarOn(saved, area))
  if (candidates.length === 0) return centredDefault(primary, defaults)
  const best = candidates.reduce((a, b) =>
    overlap(saved.x, saved.width, b.x, b.width) > overlap(saved.x, saved.width, a.x, a.width)
      ? b
      : a
  )
  return fitInto(saved, best)
}
