/**
 * Tells whatever lists backups that a new one was written in the background (the daily
 * backup), so a list that is open on screen does not go stale.
 */
const listeners = new Set<() => void>()

export function onBackupWritten(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function notifyBackupWritten(): void {
  for (const listener of listeners) listener()
}
