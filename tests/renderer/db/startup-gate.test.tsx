import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen } from '@testing-library/react'
import { DatabaseStartError, type StartedDatabase } from '@renderer/db/startup'
import { StartupGate } from '@renderer/db/startup-gate'
import { freshDb } from './helpers'

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

const started = (): StartedDatabase => ({
  db: freshDb(),
  upgradedFrom: null,
  backups: []
})

describe('StartupGate', () => {
  it('shows that the database is opening, then the app; starts once under StrictMode', async () => {
    const opening = deferred<StartedDatabase>()
    const start = vi.fn(() => opening.promise)
    render(
      <StrictMode>
        <StartupGate start={start}>{() => <p>应用已就绪</p>}</StartupGate>
      </StrictMode>
    )
    expect(screen.getByRole('status').textContent).toBe('正在打开数据库…')
    opening.resolve(started())
    await screen.findByText('应用已就绪')
    expect(start).toHaveBeenCalledTimes(1)
  })

  it('says why it cannot open, in Chinese, and tries again on 重试', async () => {
    const start = vi
      .fn<() => Promise<StartedDatabase>>()
      .mockRejectedValueOnce(
        new DatabaseStartError(
          'upgrade-backup-failed',
          '升级前的自动备份没有写成，为保护数据，没有升级。'
        )
      )
      .mockResolvedValueOnce(started())
    render(<StartupGate start={start}>{() => <p>应用已就绪</p>}</StartupGate>)
    await screen.findByText('社联台无法打开数据库')
    expect(screen.getByRole('alert').textContent).toBe(
      '升级前的自动备份没有写成，为保护数据，没有升级。'
    )
    fireEvent.click(screen.getByRole('button', { name: /重\s*试/ }))
    await screen.findByText('应用已就绪')
    expect(start).toHaveBeenCalledTimes(2)
  })
})
