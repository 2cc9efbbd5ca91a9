/**
 * The app's live queries: dexie-react-hooks' `useLiveQuery`, with one addition — a bulk write
 * can hold them — and {@link useTableQuery}, a live query that remembers its result between
 * visits for as long as the tables it reads are unchanged.
 *
 * Dexie re-runs every mounted live query whose tables a transaction touched, after each commit.
 * An import commits once per chunk; behind its wizard the 社会组织 list re-read the whole
 * registry and the 待办 query every organisation and social worker after each one, so writing
 * 15,000 rows took 40 s instead of 8 (issue #10, bench figure 11). While held, a query keeps
 * showing its last result and reads nothing; on release every query reads once.
 *
 * Every live query in the renderer comes from here (ESLint forbids importing dexie-react-hooks
 * elsewhere), so no list can be left re-reading under a bulk write.
 */
import { useSyncExternalStore } from 'react'
import Dexie, { liveQuery } from 'dexie'
import { useObservable } from 'dexie-react-hooks'

let holds = 0
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function isHeld(): boolean {
  return holds > 0
}

function notify(): void {
  for (const listener of listeners) listener()
}

/**
 * Holds every live query until the returned release is called (once; later calls do nothing).
 * Holds nest: queries run again when the last one is released.
 */
export function holdLiveQueries(): () => void {
  holds += 1
  if (holds === 1) notify()
  let released = false
  return () => {
    if (released) return
    released = true
    holds -= 1
    if (holds === 0) notify()
  }
}

/** An observable that never emits: useObservable then keeps the result it has. */
const SILENT = { subscribe: () => () => undefined }

export function useLiveQuery<T>(querier: () => Promise<T> | T, deps?: unknown[]): T | undefined
export function useLiveQuery<T, TDefault>(
  querier: () => Promise<T> | T,
  deps: unknown[],
  defaultResult: TDefault
): T | TDefault
export function useLiveQuery<T, TDefault>(
  querier: () => Promise<T> | T,
  deps: unknown[] = [],
  defaultResult?: TDefault
): T | TDefault | undefined {
  const held = useSyncExternalStore(subscribe, isHeld, isHeld)
  return useObservable<T, TDefault | undefined>(
    () => (held ? SILENT : liveQuery(querier)),
    [...deps, held],
    defaultResult
  )
}

/**
 * How many committed writes each table has had since the app started, by `database/table`,
 * from Dexie's `storagemutated` event (which names the parts of every table a commit touched,
 * as `idb://<database>/<table>/<index>`).
 */
const revisions = new Map<string, number>()
const revisionListeners = new Set<() => void>()

Dexie.on('storagemutated', (parts) => {
  const touched = new Set<string>()
  for (const part of Object.keys(parts)) {
    const [scheme, , database, table] = part.split('/')
    if (scheme === 'idb:' && database && table) touched.add(`${database}/${table}`)
  }
  if (touched.size === 0) return
  for (const key of touched) revisions.set(key, (revisions.get(key) ?? 0) + 1)
  for (const listener of revisionListeners) listener()
})

/** The revisions of `tables` in `database`, as one comparable string. */
function stampOf(database: string, tables: readonly string[]): string {
  return tables.map((table) => revisions.get(`${database}/${table}`) ?? 0).join(',')
}

interface Remembered {
  stamp: string
  result: Promise<unknown>
  /** Set once `result` has resolved, so a page opened again can show it in its first render. */
  settled?: { value: unknown }
}

/** Each database's remembered results, by the caller's key. */
const remembered = new WeakMap<Dexie, Map<string, Remembered>>()

function rememberedOf(db: Dexie): Map<string, Remembered> {
  let results = remembered.get(db)
  if (!results) remembered.set(db, (results = new Map()))
  return results
}

/** Starts reading `load` for `stamp` and remembers it under `key`; a failed read is forgotten. */
function startReading(
  results: Map<string, Remembered>,
  key: string,
  stamp: string,
  load: () => Promise<unknown>
): Remembered {
  const entry: Remembered = { stamp, result: load() }
  results.set(key, entry)
  entry.result.then(
    (value) => {
      entry.settled = { value }
    },
    () => {
      if (results.get(key) === entry) results.delete(key)
    }
  )
  return entry
}

/**
 * `load`'s result as an observable: remembered under `key` while no write has touched `tables`
 * (one read shared by every subscriber), read again after one has.
 */
function tableQuery<T>(db: Dexie, key: string, tables: readonly string[], load: () => Promise<T>) {
  return {
    subscribe(next: (value: T) => void, fail: (error: unknown) => void): () => void {
      let closed = false
      const isFresh = () => rememberedOf(db).get(key)?.stamp === stampOf(db.name, tables)
      const run = () => {
        const results = rememberedOf(db)
        // Taken before reading: a write committed during the read makes the result stale.
        const stamp = stampOf(db.name, tables)
        const known = results.get(key)
        const entry =
          known && known.stamp === stamp ? known : startReading(results, key, stamp, load)
        if (entry.settled) {
          next(entry.settled.value as T)
          return
        }
        entry.result.then(
          (value) => {
            if (!closed && results.get(key) === entry) next(value as T)
          },
          (error: unknown) => {
            if (!closed) fail(error)
          }
        )
      }
      const listener = () => {
        if (!closed && !isFresh()) run()
      }
      revisionListeners.add(listener)
      run()
      return () => {
        closed = true
        revisionListeners.delete(listener)
      }
    }
  }
}

/**
 * A live query for results that take long to read at city scale (the 工作台 figures read eight
 * tables, some 40,000 rows): a page opened again shows the result it had as soon as it renders,
 * without reading anything, unless a write has touched one of `tables` since; then it reads
 * again, as it does after each write while open. `tables` must name every table `load` reads.
 * `key` names the result (with whatever it depends on, e.g. the day); null reads nothing.
 */
export function useTableQuery<T>(
  db: Dexie,
  key: string | null,
  tables: readonly string[],
  load: () => Promise<T>
): T | undefined {
  const held = useSyncExternalStore(subscribe, isHeld, isHeld)
  return useObservable<T, undefined>(
    () => (held || key === null ? SILENT : tableQuery(db, key, tables, load)),
    [db, key, tables.join(','), held],
    undefined
  )
}
