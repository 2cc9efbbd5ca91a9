/**
 * Remembers which columns a user hid, per grid, in localStorage: a preference of this machine,
 * not data, so it stays out of the database and its backups.
 */
import type { ColumnVisibilityState } from '@tanstack/react-table'

const PREFIX = 'shelian.data-grid.columns.'

export function loadVisibility(storageKey: string | undefined): ColumnVisibilityState | null {
  if (!storageKey) return null
  try {
    const raw = window.localStorage.getItem(PREFIX + storageKey)
    if (!raw) return null
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null
    const state: ColumnVisibilityState = {}
    for (const [id, visible] of Object.entries(parsed)) {
      if (typeof visible === 'boolean') state[id] = visible
    }
    return state
  } catch {
    // Unreadable or blocked storage only loses a preference; the declared defaults apply.
    return null
  }
}

/** Stores the visibility of every listed column, so later default changes don't override it. */
export function saveVisibility(
  storageKey: string | undefined,
  columnIds: readonly string[],
  state: ColumnVisibilityState
): void {
  if (!storageKey) return
  const stored: ColumnVisibilityState = {}
  for (const id of columnIds) stored[id] = state[id] !== false
  try {
    window.localStorage.setItem(PREFIX + storageKey, JSON.stringify(stored))
  } catch {
    // A full or blocked storage must not break the grid; the choice holds until reload.
  }
}
