/** Rows per table as live data: the counts follow every write, restore and sample-data load. */
import { useLiveQuery } from '@renderer/db/live-query'
import { useRepositories } from '@renderer/db/use-repositories'
import type { TableCounts } from '@renderer/db/repositories'

/** Undefined while the first count is in flight. */
export function useTableCounts(): TableCounts | undefined {
  const repositories = useRepositories()
  return useLiveQuery(() => repositories.countTables(), [repositories])
}
