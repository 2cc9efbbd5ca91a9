import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import { holdLiveQueries, useLiveQuery } from '@renderer/db/live-query'
import type { ShelianDatabase } from '@renderer/db/schema'
import { freshDb } from './helpers'

/** Shows how many settings rows there are, and counts how often it read them. */
function SettingsCount({ db, reads }: { db: ShelianDatabase; reads: { count: number } }) {
  const count = useLiveQuery(() => {
    reads.count += 1
    return db.settings.count()
  }, [db])
  return <p>{count === undefined ? '读取中' : `共 ${count} 条`}</p>
}

function addSetting(db: ShelianDatabase, key: string) {
  return db.settings.put({ key, value: {}, updatedAt: '2026-11-22T01:30:00.000Z' } as never)
}

afterEach(cleanup)

describe('useLiveQuery', () => {
  it('shows a write once it commits', async () => {
    const db = freshDb()
    render(<SettingsCount db={db} reads={{ count: 0 }} />)
    await screen.findByText('共 0 条')
    await addSetting(db, 'a')
    await screen.findByText('共 1 条')
  })

  it('keeps its last result and reads nothing while held, then reads once on release', async () => {
    const db = freshDb()
    const reads = { count: 0 }
    render(<SettingsCount db={db} reads={reads} />)
    await screen.findByText('共 0 条')
    const release = holdLiveQueries()
    const readsWhenHeld = reads.count
    try {
      for (const key of ['a', 'b', 'c']) await addSetting(db, key)
      // A query that was not held would have shown the first write by now.
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
      expect(screen.getByText('共 0 条')).toBeTruthy()
      expect(reads.count).toBe(readsWhenHeld)
    } finally {
      act(release)
    }
    await screen.findByText('共 3 条')
    await waitFor(() => expect(reads.count).toBe(readsWhenHeld + 1))
  })

  it('holds nest: queries run again only when the last hold is released', async () => {
    const db = freshDb()
    render(<SettingsCount db={db} reads={{ count: 0 }} />)
    await screen.findByText('共 0 条')
    const outer = holdLiveQueries()
    const inner = holdLiveQueries()
    await addSetting(db, 'a')
    act(inner)
    act(inner)
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(screen.getByText('共 0 条')).toBeTruthy()
    act(outer)
    await screen.findByText('共 1 条')
  })
})
