/** The clock and time limits of feature tests that walk antd screens over a seeded database. */
import { afterEach, beforeEach, vi } from 'vitest'
import { configure, getConfig } from '@testing-library/react'
import { NOW } from '../db/helpers'

/** antd dialogs and drawers in happy-dom take seconds per step: slow, not stuck. */
export const SLOW_UI_TIMEOUT = 60_000

/**
 * Fakes only `Date`, set to NOW, so IndexedDB's own timers keep running; and gives `findBy…` /
 * `waitFor` longer than their default second, which a write plus a live-query round trip can
 * exceed when the whole suite shares two cores.
 */
export function useFixedClock() {
  let asyncUtilTimeout = 0
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
    asyncUtilTimeout = getConfig().asyncUtilTimeout
    configure({ asyncUtilTimeout: 10_000 })
  })
  afterEach(() => {
    vi.useRealTimers()
    configure({ asyncUtilTimeout })
  })
}
