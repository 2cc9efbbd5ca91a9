import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import { holdLiveQueries, useLiveQuery, useTableQuery } from '@renderer/db/live-query'
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

/** Counts the communities through useTableQuery, and how often it read them. */
function CommunityCount({ db, reads }: { db: ShelianDatabase; reads: { count: number } }) {
  const count = useTableQuery(db, 'community-count', ['communities'], () => {
    reads.count += 1
    return db.communities.count()
  })
  return <p>{count === undefined ? '读取中' : `社区 ${count} 个`}</p>
}

function addCommunity(db: ShelianDatabase, id: string) {
  return db.communities.add({ id, name: id } as never)
}

/**
 * An open database, as the app's always is: Dexie reports every table as changed when it first
 * opens one (its upgrade may have written anything), which would count as a write here.
 */
async function openDb(): Promise<ShelianDatabase> {
  const db = freshDb()
  await db.open()
  return db
}

describe('useTableQuery', () => {
  it('shows its remembered result at once on a second visit, without reading again', async () => {
    const db = await openDb()
    await addCommunity(db, 'a')
    const reads = { count: 0 }
    const first = render(<CommunityCount db={db} reads={reads} />)
    await screen.findByText('社区 1 个')
    first.unmount()

    render(<CommunityCount db={db} reads={reads} />)
    // In the first render, not after a read.
    expect(screen.getByText('社区 1 个')).toBeTruthy()
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(reads.count).toBe(1)
  })

  it('reads again after a write to its tables, open or not, and not after other writes', async () => {
    const db = await openDb()
    const reads = { count: 0 }
    const first = render(<CommunityCount db={db} reads={reads} />)
    await screen.findByText('社区 0 个')
    await addCommunity(db, 'a')
    await screen.findByText('社区 1 个')
    expect(reads.count).toBe(2)
    first.unmount()

    await addSetting(db, 'a')
    render(<CommunityCount db={db} reads={reads} />)
    expect(screen.getByText('社区 1 个')).toBeTruthy()
    cleanup()

    await addCommunity(db, 'b')
    render(<CommunityCount db={db} reads={reads} />)
    await screen.findByText('社区 2 个')
    expect(reads.count).toBe(3)
  })

  it('reads nothing while held', async () => {
    const db = await openDb()
    const reads = { count: 0 }
    render(<CommunityCount db={db} reads={reads} />)
    await screen.findByText('社区 0 个')
    const release = holdLiveQueries()
    try {
      await addCommunity(db, 'a')
      await addCommunity(db, 'b')
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
      expect(screen.getByText('社区 0 个')).toBeTruthy()
      expect(reads.count).toBe(1)
    } finally {
      act(release)
    }
    await screen.findByText('社区 2 个')
    expect(reads.count).toBe(2)
  })
})
