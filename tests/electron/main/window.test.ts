import { EventEmitter } from 'node:events'
import type { BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  createMainWindow,
  mainWindowOptions,
  restoreAndFocus,
  type MainWindowLike
} from '../../../electron/main/window'
import type { Rect, WindowState } from '../../../electron/main/window-state'

class FakeWindow extends EventEmitter implements MainWindowLike {
  static created: FakeWindow[] = []
  readonly options: BrowserWindowConstructorOptions
  shown = false
  maximized = false
  normalBounds: Rect = { x: 1, y: 2, width: 1300, height: 900 }
  loadURL = vi.fn((_url: string) => Promise.resolve())

  constructor(options: BrowserWindowConstructorOptions) {
    super()
    this.options = options
    FakeWindow.created.push(this)
  }
  show(): void {
    this.shown = true
  }
  maximize(): void {
    this.maximized = true
  }
  isMaximized(): boolean {
    return this.maximized
  }
  getNormalBounds(): Rect {
    return this.normalBounds
  }
}

const BOUNDS: Rect = { x: 320, y: 120, width: 1280, height: 800 }

function create(overrides: { maximized?: boolean; saveState?: (s: WindowState) => void } = {}) {
  const saveState = vi.fn(overrides.saveState ?? (() => undefined))
  const win = createMainWindow({
    BrowserWindow: FakeWindow,
    preloadPath: '/app/out/preload/index.cjs',
    url: 'app://shelian/index.html',
    bounds: BOUNDS,
    maximized: overrides.maximized ?? false,
    saveState
  })
  return { win, saveState }
}

describe('mainWindowOptions', () => {
  it('opens hidden with the title, remembered bounds, minimum size and secure preferences', () => {
    const options = mainWindowOptions(BOUNDS, '/p/index.cjs')
    expect(options).toMatchObject({
      ...BOUNDS,
      minWidth: 1024,
      minHeight: 680,
      title: '社联台',
      show: false
    })
    expect(options.webPreferences).toMatchObject({
      preload: '/p/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false
    })
  })
})

describe('createMainWindow', () => {
  it('constructs with the secure options and loads the app URL', () => {
    const { win } = create()
    expect(win.options.webPreferences?.sandbox).toBe(true)
    expect(win.options.show).toBe(false)
    expect(win.loadURL).toHaveBeenCalledWith('app://shelian/index.html')
  })

  it('shows only once ready to show', () => {
    const { win } = create()
    expect(win.shown).toBe(false)
    win.emit('ready-to-show')
    expect(win.shown).toBe(true)
    expect(win.maximized).toBe(false)
  })

  it('maximises again when it was maximised last time', () => {
    const { win } = create({ maximized: true })
    win.emit('ready-to-show')
    expect(win.maximized).toBe(true)
    expect(win.shown).toBe(true)
  })

  it('remembers normal bounds and the maximised state on close', () => {
    const { win, saveState } = create()
    win.maximized = true
    win.emit('close')
    expect(saveState).toHaveBeenCalledWith({
      x: 1,
      y: 2,
      width: 1300,
      height: 900,
      maximized: true
    })
  })

  it('still closes when the state cannot be written', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { win } = create({
      saveState: () => {
        throw new Error('EROFS')
      }
    })
    expect(() => win.emit('close')).not.toThrow()
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })
})

describe('restoreAndFocus', () => {
  function fake(minimized: boolean) {
    return {
      isMinimized: () => minimized,
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn()
    }
  }

  it('restores a minimised window, shows and focuses it', () => {
    const win = fake(true)
    restoreAndFocus(win)
    expect(win.restore).toHaveBeenCalled()
    expect(win.show).toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
  })

  it('does not restore a window that is not minimised (that would un-maximise it)', () => {
    const win = fake(false)
    restoreAndFocus(win)
    expect(win.restore).not.toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
  })

  it('does nothing before the window exists', () => {
    expect(() => restoreAndFocus(null)).not.toThrow()
  })
})
