import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import {
  applySessionGuards,
  attachWebContentsGuards,
  decidePermission,
  devOriginOf,
  isInternalUrl,
  secureWebPreferences,
  type GuardableSession
} from '../../../electron/main/security'

describe('secureWebPreferences', () => {
  it('sets exactly the hardened flags and the preload', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
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
    })
  })

  it('returns a fresh object each time, so one window cannot weaken another', () => {
    const a = secureWebPreferences('/p')
    a.sandbox = false
    expect(secureWebPreferences('/p').sandbox).toBe(true)
  })
})

describe('isInternalUrl', () => {
  it.each([
    'app://shelian/index.html',
    'app://shelian/',
    'app://shelian',
    'app://shelian/organizations/42?tab=history#top',
    'app://SHELIAN/index.html'
  ])('accepts the app origin: %s', (url) => {
    expect(isInternalUrl(url)).toBe(true)
  })

  it.each([
    ['a look-alike host suffix', 'app://shelian.evil/index.html'],
    ['a look-alike host prefix', 'app://evilshelian/index.html'],
    ['userinfo before the real host', 'app://user@shelian/index.html'],
    ['the app host as userinfo', 'app://shelian@evil/index.html'],
    ['userinfo with password', 'app://a:b@shelian/'],
    ['the host only in the path', 'app://evil/shelian'],
    ['a port', 'app://shelian:80/index.html'],
    ['no host', 'app:///shelian/index.html'],
    ['an opaque app URL', 'app:shelian'],
    ['another scheme with the host', 'https://shelian/index.html'],
    ['http to localhost without a dev origin', 'http://localhost:5173/'],
    ['file', 'file:///'],
    ['a file path', 'file:///C:/Users/li/AppData/Roaming/ShelianDesk/'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['blob', 'blob:app://shelian/1234'],
    ['about:blank', 'about:blank'],
    ['a relative path', '/index.html'],
    ['garbage', 'not a url at all'],
    ['an empty string', '']
  ])('refuses %s: %s', (_why, url) => {
    expect(isInternalUrl(url)).toBe(false)
  })

  it('refuses non-strings handed in from untyped code', () => {
    expect(isInternalUrl(undefined as unknown as string)).toBe(false)
    expect(isInternalUrl(42 as unknown as string)).toBe(false)
  })

  describe('with the dev origin http://localhost:5173', () => {
    const dev = 'http://localhost:5173'

    it.each(['http://localhost:5173/', 'http://localhost:5173/src/main.tsx', 'app://shelian/'])(
      'accepts %s',
      (url) => {
        expect(isInternalUrl(url, dev)).toBe(true)
      }
    )

    it.each([
      ['a look-alike host', 'http://localhost.evil:5173/'],
      ['another port', 'http://localhost:5174/'],
      ['no port', 'http://localhost/'],
      ['https instead of http', 'https://localhost:5173/'],
      ['userinfo', 'http://evil@localhost:5173/'],
      ['the dev origin as userinfo', 'http://localhost:5173@evil.example/'],
      ['another loopback name', 'http://127.0.0.1:5173/'],
      ['websocket', 'ws://localhost:5173/']
    ])('refuses %s: %s', (_why, url) => {
      expect(isInternalUrl(url, dev)).toBe(false)
    })

    it('accepts a dev origin given as a full URL with a path', () => {
      expect(isInternalUrl('http://localhost:5173/x', 'http://localhost:5173/index.html')).toBe(
        true
      )
    })

    it('ignores a dev origin that is not http(s)', () => {
      expect(isInternalUrl('file:///x', 'file:///')).toBe(false)
      expect(isInternalUrl('javascript:1', 'javascript:1')).toBe(false)
    })
  })
})

describe('devOriginOf', () => {
  it.each([
    ['http://localhost:5173/', 'http://localhost:5173'],
    ['http://127.0.0.1:5173', 'http://127.0.0.1:5173'],
    ['https://localhost:5173/x', 'https://localhost:5173'],
    [undefined, undefined],
    ['', undefined],
    ['file:///x', undefined],
    ['http://u:p@localhost:5173/', undefined],
    ['nonsense', undefined]
  ])('%s → %s', (input, expected) => {
    expect(devOriginOf(input)).toBe(expected)
  })
})

describe('decidePermission', () => {
  it('denies, whatever is asked', () => {
    expect(decidePermission()).toBe(false)
  })
})

describe('applySessionGuards', () => {
  function fakeSession() {
    return {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn()
    }
  }

  it('installs request, check and device handlers that all deny', () => {
    const session = fakeSession()
    applySessionGuards(session as unknown as GuardableSession)

    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0]
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0]
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0]
    expect(typeof request).toBe('function')

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid']) {
      const callback = vi.fn()
      request({}, permission, callback, {})
      expect(callback).toHaveBeenCalledWith(false)
      expect(check({}, permission, 'app://shelian', {})).toBe(false)
    }
    expect(device({ deviceType: 'usb', origin: 'app://shelian' })).toBe(false)
  })

  it('denies a request even from the app itself', () => {
    const session = fakeSession()
    applySessionGuards(session as unknown as GuardableSession)
    const callback = vi.fn()
    session.setPermissionRequestHandler.mock.calls[0]?.[0](
      { getURL: () => 'app://shelian/index.html' },
      'media',
      callback,
      { requestingUrl: 'app://shelian/index.html' }
    )
    expect(callback).toHaveBeenCalledExactlyOnceWith(false)
  })
})

/** A webContents stand-in: an EventEmitter that also records the window-open handler. */
class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
}

function preventable(extra: Record<string, unknown> = {}) {
  return { preventDefault: vi.fn(), ...extra }
}

function guarded(devOrigin?: string): FakeWebContents {
  const contents = new FakeWebContents()
  attachWebContentsGuards(
    contents as unknown as Parameters<typeof attachWebContentsGuards>[0],
    devOrigin
  )
  return contents
}

describe('attachWebContentsGuards', () => {
  const outside = [
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    'app://shelian.evil/',
    'app://user@shelian/'
  ]

  it.each(['will-navigate', 'will-redirect'])(
    'prevents %s (URL as second argument) to every outside URL',
    (name) => {
      const contents = guarded()
      for (const url of outside) {
        const event = preventable()
        contents.emit(name, event, url)
        expect(event.preventDefault, url).toHaveBeenCalled()
      }
    }
  )

  it('prevents will-frame-navigate (URL on the details) to every outside URL', () => {
    const contents = guarded()
    for (const url of outside) {
      const event = preventable({ url, isMainFrame: false })
      contents.emit('will-frame-navigate', event)
      expect(event.preventDefault, url).toHaveBeenCalled()
    }
  })

  it('prevents a navigation whose URL cannot be read', () => {
    const contents = guarded()
    const event = preventable()
    contents.emit('will-navigate', event)
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it.each(['will-navigate', 'will-redirect'])('lets %s stay on the app origin', (name) => {
    const contents = guarded()
    const event = preventable({ url: 'app://shelian/index.html' })
    contents.emit(name, event, 'app://shelian/index.html')
    expect(event.preventDefault).not.toHaveBeenCalled()
  })

  it('lets the dev build navigate on its exact dev origin only', () => {
    const contents = guarded('http://localhost:5173')
    const same = preventable()
    contents.emit('will-navigate', same, 'http://localhost:5173/')
    expect(same.preventDefault).not.toHaveBeenCalled()
    const other = preventable()
    contents.emit('will-navigate', other, 'http://localhost:5174/')
    expect(other.preventDefault).toHaveBeenCalled()
  })

  it('prevents every webview from attaching', () => {
    const contents = guarded()
    const event = preventable()
    contents.emit('will-attach-webview', event, {}, { src: 'app://shelian/index.html' })
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it.each(['https://evil.example/', 'app://shelian/index.html', 'about:blank'])(
    'denies window.open of %s',
    (url) => {
      const contents = guarded()
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' })
    }
  )
})
