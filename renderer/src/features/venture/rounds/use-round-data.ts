/** Live reads the 批次 screens need besides the shared venture hooks. */
import { useMemo } from 'react'
import { useLiveQuery } from '@renderer/db/live-query'
import type { AuditEntry } from '@shared/domain/audit'
import type { VentureRound } from '@shared/domain/venture/round'
import { useRepositories } from '@renderer/db/use-repositories'

/** How many applications each round has, archived ones left out; undefined while loading. */
export function useApplicationCounts(
  rounds: readonly VentureRound[] | undefined
): Map<string, number> | undefined {
  const { applications } = useRepositories()
  const ids = useMemo(() => (rounds ?? []).map((round) => round.id).sort(), [rounds])
  const counts = useLiveQuery(
    async () =>
      Promise.all(
        ids.map(async (id) => {
          const rows = await applications.listForRound(id)
          return [id, rows.filter((row) => row.archivedAt === null).length] as const
        })
      ),
    [applications, ids]
  )
  return useMemo(() => (counts ? new Map(counts) : undefined), [counts])
}

/** The round's audit entries, read again after each write. */
export function useRoundHistory(id: string): AuditEntry[] | undefined {
  const { ventureRounds } = useRepositories()
  return useLiveQuery(() => ventureRounds.history(id), [ventureRounds, id])
}
