import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { DesktopError } from '@shared/ipc/errors'
import {
  guardedHandler,
  handle,
  isTrustedSender,
  toIpcError
} from '../../../../electron/main/ipc/guard'
import {
  fakeIpcMain,
  foreignEvent,
  frameGoneEvent,
  subframeEvent,
  trustedEvent
} from '../../helpers/fake-ipc'

describe('isTrustedSender', () => {
  it.each([
    ['the app top frame', { url: 'app://shelian/index.html', parent: null }, undefined, true],
    [
      'the app top frame on a route',
      { url: 'app://shelian/settings', parent: null },
      undefined,
      true
    ],
    ['a subframe of the app', { url: 'app://shelian/index.html', parent: {} }, undefined, false],
    ['a foreign top frame', { url: 'https://evil.example/', parent: null }, undefined, false],
    ['a look-alike host', { url: 'app://shelian.evil/', parent: null }, undefined, false],
    ['a file page', { url: 'file:///C:/x.html', parent: null }, undefined, false],
    ['about:blank', { url: 'about:blank', parent: null }, undefined, false],
    [
      'the dev server when not in dev',
      { url: 'http://localhost:5173/', parent: null },
      undefined,
      false
    ],
    [
      'the dev server in dev',
      { url: 'http://localhost:5173/', parent: null },
      'http://localhost:5173',
      true
    ],
    [
      'another port in dev',
      { url: 'http://localhost:5174/', parent: null },
      'http://localhost:5173',
      false
    ],
    ['a destroyed frame', null, undefined, false]
  ])('%s → %s', (_why, frame, devOrigin, expected) => {
    expect(isTrustedSender({ senderFrame: frame }, devOrigin)).toBe(expected)
  })
})

describe('toIpcError', () => {
  it.each([
    [new DesktopError('TOO_LARGE', '太大'), { code: 'TOO_LARGE', message: '太大' }],
    [
      Object.assign(new Error('x'), { code: 'ENOENT' }),
      { code: 'NOT_FOUND', message: '找不到该文件' }
    ],
    [
      Object.assign(new Error('x'), { code: 'ENOSPC' }),
      { code: 'IO', message: '磁盘空间不足（ENOSPC）' }
    ],
    [
      Object.assign(new Error('x'), { code: 'EACCES' }),
      { code: 'IO', message: '没有权限访问该文件或文件夹（EACCES）' }
    ],
    [
      Object.assign(new Error('x'), { code: 'EWHATEVER' }),
      { code: 'IO', message: '读写文件时出错（EWHATEVER）' }
    ],
    [new TypeError('boom'), { code: 'IO', message: '读写文件时出错' }],
    ['a string', { code: 'IO', message: '读写文件时出错' }],
    [null, { code: 'IO', message: '读写文件时出错' }]
  ])('maps %o', (error, expected) => {
    expect(toIpcError(error)).toEqual(expected)
  })
})

describe('guardedHandler', () => {
  const schema = z.tuple([z.strictObject({ name: z.string().max(5) })])

  it('runs the body with the parsed arguments and wraps the value', async () => {
    const body = vi.fn(([request]: [{ name: string }]) => `你好 ${request.name}`)
    const handler = guardedHandler(schema, body)
    await expect(handler(trustedEvent(), { name: '李' })).resolves.toEqual({
      ok: true,
      value: '你好 李'
    })
    expect(body).toHaveBeenCalledOnce()
  })

  it.each([
    ['a foreign origin', foreignEvent()],
    ['a subframe', subframeEvent()],
    ['a destroyed frame', frameGoneEvent()]
  ])('refuses %s before parsing or running anything', async (_why, event) => {
    const body = vi.fn()
    const result = await guardedHandler(schema, body)(event, { name: 'ok' })
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    expect(body).not.toHaveBeenCalled()
  })

  it.each([
    ['no argument', []],
    ['a wrong type', [{ name: 42 }]],
    ['an extra key', [{ name: 'a', path: '/etc' }]],
    ['a too-long value', [{ name: 'abcdef' }]],
    ['an extra argument', [{ name: 'a' }, 'more']],
    ['null', [null]]
  ])('answers INVALID_ARGUMENT in Chinese for %s', async (_why, args) => {
    const body = vi.fn()
    const result = await guardedHandler(schema, body)(trustedEvent(), ...args)
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    if (!result.ok) expect(result.error.message).toMatch(/^调用参数不正确：.*[\u4e00-\u9fff]/)
    expect(body).not.toHaveBeenCalled()
  })

  it('keeps the code of a DesktopError thrown by the body', async () => {
    const handler = guardedHandler(z.tuple([]), () => {
      throw new DesktopError('TOO_LARGE', '文件过大')
    })
    await expect(handler(trustedEvent())).resolves.toEqual({
      ok: false,
      error: { code: 'TOO_LARGE', message: '文件过大' }
    })
  })

  it('turns a rejected promise into an envelope, never a rejection', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const handler = guardedHandler(z.tuple([]), async () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' })
    })
    await expect(handler(trustedEvent())).resolves.toMatchObject({
      ok: false,
      error: { code: 'IO' }
    })
    expect(log).toHaveBeenCalled()
    log.mockRestore()
  })

  it('accepts the dev origin only when told it', async () => {
    const dev = trustedEvent('http://localhost:5173/')
    const body = () => 1
    await expect(guardedHandler(z.tuple([]), body)(dev)).resolves.toMatchObject({ ok: false })
    await expect(
      guardedHandler(z.tuple([]), body, { devOrigin: 'http://localhost:5173' })(dev)
    ).resolves.toEqual({ ok: true, value: 1 })
  })
})

describe('handle', () => {
  it('registers the guarded handler on the channel', async () => {
    const ipc = fakeIpcMain()
    handle(ipc, 'test:echo', z.tuple([z.string()]), ([text]) => text)
    await expect(ipc.invoke('test:echo', trustedEvent(), '回声')).resolves.toEqual({
      ok: true,
      value: '回声'
    })
    await expect(ipc.invoke('test:echo', foreignEvent(), '回声')).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' }
    })
  })
})

describe('guardedHandler with a frame that throws when read', () => {
  it('refuses instead of crashing', async () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed')
      }
    }
    const body = vi.fn()
    const result = await guardedHandler(z.tuple([]), body)(event as never)
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    expect(body).not.toHaveBeenCalled()
  })
})
