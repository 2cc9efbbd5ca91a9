/** The repositories over the database the tree was given, made once per database. */
import { useMemo } from 'react'
import { useDatabase } from './database-context'
import { createRepositories, type Repositories } from './repositories'

export function useRepositories(): Repositories {
  const db = useDatabase()
  return useMemo(() => createRepositories(db), [db])
}
