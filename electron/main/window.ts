/**
 * The main window. The BrowserWindow constructor is injected so the wiring can be tested with a
 * fake; nothing here imports Electron at runtime.
 */
import type { BrowserWindowConstructorOptions } from 'electron'
import { secureWebPreferences } from './security'
import { MIN_WINDOW_SIZE, type Rect, type WindowState } from './window-state'

/** The window title; the renderer's document title is kept in step with it. */
export const WINDOW_TITLE = '社联台'

/**
 * Constructor options of the main window: remembered bounds, the minimum size the layout needs,
 * hidden until the first paint (no white flash), and the secure webPreferences.
 */
export function mainWindowOptions(
  bounds: Rect,
  preloadPath: string
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: WINDOW_TITLE,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath)
  }
}

/** The parts of BrowserWindow this module uses. */
export interface MainWindowLike {
  once(event: 'ready-to-show', listener: () => void): unknown
  on(event: 'close', listener: () => void): unknown
  show(): void
  maximize(): void
  isMaximized(): boolean
  getNormalBounds(): Rect
  loadURL(url: string): Promise<void>
}

/** Everything createMainWindow needs, injected so it runs against a fake window in tests. */
export interface MainWindowDeps<W extends MainWindowLike> {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W
  preloadPath: string
  /** `app://shelian/index.html`, or the dev server's URL in unpackaged runs. */
  url: string
  bounds: Rect
  maximized: boolean
  /** Called once when the window closes, with the bounds to remember. */
  saveState: (state: WindowState) => void
}

/**
 * Creates the main window, shows it once the first frame is ready (maximised again if it was
 * maximised when closed), remembers its state on close, and loads the app.
 */
export function createMainWindow<W extends MainWindowLike>(deps: MainWindowDeps<W>): W {
  const win = new deps.BrowserWindow(mainWindowOptions(deps.bounds, deps.preloadPath))
  win.once('ready-to-show', () => {
    if (deps.maximized) win.maximize()
    win.show()
  })
  win.on('close', () => {
    // Normal bounds, not current ones: a maximised window must come back to its old size when
    // the user un-maximises it next time.
    try {
      deps.saveState({ ...win.getNormalBounds(), maximized: win.isMaximized() })
    } catch (error) {
      console.warn('[window] could not remember window state', error)
    }
  })
  win.loadURL(deps.url).catch((error: unknown) => {
    console.error('[window] failed to load', deps.url, error)
  })
  return win
}

/** The parts of BrowserWindow used to bring an existing window to the front. */
export interface RestorableWindow {
  isMinimized(): boolean
  restore(): void
  show(): void
  focus(): void
}

/**
 * Brings the window back when the user starts the app a second time: a second instance would
 * fight over the IndexedDB lock, so it quits and this window is shown instead.
 */
export function restoreAndFocus(win: RestorableWindow | null | undefined): void {
  if (!win) return
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
}
