import { describe, expect, it } from 'vitest'
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  parseWindowState,
  restoreBounds,
  serializeWindowState,
  type Rect
} from '../../../electron/main/window-state'

// A 1920×1080 primary screen with a 40 px taskbar, and a 1280×1024 screen to its right.
const PRIMARY: Rect = { x: 0, y: 0, width: 1920, height: 1040 }
const SECOND: Rect = { x: 1920, y: 0, width: 1280, height: 984 }
const BOTH = [PRIMARY, SECOND]
const CENTRED: Rect = { x: 320, y: 120, width: 1280, height: 800 }

describe('restoreBounds', () => {
  it.each<[string, Rect | null, readonly Rect[], Rect]>([
    ['first run: default size centred on the primary display', null, BOTH, CENTRED],
    [
      'saved bounds on the primary display are kept',
      { x: 100, y: 50, width: 1400, height: 900 },
      BOTH,
      { x: 100, y: 50, width: 1400, height: 900 }
    ],
    [
      'saved bounds on the second display are kept',
      { x: 2000, y: 40, width: 1100, height: 800 },
      BOTH,
      { x: 2000, y: 40, width: 1100, height: 800 }
    ],
    [
      'second display unplugged: back to the centred default',
      { x: 2000, y: 40, width: 1100, height: 800 },
      [PRIMARY],
      CENTRED
    ],
    ['far off every display', { x: -5000, y: -5000, width: 1300, height: 800 }, BOTH, CENTRED],
    [
      'title bar above the top of the screen',
      { x: 100, y: -200, width: 1300, height: 900 },
      BOTH,
      CENTRED
    ],
    [
      'only a sliver (50 px) of the title bar on screen',
      { x: -1250, y: 100, width: 1300, height: 800 },
      BOTH,
      CENTRED
    ],
    [
      'too narrow',
      { x: 100, y: 100, width: MIN_WINDOW_SIZE.width - 1, height: 800 },
      BOTH,
      CENTRED
    ],
    [
      'too short',
      { x: 100, y: 100, width: 1300, height: MIN_WINDOW_SIZE.height - 1 },
      BOTH,
      CENTRED
    ],
    [
      'exactly the minimum size is fine',
      { x: 10, y: 10, ...MIN_WINDOW_SIZE },
      BOTH,
      { x: 10, y: 10, ...MIN_WINDOW_SIZE }
    ],
    [
      'partly off the right edge but reachable: moved back inside',
      { x: 1000, y: 100, width: 1300, height: 800 },
      [PRIMARY],
      { x: 620, y: 100, width: 1300, height: 800 }
    ],
    [
      'larger than the display after a resolution change: shrunk to fit',
      { x: 0, y: 0, width: 2400, height: 1400 },
      [{ x: 0, y: 0, width: 1366, height: 728 }],
      { x: 0, y: 0, width: 1366, height: 728 }
    ]
  ])('%s', (_why, saved, areas, expected) => {
    const primary = areas[0] ?? PRIMARY
    expect(restoreBounds(saved, areas, primary)).toEqual(expected)
  })

  it('centres a default that does not fit a small screen inside its work area', () => {
    const small: Rect = { x: 0, y: 0, width: 1366, height: 728 }
    expect(restoreBounds(null, [small], small)).toEqual({ x: 43, y: 0, width: 1280, height: 728 })
  })

  it('centres on a primary display that does not start at 0,0', () => {
    const area: Rect = { x: -1920, y: 200, width: 1920, height: 1040 }
    expect(restoreBounds(null, [area], area)).toEqual({
      x: -1920 + 320,
      y: 200 + 120,
      ...DEFAULT_WINDOW_SIZE
    })
  })

  it('uses the default size asked for', () => {
    expect(restoreBounds(null, BOTH, PRIMARY, { width: 1000, height: 700 })).toEqual({
      x: 460,
      y: 170,
      width: 1000,
      height: 700
    })
  })
})

describe('parseWindowState / serializeWindowState', () => {
  it('round-trips a state', () => {
    const state = { x: 10, y: 20, width: 1300, height: 900, maximized: true }
    expect(parseWindowState(serializeWindowState(state))).toEqual(state)
  })

  it.each([
    ['missing file', null],
    ['empty file', ''],
    ['truncated write', '{"x":10,"y":'],
    ['not an object', '[1,2,3]'],
    ['missing maximized', '{"x":1,"y":1,"width":1300,"height":900}'],
    ['string numbers', '{"x":"1","y":1,"width":1300,"height":900,"maximized":false}'],
    ['fractional size', '{"x":1,"y":1,"width":1300.5,"height":900,"maximized":false}'],
    ['negative size', '{"x":1,"y":1,"width":-1300,"height":900,"maximized":false}']
  ])('is null for a %s', (_why, text) => {
    expect(parseWindowState(text)).toBeNull()
  })
})
