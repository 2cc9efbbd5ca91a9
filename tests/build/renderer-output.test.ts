// Checks on what `npm run build` actually ships; run after the build by `npm test`.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PRODUCTION_CSP } from '@shared/security/csp'

const out = 'out'

function decodeEntities(text: string): string {
  return text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

function cspMeta(html: string): string | null {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
  return match ? decodeEntities(match[1]!) : null
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(c|m)?js$/.test(file))
    .map((file) => join(dir, file))
}

describe('built renderer', () => {
  const html = readFileSync(join(out, 'renderer', 'index.html'), 'utf8')

  it('carries the production CSP as a meta tag before any script', () => {
    const csp = cspMeta(html)
    expect(csp).toBe(PRODUCTION_CSP)
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-eval')
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
  })

  it('loads no remote script or stylesheet', () => {
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
  })

  it('uses relative asset URLs so app:// and a plain web server both work', () => {
    expect(html).toMatch(/src="\.\/assets\//)
  })
})

describe('built renderer licences', () => {
  it('carries the SIL Open Font License of the report fonts, for the 关于 page', () => {
    const code = jsFiles(join(out, 'renderer'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
    expect(code).toContain('SIL OPEN FONT LICENSE Version 1.1')
    expect(code).toContain('Copyright 2014-2021 Adobe')
  })
})

describe('built main and preload', () => {
  const insecure = [
    /nodeIntegration\s*:\s*(true|!0)/,
    /contextIsolation\s*:\s*(false|!1)/,
    /sandbox\s*:\s*(false|!1)/,
    /webSecurity\s*:\s*(false|!1)/,
    /allowRunningInsecureContent\s*:\s*(true|!0)/,
    /webviewTag\s*:\s*(true|!0)/
  ]

  it.each(['main', 'preload'])('%s bundle contains no insecure web preference', (part) => {
    const files = jsFiles(join(out, part))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const code = readFileSync(file, 'utf8')
      for (const pattern of insecure) expect(code, `${file} ${pattern}`).not.toMatch(pattern)
    }
  })

  it('main bundle sets the secure preferences explicitly', () => {
    const code = jsFiles(join(out, 'main'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
    expect(code).toMatch(/contextIsolation\s*:\s*(true|!0)/)
    expect(code).toMatch(/sandbox\s*:\s*(true|!0)/)
  })

  it('preload is one CommonJS file that requires only electron', () => {
    const preload = join(out, 'preload', 'index.cjs')
    expect(existsSync(preload)).toBe(true)
    const code = readFileSync(preload, 'utf8')
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(code).not.toMatch(/^\s*import\s/m)
  })
})
