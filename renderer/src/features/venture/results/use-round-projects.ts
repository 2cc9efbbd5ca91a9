/**
 * The projects a round's 立项 created. There is no projects repository yet (delivery is issue
 * #6), so the table is read directly; projects are indexed by organisation, not round, and a
 * round creates a few dozen, so a filter over the table is enough.
 */
import { useLiveQuery } from '@renderer/db/live-query'
import type { Project } from '@shared/domain/projects/project'
import { useDatabase } from '@renderer/db/database-context'

export function useRoundProjects(roundId: string): Project[] | undefined {
  const db = useDatabase()
  return useLiveQuery(
    () =>
      db.projects
        .filter(
          ({ origin, archivedAt }) =>
            origin.kind === 'venture' && origin.roundId === roundId && archivedAt === null
        )
        .toArray(),
    [db, roundId]
  )
}
