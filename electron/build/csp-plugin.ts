/**
 * Writes the CSP meta tag into index.html from the one policy in shared/security/csp.ts. The
 * relaxed policy goes only to the dev server (`command === 'serve'`), so every build — and every
 * e2e run, which drives the build — carries the strict one.
 */
import type { Plugin } from 'vite'
import { DEV_SERVER_CSP, PRODUCTION_CSP } from '../../shared/security/csp.ts'

export function cspPlugin(): Plugin {
  let policy = PRODUCTION_CSP
  return {
    name: 'shelian:csp',
    configResolved(config) {
      policy = config.command === 'serve' ? DEV_SERVER_CSP : PRODUCTION_CSP
    },
    transformIndexHtml: {
      order: 'pre',
      handler() {
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
            injectTo: 'head-prepend'
          }
        ]
      }
    }
  }
}
