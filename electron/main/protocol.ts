/**
 * The `app://shelian` protocol that serves the built renderer.
 *
 * Why a custom scheme and not `file://`: a `file://` page shares its origin with every file on
 * the disk, and IndexedDB needs a stable, standard origin. `app://shelian` is registered as
 * standard + secure, so it behaves like an https origin, and the origin (and therefore where the
 * database lives) never changes between versions. Never rename APP_SCHEME or APP_HOST: a new
 * origin is a new, empty database.
 */
import path from 'node:path'
import { PRODUCTION_CSP } from '@shared/security/csp'

/** Scheme of the app's own pages. */
export const APP_SCHEME = 'app'
/** Host of the app's own pages. */
export const APP_HOST = 'shelian'
/** The one origin the renderer runs on in production; IndexedDB is keyed by it. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The page the main window loads in production. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * Privileges for `protocol.registerSchemesAsPrivileged`. `standard` is what enables IndexedDB
 * and localStorage (they are disabled for non-standard schemes), `secure` makes it a secure
 * context, `supportFetchAPI` lets the renderer fetch its own assets (fonts for PDF), `stream`
 * lets large assets be streamed.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true
} as const

/** The subset of `node:path` the resolver uses; injectable so Windows paths can be tested. */
export type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'extname' | 'sep'>

/**
 * True when `candidate` is `rootDir` itself or lies inside it.
 *
 * Compares with `path.relative` rather than `startsWith`, so a sibling folder that merely shares
 * a prefix (`/x/renderer-evil` next to `/x/renderer`) is outside.
 */
export function isInsideDir(rootDir: string, candidate: string, pathApi: PathApi = path): boolean {
  const relative = pathApi.relative(pathApi.resolve(rootDir), pathApi.resolve(candidate))
  if (relative === '') return true
  if (pathApi.isAbsolute(relative)) return false // another drive on Windows
  return relative !== '..' && !relative.startsWith(`..${pathApi.sep}`)
}

// Anything in the raw URL that has no business in an asset path. The URL parser would quietly
// resolve some of these (`%2e%2e` → `..`), so they are refused before parsing, not after.
const FORBIDDEN_RAW = [
  /\\/, // backslash: a separator on Windows
  /%5c/i, // encoded backslash
  /%2f/i, // encoded slash: would hide a separator from segment checks
  /%2e/i, // encoded dot: only ever used to smuggle `..`
  /%00/, // encoded NUL
  /(^|\/)\.\.?(\/|$|[?#])/ // a `.` or `..` path segment
]

/**
 * Maps an `app://shelian/...` request to a file inside `rootDir`, or null when it must not be
 * served.
 *
 * Refuses: any other scheme, host, port or userinfo; `..` and `.` segments, raw or encoded;
 * encoded slashes and backslashes; backslashes; NUL and control characters; `:` (drive letters
 * and NTFS streams); anything that would resolve outside `rootDir`. A path whose last segment has
 * no extension is a client-side route (the renderer is a single-page app), so it gets
 * `index.html`; the query string and fragment are ignored.
 *
 * @param requestUrl the URL Chromium asked for.
 * @param rootDir absolute path of the built renderer (`out/renderer`).
 * @param pathApi `node:path` flavour; tests pass `path.win32`.
 */
export function resolveAppAsset(
  requestUrl: string,
  rootDir: string,
  pathApi: PathApi = path
): string | null {
  if (typeof requestUrl !== 'string') return null
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(requestUrl)) return null
  if (FORBIDDEN_RAW.some((pattern) => pattern.test(requestUrl))) return null

  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return null
  if (url.port !== '' || url.username !== '' || url.password !== '') return null

  let decoded: string
  try {
    decoded = decodeURIComponent(url.pathname)
  } catch {
    return null // malformed percent-encoding
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\:]/.test(decoded)) return null
  const segments = decoded.split('/').filter((segment) => segment !== '')
  if (segments.some((segment) => segment === '.' || segment === '..')) return null

  const last = segments.at(-1)
  const isRoute = last === undefined || decoded.endsWith('/') || pathApi.extname(last) === ''
  const relative = isRoute ? 'index.html' : segments.join('/')

  const root = pathApi.resolve(rootDir)
  const resolved = pathApi.resolve(root, relative)
  if (resolved === root || !isInsideDir(root, resolved, pathApi)) return null
  return resolved
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm'
}

/**
 * The Content-Type for a served file, by extension (case-insensitive). Module scripts are
 * refused by Chromium unless they come with a JavaScript type, so this map is not cosmetic.
 * Unknown extensions get `application/octet-stream`, which `nosniff` keeps from being executed.
 */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/** Headers every response of the protocol carries. */
function baseHeaders(): Record<string, string> {
  return { 'Content-Security-Policy': PRODUCTION_CSP, 'X-Content-Type-Options': 'nosniff' }
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { ...baseHeaders(), 'Content-Type': 'text/plain; charset=utf-8' }
  })
}

/** What the handler needs from the outside world. */
export interface AppProtocolDeps {
  /** Absolute path of the built renderer folder. */
  rootDir: string
  /** `fs.promises.readFile` (Electron's fs also reads inside app.asar). */
  readFile: (filePath: string) => Promise<Uint8Array>
}

/**
 * Builds the function given to `protocol.handle('app', …)`. GET and HEAD only; 404 for anything
 * `resolveAppAsset` refuses or that does not exist; every response carries the production CSP,
 * so the policy holds even if a page were served without its meta tag.
 */
export function createAppProtocolHandler(
  deps: AppProtocolDeps
): (request: { url: string; method?: string }) => Promise<Response> {
  return async (request) => {
    const method = (request.method ?? 'GET').toUpperCase()
    if (method !== 'GET' && method !== 'HEAD') return textResponse(405, 'Method Not Allowed')

    const filePath = resolveAppAsset(request.url, deps.rootDir)
    if (filePath === null) return textResponse(404, 'Not Found')

    let body: Uint8Array
    try {
      body = await deps.readFile(filePath)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') {
        return textResponse(404, 'Not Found')
      }
      console.error('[app protocol] read failed', filePath, error)
      return textResponse(500, 'Internal Error')
    }
    return new Response(method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        ...baseHeaders(),
        'Content-Type': contentTypeFor(filePath),
        'Content-Length': String(body.byteLength)
      }
    })
  }
}
