/**
 * The Content-Security-Policy the app ships with, in one place: the build writes it into
 * index.html as a meta tag and the Electron protocol handler sends it as a header.
 *
 * `style-src 'unsafe-inline'` is needed because antd injects its css-in-js as <style> tags and
 * inline style attributes; scripts stay strictly same-origin with no eval.
 */
export const PRODUCTION_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

/**
 * The dev server's policy: the React Refresh preamble is an inline script and HMR talks over a
 * websocket. Only the electron-vite dev server ever uses this.
 */
export const DEV_SERVER_CSP = PRODUCTION_CSP.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'"
).replace("connect-src 'self'", "connect-src 'self' ws: wss:")
