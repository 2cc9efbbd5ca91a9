/**
 * Security guards for every web contents and the session: the Electron security checklist
 * (docs/tutorial/security.md) turned into small functions that can be tested without Electron.
 *
 * The renderer is treated as untrusted: it shows user data (names, notes, imported files), so a
 * script injection must not be able to reach Node, navigate the window to another site, open
 * windows, embed webviews or obtain device permissions.
 */
import type { Session, WebContents, WebPreferences } from 'electron'
import { APP_HOST, APP_SCHEME } from './protocol'

/**
 * The webPreferences of every window. Each flag is spelled out even where it equals Electron's
 * default, so a changed default or a copied template cannot weaken it unnoticed.
 *
 * @param preloadPath absolute path of the bundled, sandbox-compatible preload (`index.cjs`).
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    spellcheck: false
  }
}

/**
 * The origin of the dev server from `ELECTRON_RENDERER_URL`, or undefined when it is not a plain
 * http(s) URL without credentials. Used only for unpackaged runs.
 */
export function devOriginOf(devUrl: string | undefined): string | undefined {
  if (!devUrl) return undefined
  try {
    const url = new URL(devUrl)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
    if (url.username !== '' || url.password !== '') return undefined
    return url.origin
  } catch {
    return undefined
  }
}

/**
 * True only for URLs of the app itself: `app://shelian/...`, or — when `devOrigin` is given —
 * the exact dev-server origin (scheme, host and port all equal).
 *
 * Compares parsed parts, never string prefixes: `app://shelian.evil`, `app://evil/shelian`,
 * `http://localhost.evil:5173` are outside. URLs with userinfo are refused outright, because
 * `app://user@shelian` parses with host `shelian` and `app://shelian@evil` with host `evil`; no
 * genuine app URL has a userinfo part, so either spelling is a sign of a trick.
 */
export function isInternalUrl(url: string, devOrigin?: string): boolean {
  if (typeof url !== 'string' || url === '') return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.username !== '' || parsed.password !== '') return false

  if (parsed.protocol === `${APP_SCHEME}:`) {
    // Chromium lower-cases hosts of standard schemes; Node does not for unknown schemes.
    return parsed.hostname.toLowerCase() === APP_HOST && parsed.port === ''
  }
  if (devOrigin === undefined) return false
  const dev = devOriginOf(devOrigin)
  if (dev === undefined) return false
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === dev
}

/**
 * The decision for every permission request and check (camera, microphone, notifications,
 * geolocation, clipboard-read, HID, serial, USB …): always no. The app needs none of them; the
 * Edit menu's copy and paste use native roles, which need no web permission.
 */
export function decidePermission(): boolean {
  return false
}

/**
 * Whether a navigation of the window (or one of its frames) to `targetUrl` may proceed: only to
 * the app's own origin. The app is a single-page app, so it never needs to leave its origin;
 * links to other sites, `file://`, `javascript:` and `data:` URLs are all refused, and nothing
 * is handed to the system browser (offline office PCs).
 */
export function isNavigationAllowed(targetUrl: string, devOrigin?: string): boolean {
  return isInternalUrl(targetUrl, devOrigin)
}

/** The parts of a WebContents the guards use (an EventEmitter in tests). */
export interface GuardableWebContents {
  on(event: string, listener: (...args: never[]) => void): unknown
  setWindowOpenHandler: WebContents['setWindowOpenHandler']
}

interface PreventableEvent {
  preventDefault(): void
}

/**
 * Attaches the navigation guards to one web contents. Call it from
 * `app.on('web-contents-created')`, so it covers every contents Chromium ever creates.
 *
 * - `will-navigate`, `will-frame-navigate`, `will-redirect`: prevented unless the target is
 *   internal (see {@link isNavigationAllowed}).
 * - `will-attach-webview`: always prevented (webviewTag is off too; belt and braces).
 * - `window.open` / `target=_blank`: always denied.
 */
export function attachWebContentsGuards(contents: GuardableWebContents, devOrigin?: string): void {
  const guardNavigation = (event: PreventableEvent, url?: unknown): void => {
    // `will-frame-navigate` and newer `will-navigate` pass the URL on the event's details.
    const target = typeof url === 'string' ? url : (event as { url?: unknown }).url
    if (typeof target !== 'string' || !isNavigationAllowed(target, devOrigin)) {
      event.preventDefault()
    }
  }
  for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
    contents.on(name, guardNavigation as (...args: never[]) => void)
  }
  contents.on('will-attach-webview', ((event: PreventableEvent) => {
    event.preventDefault()
  }) as (...args: never[]) => void)
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** The parts of a Session the guards use. */
export type GuardableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>

/**
 * Denies every permission request, permission check and device (HID/serial/USB) permission on
 * the session. Electron grants everything when no handler is set, so these must be installed
 * before the first window loads.
 */
export function applySessionGuards(session: GuardableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(decidePermission())
  })
  session.setPermissionCheckHandler(() => decidePermission())
  session.setDevicePermissionHandler(() => decidePermission())
}
