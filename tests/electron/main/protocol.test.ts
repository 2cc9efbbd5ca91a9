import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path, { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { PRODUCTION_CSP } from '@shared/security/csp'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  createAppProtocolHandler,
  isInsideDir,
  resolveAppAsset
} from '../../../electron/main/protocol'

const ROOT = '/opt/shelian/out/renderer'

describe('app origin', () => {
  it('is app://shelian, the origin IndexedDB is keyed by', () => {
    expect(APP_ORIGIN).toBe('app://shelian')
    expect(APP_ENTRY_URL).toBe('app://shelian/index.html')
  })

  it('is registered standard and secure (storage APIs are off for non-standard schemes)', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      stream: true
    })
  })
})

describe('resolveAppAsset', () => {
  it.each([
    ['app://shelian/index.html', 'index.html'],
    ['app://shelian/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://shelian/assets/index-abc.js?v=2#x', 'assets/index-abc.js'],
    ['app://shelian/fonts/NotoSansSC-Regular.ttf', 'fonts/NotoSansSC-Regular.ttf'],
    ['app://shelian/licenses/%E7%AC%AC%E4%B8%89%E6%96%B9.txt', 'licenses/第三方.txt'],
    ['app://shelian/.well-known/x.json', '.well-known/x.json']
  ])('serves %s from the root', (url, relative) => {
    expect(resolveAppAsset(url, ROOT)).toBe(join(ROOT, relative))
  })

  it.each([
    'app://shelian',
    'app://shelian/',
    'app://shelian/organizations',
    'app://shelian/organizations/123/',
    'app://shelian/venture/rounds/2026?tab=review'
  ])('falls back to index.html for the client-side route %s', (url) => {
    expect(resolveAppAsset(url, ROOT)).toBe(join(ROOT, 'index.html'))
  })

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://shelian.evil/index.html'],
    ['userinfo', 'app://user@shelian/index.html'],
    ['a port', 'app://shelian:8080/index.html'],
    ['another scheme', 'file:///opt/shelian/out/renderer/index.html'],
    ['https', 'https://shelian/index.html'],
    ['a raw parent segment', 'app://shelian/../etc/passwd'],
    ['a nested parent segment', 'app://shelian/assets/../../secret.js'],
    ['an encoded parent segment', 'app://shelian/%2e%2e/secret.js'],
    ['a mixed-case encoded parent segment', 'app://shelian/%2E%2e/secret.js'],
    ['a half-encoded parent segment', 'app://shelian/.%2e/secret.js'],
    ['a dot segment', 'app://shelian/./index.html'],
    ['an encoded slash', 'app://shelian/..%2fsecret.js'],
    ['an encoded slash inside a name', 'app://shelian/assets%2findex.js'],
    ['an encoded backslash', 'app://shelian/..%5csecret.js'],
    ['a raw backslash', 'app://shelian/assets\\index.js'],
    ['a raw backslash traversal', 'app://shelian/..\\..\\secret.js'],
    ['an encoded NUL', 'app://shelian/index.html%00.js'],
    ['a raw NUL', 'app://shelian/index.html\u0000.js'],
    ['a control character', 'app://shelian/in\ndex.html'],
    ['a drive letter', 'app://shelian/C:/Windows/win.ini'],
    ['an NTFS stream', 'app://shelian/index.html:secret'],
    ['malformed percent-encoding', 'app://shelian/%E7%AC.js'],
    ['garbage', 'not a url'],
    ['an empty string', '']
  ])('refuses %s', (_why, url) => {
    expect(resolveAppAsset(url, ROOT)).toBeNull()
  })

  it('resolves with Windows paths and refuses drive letters there too', () => {
    const root = 'C:\\Program Files\\社联台\\resources\\app.asar\\out\\renderer'
    expect(resolveAppAsset('app://shelian/assets/a.js', root, path.win32)).toBe(
      `${root}\\assets\\a.js`
    )
    expect(resolveAppAsset('app://shelian/D:/secret.js', root, path.win32)).toBeNull()
    expect(resolveAppAsset('app://shelian/%5C%5Cserver%5Cshare.js', root, path.win32)).toBeNull()
  })
})

describe('isInsideDir', () => {
  it.each([
    ['/x/renderer', '/x/renderer/a.js', true],
    ['/x/renderer', '/x/renderer/assets/deep/a.js', true],
    ['/x/renderer/', '/x/renderer/a.js', true],
    ['/x/renderer', '/x/renderer', true],
    ['/x/renderer', '/x/renderer-evil/a.js', false],
    ['/x/renderer', '/x/rendererx', false],
    ['/x/renderer', '/x/a.js', false],
    ['/x/renderer', '/x/renderer/../a.js', false],
    ['/x/renderer', '/etc/passwd', false]
  ])('root %s, candidate %s → %s', (root, candidate, expected) => {
    expect(isInsideDir(root, candidate)).toBe(expected)
  })

  it('treats another Windows drive as outside', () => {
    expect(isInsideDir('C:\\app\\renderer', 'D:\\app\\renderer\\a.js', path.win32)).toBe(false)
    expect(isInsideDir('C:\\app\\renderer', 'C:\\app\\renderer-evil\\a.js', path.win32)).toBe(false)
    expect(isInsideDir('C:\\app\\renderer', 'C:\\app\\renderer\\a.js', path.win32)).toBe(true)
  })
})

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.MJS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['NotoSansSC-Regular.ttf', 'font/ttf'],
    ['a.wasm', 'application/wasm'],
    ['LICENSE', 'application/octet-stream'],
    ['a.exe', 'application/octet-stream']
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type)
  })
})

describe('createAppProtocolHandler (real files in a temp dir)', () => {
  const parent = mkdtempSync(join(tmpdir(), 'shelian-protocol-'))
  afterAll(() => rmSync(parent, { recursive: true, force: true }))
  const root = join(parent, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>社联台</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'export {}')
  // A sibling folder whose name starts with the root's name must stay unreachable.
  mkdirSync(join(parent, 'renderer-evil'))
  writeFileSync(join(parent, 'renderer-evil', 'a.js'), 'stolen()')

  const handler = createAppProtocolHandler({
    rootDir: root,
    readFile: (file) => import('node:fs/promises').then((fs) => fs.readFile(file))
  })

  it('serves a page with its content type and the production CSP header', async () => {
    const response = await handler(new Request('app://shelian/index.html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(PRODUCTION_CSP)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('社联台')
  })

  it('serves a module script as JavaScript', async () => {
    const response = await handler({ url: 'app://shelian/assets/app.js' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('serves index.html for a client-side route', async () => {
    const response = await handler({ url: 'app://shelian/settings' })
    expect(await response.text()).toContain('<title>社联台</title>')
  })

  it.each([
    'app://shelian/../renderer-evil/a.js',
    'app://shelian/%2e%2e/renderer-evil/a.js',
    'app://shelian/..%2frenderer-evil/a.js',
    'app://evil/index.html'
  ])('answers 404, with the CSP, for %s', async (url) => {
    const response = await handler({ url })
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toBe(PRODUCTION_CSP)
    expect(await response.text()).not.toContain('stolen')
  })

  it('answers 404 for a missing asset instead of the SPA page', async () => {
    const response = await handler({ url: 'app://shelian/assets/missing.js' })
    expect(response.status).toBe(404)
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler({ url: 'app://shelian/index.html', method: 'POST' })
    expect(response.status).toBe(405)
  })

  it('answers HEAD without a body', async () => {
    const response = await handler({ url: 'app://shelian/index.html', method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it('answers 500, and logs, when the disk fails for another reason', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const failing = createAppProtocolHandler({
      rootDir: root,
      readFile: () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' }))
    })
    const response = await failing({ url: 'app://shelian/index.html' })
    expect(response.status).toBe(500)
    expect(log).toHaveBeenCalledOnce()
    log.mockRestore()
  })
})
