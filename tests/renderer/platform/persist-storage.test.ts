import { describe, expect, it, vi } from 'vitest'
import { requestPersistentStorage } from '@renderer/platform/persist-storage'

describe('requestPersistentStorage', () => {
  it('reports what the browser granted', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => {})
    await expect(requestPersistentStorage({ persist: async () => true })).resolves.toBe(true)
    await expect(requestPersistentStorage({ persist: async () => false })).resolves.toBe(false)
  })

  it('carries on when the API is missing or throws', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => {})
    await expect(requestPersistentStorage(undefined)).resolves.toBe(false)
    await expect(
      requestPersistentStorage({ persist: () => Promise.reject(new Error('denied')) })
    ).resolves.toBe(false)
  })
})
