/** Hands the open database down the tree, so tests can render any page on a fresh one. */
import { createContext, useContext, type ReactNode } from 'react'
import type { ShelianDatabase } from './schema'

const DatabaseContext = createContext<ShelianDatabase | null>(null)

export function DatabaseProvider({ db, children }: { db: ShelianDatabase; children: ReactNode }) {
  return <DatabaseContext value={db}>{children}</DatabaseContext>
}

export function useDatabase(): ShelianDatabase {
  const db = useContext(DatabaseContext)
  if (!db) throw new Error('useDatabase 必须在 DatabaseProvider 内使用')
  return db
}
