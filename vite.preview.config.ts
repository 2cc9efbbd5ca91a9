import { defineConfig } from 'vite'
import { PRODUCTION_CSP } from './shared/security/csp.ts'

/**
 * `vite preview` of the built renderer (npm run web, the e2e tests and the bench) sends the
 * headers the app:// protocol sends in Electron, so what runs in the browser runs under the same
 * policy — workers included: the report worker and pdf.js get their policy from these headers,
 * not from the page's meta tag.
 */
export default defineConfig({
  preview: {
    headers: { 'Content-Security-Policy': PRODUCTION_CSP, 'X-Content-Type-Options': 'nosniff' }
  }
})
