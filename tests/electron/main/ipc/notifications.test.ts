import { describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS } from '@shared/ipc/channels'
import { registerNotificationHandler } from '../../../../electron/main/ipc/notifications'
import { fakeIpcMain, foreignEvent, trustedEvent } from '../../helpers/fake-ipc'

const request = { title: '社联台：2 项待办已逾期', body: '阳光助老服务中心：入驻申请初核\n等 2 项' }

function setUp(show = vi.fn()) {
  const ipc = fakeIpcMain()
  registerNotificationHandler(ipc, { show })
  return { ipc, show }
}

describe('app:notify handler', () => {
  it('shows the notice from the app as given', async () => {
    const { ipc, show } = setUp()
    await expect(ipc.invoke(IPC_CHANNELS.notify, trustedEvent(), request)).resolves.toEqual({
      ok: true,
      value: undefined
    })
    expect(show).toHaveBeenCalledExactlyOnceWith(request)
  })

  it('refuses another origin without showing anything', async () => {
    const { ipc, show } = setUp()
    await expect(ipc.invoke(IPC_CHANNELS.notify, foreignEvent(), request)).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' }
    })
    expect(show).not.toHaveBeenCalled()
  })

  it('refuses text past the limits with a Chinese reason', async () => {
    const { ipc, show } = setUp()
    const result = await ipc.invoke(IPC_CHANNELS.notify, trustedEvent(), {
      title: '逾期\u0007',
      body: ''
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect((result as { error: { message: string } }).error.message).toContain(
      '通知文字不能含控制字符'
    )
    expect(show).not.toHaveBeenCalled()
  })

  it('reports a system that failed to show it as an error of the call', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { ipc } = setUp(
      vi.fn(() => {
        throw new Error('notification service gone')
      })
    )
    await expect(ipc.invoke(IPC_CHANNELS.notify, trustedEvent(), request)).resolves.toMatchObject({
      ok: false,
      error: { code: 'IO' }
    })
    log.mockRestore()
  })
})
