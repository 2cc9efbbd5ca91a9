/**
 * The app's live queries: dexie-react-hooks' `useLiveQuery`, with one addition — a bulk write
 * can hold them.
 *
 * Dexie re-runs every mounted live query whose tables a transaction touched, after each commit.
 * An import writes 15,000 rows in 75 commits; behind its wizard the 社会组织 list re-read the
 * whole registry and the 待办 query every organisation and social worker after each one, which
 * made the import ten times slower than its writes (issue #10, bench figure 11). While held, a
 * query keeps showing its last result and reads nothing; on release every query reads once.
 *
 * Every live query in the renderer comes from here (ESLint forbids importing dexie-react-hooks
 * elsewhere), so no list can be left re-reading under a bulk write.
 */
import { useSyncExternalStore } from 'react'
import { liveQuery } from 'dexie'
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
